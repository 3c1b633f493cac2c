"""Zengin (全銀協) statements read record by record: 振込入金通知 (01) and 入出金取引明細 (03).

A file is 200-byte records in cp932, with or without CR/LF between them, in one or more groups
of header, data…, trailer, end (../shared/zengin-layouts.md). It is read as a stream, one
record at a time, and each credit comes out as soon as its record is read, so a file of any size
takes the memory of one record. Anything wrong (a short record, a byte that is not cp932, a
letter in an amount, a date in the future, a trailer that disagrees with its data) raises
StatementError naming the record, possibly after credits of the same file came out: the caller
applies a file whole or not at all, in one transaction that the error rolls back. Only credits
come out; a 03 file's debits are counted for its trailer's check and otherwise passed over.
"""

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import BinaryIO

from backend.payments.era_dates import EraDateError, era_date

RECORD_LENGTH = 200
REFERENCE_LENGTH = 20
"""The longest reference a source gives: a Zengin 照会番号 has 6 or 8 digits, a net-banking export's up to 20."""
PAYER_NAME_LENGTH = 48
"""振込依頼人名 C(48)."""
CREATED_WITHIN = timedelta(days=400)
"""How old a file's creation date may be, before the day it is imported."""
BOOKED_WITHIN = timedelta(days=400)
"""How long before the file's creation a transaction's date may be."""
_BETWEEN_RECORDS = (b"\r", b"\n")
_RECORD_KINDS = frozenset({b"1", b"2", b"8", b"9"})
"""データ区分: header, data, trailer, end."""
_NOT_TEXT = frozenset({"Cc", "Cf", "Co", "Cs", "Cn"})
_PLAIN = re.compile(rb"[\x20-\x7e\xa1-\xdf]*")
"""Bytes that are each one printable character in cp932: ASCII and half-width katakana."""
_END_OF_FILE = b"\x1a"  # DOS end-of-file, which some bank software still appends


class StatementKind(StrEnum):
    TRANSFER_NOTICE = "01"
    """振込入金通知"""
    ACCOUNT_STATEMENT = "03"
    """入出金取引明細"""


_KINDS = {kind.value: kind for kind in StatementKind}


class StatementError(ValueError):
    def __init__(self, record: int, reason: str) -> None:
        super().__init__(f"record {record}: {reason}" if record else reason)
        self.record = record
        """1-based; 0 for the file as a whole."""
        self.reason = reason


@dataclass(frozen=True, slots=True)
class BankAccount:
    bank_code: str
    branch_code: str
    account_type: str
    """預金種目: 1 普通, 2 当座, 4 貯蓄."""
    account_number: str
    """Seven digits, as invoices hold it (a 03 file's ten-digit field, zero-filled, gives the same)."""


@dataclass(frozen=True, slots=True)
class Credit:
    record: int
    account: BankAccount
    """The account credited: the group's (its header's)."""
    reference: str
    """照会番号, as written (000001): with the account, the date and the amount, the bank's own key for the credit."""
    booked_on: date
    """勘定日"""
    amount: int
    payer_name: str
    """振込依頼人名, NFKC (half-width katakana become full-width): ｶ)ｺｳｼﾝ → カ)コウシン."""
    reversal: bool
    """取消区分 = 1: cancels the earlier notice with this reference."""


@dataclass(frozen=True, slots=True)
class _Group:
    kind: StatementKind
    created_on: date
    account: BankAccount


def read_statement(stream: BinaryIO, today: date) -> Iterator[Credit]:
    """Each credit as its record is read; StatementError at the first problem, the trailer's included."""
    group: _Group | None = None
    totals = _Totals()
    trailer_seen = False
    number = 0
    for number, record in read_records(stream):
        kind = record[:1]
        if kind not in _RECORD_KINDS:
            raise StatementError(
                number,
                f"データ区分 must be 1, 2, 8 or 9, not {kind!r} (is the record before it longer than 200 bytes?)",
            )
        if kind == b"1":
            if group is not None:
                raise StatementError(number, "a header before the previous group's trailer and end")
            group, totals, trailer_seen = _header(number, record, today), _Totals(), False
        elif group is None:
            raise StatementError(number, "a data, trailer or end record before any header")
        elif kind == b"2":
            if trailer_seen:
                raise StatementError(number, "a data record after the group's trailer")
            credit = _data(number, record, group, totals)
            if credit is not None:
                yield credit
        elif kind == b"8":
            if trailer_seen:
                raise StatementError(number, "a second trailer in one group")
            _check_trailer(number, record, group.kind, totals)
            trailer_seen = True
        else:  # b"9", the end
            if not trailer_seen:
                raise StatementError(number, "an end record without the group's trailer")
            group = None
    if group is not None:
        raise StatementError(number, "the file ends inside a group: its trailer or end record is missing")
    if number == 0:
        raise StatementError(0, "the file is empty")


def read_records(stream: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """(1-based number, 200 bytes), with any CR/LF between records passed over."""
    number = 0
    while True:
        first = stream.read(1)
        while first in _BETWEEN_RECORDS:
            first = stream.read(1)
        if first == _END_OF_FILE and not stream.read().strip(b"\r\n"):
            return
        if not first:
            return
        number += 1
        record = first + stream.read(RECORD_LENGTH - 1)
        if b"\r" in record or b"\n" in record:
            at = min(position for position in (record.find(b"\r"), record.find(b"\n")) if position >= 0)
            raise StatementError(number, f"a line break at byte {at + 1}: every record is 200 bytes")
        if len(record) < RECORD_LENGTH:
            raise StatementError(number, f"{len(record)} bytes, not 200: the file is cut short")
        yield number, record


@dataclass(slots=True)
class _Totals:
    """What a group's data records add up to, for its trailer: a 01 trailer counts its credits (振込) and its
    cancellations (取消) apart; a 03 trailer its credits (入金) and debits (出金)."""

    credits: int = 0
    credit_amount: int = 0
    others: int = 0
    """Reversals (01) or debits (03)."""
    other_amount: int = 0


def _header(number: int, record: bytes, today: date) -> _Group:
    code = _text(number, record, 2, 3, "種別コード")
    kind = _KINDS.get(code)
    if kind is None:
        raise StatementError(number, f"種別コード {code!r} is not 01 (振込入金通知) or 03 (入出金取引明細)")
    if _text(number, record, 4, 4, "コード区分") != "0":
        raise StatementError(number, "コード区分 is not 0 (JIS/cp932): EBCDIC files are not read")
    created_on = _date(number, record, 5, 10, "作成日", today, CREATED_WITHIN)
    if kind is StatementKind.TRANSFER_NOTICE:
        account_type, account_number = (
            _text(number, record, 60, 60, "預金種目"),
            _digits(number, record, 61, 67, "口座番号"),
        )
    else:
        account_type, account_number = (
            _text(number, record, 63, 63, "預金種目"),
            _digits(number, record, 64, 73, "口座番号"),
        )
    if account_number >= 10_000_000:
        raise StatementError(number, f"口座番号 {account_number} has more than seven digits")
    account = BankAccount(
        bank_code=_digits_as_written(number, record, 23, 26, "銀行コード"),
        branch_code=_digits_as_written(number, record, 42, 44, "支店コード"),
        account_type=account_type,
        account_number=f"{account_number:07d}",
    )
    return _Group(kind, created_on, account)


def _data(number: int, record: bytes, group: _Group, totals: _Totals) -> Credit | None:
    if group.kind is StatementKind.TRANSFER_NOTICE:
        reference, booked, amount, payer = (2, 7), (8, 13), (20, 29), (50, 97)
        cancel = _text(number, record, 128, 128, "取消区分")
        if cancel not in {"", "0", "1"}:
            raise StatementError(number, f"取消区分 must be 0 or 1, not {cancel!r}")
        reversal, credit = cancel == "1", True
    else:
        reference, booked, amount, payer = (2, 9), (10, 15), (25, 36), (82, 129)
        direction = _text(number, record, 22, 22, "入払区分")
        if direction not in {"1", "2"}:
            raise StatementError(number, f"入払区分 must be 1 (入金) or 2 (出金), not {direction!r}")
        reversal, credit = False, direction == "1"
    value = _digits(number, record, *amount, "金額")
    booked_on = _date(number, record, *booked, "勘定日", group.created_on, BOOKED_WITHIN)
    if not credit or reversal:
        totals.others += 1
        totals.other_amount += value
    else:
        totals.credits += 1
        totals.credit_amount += value
    if not credit:
        return None
    return Credit(
        record=number,
        account=group.account,
        reference=_digits_as_written(number, record, *reference, "照会番号"),
        booked_on=booked_on,
        amount=value,
        payer_name=unicodedata.normalize("NFKC", _text(number, record, *payer, "振込依頼人名")).strip(),
        reversal=reversal,
    )


def _check_trailer(number: int, record: bytes, kind: StatementKind, totals: _Totals) -> None:
    fields: list[tuple[int, int, str, int]]
    if kind is StatementKind.TRANSFER_NOTICE:
        fields = [
            (2, 7, "振込合計件数", totals.credits),
            (8, 19, "振込合計金額", totals.credit_amount),
            (20, 25, "取消合計件数", totals.others),
            (26, 37, "取消合計金額", totals.other_amount),
        ]
    else:
        fields = [
            (2, 7, "入金件数", totals.credits),
            (8, 20, "入金額合計", totals.credit_amount),
            (21, 26, "出金件数", totals.others),
            (27, 39, "出金額合計", totals.other_amount),
            (55, 61, "データ・レコード件数", totals.credits + totals.others),
        ]
    for start, end, name, expected in fields:
        stated = _digits(number, record, start, end, name)
        if stated != expected:
            raise StatementError(number, f"{name} says {stated:,}, but the group's data records make {expected:,}")


def _text(number: int, record: bytes, start: int, end: int, name: str) -> str:
    raw = record[start - 1 : end]
    if _PLAIN.fullmatch(raw):
        # ASCII text and half-width kana, the usual content: each byte one character, nothing to check; and the
        # ASCII codec decodes a short field ten times faster than cp932's.
        plain = raw.rstrip(b" ")
        return plain.decode("ascii" if plain.isascii() else "cp932")
    try:
        text = raw.decode("cp932")
    except UnicodeDecodeError:
        raise StatementError(number, f"{name} (bytes {start}–{end}) is not cp932 text") from None
    # cp932 maps a few single bytes (0x80, 0xA0, 0xFD–0xFF) to controls and private-use characters: none is text.
    for character in text:
        if unicodedata.category(character) in _NOT_TEXT:
            raise StatementError(
                number, f"{name} (bytes {start}–{end}) holds U+{ord(character):04X}, which is not statement text"
            )
    return text.rstrip(" ")


def _digits(number: int, record: bytes, start: int, end: int, name: str) -> int:
    return int(_digits_as_written(number, record, start, end, name))


def _digits_as_written(number: int, record: bytes, start: int, end: int, name: str) -> str:
    """An N field's digits, leading zeros kept: a code or a reference rather than a quantity."""
    raw = record[start - 1 : end]
    if not raw.isdigit():
        raise StatementError(number, f"{name} (bytes {start}–{end}) must be digits, not {raw!r}")
    return raw.decode("ascii")


def _date(number: int, record: bytes, start: int, end: int, name: str, latest: date, within: timedelta) -> date:
    try:
        return era_date(record[start - 1 : end].decode("ascii", errors="replace"), latest, within)
    except EraDateError as error:
        raise StatementError(number, f"{name}: {error}") from None
