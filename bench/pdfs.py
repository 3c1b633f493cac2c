"""Benchmark (`python -m bench.pdfs`): a 1,000-line invoice PDF, ours against the naive xhtml2pdf table, in one run.

Each measurement runs in a fresh child process, so its peak RSS (ru_maxrss) is its own: the
import of xhtml2pdf and the font, the document and the PDF. Seconds are the render alone, after
the import: the first render in the process (it also parses the font and compiles the template)
and the second, as a warmed-up pool worker renders; the best of a few runs (the machine is
shared). The naive document is the same page with the lines as one plain HTML
`<table repeat="1">` of 1,000 rows (STACK.md #8); ours draws them through `<koushin:lines>`.
The goal (issue 8): ≤ 1.5 s and ≤ 150 MB. Figures, not asserts.
"""

import json
import os
import subprocess
import sys
from datetime import date, timedelta

from backend.billing.seller import AccountType, load_seller
from backend.billing.tax import TaxableLine, tax_totals
from backend.core.language import Language
from backend.documents.content import Addressee, BankDetails, DocumentContent, DocumentKind, DocumentLine

LINES = 1_000
RUNS = 3
NAIVE = """{% extends "document.html" %}
{% block lines %}
<table repeat="1" width="100%">
<tr>{% for heading in headings %}<th>{{ heading }}</th>{% endfor %}</tr>
{% for row in rows %}<tr>{% for cell in row %}<td>{{ cell }}</td>{% endfor %}</tr>
{% endfor %}</table>
{% endblock %}"""
PRODUCTS = (
    "トータルセキュリティ 3台版",
    "インターネットセキュリティ 1台版",
    "トータルセキュリティ 5台版 ファミリーパック（Windows/Mac/Android/iOS 対応）",
)


def invoice(lines: int, language: Language = Language.JA) -> DocumentContent:
    """A realistic invoice of this many serials, from the demo seller."""
    seller = load_seller()
    issued_on = date(2026, 12, 3)
    document_lines = [
        DocumentLine(
            serial_number=f"KSHN-TQ7W-{n // 10_000:04d}-{n % 10_000:04d}-2345",
            product_name=PRODUCTS[n % len(PRODUCTS)],
            years=1 + n % 3,
            auto_renewal=n % len(PRODUCTS) == 2,
            expected_new_expires_on=issued_on + timedelta(days=365 * (1 + n % 3) + n % 200),
            amount_excluding_tax=(6_800, 4_980, 12_800)[n % len(PRODUCTS)] * (1 + n % 3),
            tax_rate_percent=10,
        )
        for n in range(lines)
    ]
    rates = tax_totals(TaxableLine(line.amount_excluding_tax, line.tax_rate_percent) for line in document_lines)
    subtotal = sum(rate.amount_excluding_tax for rate in rates)
    tax = sum(rate.tax for rate in rates)
    return DocumentContent(
        kind=DocumentKind.INVOICE,
        language=language,
        number="I-2026-000123",
        issued_on=issued_on,
        issuer=seller.issuer,
        addressee=Addressee(
            company_name="株式会社サンプル商事",
            department="情報システム部",
            contact_name="山田 太郎",
            postal_code="150-0002",
            address="東京都渋谷区渋谷二丁目21番1号 渋谷ヒカリエ 10階",
            phone="03-5555-0123",
            email="it@sample-shoji.example",
        ),
        lines=document_lines,
        rates=rates,
        subtotal=subtotal,
        tax=tax,
        total_including_tax=subtotal + tax,
        purchase_order_number="PO-2026-0456",
        due_on=date(2027, 2, 3),
        order_number="O-2026-000123",
        quote_number="Q-2026-000098",
        bank=BankDetails(
            bank_code=seller.bank.bank_code,
            bank_name=seller.bank.bank_name,
            branch_code=seller.bank.branch_code,
            branch_name=seller.bank.branch_name,
            account_type=AccountType.ORDINARY,
            account_number="3000123",
            holder_kana=seller.bank.holder_kana,
        ),
    )


def child(template: str) -> None:
    """In a fresh process: render, and print the render's seconds, the pages and the peak RSS as JSON."""
    import io
    import resource
    import time

    import pypdf

    from backend.documents.presentation import LINE_HEADINGS
    from backend.documents.render import document_html, environment, line_rows, pdf_from_html

    content = invoice(LINES)
    from xhtml2pdf import pisa  # noqa: F401 (the import is not the render's cost)

    naive = environment().from_string(NAIVE)
    timings, cpu = [], []
    for _ in range(2):  # the first pays for the font and the template; a pool worker's renders are the second kind
        started, cpu_started = time.perf_counter(), time.process_time()
        html = document_html(content) if template == "ours" else document_html(content, naive)
        pdf = pdf_from_html(html, LINE_HEADINGS[content.language], line_rows(content), content.issued_on)
        timings.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {"first": timings[0], "seconds": timings[1], "cpu": cpu[1], "pages": pages, "bytes": len(pdf)}
    print(json.dumps(figures | {"peak_mb": peak}))


def measure(template: str) -> dict[str, float]:
    results = []
    for _ in range(RUNS):
        completed = subprocess.run(
            [sys.executable, "-m", "bench.pdfs", "--child", template], capture_output=True, text=True, check=True
        )
        results.append(json.loads(completed.stdout))
    best: dict[str, float] = min(results, key=lambda result: result["seconds"])
    first = min(result["first"] for result in results)
    return best | {"first": first, "peak_mb": max(result["peak_mb"] for result in results)}


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2])
        return
    print(f"A {LINES:,}-line invoice PDF, each render in a fresh process (best of {RUNS} for time, worst RSS)")
    figures = {template: measure(template) for template in ("naive", "ours")}
    for template, figure in figures.items():
        print(
            f"{template:6} {figure['seconds']:6.2f} s warm ({figure['cpu']:5.2f} s CPU;"
            f" {figure['first']:5.2f} s the first in a process)"
            f"  {figure['peak_mb']:6.0f} MB peak RSS"
            f"  {figure['pages']:3.0f} pages  {figure['bytes'] / 1024:6.0f} KiB"
        )
    naive, ours = figures["naive"], figures["ours"]
    print(
        f"ours / naive: {ours['seconds'] / naive['seconds']:.2f} × the time,"
        f" {ours['peak_mb'] / naive['peak_mb']:.2f} × the memory"
    )
    print(f"goal: ≤ 1.5 s and ≤ 150 MB; load average now {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
