"""The seller's settings (issuer, receiving bank, virtual account range, document terms), from a validated file.

A bad file stops the app with a message naming the file, the field and the problem, as the
catalogue does: nothing is issued with a wrong registration number or bank account.
"""

import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from backend.core.language import Language

DEFAULT_SELLER_PATH = Path(__file__).with_name("seller.toml")
SECTIONS = {
    "issuer": {"name_ja", "name_en", "postal_code", "address_ja", "address_en", "phone", "registration_number"}
    | {"support_email"},
    "bank": {"bank_code", "bank_name", "branch_code", "branch_name", "account_type", "holder_kana"},
    "virtual_accounts": {"first", "last"},
    "documents": {"due_months", "quote_valid_days"},
    "payments": {"fee_deduction_limit"},
}
ACCOUNT_NUMBER_DIGITS = 7
"""Zengin account numbers are 7 digits."""
# Katakana as banks print account holders: full-width kana, the long vowel mark, spaces and the
# few symbols Zengin allows in names (（）．－／ and their ASCII forms).
_HOLDER_KANA = re.compile(r"[゠-ヿ ()（）.．\-－/／,，「」]+")


class SellerError(ValueError):
    """The seller file cannot be used; the message names the file and the problem."""


class AccountType(StrEnum):
    ORDINARY = "ordinary"
    """普通預金"""
    CURRENT = "current"
    """当座預金"""


@dataclass(frozen=True, slots=True)
class Issuer:
    name_ja: str
    name_en: str
    postal_code: str
    address_ja: str
    address_en: str
    phone: str
    registration_number: str
    """Normalised: "T" and 13 digits."""
    support_email: str

    def name(self, language: Language) -> str:
        return self.name_ja if language is Language.JA else self.name_en

    def address(self, language: Language) -> str:
        return self.address_ja if language is Language.JA else self.address_en


@dataclass(frozen=True, slots=True)
class ReceivingBank:
    bank_code: str
    bank_name: str
    branch_code: str
    branch_name: str
    account_type: AccountType
    holder_kana: str


@dataclass(frozen=True, slots=True)
class Seller:
    issuer: Issuer
    bank: ReceivingBank
    first_account_number: int
    last_account_number: int
    due_months: int
    quote_valid_days: int
    fee_deduction_limit: int
    """The largest shortfall staff may accept as the payer's deducted transfer fee (振込手数料)."""


def normalise_registration_number(text: str) -> str | None:
    """`T` + 13 digits with a valid check digit (spaces and hyphens stripped, NFKC, upper-case T), or None."""
    number = unicodedata.normalize("NFKC", text).replace(" ", "").replace("-", "").upper()
    if not re.fullmatch(r"T[0-9]{13}", number):
        return None
    digits = number[1:]
    # P0 = 9 − (Σ Pn·Qn mod 9), n counted from the right (n = 1 is the last digit), Qn = 1 odd, 2 even.
    weighted = sum(int(digit) * (1 if n % 2 else 2) for n, digit in enumerate(reversed(digits[1:]), start=1))
    return number if int(digits[0]) == 9 - weighted % 9 else None


def load_seller(path: Path | None = None) -> Seller:
    path = path or DEFAULT_SELLER_PATH
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise SellerError(f"{path}: cannot read the seller file: {error.strerror}") from None
    except UnicodeDecodeError:
        raise SellerError(f"{path}: the seller file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise SellerError(f"{path}: not valid TOML: {error}") from None
    try:
        return parse_seller(document)
    except SellerError as error:
        raise SellerError(f"{path}: {error}") from None


def parse_seller(document: Mapping[str, Any]) -> Seller:
    extra = sorted(document.keys() - SECTIONS.keys())
    if extra:
        raise SellerError(f"unknown section [{extra[0]}]")
    sections = {name: _section(document, name, fields) for name, fields in SECTIONS.items()}
    issuer, bank, accounts, documents, payments = (sections[name] for name in SECTIONS)
    registration_number = normalise_registration_number(_text(issuer, "issuer.registration_number"))
    if registration_number is None:
        raise SellerError(
            "issuer.registration_number must be T and 13 digits with a valid check digit "
            f"(適格請求書発行事業者の登録番号), not {issuer['registration_number']!r}"
        )
    try:
        account_type = AccountType(bank["account_type"])
    except ValueError:
        raise SellerError(f"bank.account_type must be 'ordinary' or 'current', not {bank['account_type']!r}") from None
    holder_kana = _text(bank, "bank.holder_kana")
    if not _HOLDER_KANA.fullmatch(holder_kana):
        raise SellerError(f"bank.holder_kana must be full-width katakana as the bank registers it, not {holder_kana!r}")
    first, last = (_digits(accounts, f"virtual_accounts.{end}", ACCOUNT_NUMBER_DIGITS) for end in ("first", "last"))
    if int(first) > int(last):
        raise SellerError("virtual_accounts.first must not be greater than virtual_accounts.last")
    return Seller(
        issuer=Issuer(
            **{name: _text(issuer, f"issuer.{name}") for name in SECTIONS["issuer"] - {"registration_number"}},
            registration_number=registration_number,
        ),
        bank=ReceivingBank(
            bank_code=_digits(bank, "bank.bank_code", 4),
            bank_name=_text(bank, "bank.bank_name"),
            branch_code=_digits(bank, "bank.branch_code", 3),
            branch_name=_text(bank, "bank.branch_name"),
            account_type=account_type,
            holder_kana=holder_kana,
        ),
        first_account_number=int(first),
        last_account_number=int(last),
        due_months=_whole(documents, "documents.due_months", 1, 12),
        quote_valid_days=_whole(documents, "documents.quote_valid_days", 1, 365),
        fee_deduction_limit=_whole(payments, "payments.fee_deduction_limit", 0, 10_000),
    )


def _section(document: Mapping[str, Any], name: str, fields: set[str]) -> dict[str, Any]:
    section = document.get(name)
    if not isinstance(section, dict):
        raise SellerError(f"the seller file needs a [{name}] table")
    missing = sorted(fields - section.keys())
    if missing:
        raise SellerError(f"[{name}] is missing {missing[0]}")
    extra = sorted(section.keys() - fields)
    if extra:
        raise SellerError(f"[{name}] has an unknown field {extra[0]}")
    return section


def _text(section: Mapping[str, Any], where: str) -> str:
    value = section[where.rpartition(".")[2]]
    if not isinstance(value, str) or not value.strip() or any(unicodedata.category(c)[0] == "C" for c in value):
        raise SellerError(f"{where} must be a non-empty line of text")
    return value.strip()


def _digits(section: Mapping[str, Any], where: str, length: int) -> str:
    value = section[where.rpartition(".")[2]]
    if not isinstance(value, str) or not re.fullmatch(rf"[0-9]{{{length}}}", value):
        raise SellerError(f"{where} must be {length} digits as a quoted string, not {value!r}")
    return value


def _whole(section: Mapping[str, Any], where: str, low: int, high: int) -> int:
    value = section[where.rpartition(".")[2]]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise SellerError(f"{where} must be a whole number from {low} to {high}, not {value!r}")
    return value
