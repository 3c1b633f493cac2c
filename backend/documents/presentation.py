"""How a document's values read on paper, in its language: yen, dates, terms, honorifics, and text made printable.

Pure functions over the content, shared by the page template and the lines table, so the two
halves of a document cannot disagree on how a date or an amount is written.
"""

import unicodedata
from dataclasses import dataclass
from datetime import date

from backend.billing.seller import AccountType
from backend.core.language import Language
from backend.documents.content import Addressee, DocumentKind, DocumentLine

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MAX_PRINTED_CHARACTERS = 300
"""The longest text printed whole: the billing form's longest field (the address). Longer text is cut."""
_LINE_BREAKS = frozenset("\r\n\t\v\f\x85\u2028\u2029")

TITLES = {
    (DocumentKind.QUOTE, Language.JA): "御見積書",
    (DocumentKind.QUOTE, Language.EN): "Quotation",
    (DocumentKind.INVOICE, Language.JA): "請求書",
    (DocumentKind.INVOICE, Language.EN): "Invoice",
    (DocumentKind.RECEIPT, Language.JA): "領収書",
    (DocumentKind.RECEIPT, Language.EN): "Receipt",
}

LINE_HEADINGS = {
    Language.JA: ("No.", "シリアル番号", "製品", "期間", "新しい有効期限", "金額（税抜）"),
    Language.EN: ("No.", "Serial number", "Product", "Term", "New expiry", "Amount (excl. tax)"),
}


def printable(text: str) -> str:
    """The text as one line of literal characters: no control, format or bidi-override character survives.

    Line and tab characters become spaces (a billing field is one line on paper); the other
    control and format characters (U+202E RIGHT-TO-LEFT OVERRIDE, zero-width joiners, NUL) are
    dropped, so nothing typed into a form can reorder or hide what the document says. Markup
    needs nothing here: the template escapes it and the lines table draws plain strings.
    """
    if text.isprintable():
        return text
    kept = []
    for character in text:
        if character in _LINE_BREAKS:
            kept.append(" ")
        elif unicodedata.category(character) not in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}:
            kept.append(character)
    return "".join(kept)


def printed(text: str) -> str:
    """Printable, and at most MAX_PRINTED_CHARACTERS long, with … where it was cut.

    The forms refuse longer billing text; the cap keeps the renderer safe when something longer
    arrives anyway: xhtml2pdf cannot split a long unbroken CJK paragraph over a page
    (LayoutError, seen with 10,000 characters in the addressee block).
    """
    text = printable(text)
    return text if len(text) <= MAX_PRINTED_CHARACTERS else text[: MAX_PRINTED_CHARACTERS - 1] + "…"


def yen(amount: int) -> str:
    """¥12,345 (ASCII digits and the half-width yen sign, everywhere on the document)."""
    return f"-¥{-amount:,}" if amount < 0 else f"¥{amount:,}"


def long_date(day: date, language: Language) -> str:
    """2026年12月3日 / 3 Dec 2026."""
    if language is Language.JA:
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def term(years: int, auto_renewal: bool, language: Language) -> str:
    """1年 / 3 years; an annual auto-renewal (年額あんしん自動更新) says so on a second line."""
    if language is Language.JA:
        text = f"{years}年"
        return f"{text}\n自動更新" if auto_renewal else text
    text = f"{years} year" if years == 1 else f"{years} years"
    return f"{text}\nauto-renewal" if auto_renewal else text


def account_type(kind: AccountType, language: Language) -> str:
    if language is Language.JA:
        return "普通" if kind is AccountType.ORDINARY else "当座"
    return "Ordinary (普通)" if kind is AccountType.ORDINARY else "Current (当座)"


@dataclass(frozen=True, slots=True)
class AddresseeName:
    """The addressee's name lines as printed: the first, larger line and the ones under it."""

    heading: str
    below: tuple[str, ...]


def addressee_name(addressee: Addressee, language: Language) -> AddresseeName:
    """Company → 御中 after it; a person (no company) → 様 after the name; a named contact gets 様.

    In Japanese, 御中 (to the organisation) and 様 (to a person) are never written together
    (二重敬称): a company with a named contact is addressed to the contact, "株式会社A / 経理部 /
    山田 太郎 様", and 御中 stands after the company, or its department, only when nobody is named.
    English documents print the names as they are, the contact as "Attn:".
    """
    company, department, contact = (
        printable(value).strip() if value else ""
        for value in (addressee.company_name, addressee.department, addressee.contact_name)
    )
    if language is Language.EN:
        heading = company or contact
        below = (department, f"Attn: {contact}" if company and contact else "")
        return AddresseeName(heading, tuple(line for line in below if line))
    if not company:
        return AddresseeName(f"{contact} 様", ())
    if contact:
        return AddresseeName(company, tuple(line for line in (department, f"{contact} 様") if line))
    if department:
        return AddresseeName(company, (f"{department} 御中",))
    return AddresseeName(f"{company} 御中", ())


def line_row(number: int, line: DocumentLine, language: Language) -> tuple[str, str, str, str, str, str]:
    """One row of the lines table, as the strings it prints (in LINE_HEADINGS' order)."""
    return (
        str(number),
        printable(line.serial_number),
        printed(line.product_name),
        term(line.years, line.auto_renewal, language),
        long_date(line.expected_new_expires_on, language),
        yen(line.amount_excluding_tax),
    )
