"""CSV for people to open in Excel: UTF-8 with a BOM, CRLF, every cell quoted, formula-like text defused."""

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime

Cell = str | int | date | None
"""What a cell may hold. Text is written as text, an int as a number, a date as YYYY-MM-DD, None as empty."""

# A spreadsheet reads a cell starting with one of these as a formula (OWASP, CSV Injection:
# = + - @ tab CR; ASVS 5.0 1.2.10 adds NUL), and Japanese Excel their full-width forms too.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\x00", "＝", "＋", "－", "＠")
TEXT_MARKER = "'"
"""Makes a spreadsheet take the cell as text (OWASP's advice); some readers show it, which beats running a formula."""

# Excel takes a file without a BOM for the ANSI code page (cp932 on Japanese Windows) and garbles UTF-8.
_BOM = "\ufeff"


def spreadsheet_csv(rows: Iterable[Sequence[Cell]]) -> bytes:
    """The rows (a header first, if any) as CSV bytes, every cell quoted and embedded quotes doubled.

    Quoting every cell keeps a comma, quote or line break inside one cell, so text cannot start
    a cell of its own there with a formula (OWASP's point about separators and quotes).
    """
    buffer = io.StringIO(newline="")
    buffer.write(_BOM)
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerows([cell_text(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8")


def cell_text(cell: Cell) -> str:
    """The text written for one cell, before quoting.

    Only text is defused: an int is written as a number even when negative (a negative amount is
    data, and typed as int it cannot carry a formula), so pass amounts as int yen, never as text.
    A datetime is refused: an instant is shown in Asia/Tokyo, a choice the caller makes by passing
    the formatted text or its date. A bool is refused too, as it would read True or False in
    English; pass the words meant.
    """
    if cell is None:
        return ""
    if isinstance(cell, str):
        return TEXT_MARKER + cell if cell.startswith(FORMULA_STARTS) else cell
    if isinstance(cell, bool):
        raise TypeError("a bool has no one spreadsheet form: pass the text meant")
    if isinstance(cell, int):
        return str(cell)
    if isinstance(cell, datetime):
        raise TypeError("a datetime is shown in Asia/Tokyo: pass the formatted text or its date")
    if isinstance(cell, date):
        return cell.isoformat()
    raise TypeError(f"a spreadsheet cell holds text, an int, a date or None, not {type(cell).__name__}")
