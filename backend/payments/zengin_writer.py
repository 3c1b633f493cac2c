"""Zengin (全銀協) statements written: 振込入金通知 (01) and 入出金取引明細 (03), as zengin.py reads them.

For the development command that pays invoices with a file a newcomer can import, for tests, and
for the benchmark's large files. Everything a group holds is checked when it is built (a name
that is not Zengin text, an amount too wide for its field, a date after the file's creation), so
writing never fails half-way; the records then come out one at a time, so a file of 100,000
credits is never one bytes object. Layouts: ../shared/zengin-layouts.md.

Text fields are C fields: half-width katakana (ﾞ and ﾟ are bytes of their own), A–Z, 0–9, space
and ( ) - . / , ｢ ｣ \\ . Full-width katakana, digits and Latin capitals are written half-width,
as banks do (カ)デモショウジ → ｶ)ﾃﾞﾓｼｮｳｼﾞ); anything else (kanji, hiragana, lower case, ・) is
refused rather than guessed at, and so is a name longer than its field: a bank's name would
be cut, but a written file should say what its author gave it. Small kana (ｮ, ｯ) are written
as given: the 全銀協 character list has none and many banks send ｼﾖｳｼﾞ for ショウジ, but
zengin.py reads both, and a name written as given reads back as given.
"""

import functools
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from backend.payments.era_dates import ERAS
from backend.payments.zengin import StatementKind

LINE_BREAK = b"\r\n"
ACCOUNT_TYPES = frozenset({"1", "2", "4"})
"""預金種目: 1 普通, 2 当座, 4 貯蓄."""
PAYER_NAME_BYTES = 48
_TRANSFER = "11"
"""取引区分 11 振込: how a 03 file's credits (and its debits) are written."""
_PLUS, _MINUS = "1", "2"
"""貸越区分 of a 03 balance: 1 not overdrawn, 2 overdrawn."""
_PASSBOOK = "1"
"""通帳・証書区分 1 通帳."""

_ASCII = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ ()-./,\\")
_HALF_WIDTH = [chr(code) for code in range(0xFF66, 0xFFA0)] + ["｢", "｣"]
"""ｦ…ﾝ, the small kana, ｰ, ﾞ and ﾟ; the corner brackets."""
_FROM_FULL_WIDTH = {
    unicodedata.normalize("NFKC", half): half for half in _HALF_WIDTH
} | {
    # ｶﾞ is ガ after NFKC, which is how the reader gives it back; ｱﾞ stays two characters and needs no entry.
    unicodedata.normalize("NFKC", kana + mark): kana + mark
    for kana in _HALF_WIDTH
    for mark in "ﾞﾟ"
    if len(unicodedata.normalize("NFKC", kana + mark)) == 1
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class WrittenCredit:
    reference: int
    """照会番号: six digits in a 01 file, eight in a 03 file."""
    booked_on: date
    """勘定日, written as 起算日 (or 預入日) too."""
    amount: int
    payer_kana: str
    """振込依頼人名, half-width or full-width katakana: at most 48 bytes once written half-width."""
    reversal: bool = False
    """取消区分 = 1 (01 only): cancels the earlier notice with this reference."""
    payer_bytes: bytes = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.amount < 1:
            raise ValueError(f"amount {self.amount}: a credit is at least 1 yen")
        if self.reference < 0:
            raise ValueError(f"reference {self.reference} is negative")
        object.__setattr__(self, "payer_bytes", zengin_text(self.payer_kana, PAYER_NAME_BYTES, "振込依頼人名"))


@dataclass(frozen=True, slots=True)
class WrittenDebit:
    """A 03 file's 出金."""

    reference: int
    booked_on: date
    amount: int
    description_kana: str = ""
    """摘要内容, C20."""

    def __post_init__(self) -> None:
        if self.amount < 1:
            raise ValueError(f"amount {self.amount}: a debit is at least 1 yen")
        if self.reference < 0:
            raise ValueError(f"reference {self.reference} is negative")
        zengin_text(self.description_kana, 20, "摘要内容")


@dataclass(frozen=True, slots=True)
class WrittenGroup:
    """One account's header, data records (credits, then a 03 file's debits), trailer and end."""

    kind: StatementKind
    created_on: date
    bank_code: str
    bank_name_kana: str
    branch_code: str
    branch_name_kana: str
    account_type: str
    account_number: str
    """Seven digits (a 03 file writes them zero-filled to ten)."""
    account_name_kana: str
    credits: Sequence[WrittenCredit]
    debits: Sequence[WrittenDebit] = ()
    opening_balance: int = 0
    """取引前残高 (03 only); 取引後残高 is it plus the credits, minus the debits."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "credits", tuple(self.credits))
        object.__setattr__(self, "debits", tuple(self.debits))
        era_yymmdd(self.created_on)
        _check_digits(self.bank_code, 4, "bank_code")
        _check_digits(self.branch_code, 3, "branch_code")
        _check_digits(self.account_number, 7, "account_number")
        if self.account_type not in ACCOUNT_TYPES:
            raise ValueError(f"account_type {self.account_type!r} is not 1 (普通), 2 (当座) or 4 (貯蓄)")
        zengin_text(self.bank_name_kana, 15, "銀行名")
        zengin_text(self.branch_name_kana, 15, "支店名")
        zengin_text(self.account_name_kana, 40, "口座名")
        notice = self.kind is StatementKind.TRANSFER_NOTICE
        if notice and self.debits:
            raise ValueError("a 振込入金通知 (01) has no debits")
        if not notice and any(credit.reversal for credit in self.credits):
            raise ValueError("a 入出金取引明細 (03) has no 取消区分: write a reversal as a debit")
        reference_digits, amount_digits = (6, 10) if notice else (8, 12)
        for entry in _entries(self):
            if entry.reference >= 10**reference_digits:
                raise ValueError(f"reference {entry.reference} has more than {reference_digits} digits")
            if entry.amount >= 10**amount_digits:
                raise ValueError(f"amount {entry.amount:,} has more than {amount_digits} digits")
            if entry.booked_on > self.created_on:
                raise ValueError(f"booked_on {entry.booked_on} is after the file's creation, {self.created_on}")
            era_yymmdd(entry.booked_on)
        totals = _totals(self)
        if max(totals.count, totals.other_count) >= 10**6:
            raise ValueError("more data records than a trailer's six-digit counts can state")
        sum_digits = 12 if notice else 13
        if max(totals.amount, totals.other_amount) >= 10**sum_digits:
            raise ValueError(f"the amounts add up to more than the trailer's {sum_digits} digits can state")
        if max(abs(self.opening_balance), abs(_closing_balance(self, totals))) >= 10**14:
            raise ValueError("a balance has more than 14 digits")


def write_statement(groups: Iterable[WrittenGroup], *, line_breaks: bool = True) -> Iterator[bytes]:
    """Each 200-byte record in turn, followed by CR/LF when `line_breaks`."""
    after = LINE_BREAK if line_breaks else b""
    for group in groups:
        for record in _group_records(group):
            yield record + after


def statement_bytes(groups: Iterable[WrittenGroup], *, line_breaks: bool = True) -> bytes:
    """The whole file, for tests and small files."""
    return b"".join(write_statement(groups, line_breaks=line_breaks))


@functools.lru_cache(maxsize=1_024)
def era_yymmdd(day: date) -> str:
    """The date as Zengin writes it: YYMMDD in its era (令和 from 2019-05-01, 平成 before)."""
    for first, last, offset in ERAS:
        if first <= day <= last and day.year - offset < 100:
            return f"{day.year - offset:02d}{day.month:02d}{day.day:02d}"
    raise ValueError(f"{day.isoformat()} is not a date of 平成 or 令和 that six digits can write")


@functools.lru_cache(maxsize=4_096)  # a large file repeats its payers and, above all, its banks' names
def zengin_text(text: str, width: int, name: str) -> bytes:
    """`text` as a C field of `width` bytes: half-width, left-aligned, space-filled; ValueError if it cannot be."""
    written = []
    for character in unicodedata.normalize("NFKC", text):
        if character in _ASCII:
            written.append(character)
        elif character in _FROM_FULL_WIDTH:
            written.append(_FROM_FULL_WIDTH[character])
        else:
            raise ValueError(
                f"{name}: {character!r} (U+{ord(character):04X}) is not Zengin text "
                "(katakana, A–Z, 0–9, space and ( ) - . / , ｢ ｣ \\)"
            )
    encoded = "".join(written).encode("cp932")
    if len(encoded) > width:
        raise ValueError(f"{name}: {text!r} is {len(encoded)} bytes written half-width, more than {width}")
    return encoded.ljust(width)


@dataclass(frozen=True, slots=True)
class _Totals:
    count: int
    amount: int
    other_count: int
    """Reversals (01) or debits (03)."""
    other_amount: int


def _entries(group: WrittenGroup) -> Iterator[WrittenCredit | WrittenDebit]:
    yield from group.credits
    yield from group.debits


def _totals(group: WrittenGroup) -> _Totals:
    credits = [credit.amount for credit in group.credits if not credit.reversal]
    others = [credit.amount for credit in group.credits if credit.reversal] + [debit.amount for debit in group.debits]
    return _Totals(len(credits), sum(credits), len(others), sum(others))


def _closing_balance(group: WrittenGroup, totals: _Totals) -> int:
    return group.opening_balance + totals.amount - totals.other_amount


def _group_records(group: WrittenGroup) -> Iterator[bytes]:
    notice = group.kind is StatementKind.TRANSFER_NOTICE
    yield _header(group)
    for credit in group.credits:
        yield _notice(credit) if notice else _movement(credit)
    for debit in group.debits:
        yield _movement(debit)
    yield _trailer(group, _totals(group))
    yield b"9" + _blank(199)


def _header(group: WrittenGroup) -> bytes:
    booked = [entry.booked_on for entry in _entries(group)] or [group.created_on]
    common = [
        b"1", group.kind.value.encode(), b"0", _date(group.created_on), _date(min(booked)), _date(max(booked)),
        group.bank_code.encode(), zengin_text(group.bank_name_kana, 15, "銀行名"),
        group.branch_code.encode(), zengin_text(group.branch_name_kana, 15, "支店名"),
    ]  # fmt: skip
    name = zengin_text(group.account_name_kana, 40, "口座名")
    if group.kind is StatementKind.TRANSFER_NOTICE:
        account = [group.account_type.encode(), group.account_number.encode(), name, _blank(93)]
    else:
        balance = group.opening_balance
        account = [
            b"000", group.account_type.encode(), _n(int(group.account_number), 10), name,
            _sign(balance), _PASSBOOK.encode(), _n(abs(balance), 14), _blank(71),
        ]  # fmt: skip
    return b"".join(common + account)


def _notice(credit: WrittenCredit) -> bytes:
    booked = _date(credit.booked_on)
    return b"".join(
        [
            b"2", _n(credit.reference, 6), booked, booked, _n(credit.amount, 10), _n(0, 10), _n(0, 10),
            credit.payer_bytes, _blank(15), _blank(15), b"1" if credit.reversal else b"0", _blank(20), _blank(52),
        ]
    )  # fmt: skip


def _movement(entry: WrittenCredit | WrittenDebit) -> bytes:
    booked = _date(entry.booked_on)
    if isinstance(entry, WrittenCredit):
        direction, payer, description = b"1", entry.payer_bytes, _blank(20)
    else:
        direction, payer, description = b"2", _blank(48), zengin_text(entry.description_kana, 20, "摘要内容")
    return b"".join(
        [
            b"2", _n(entry.reference, 8), booked, booked, direction, _TRANSFER.encode(), _n(entry.amount, 12),
            _n(0, 12), _blank(6), _blank(6), _blank(1), _blank(7), _blank(3), _n(0, 10), payer,
            _blank(15), _blank(15), description, _blank(20), _blank(1),
        ]
    )  # fmt: skip


def _trailer(group: WrittenGroup, totals: _Totals) -> bytes:
    if group.kind is StatementKind.TRANSFER_NOTICE:
        fields = [
            b"8", _n(totals.count, 6), _n(totals.amount, 12), _n(totals.other_count, 6),
            _n(totals.other_amount, 12), _blank(163),
        ]  # fmt: skip
    else:
        closing = _closing_balance(group, totals)
        fields = [
            b"8", _n(totals.count, 6), _n(totals.amount, 13), _n(totals.other_count, 6),
            _n(totals.other_amount, 13), _sign(closing), _n(abs(closing), 14),
            _n(totals.count + totals.other_count, 7), _blank(139),
        ]  # fmt: skip
    return b"".join(fields)


def _check_digits(value: str, width: int, name: str) -> None:
    if len(value) != width or not value.isascii() or not value.isdigit():
        raise ValueError(f"{name} {value!r} is not {width} digits")


def _n(value: int, width: int) -> bytes:
    return f"{value:0{width}d}".encode()


def _blank(width: int) -> bytes:
    return b" " * width


def _date(day: date) -> bytes:
    return era_yymmdd(day).encode()


def _sign(balance: int) -> bytes:
    return (_PLUS if balance >= 0 else _MINUS).encode()
