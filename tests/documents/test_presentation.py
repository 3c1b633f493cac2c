"""How values read on a document: yen, dates, terms, honorifics and printable text."""

from datetime import date

from backend.billing.seller import AccountType
from backend.core.language import Language
from backend.documents.content import Addressee
from backend.documents.presentation import (
    AddresseeName,
    account_type,
    addressee_name,
    long_date,
    printable,
    printed,
    term,
    yen,
)


def addressee(company: str | None, department: str | None, contact: str | None) -> Addressee:
    return Addressee(company, department, contact, "150-0002", "東京都渋谷区", "03-0000-0000", "a@b.example")


def test_yen_and_dates() -> None:
    assert [yen(0), yen(12_345), yen(1_234_567)] == ["¥0", "¥12,345", "¥1,234,567"]
    assert long_date(date(2026, 12, 3), Language.JA) == "2026年12月3日"
    assert long_date(date(2026, 12, 3), Language.EN) == "3 Dec 2026"


def test_terms_and_account_types() -> None:
    assert [term(1, False, Language.JA), term(3, True, Language.JA)] == ["1年", "3年\n自動更新"]
    assert [term(1, False, Language.EN), term(2, True, Language.EN)] == ["1 year", "2 years\nauto-renewal"]
    assert [account_type(kind, Language.JA) for kind in AccountType] == ["普通", "当座"]


def test_honorifics() -> None:
    assert addressee_name(addressee("株式会社A", None, None), Language.JA) == AddresseeName("株式会社A 御中", ())
    assert addressee_name(addressee("株式会社A", "経理部", None), Language.JA) == AddresseeName(
        "株式会社A", ("経理部 御中",)
    )
    assert addressee_name(addressee("株式会社A", "経理部", "山田 太郎"), Language.JA) == AddresseeName(
        "株式会社A", ("経理部", "山田 太郎 様")
    )
    assert addressee_name(addressee(None, None, "山田 花子"), Language.JA) == AddresseeName("山田 花子 様", ())
    assert addressee_name(addressee("A Corp.", "IT", "Jane Doe"), Language.EN) == AddresseeName(
        "A Corp.", ("IT", "Attn: Jane Doe")
    )
    assert addressee_name(addressee(None, None, "Jane Doe"), Language.EN) == AddresseeName("Jane Doe", ())


def test_printable_text() -> None:
    assert printable("株式会社A") == "株式会社A"
    assert printable("a\r\nb\tc\u2028d") == "a  b c d"
    assert printable("abc\u202edef\u200b\x00g") == "abcdefg"
    assert printable("<b>x</b>") == "<b>x</b>"
    assert printed("長" * 300) == "長" * 300
    assert printed("長" * 301) == "長" * 299 + "…"


def test_long_product_names_are_broken_to_fit_their_column() -> None:
    from reportlab.pdfbase.pdfmetrics import registerFont, stringWidth
    from reportlab.pdfbase.ttfonts import TTFont

    from backend.documents.lines_table import TextFitter
    from backend.documents.render import PACKAGE

    registerFont(TTFont("IPAexGothic-test", PACKAGE / "fonts" / "ipaexg.ttf"))
    fit = TextFitter("IPAexGothic-test", 8)
    assert fit("トータルセキュリティ 3台版", 150) == "トータルセキュリティ 3台版"
    english = fit("Total Security for five devices with annual renewal", 100).split("\n")
    assert english == ["Total Security for five", "devices with annual", "renewal"]
    japanese = fit("トータルセキュリティ5台版ファミリーパック", 60).split("\n")
    assert "".join(japanese) == "トータルセキュリティ5台版ファミリーパック" and len(japanese) == 3
    assert [stringWidth(line, "IPAexGothic-test", 8) <= 60 for line in japanese] == [True] * 3
    assert [stringWidth(line, "IPAexGothic-test", 8) <= 100 for line in english] == [True] * 3
