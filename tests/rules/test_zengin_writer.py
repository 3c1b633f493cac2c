"""Zengin statements written: one small file checked byte by byte against the layout, what cannot be written
refused, any file the writer builds read back to exactly its credits, and damaged files refused, never a crash."""

import io
import random
import unicodedata
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backend.payments.zengin import (
    BOOKED_WITHIN,
    CREATED_WITHIN,
    BankAccount,
    Credit,
    StatementError,
    StatementKind,
    read_statement,
)
from backend.payments.zengin_writer import (
    WrittenCredit,
    WrittenDebit,
    WrittenGroup,
    era_yymmdd,
    statement_bytes,
    write_statement,
    zengin_text,
)
from tests.damage import damaged

TODAY = date(2026, 12, 3)
NOTICE, STATEMENT = StatementKind.TRANSFER_NOTICE, StatementKind.ACCOUNT_STATEMENT


def group(kind: StatementKind = NOTICE, **changes: Any) -> WrittenGroup:
    fields: dict[str, Any] = {
        "kind": kind,
        "created_on": TODAY,
        "bank_code": "0001",
        "bank_name_kana": "ミズホ",
        "branch_code": "951",
        "branch_name_kana": "ｺｳｼﾝ",
        "account_type": "1",
        "account_number": "3000123",
        "account_name_kana": "カ)コウシンソフトウエア",
        "credits": [],
    }
    return WrittenGroup(**(fields | changes))


def read(data: bytes, today: date = TODAY) -> list[Credit]:
    return list(read_statement(io.BytesIO(data), today))


SMALL = group(
    credits=[
        WrittenCredit(1, date(2026, 12, 1), 18_155, "カ)デモショウジ"),
        WrittenCredit(2, date(2026, 12, 2), 5_720, "ﾔﾏﾀﾞ ﾊﾅｺ", reversal=True),
    ]
)

# (first byte, last byte, field, bytes): every byte of each record, in the layout's order and words.
SMALL_LAYOUT = [
    [
        (1, 1, "データ区分", b"1"), (2, 3, "種別コード", b"01"), (4, 4, "コード区分", b"0"),
        (5, 10, "作成日", b"081203"), (11, 16, "勘定日(自)", b"081201"), (17, 22, "勘定日(至)", b"081202"),
        (23, 26, "銀行コード", b"0001"), (27, 41, "銀行名", b"\xd0\xbd\xde\xce" + b" " * 11),
        (42, 44, "支店コード", b"951"), (45, 59, "支店名", b"\xba\xb3\xbc\xdd" + b" " * 11),
        (60, 60, "預金種目", b"1"), (61, 67, "口座番号", b"3000123"),
        (68, 107, "口座名", "ｶ)ｺｳｼﾝｿﾌﾄｳｴｱ".encode("cp932").ljust(40)), (108, 200, "ダミー", b" " * 93),
    ],
    [
        (1, 1, "データ区分", b"2"), (2, 7, "照会番号", b"000001"), (8, 13, "勘定日", b"081201"),
        (14, 19, "起算日", b"081201"), (20, 29, "金額", b"0000018155"), (30, 39, "うち他店券金額", b"0" * 10),
        (40, 49, "振込依頼人コード", b"0" * 10),
        # ｶ ) ﾃ ﾞ ﾓ ｼ ｮ ｳ ｼ ﾞ: the dakuten are bytes of their own.
        (50, 97, "振込依頼人名", b"\xb6)\xc3\xde\xd3\xbc\xae\xb3\xbc\xde" + b" " * 38),
        (98, 112, "仕向銀行名", b" " * 15), (113, 127, "仕向店名", b" " * 15), (128, 128, "取消区分", b"0"),
        (129, 148, "EDI情報", b" " * 20), (149, 200, "ダミー", b" " * 52),
    ],
    [
        (1, 1, "データ区分", b"2"), (2, 7, "照会番号", b"000002"), (8, 13, "勘定日", b"081202"),
        (14, 19, "起算日", b"081202"), (20, 29, "金額", b"0000005720"), (30, 39, "うち他店券金額", b"0" * 10),
        (40, 49, "振込依頼人コード", b"0" * 10), (50, 97, "振込依頼人名", "ﾔﾏﾀﾞ ﾊﾅｺ".encode("cp932").ljust(48)),
        (98, 112, "仕向銀行名", b" " * 15), (113, 127, "仕向店名", b" " * 15), (128, 128, "取消区分", b"1"),
        (129, 148, "EDI情報", b" " * 20), (149, 200, "ダミー", b" " * 52),
    ],
    [
        (1, 1, "データ区分", b"8"), (2, 7, "振込合計件数", b"000001"), (8, 19, "振込合計金額", b"000000018155"),
        (20, 25, "取消合計件数", b"000001"), (26, 37, "取消合計金額", b"000000005720"),
        (38, 200, "ダミー", b" " * 163),
    ],
    [(1, 1, "データ区分", b"9"), (2, 200, "ダミー", b" " * 199)],
]  # fmt: skip


def test_a_small_transfer_notice_is_written_byte_for_byte_as_the_layout_says() -> None:
    records = list(write_statement([SMALL]))
    assert len(records) == len(SMALL_LAYOUT) == 5
    for number, (record, layout) in enumerate(zip(records, SMALL_LAYOUT, strict=True), start=1):
        assert record.endswith(b"\r\n") and len(record) == 202
        assert [start for start, *_ in layout] == [1] + [end + 1 for _, end, *_ in layout[:-1]]
        assert layout[-1][1] == 200
        for start, end, name, expected in layout:
            assert len(expected) == end - start + 1, (number, name)
            assert record[start - 1 : end] == expected, (number, name)
    assert statement_bytes([SMALL]) == b"".join(
        b"".join(value for *_, value in layout) + b"\r\n" for layout in SMALL_LAYOUT
    )
    assert statement_bytes([SMALL], line_breaks=False) == statement_bytes([SMALL]).replace(b"\r\n", b"")
    account = BankAccount("0001", "951", "1", "3000123")
    assert read(statement_bytes([SMALL])) == [
        Credit(2, account, "000001", date(2026, 12, 1), 18_155, "カ)デモショウジ", reversal=False),
        Credit(3, account, "000002", date(2026, 12, 2), 5_720, "ヤマダ ハナコ", reversal=True),
    ]


def test_an_account_statement_writes_credits_debits_balances_and_its_record_count() -> None:
    written = group(
        STATEMENT,
        credits=[WrittenCredit(11, date(2026, 12, 2), 23_215, "ｶ)ﾃｽﾄｼｮｳｼﾞ")],
        debits=[WrittenDebit(12, date(2026, 12, 1), 3_000, "ﾃｽｳﾘﾖｳ"), WrittenDebit(13, date(2026, 12, 2), 1_000)],
        opening_balance=100,
    )
    header, credit, debit, _, trailer, end = [record[:200] for record in write_statement([written])]
    assert (header[:3], header[59:62], header[62:63], header[63:73]) == (b"103", b"000", b"1", b"0003000123")
    assert (header[10:16], header[16:22], header[113:115], header[115:129]) == (
        b"081201", b"081202", b"11", b"00000000000100"
    )  # fmt: skip
    assert (credit[1:9], credit[21:22], credit[22:24], credit[24:36]) == (b"00000011", b"1", b"11", b"000000023215")
    assert (debit[21:22], debit[24:36], debit[159:179]) == (b"2", b"000000003000", "ﾃｽｳﾘﾖｳ".encode("cp932").ljust(20))
    assert trailer[:61] == b"8" + b"000001" + b"0000000023215" + b"000002" + b"0000000004000" + b"1" + (
        b"00000000019315" + b"0000003"
    )
    assert end == b"9" + b" " * 199
    overdrawn = group(STATEMENT, debits=[WrittenDebit(1, TODAY, 500)])
    assert statement_bytes([overdrawn], line_breaks=False)[400:454] == b"8" + b"000000" + b"0" * 13 + (
        b"000001" + b"0000000000500" + b"2" + b"00000000000500"
    )
    assert read(statement_bytes([written])) == [
        Credit(2, BankAccount("0001", "951", "1", "3000123"), "00000011", date(2026, 12, 2), 23_215,
               "カ)テストショウジ", reversal=False),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("day", "written"),
    [(date(2019, 4, 30), "310430"), (date(2019, 5, 1), "010501"), (date(2026, 12, 3), "081203"),
     (date(1989, 1, 8), "010108"), (date(2117, 12, 31), "991231")],
    ids=["平成31年4月30日", "令和元年5月1日", "令和8年12月3日", "平成元年1月8日", "令和99年12月31日"],
)  # fmt: skip
def test_dates_are_written_in_their_era(day: date, written: str) -> None:
    assert era_yymmdd(day) == written


@pytest.mark.parametrize("day", [date(1989, 1, 7), date(2118, 1, 1)], ids=["昭和", "令和100年"])
def test_a_date_six_digits_cannot_write_is_refused(day: date) -> None:
    with pytest.raises(ValueError, match="is not a date of 平成 or 令和 that six digits can write"):
        era_yymmdd(day)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("カ)デモショウジ", "ｶ)ﾃﾞﾓｼｮｳｼﾞ"),
        ("ｶ)ﾃﾞﾓｼｮｳｼﾞ", "ｶ)ﾃﾞﾓｼｮｳｼﾞ"),
        ("ヴァイオリン　パブ", "ｳﾞｧｲｵﾘﾝ ﾊﾟﾌﾞ"),
        ("ＡＢＣ－１２３（カ", "ABC-123(ｶ"),
        ("コーヒー・", None),
        ("ﾔﾏﾀﾞ", "ﾔﾏﾀﾞ"),
        ("「ｺｳｼﾝ」./,\\", "｢ｺｳｼﾝ｣./,\\"),
    ],
)
def test_katakana_is_written_half_width_with_dakuten_as_bytes_of_their_own(text: str, written: str | None) -> None:
    if written is None:
        with pytest.raises(ValueError, match=r"'・' \(U\+30FB\) is not Zengin text"):
            zengin_text(text, 48, "振込依頼人名")
    else:
        assert zengin_text(text, 48, "振込依頼人名") == written.encode("cp932").ljust(48)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("株式会社", "振込依頼人名: '株' (U+682A) is not Zengin text"),
        ("やまだ", "振込依頼人名: 'や' (U+3084) is not Zengin text"),
        ("Koushin", "振込依頼人名: 'o' (U+006F) is not Zengin text"),
        ("ｶﾞ" * 24 + "ｱ", "振込依頼人名: '" + "ｶﾞ" * 24 + "ｱ' is 49 bytes written half-width, more than 48"),
        ("ガ" * 25, "振込依頼人名: '" + "ガ" * 25 + "' is 50 bytes written half-width, more than 48"),
    ],
)
def test_a_name_that_is_not_zengin_text_or_too_long_is_refused_not_cut(text: str, reason: str) -> None:
    with pytest.raises(ValueError) as caught:
        WrittenCredit(1, TODAY, 100, text)
    assert str(caught.value).startswith(reason)
    assert zengin_text("ｶﾞ" * 24, 48, "振込依頼人名") == "ｶﾞ".encode("cp932") * 24


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"credits": [WrittenCredit(1_000_000, TODAY, 1, "")]}, "reference 1000000 has more than 6 digits"),
        ({"credits": [WrittenCredit(1, TODAY, 10**10, "")]}, "amount 10,000,000,000 has more than 10 digits"),
        ({"credits": [WrittenCredit(1, TODAY + timedelta(days=1), 1, "")]}, "booked_on 2026-12-04 is after"),
        ({"debits": [WrittenDebit(1, TODAY, 1)]}, "a 振込入金通知 (01) has no debits"),
        (
            {"kind": STATEMENT, "credits": [WrittenCredit(1, TODAY, 1, "", reversal=True)]},
            "a 入出金取引明細 (03) has no",
        ),
        ({"credits": [WrittenCredit(n, TODAY, 9_999_999_999, "") for n in range(101)]}, "the amounts add up to more"),
        ({"account_number": "300012"}, "account_number '300012' is not 7 digits"),
        ({"bank_code": "１２３４"}, "bank_code '１２３４' is not 4 digits"),
        ({"account_type": "3"}, "account_type '3' is not 1 (普通), 2 (当座) or 4 (貯蓄)"),
        ({"bank_name_kana": "ミツビシユーエフジェイギンコウ"}, "銀行名: 'ミツビシユーエフジェイギンコウ' is 18 bytes"),
    ],
)
def test_a_group_that_cannot_be_written_is_refused_when_built(changes: dict[str, Any], reason: str) -> None:
    with pytest.raises(ValueError) as caught:
        group(**changes)
    assert str(caught.value).startswith(reason)


@pytest.mark.parametrize(
    ("amount", "reference", "reason"),
    [(0, 1, "amount 0: a credit is at least 1 yen"), (1, -1, "reference -1 is negative")],
)
def test_a_credit_of_no_amount_or_a_negative_reference_is_refused(amount: int, reference: int, reason: str) -> None:
    with pytest.raises(ValueError) as caught:
        WrittenCredit(reference, TODAY, amount, "")
    assert str(caught.value) == reason


def test_records_come_out_one_at_a_time() -> None:
    many = group(credits=[WrittenCredit(n % 1_000_000, TODAY, 1, "ｺｳｼﾝ") for n in range(20_000)])
    records = write_statement([many])
    assert next(records)[:3] == b"101"
    assert sum(1 for _ in records) == 20_000 + 2


HALF_WIDTH_NAME = st.text(
    alphabet=[chr(code) for code in range(0xFF66, 0xFFA0)] + list("0123456789ABCXYZ ()-./,\\｢｣"), max_size=48
)
PAYER = st.one_of(st.sampled_from(["", "ｶ)ﾃﾞﾓｼｮｳｼﾞ", " ﾔﾏﾀﾞ ﾊﾅｺ ", "ｳﾞ", "ﾞﾟ"]), HALF_WIDTH_NAME)


@st.composite
def groups(draw: st.DrawFn, today: date) -> WrittenGroup:
    kind = draw(st.sampled_from([NOTICE, STATEMENT]))
    created_on = today - timedelta(days=draw(st.integers(0, CREATED_WITHIN.days)))
    day = st.integers(0, BOOKED_WITHIN.days).map(lambda days: created_on - timedelta(days=days))
    reference = st.integers(0, 999_999 if kind is NOTICE else 99_999_999)
    amount = st.integers(1, 9_999_999_999)
    reversal = st.booleans() if kind is NOTICE else st.just(False)
    credits = draw(st.lists(st.builds(WrittenCredit, reference, day, amount, PAYER, reversal), max_size=20))
    debits = [] if kind is NOTICE else draw(st.lists(st.builds(WrittenDebit, reference, day, amount), max_size=3))
    return WrittenGroup(
        kind=kind,
        created_on=created_on,
        bank_code=f"{draw(st.integers(0, 9_999)):04d}",
        bank_name_kana=draw(st.sampled_from(["", "ﾐｽﾞﾎ", "ミツイスミトモ"])),
        branch_code=f"{draw(st.integers(0, 999)):03d}",
        branch_name_kana="ｺｳｼﾝ",
        account_type=draw(st.sampled_from(["1", "2", "4"])),
        account_number=f"{draw(st.integers(0, 9_999_999)):07d}",
        account_name_kana=draw(st.sampled_from(["", "ｶ)ｺｳｼﾝ"])),
        credits=credits,
        debits=debits,
    )


@st.composite
def statements(draw: st.DrawFn) -> tuple[date, list[WrittenGroup]]:
    # The earlier day's windows reach back into 平成, so dates on both sides of the era boundary are written.
    today = draw(st.sampled_from([date(2020, 3, 31), TODAY]))
    return today, draw(st.lists(groups(today), min_size=1, max_size=3))


def expected_credits(written: list[WrittenGroup]) -> list[Credit]:
    credits, number = [], 0
    for each in written:
        account = BankAccount(each.bank_code, each.branch_code, each.account_type, each.account_number)
        digits = 6 if each.kind is NOTICE else 8
        for position, credit in enumerate(each.credits, start=number + 2):
            payer = unicodedata.normalize("NFKC", credit.payer_kana).strip()
            reference = f"{credit.reference:0{digits}d}"
            credits.append(
                Credit(position, account, reference, credit.booked_on, credit.amount, payer, credit.reversal)
            )
        number += len(each.credits) + len(each.debits) + 3
    return credits


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(statements(), st.booleans())
def test_any_written_file_reads_back_to_exactly_its_credits(
    statement: tuple[date, list[WrittenGroup]], line_breaks: bool
) -> None:
    today, written = statement
    data = statement_bytes(written, line_breaks=line_breaks)
    records = sum(len(each.credits) + len(each.debits) + 3 for each in written)
    assert len(data) == records * (202 if line_breaks else 200)
    assert read(data, today) == expected_credits(written)


DAMAGEABLE = statement_bytes(
    [
        SMALL,
        group(
            STATEMENT,
            account_number="3000124",
            credits=[WrittenCredit(7, date(2026, 11, 30), 100, "ｺｳｼﾝ")],
            debits=[WrittenDebit(8, date(2026, 12, 1), 30)],
        ),
        group(account_number="3000125", credits=[WrittenCredit(9, TODAY, 1_000_000, "ｶ)ﾃｽﾄ")]),
    ]
)
_INTERESTING = b"0123456789 \r\n\x1a\x81\xff" + b"12389"


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**64 - 1))
def test_a_damaged_written_file_is_read_whole_or_refused_never_crashes(seed: int) -> None:
    # 20 damaged files from each seed: 10,000 in all, with Hypothesis drawing only the seeds, which keeps it quick.
    rng = random.Random(seed)  # noqa: S311 (damage, not a secret)
    for _ in range(20):
        data = damaged(rng, DAMAGEABLE, _INTERESTING, record_length=202)
        try:
            credits = read(data)
        except StatementError as error:
            assert error.record >= 0 and error.reason
        else:
            assert all(isinstance(credit, Credit) for credit in credits)
