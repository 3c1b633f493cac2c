"""Zengin statements read from hand-built files: every field of both kinds, the era boundary, with and without
line breaks, several groups, and each kind of damage refused with its record number."""

import io
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backend.payments.era_dates import EraDateError, era_date
from backend.payments.zengin import BankAccount, Credit, StatementError, read_statement

TODAY = date(2026, 12, 3)


def put(*fields: tuple[int, bytes]) -> bytes:
    """A 200-byte record of spaces with each value written from its 1-based start."""
    record = bytearray(b" " * 200)
    for start, value in fields:
        record[start - 1 : start - 1 + len(value)] = value
    assert len(record) == 200
    return bytes(record)


def n(value: int, width: int) -> bytes:
    return f"{value:0{width}d}".encode()


def c(text: str, width: int) -> bytes:
    encoded = text.encode("cp932")
    assert len(encoded) <= width
    return encoded


def notice_header(account: str = "3000123", created: str = "081203") -> bytes:
    return put(
        (1, b"101"), (4, b"0"), (5, created.encode()), (11, b"081201"), (17, b"081203"), (23, b"0001"),
        (27, c("ﾐｽﾞﾎ", 15)), (42, b"951"), (45, c("ｺｳｼﾝ", 15)), (60, b"1"), (61, account.encode()),
        (68, c("ｶ)ｺｳｼﾝｿﾌﾄｳｴｱ", 40)),
    )  # fmt: skip


def notice(reference: int, amount: int, payer: str, *, booked: str = "081202", cancel: bytes = b"0") -> bytes:
    return put(
        (1, b"2"), (2, n(reference, 6)), (8, booked.encode()), (14, booked.encode()), (20, n(amount, 10)),
        (30, n(0, 10)), (40, n(0, 10)), (50, c(payer, 48)), (98, c("ﾐﾂﾋﾞｼ", 15)), (113, c("ﾏﾙﾉｳﾁ", 15)),
        (128, cancel),
    )  # fmt: skip


def notice_trailer(count: int, amount: int, cancels: int = 0, cancelled: int = 0) -> bytes:
    return put((1, b"8"), (2, n(count, 6)), (8, n(amount, 12)), (20, n(cancels, 6)), (26, n(cancelled, 12)))


END = put((1, b"9"))


def statement_header() -> bytes:
    return put(
        (1, b"103"), (4, b"0"), (5, b"081203"), (11, b"081201"), (17, b"081203"), (23, b"0001"), (42, b"951"),
        (60, b"000"), (63, b"1"), (64, b"0003000456"), (74, c("ｶ)ｺｳｼﾝ", 40)), (114, b"0"), (115, b"1"),
        (116, n(1_000_000, 14)),
    )  # fmt: skip


def movement(reference: int, direction: bytes, amount: int, payer: str = "") -> bytes:
    return put(
        (1, b"2"), (2, n(reference, 8)), (10, b"081202"), (16, b"081202"), (22, direction), (23, b"11"),
        (25, n(amount, 12)), (37, n(0, 12)), (72, n(0, 10)), (82, c(payer, 48)),
    )  # fmt: skip


def statement_trailer(credits: int, credited: int, debits: int, debited: int) -> bytes:
    return put(
        (1, b"8"), (2, n(credits, 6)), (8, n(credited, 13)), (21, n(debits, 6)), (27, n(debited, 13)),
        (40, b"0"), (41, n(0, 14)), (55, n(credits + debits, 7)),
    )  # fmt: skip


def read(data: bytes) -> list:  # type: ignore[type-arg]
    return list(read_statement(io.BytesIO(data), TODAY))


def refusal(data: bytes) -> tuple[int, str]:
    with pytest.raises(StatementError) as caught:
        read(data)
    return caught.value.record, caught.value.reason


GROUP = [
    notice_header(),
    notice(1, 18_155, "ｶ)ﾃﾞﾓｼｮｳｼﾞ"),
    notice(2, 5_720, "ﾔﾏﾀﾞ ﾊﾅｺ", cancel=b"1"),
    notice_trailer(1, 18_155, 1, 5_720),
    END,
]


@pytest.mark.parametrize("separator", [b"", b"\r\n", b"\n"], ids=["one stream", "CR/LF", "LF"])
def test_a_transfer_notice_gives_each_credit_with_its_fields(separator: bytes) -> None:
    second = [notice_header(account="3000124"), notice(7, 100, "ｺｳｼﾝ"), notice_trailer(1, 100), END]
    credits = read(separator.join(GROUP + second) + separator)
    first, second_account = BankAccount("0001", "951", "1", "3000123"), BankAccount("0001", "951", "1", "3000124")
    booked_on = date(2026, 12, 2)
    assert credits == [
        Credit(2, first, "000001", booked_on, 18_155, payer_name="カ)デモショウジ", reversal=False),
        Credit(3, first, "000002", booked_on, 5_720, payer_name="ヤマダ ハナコ", reversal=True),
        Credit(7, second_account, "000007", booked_on, 100, payer_name="コウシン", reversal=False),
    ]


def test_an_account_statement_gives_its_credits_and_checks_its_debits_in_the_trailer() -> None:
    data = b"".join(
        [
            statement_header(),
            movement(11, b"1", 23_215, "ｶ)ﾃｽﾄｼｮｳｼﾞ"),
            movement(12, b"2", 3_000),
            statement_trailer(1, 23_215, 1, 3_000),
            END,
        ]
    )
    assert read(data) == [
        Credit(
            2,
            BankAccount("0001", "951", "1", "3000456"),
            "00000011",
            date(2026, 12, 2),
            23_215,
            payer_name="カ)テストショウジ",
            reversal=False,
        )
    ]
    assert refusal(data.replace(statement_trailer(1, 23_215, 1, 3_000), statement_trailer(1, 23_215, 0, 0))) == (
        4,
        "出金件数 says 0, but the group's data records make 1",
    )
    trailer = statement_trailer(1, 23_215, 1, 3_000)
    miscounted = trailer[:54] + n(3, 7) + trailer[61:]
    assert refusal(data.replace(statement_trailer(1, 23_215, 1, 3_000), miscounted)) == (
        4,
        "データ・レコード件数 says 3, but the group's data records make 2",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [("310430", date(2019, 4, 30)), ("010501", date(2019, 5, 1)), ("081203", date(2026, 12, 3))],
    ids=["平成31年4月30日", "令和元年5月1日", "令和8年12月3日"],
)
def test_era_dates_on_both_sides_of_the_boundary(text: str, expected: date) -> None:
    assert era_date(text, TODAY, timedelta(days=365 * 10)) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("081204", "'081204' is 2026-12-04, after 2026-12-03"),
        ("310501", "'310501' is 2049-05-01, after 2026-12-03"),  # 平成 ended on 30 April
        ("070101", "'070101' is 2025-01-01, more than 365 days before 2026-12-03"),
        ("081302", "'081302' is not a date of 平成 or 令和"),
        ("0812a3", "'0812a3' is not a date (YYMMDD in the Japanese era)"),
    ],
)
def test_dates_in_the_future_far_past_or_impossible_are_refused(text: str, reason: str) -> None:
    with pytest.raises(EraDateError) as caught:
        era_date(text, TODAY, timedelta(days=365))
    assert str(caught.value) == reason


def test_each_kind_of_damage_is_refused_with_its_record_number() -> None:
    whole = b"".join(GROUP)
    assert refusal(b"") == (0, "the file is empty")
    assert refusal(whole[:-10]) == (5, "190 bytes, not 200: the file is cut short")
    assert refusal(whole[:250] + b"\r\n" + whole[250:]) == (2, "a line break at byte 51: every record is 200 bytes")
    assert refusal(whole.replace(n(18_155, 10), b"00000181x5")) == (
        2,
        "金額 (bytes 20–29) must be digits, not b'00000181x5'",
    )
    payer = c("ｶ)ﾃﾞﾓｼｮｳｼﾞ", 48)
    assert refusal(whole.replace(payer, b"\x80" + payer[1:])) == (
        2,
        "振込依頼人名 (bytes 50–97) holds U+0080, which is not statement text",
    )
    assert refusal(whole.replace(payer, b"\x81 " + payer[2:])) == (2, "振込依頼人名 (bytes 50–97) is not cp932 text")
    assert refusal(whole.replace(notice_trailer(1, 18_155, 1, 5_720), notice_trailer(1, 18_156, 1, 5_720))) == (
        4,
        "振込合計金額 says 18,156, but the group's data records make 18,155",
    )
    assert refusal(whole[:-200]) == (4, "the file ends inside a group: its trailer or end record is missing")
    assert refusal(GROUP[0] + whole) == (2, "a header before the previous group's trailer and end")
    assert refusal(whole.replace(b"101", b"102", 1)) == (
        1,
        "種別コード '02' is not 01 (振込入金通知) or 03 (入出金取引明細)",
    )
    assert refusal(b"\xef\xbb\xbf" + whole) == (
        1,
        "データ区分 must be 1, 2, 8 or 9, not b'\\xef' (is the record before it longer than 200 bytes?)",
    )
    assert refusal(whole.replace(b"081202", b"091202", 1)) == (2, "勘定日: '091202' is 2027-12-02, after 2026-12-03")


@settings(max_examples=2_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_damaged_file_is_read_whole_or_refused_never_crashes(data: st.DataObject) -> None:
    damaged = bytearray(b"\r\n".join(GROUP))
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(damaged) - 1))
        action = data.draw(st.sampled_from(["replace", "insert", "delete"]))
        byte = data.draw(st.integers(0, 255))
        if action == "replace":
            damaged[position] = byte
        elif action == "insert":
            damaged.insert(position, byte)
        else:
            del damaged[position]
    try:
        credits = read(bytes(damaged))
    except StatementError as error:
        assert error.record >= 0 and error.reason
    else:
        assert all(isinstance(credit, Credit) for credit in credits)
