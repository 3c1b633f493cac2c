"""Net-banking CSV exports read row by row, as the same credits a Zengin statement gives.

The first line is a header naming seven columns, in Japanese or in English (one set or the
other; in any order; other columns are passed over, a missing one is refused by name):

    入金日        booked_on       YYYY-MM-DD, YYYY/MM/DD or YYYY/M/D; not after today, nor more
                                  than 400 days (zengin.BOOKED_WITHIN) before it.
    照会番号      reference       the bank's reference: 1–20 of 0–9, A–Z, a–z and -.
    銀行コード    bank_code       1–4 digits, zero-filled to 4.
    支店コード    branch_code     1–3 digits, zero-filled to 3.
    口座番号      account_number  1–7 digits, zero-filled to 7 (the invoice's virtual account).
    金額          amount          whole yen, more than 0: 18155, "18,155" (quoted: the comma would
                                  end the field), ¥18,155 or 18,155円; a negative amount is a
                                  debit, which this file must not hold.
    振込依頼人名  payer_name      the payer; NFKC, stripped, at most 48 characters, no controls.

Every value is NFKC-normalised and stripped first, so full-width digits read as digits. Lines
that hold nothing are skipped. The text is UTF-8 (with or without a BOM) or cp932, told from the
file's first 64 KiB: UTF-8 if they decode as UTF-8, cp932 otherwise, so the whole file is never
held to decide (a cp932 file whose first 64 KiB are plain ASCII is taken for UTF-8, and its
first kana refused). A row with bytes its encoding cannot decode is refused, as is any other
bad value or a line over 131,072 characters, with StatementError(line, reason): lines are
1-based, the header is line 1, and a row whose quoted field spans lines is reported at the
line it starts on. Each credit comes out as its row is read (account type 1 普通, never a
reversal), so, as with Zengin files, the caller applies a file whole or not at all.
"""

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterator
from datetime import date
from typing import TYPE_CHECKING, BinaryIO

from backend.payments.zengin import BOOKED_WITHIN, BankAccount, Credit, StatementError

if TYPE_CHECKING:
    import _csv

    from _typeshed import WriteableBuffer

COLUMNS = {
    "booked_on": "入金日",
    "reference": "照会番号",
    "bank_code": "銀行コード",
    "branch_code": "支店コード",
    "account_number": "口座番号",
    "amount": "金額",
    "payer_name": "振込依頼人名",
}
"""Each column's English header name and its Japanese one."""
ENGLISH_HEADER = tuple(COLUMNS)
JAPANESE_HEADER = tuple(COLUMNS.values())
PAYER_NAME_LENGTH = 48
AMOUNT_DIGITS = 12
DETECTION_BYTES = 65_536
"""How much of the file's start decides its encoding."""
LINE_LENGTH = 131_072
"""The csv module's own limit on a field, applied to a line, line breaks included."""
ACCOUNT_TYPE = "1"
"""普通: an export does not say, and virtual accounts are ordinary ones."""

_BOM = b"\xef\xbb\xbf"
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})|([0-9]{4})/([0-9]{1,2})/([0-9]{1,2})")
_AMOUNT = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+")
_YEN_SIGNS = ("¥", "\\")
"""cp932 writes ¥ as the byte of \\, which Japanese Windows shows as ¥."""
_NEGATIVE = ("-", "−", "▲", "△")
_REFERENCE = re.compile(r"[0-9A-Za-z-]{1,20}")
_UNDECODABLE = re.compile("[\udc80-\udcff]")
"""What surrogateescape makes of a byte its codec cannot decode."""
_UNDECODED = {
    "utf-8": "not UTF-8 text (the file's start was UTF-8)",
    "utf-8-sig": "not UTF-8 text (the file starts with a UTF-8 BOM)",
    "cp932": "neither UTF-8 nor cp932 text",
}
_NOT_TEXT = frozenset({"Cc", "Cf", "Co", "Cs", "Cn"})


def read_net_banking_csv(stream: BinaryIO, today: date) -> Iterator[Credit]:
    """Each credit as its row is read; StatementError at the first problem."""
    head = stream.read(DETECTION_BYTES)
    encoding = _encoding(head)
    text = io.TextIOWrapper(
        io.BufferedReader(_Rejoined(head, stream)), encoding=encoding, errors="surrogateescape", newline=""
    )
    reader = csv.reader(_lines(text), strict=True)
    try:
        yield from _credits(reader, encoding, today)
    except csv.Error as error:
        raise StatementError(reader.line_num, f"malformed CSV: {error}") from None


def looks_like_csv(head: bytes) -> bool:
    """Whether a file whose first bytes (up to 4 KB) are `head` is meant as this CSV: its first line names two
    of the columns or more, so a header missing one is read as CSV and refused for the column it lacks."""
    line = head[:4_096].removeprefix(_BOM).split(b"\n", 1)[0].rstrip(b"\r")
    for encoding in ("utf-8", "cp932"):
        try:
            text = line.decode(encoding)
        except UnicodeDecodeError:
            continue
        try:
            cells = {_header_name(cell) for cell in next(csv.reader([text]), [])}
        except csv.Error:
            return False
        return any(sum(name in cells for name in names) >= 2 for names in (JAPANESE_HEADER, ENGLISH_HEADER))
    return False


class _Rejoined(io.RawIOBase):
    """The stream again from its start: the bytes read to tell its encoding, then the rest."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: "WriteableBuffer") -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            data, self._head = self._head[: len(view)], self._head[len(view) :]
        else:
            data = self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)


def _lines(text: io.TextIOWrapper) -> Iterator[str]:
    """The text's lines, refusing one so long that holding it would hold the file (one with no line breaks)."""
    number = 0
    while line := text.readline(LINE_LENGTH + 1):
        number += 1
        if len(line) > LINE_LENGTH:
            raise StatementError(number, f"a line longer than {LINE_LENGTH:,} characters")
        yield line


def _encoding(head: bytes) -> str:
    if head.startswith(_BOM):
        return "utf-8-sig"
    try:
        # Not final: the chunk may end inside a character.
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return "cp932"
    return "utf-8"


def _credits(reader: "_csv.Reader", encoding: str, today: date) -> Iterator[Credit]:
    header = next(reader, None)
    if header is None:
        raise StatementError(0, "the file is empty")
    _check_decoded(1, header, encoding)
    names, columns = _columns(header)
    next_line = reader.line_num + 1
    for row in reader:
        line, next_line = next_line, reader.line_num + 1
        if not any(field.strip() for field in row):
            continue
        _check_decoded(line, row, encoding)
        if len(row) < len(header):
            raise StatementError(line, f"{len(row)} fields, but the header has {len(header)}")
        values = {key: unicodedata.normalize("NFKC", row[index]).strip() for key, index in columns.items()}
        yield _credit(line, values, names, today)


def _check_decoded(line: int, row: list[str], encoding: str) -> None:
    if any(_UNDECODABLE.search(field) for field in row):
        raise StatementError(line, _UNDECODED[encoding])


def _header_name(cell: str) -> str:
    return unicodedata.normalize("NFKC", cell).strip().lower()


def _columns(header: list[str]) -> tuple[dict[str, str], dict[str, int]]:
    """Each column's name as the header gives it, and its index."""
    cells = [_header_name(cell) for cell in header]
    # The set the header uses is the one it has more names of (Japanese, as banks write, on a tie).
    used = max((JAPANESE_HEADER, ENGLISH_HEADER), key=lambda names: sum(name in cells for name in names))
    if not any(name in cells for name in used):
        raise StatementError(
            1, f"the first line must be the header {','.join(JAPANESE_HEADER)} (or {','.join(ENGLISH_HEADER)})"
        )
    missing = [name for name in used if name not in cells]
    if missing:
        raise StatementError(1, f"the header lacks the column{'s' if len(missing) > 1 else ''} {', '.join(missing)}")
    twice = [name for name in used if cells.count(name) > 1]
    if twice:
        raise StatementError(1, f"the header lists the column {twice[0]} twice")
    names = dict(zip(ENGLISH_HEADER, used, strict=True))
    return names, {key: cells.index(name) for key, name in names.items()}


def _credit(line: int, values: dict[str, str], names: dict[str, str], today: date) -> Credit:
    def refuse(key: str, problem: str) -> StatementError:
        return StatementError(line, f"{names[key]} {values[key][:40]!r} {problem}")

    def digits(key: str, width: int) -> str:
        if not re.fullmatch(f"[0-9]{{1,{width}}}", values[key]):
            raise refuse(key, f"must be 1–{width} digits")
        return values[key].zfill(width)

    if not _REFERENCE.fullmatch(values["reference"]):
        raise refuse("reference", "must be 1–20 letters (A–Z, a–z), digits or hyphens")
    account = BankAccount(
        bank_code=digits("bank_code", 4),
        branch_code=digits("branch_code", 3),
        account_type=ACCOUNT_TYPE,
        account_number=digits("account_number", 7),
    )
    payer_name = values["payer_name"]
    if len(payer_name) > PAYER_NAME_LENGTH:
        raise StatementError(
            line, f"{names['payer_name']} is {len(payer_name)} characters, more than {PAYER_NAME_LENGTH}"
        )
    for character in payer_name:
        if unicodedata.category(character) in _NOT_TEXT:
            raise StatementError(line, f"{names['payer_name']} holds U+{ord(character):04X}, which is not text")
    return Credit(
        record=line,
        account=account,
        reference=values["reference"],
        booked_on=_booked_on(values["booked_on"], today, lambda problem: refuse("booked_on", problem)),
        amount=_amount(values["amount"], lambda problem: refuse("amount", problem)),
        payer_name=payer_name,
        reversal=False,
    )


def _booked_on(text: str, today: date, refuse: Callable[[str], StatementError]) -> date:
    match = _DATE.fullmatch(text)
    if not match:
        raise refuse("is not a date (YYYY-MM-DD or YYYY/MM/DD)")
    year, month, day = (int(part) for part in match.groups() if part is not None)
    try:
        booked_on = date(year, month, day)
    except ValueError:
        raise refuse("is not a date (YYYY-MM-DD or YYYY/MM/DD)") from None
    if booked_on > today:
        raise refuse(f"is after today, {today.isoformat()}")
    if booked_on < today - BOOKED_WITHIN:
        raise refuse(f"is more than {BOOKED_WITHIN.days} days before today, {today.isoformat()}")
    return booked_on


def _amount(text: str, refuse: Callable[[str], StatementError]) -> int:
    number = text
    if number.startswith(_YEN_SIGNS):
        number = number[1:].lstrip()
    elif number.endswith("円"):
        number = number[:-1].rstrip()
    if number.startswith(_NEGATIVE):
        raise refuse("is negative: only credits (入金) are read")
    if not _AMOUNT.fullmatch(number):
        raise refuse("is not an amount in yen (digits, with or without thousands commas)")
    plain = number.replace(",", "")
    if len(plain.lstrip("0")) > AMOUNT_DIGITS:
        raise refuse(f"has more than {AMOUNT_DIGITS} digits")
    if int(plain) == 0:
        raise refuse("is 0: a credit is at least 1 yen")
    return int(plain)
