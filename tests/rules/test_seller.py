"""The seller file: the shipped one loads; each kind of mistake stops the app with a message naming it."""

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

from backend.billing.seller import (
    DEFAULT_SELLER_PATH,
    AccountType,
    SellerError,
    load_seller,
    normalise_registration_number,
    parse_seller,
)

SHIPPED: dict[str, Any] = tomllib.loads(DEFAULT_SELLER_PATH.read_text(encoding="utf-8"))


def test_the_shipped_file_loads() -> None:
    seller = load_seller()
    assert seller.issuer.registration_number == "T7123456789012"
    assert (seller.bank.bank_code, seller.bank.branch_code, seller.bank.account_type) == (
        "0001",
        "951",
        AccountType.ORDINARY,
    )
    assert (seller.first_account_number, seller.last_account_number) == (3_000_000, 3_999_999)
    assert (seller.due_months, seller.quote_valid_days, seller.fee_deduction_limit) == (2, 30, 880)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("T7123456789012", "T7123456789012"),
        ("t 7123-4567-8901-2", "T7123456789012"),
        ("Ｔ７１２３４５６７８９０１２", "T7123456789012"),
        ("T8123456789012", None),  # wrong check digit
        ("T712345678901", None),  # 12 digits
        ("7123456789012", None),  # no T
        ("T712345678901X", None),
    ],
)
def test_registration_numbers(text: str, expected: str | None) -> None:
    assert normalise_registration_number(text) == expected


def test_a_check_digit_of_nine() -> None:
    # Σ = 0 (mod 9) gives P0 = 9, not 0.
    assert normalise_registration_number("T9000000000000") == "T9000000000000"
    assert normalise_registration_number("T0000000000000") is None


def _with(section: str, field: str, value: object) -> dict[str, Any]:
    document = copy.deepcopy(SHIPPED)
    if value is None:
        del document[section][field]
    else:
        document[section][field] = value
    return document


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (_with("issuer", "registration_number", "T8123456789012"), "issuer.registration_number must be T and 13"),
        (_with("issuer", "name_ja", None), "[issuer] is missing name_ja"),
        (_with("issuer", "fax", "03"), "[issuer] has an unknown field fax"),
        (_with("issuer", "name_en", " "), "issuer.name_en must be a non-empty line"),
        (_with("issuer", "address_ja", "東京\n丸の内"), "issuer.address_ja must be a non-empty line"),
        (_with("bank", "bank_code", 1), "bank.bank_code must be 4 digits"),
        (_with("bank", "branch_code", "95"), "bank.branch_code must be 3 digits"),
        (_with("bank", "account_type", "savings"), "bank.account_type must be 'ordinary' or 'current'"),
        (_with("bank", "holder_kana", "Koushin"), "bank.holder_kana must be full-width katakana"),
        (_with("virtual_accounts", "first", "4000000"), "virtual_accounts.first must not be greater"),
        (_with("virtual_accounts", "last", "39999999"), "virtual_accounts.last must be 7 digits"),
        (_with("documents", "due_months", 0), "documents.due_months must be a whole number from 1 to 12"),
        (_with("documents", "quote_valid_days", True), "documents.quote_valid_days must be a whole number"),
        ({**SHIPPED, "extra": {}}, "unknown section [extra]"),
    ],
)
def test_mistakes_are_named(document: dict[str, Any], message: str) -> None:
    with pytest.raises(SellerError) as raised:
        parse_seller(document)
    assert message in str(raised.value)


def test_a_file_that_is_not_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "seller.toml"
    path.write_text("[issuer\n", encoding="utf-8")
    with pytest.raises(SellerError, match=rf"^{path}: not valid TOML"):
        load_seller(path)
