"""Billing details (請求先) as entered: checked and normalised once, then printed on every document as given.

One field per line of an addressee block, and no surname/given-name split: a company gives its
name (and may name a department and a contact), an individual gives a name instead. Text is
kept as typed (trimmed), because it is the customer's name on a legal document; what cannot go
on one is refused: control characters (CR and LF above all, which would break a mail header or
a line of a document), bidirectional overrides (which reorder what a reader sees) and other
format characters. Markup is not refused: it is text, escaped wherever it is shown. Cells that
a spreadsheet would read as a formula are defused where spreadsheets are written
(core.spreadsheet_csv), not here: "+81" is a fine start for a phone number.
"""

import re
import unicodedata
from dataclasses import dataclass, fields
from enum import StrEnum

from backend.accounts.emails import is_plausible_email, normalise_email
from backend.accounts.models import EMAIL_MAX_LENGTH

MAX_LENGTHS = {
    "company_name": 100,
    "department": 100,
    "contact_name": 100,
    "email": EMAIL_MAX_LENGTH,
    "phone": 20,
    "postal_code": 8,
    "address": 300,
    "purchase_order_number": 50,
}
"""In characters, after trimming; the columns are sized to match."""
REQUIRED = ("email", "phone", "postal_code", "address")
_PHONE = re.compile(r"\+?[0-9][0-9\- ()]*")
_PHONE_DIGITS = range(8, 16)
"""E.164 allows up to 15 digits; Japanese numbers have 10 or 11."""
_POSTAL_CODE = re.compile(r"([0-9]{3})-?([0-9]{4})")
# Unicode categories no name or address holds: controls (Cc), format characters such as the
# bidi overrides and zero-width joiners (Cf), separators for lines and paragraphs (Zl, Zp),
# unassigned and private-use code points (Cn, Co) and surrogates (Cs).
_FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cn", "Co", "Cs", "Zl", "Zp"})


class BillingErrorCode(StrEnum):
    REQUIRED = "REQUIRED"
    TOO_LONG = "TOO_LONG"
    INVALID_TEXT = "INVALID_TEXT"
    INVALID_EMAIL = "INVALID_EMAIL"
    INVALID_PHONE = "INVALID_PHONE"
    INVALID_POSTAL_CODE = "INVALID_POSTAL_CODE"


@dataclass(frozen=True, slots=True)
class BillingDetails:
    company_name: str | None
    """会社名; with no company, contact_name is the customer's own name."""
    department: str | None
    contact_name: str | None
    email: str
    """Where the documents are mailed (besides the account's own address)."""
    phone: str
    postal_code: str
    """Normalised: 123-4567."""
    address: str
    purchase_order_number: str | None
    """注文番号: the customer's own reference, printed on every document."""


@dataclass(frozen=True, slots=True)
class BillingProblem:
    field: str
    """The attribute's name (company_name); the API names it in camelCase."""
    code: BillingErrorCode
    max_length: int | None = None


def check_billing(raw: BillingDetails) -> BillingDetails | list[BillingProblem]:
    """The details normalised, or every problem at once (one per field at most)."""
    values: dict[str, str | None] = {}
    problems: list[BillingProblem] = []
    for field in fields(BillingDetails):
        name = field.name
        text = (getattr(raw, name) or "").strip() or None
        problem = _check_text(name, text)
        if problem is None and text is not None:
            text, problem = _normalise(name, text)
        if problem is not None:
            problems.append(problem)
        values[name] = text
    if values["company_name"] is None and values["contact_name"] is None:
        problems.append(BillingProblem("contact_name", BillingErrorCode.REQUIRED))
    if problems:
        return problems
    return BillingDetails(**values)  # type: ignore[arg-type]  # REQUIRED fields were checked above


def _check_text(name: str, text: str | None) -> BillingProblem | None:
    if text is None:
        return BillingProblem(name, BillingErrorCode.REQUIRED) if name in REQUIRED else None
    if len(text) > MAX_LENGTHS[name]:
        return BillingProblem(name, BillingErrorCode.TOO_LONG, max_length=MAX_LENGTHS[name])
    if any(unicodedata.category(character) in _FORBIDDEN_CATEGORIES for character in text):
        return BillingProblem(name, BillingErrorCode.INVALID_TEXT)
    return None


def _normalise(name: str, text: str) -> tuple[str, BillingProblem | None]:
    if name == "email":
        email = normalise_email(text)
        return email, None if is_plausible_email(email) else BillingProblem(name, BillingErrorCode.INVALID_EMAIL)
    if name == "phone":
        phone = unicodedata.normalize("NFKC", text)
        digits = sum(character.isdigit() for character in phone)
        valid = _PHONE.fullmatch(phone) is not None and digits in _PHONE_DIGITS
        return phone, None if valid else BillingProblem(name, BillingErrorCode.INVALID_PHONE)
    if name == "postal_code":
        match = _POSTAL_CODE.fullmatch(unicodedata.normalize("NFKC", text).replace("ー", "-"))
        if match is None:
            return text, BillingProblem(name, BillingErrorCode.INVALID_POSTAL_CODE)
        return f"{match[1]}-{match[2]}", None
    return text, None
