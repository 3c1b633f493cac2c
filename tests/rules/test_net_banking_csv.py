"""Net-banking CSV exports: each column, both header sets, both encodings and the BOM, each kind of bad
input refused with its line and reason, the file's kind told from its first bytes, and damage never a crash."""

import io
import random
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backend.payments.net_banking_csv import DETECTION_BYTES, looks_like_csv, read_net_banking_csv
from backend.payments.zengin import BankAccount, Credit, StatementError, StatementKind
from backend.payments.zengin_writer import WrittenCredit, WrittenGroup, statement_bytes
from tests.damage import damaged

TODAY = date(2026, 12, 3)
JAPANESE = "入金日,照会番号,銀行コード,支店コード,口座番号,金額,振込依頼人名"
ENGLISH = "booked_on,reference,bank_code,branch_code,account_number,amount,payer_name"
ROWS = [
    '2026-12-02,A-0001,0001,951,3000123,"18,155",ｶ)ﾃﾞﾓｼｮｳｼﾞ',
    "2026/12/1,20261201-7,1,95,123,5720円, ヤマダ　ハナコ ",
]
NOT_AN_AMOUNT = "is not an amount in yen (digits, with or without thousands commas)"
LETTERS = "(A–Z, a–z), digits or hyphens"
ACCOUNT = BankAccount("0001", "951", "1", "3000123")
CREDITS = [
    Credit(2, ACCOUNT, "A-0001", date(2026, 12, 2), 18_155, "カ)デモショウジ", reversal=False),
    Credit(
        3, BankAccount("0001", "095", "1", "0000123"), "20261201-7", date(2026, 12, 1), 5_720, "ヤマダ ハナコ", False
    ),
]


def lines(*rows: str, header: str = JAPANESE) -> str:
    return "\r\n".join([header, *rows]) + "\r\n"


def read(data: bytes) -> list[Credit]:
    return list(read_net_banking_csv(io.BytesIO(data), TODAY))


def refusal(data: bytes) -> tuple[int, str]:
    with pytest.raises(StatementError) as caught:
        read(data)
    return caught.value.record, caught.value.reason


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932"])
@pytest.mark.parametrize("header", [JAPANESE, ENGLISH], ids=["Japanese", "English"])
def test_each_column_in_both_header_sets_and_every_encoding(encoding: str, header: str) -> None:
    assert read(lines(*ROWS, header=header).encode(encoding)) == CREDITS


def test_columns_in_any_order_with_others_passed_over_and_empty_lines_skipped() -> None:
    data = (
        "摘要, 振込依頼人名 ,金額,口座番号,支店コード,銀行コード,照会番号,入金日,残高\n"
        '"a note\nover two lines",ｺｳｼﾝ,"1,000,000",3000123,951,0001,X1,2026-11-30,5\n'
        "\n"
        ",,,,,,,,\n"
        "-,ｺｳｼﾝ,１２３円,3000123,951,0001,ｘ２,２０２６／１／５,\n"
    )
    assert read(data.encode()) == [
        Credit(2, ACCOUNT, "X1", date(2026, 11, 30), 1_000_000, "コウシン", reversal=False),
        Credit(6, ACCOUNT, "x2", date(2026, 1, 5), 123, "コウシン", reversal=False),
    ]
    english = "Amount,PAYER_NAME,booked_on,reference,bank_code,branch_code,account_number\n18155,,2026-12-03,1,1,1,1\n"
    assert read(english.encode()) == [
        Credit(2, BankAccount("0001", "001", "1", "0000001"), "1", TODAY, 18_155, "", reversal=False)
    ]


@pytest.mark.parametrize(
    ("amount", "encoding"),
    [
        ("18155", "utf-8"),
        ('"18,155"', "utf-8"),
        ('"¥18,155"', "utf-8"),
        ("￥18155", "utf-8"),
        ('"18,155円"', "cp932"),
        ('"\\18,155"', "cp932"),  # the byte cp932 writes ¥ as
        ("１８１５５", "cp932"),
        ("018155", "utf-8"),
    ],
)
def test_an_amount_may_have_thousands_commas_and_a_yen_sign(amount: str, encoding: str) -> None:
    [credit] = read(lines(f"2026-12-02,A1,1,1,1,{amount},ｺｳｼﾝ").encode(encoding))
    assert credit.amount == 18_155


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("2026-13-01,A1,1,1,1,100,ｺｳｼﾝ", "入金日 '2026-13-01' is not a date (YYYY-MM-DD or YYYY/MM/DD)"),
        ("2026-12-2,A1,1,1,1,100,ｺｳｼﾝ", "入金日 '2026-12-2' is not a date (YYYY-MM-DD or YYYY/MM/DD)"),
        ("20261202,A1,1,1,1,100,ｺｳｼﾝ", "入金日 '20261202' is not a date (YYYY-MM-DD or YYYY/MM/DD)"),
        ("2026-12-04,A1,1,1,1,100,ｺｳｼﾝ", "入金日 '2026-12-04' is after today, 2026-12-03"),
        ("2025-10-28,A1,1,1,1,100,ｺｳｼﾝ", "入金日 '2025-10-28' is more than 400 days before today, 2026-12-03"),
        ("2026-12-02,A_1,1,1,1,100,ｺｳｼﾝ", "照会番号 'A_1' must be 1–20 letters (A–Z, a–z), digits or hyphens"),
        ("2026-12-02,,1,1,1,100,ｺｳｼﾝ", "照会番号 '' must be 1–20 letters (A–Z, a–z), digits or hyphens"),
        ("2026-12-02," + "1" * 21 + ",1,1,1,100,ｺｳｼﾝ", f"照会番号 '{'1' * 21}' must be 1–20 letters " + LETTERS),
        ("2026-12-02,A1,00001,1,1,100,ｺｳｼﾝ", "銀行コード '00001' must be 1–4 digits"),
        ("2026-12-02,A1,1,9a1,1,100,ｺｳｼﾝ", "支店コード '9a1' must be 1–3 digits"),
        ("2026-12-02,A1,1,1,30001234,100,ｺｳｼﾝ", "口座番号 '30001234' must be 1–7 digits"),
        ("2026-12-02,A1,1,1,1,1OO,ｺｳｼﾝ", "金額 '1OO' " + NOT_AN_AMOUNT),
        ('2026-12-02,A1,1,1,1,"18,15",ｺｳｼﾝ', "金額 '18,15' " + NOT_AN_AMOUNT),
        ("2026-12-02,A1,1,1,1,100.5,ｺｳｼﾝ", "金額 '100.5' " + NOT_AN_AMOUNT),
        ("2026-12-02,A1,1,1,1,0,ｺｳｼﾝ", "金額 '0' is 0: a credit is at least 1 yen"),
        ("2026-12-02,A1,1,1,1,¥000,ｺｳｼﾝ", "金額 '¥000' is 0: a credit is at least 1 yen"),
        ("2026-12-02,A1,1,1,1,-100,ｺｳｼﾝ", "金額 '-100' is negative: only credits (入金) are read"),
        ("2026-12-02,A1,1,1,1,¥1000円,ｺｳｼﾝ", "金額 '¥1000円' " + NOT_AN_AMOUNT),
        ("2026-12-02,A1,1,1,1,1234567890123,ｺｳｼﾝ", "金額 '1234567890123' has more than 12 digits"),
        ("2026-12-02,A1,1,1,1,100," + "ｱ" * 49, "振込依頼人名 is 49 characters, more than 48"),
        ('2026-12-02,A1,1,1,1,100,"ｺｳ\nｼﾝ"', "振込依頼人名 holds U+000A, which is not text"),
        ("2026-12-02,A1,1,1,1,100,ｺｳ\u200bｼﾝ", "振込依頼人名 holds U+200B, which is not text"),
        ("2026-12-02,A1,1,1,1,100", "6 fields, but the header has 7"),
        ('2026-12-02,A1,1,1,1,"100"x,ｺｳｼﾝ', "malformed CSV: ',' expected after '\"'"),
    ],
)  # fmt: skip
def test_each_bad_value_is_refused_with_its_line_and_reason(row: str, reason: str) -> None:
    assert refusal(lines(ROWS[0], row).encode()) == (3, reason)


def test_a_bad_value_is_named_as_the_header_names_it() -> None:
    assert refusal(lines("2026-12-04,A1,1,1,1,100,x", header=ENGLISH).encode()) == (
        2,
        "booked_on '2026-12-04' is after today, 2026-12-03",
    )


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        ("入金日,照会番号,銀行コード,支店コード,口座番号,振込依頼人名", "the header lacks the column 金額"),
        ("booked_on,reference,bank_code,account_number,amount", "the header lacks the columns branch_code, payer_name"),
        (JAPANESE + ",金額", "the header lists the column 金額 twice"),
        (
            "日付,金額",  # 金額 alone is one of seven: the file looks like neither set, so the header is named whole
            "the header lacks the columns 入金日, 照会番号, 銀行コード, 支店コード, 口座番号, 振込依頼人名",
        ),
        (
            "date,value",
            f"the first line must be the header {JAPANESE} (or {ENGLISH})",
        ),
    ],
)
def test_a_header_without_every_column_is_refused_naming_what_it_lacks(header: str, reason: str) -> None:
    assert refusal(lines(ROWS[0], header=header).encode()) == (1, reason)


def test_an_empty_file_or_a_first_line_that_is_not_the_header_is_refused() -> None:
    assert refusal(b"") == (0, "the file is empty")
    assert refusal(b"\xef\xbb\xbf") == (0, "the file is empty")
    assert refusal(("\r\n" + lines(ROWS[0])).encode())[0] == 1
    assert read(lines().encode()) == []


def test_a_line_too_long_to_hold_is_refused() -> None:
    assert refusal(lines(ROWS[0], "x" * 131_073).encode()) == (3, "a line longer than 131,072 characters")
    assert refusal(b"x" * 1_000_000) == (1, "a line longer than 131,072 characters")
    assert len(read(lines(ROWS[0] + "," + "x" * 130_000).encode())) == 1


def test_bytes_that_are_neither_utf8_nor_cp932_are_refused_with_their_line() -> None:
    cp932 = lines(ROWS[0], "2026-12-02,A1,1,1,1,100,ｺｳ").encode("cp932")
    assert refusal(cp932[:-2] + b"\x81\x20\r\n") == (3, "neither UTF-8 nor cp932 text")
    # A UTF-8 file with a bad byte in its first 64 KiB is taken for cp932, which its Japanese header is not.
    assert refusal(lines(ROWS[0]).encode()[:-2] + b"\xe3\x81\r\n") == (1, "neither UTF-8 nor cp932 text")
    assert refusal(lines(ROWS[0]).encode("utf-8-sig")[:-2] + b"\xe3\x81\r\n") == (
        2,
        "not UTF-8 text (the file starts with a UTF-8 BOM)",
    )


def test_a_file_whose_start_is_utf8_and_later_is_not_is_refused_at_that_row() -> None:
    rows = [f"2026-12-02,R{line},1,1,1,100,ｺｳｼﾝ" for line in range(2, 3_002)]
    start = lines(*rows, header=ENGLISH).encode()
    assert len(start) > DETECTION_BYTES and start.isascii() is False
    data = start + "2026-12-02,R3002,1,1,1,100,ｺｳｼﾝ\r\n".encode("cp932")
    assert refusal(data) == (3_002, "not UTF-8 text (the file's start was UTF-8)")
    ascii_start = lines(*[f"2026-12-02,R{line},1,1,1,100,KOUSHIN" for line in range(2, 3_002)], header=ENGLISH)
    credits = read(ascii_start.encode() + "2026-12-02,R3002,1,1,1,100,ｺｳｼﾝ\r\n".encode())
    assert (len(credits), credits[-1].record, credits[-1].payer_name) == (3_001, 3_002, "コウシン")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932"])
@pytest.mark.parametrize("header", [JAPANESE, ENGLISH, ENGLISH.upper() + ",note"], ids=["Japanese", "English", "EN"])
def test_the_first_line_tells_a_csv_from_a_zengin_file(encoding: str, header: str) -> None:
    assert looks_like_csv(lines(*ROWS, header=header).encode(encoding)[:4_096])


def test_a_zengin_file_or_another_csv_does_not_look_like_one_and_a_header_short_of_columns_does() -> None:
    zengin = WrittenGroup(
        StatementKind.TRANSFER_NOTICE, TODAY, "0001", "", "951", "", "1", "3000123", "",
        [WrittenCredit(1, TODAY, 100, "ｺｳｼﾝ")],
    )  # fmt: skip
    assert not looks_like_csv(statement_bytes([zengin])[:4_096])
    assert not looks_like_csv(lines(ROWS[0], header="日付,金額,摘要").encode())
    # Meant as this CSV: read as one, and refused for the columns it lacks.
    assert looks_like_csv(lines(ROWS[0], header="入金日,照会番号,金額").encode())
    assert not looks_like_csv(("note\r\n" + lines(ROWS[0])).encode())
    assert not looks_like_csv(b"\xff\xfe" + JAPANESE.encode("utf-16-le"))
    assert not looks_like_csv(b"")
    assert looks_like_csv(JAPANESE.encode())


DAMAGEABLE = lines(
    *[row + ",ﾌﾘｺﾐ" for row in ROWS],
    '2026-11-30,X1,0001,951,3000123,"1,000,000","ｶ)ｺｳｼﾝ, ﾎﾝｼﾔ",',
    header=JAPANESE + ",摘要",
).encode("cp932")
_INTERESTING = b',"\r\n\x00\xef\xbb\xbf\x81\xff-/0123456789'


@settings(max_examples=1_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**64 - 1), st.sampled_from(["cp932", "utf-8", "utf-8-sig"]))
def test_a_damaged_file_is_read_or_refused_never_crashes(seed: int, encoding: str) -> None:
    rng = random.Random(seed)  # noqa: S311 (damage, not a secret)
    original = DAMAGEABLE.decode("cp932").encode(encoding)
    assert len(read(original)) == 3
    for _ in range(10):
        try:
            credits = read(damaged(rng, original, _INTERESTING))
        except StatementError as error:
            assert error.record >= 0 and error.reason
        else:
            assert all(isinstance(credit, Credit) and credit.amount > 0 for credit in credits)
