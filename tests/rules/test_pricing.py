"""Pricing a renewal cart: per-row problems all at once, totals over the lines that remain, tax allocated."""

from datetime import date

from backend.catalog.catalogue import load_catalogue
from backend.licences.queries import LicenceRecord
from backend.orders.pricing import LineErrorCode, LineProblem, LineRequest, price_cart, requested_serials

CATALOGUE = load_catalogue()
TODAY = date(2026, 12, 2)
CLOUD = LicenceRecord("QF7K2M9PXR4T8WNC3HJD", "CLOUD", date(2027, 6, 14))
TS = LicenceRecord("T5WB7NYK3QDH8PRX6MCJ", "TS_STANDARD", date(2026, 10, 17))
CLOSED = LicenceRecord("W2NP6DJR4YHX9TCK8BQM", "CLOUD", date(2023, 12, 1))
LICENCES = {licence.serial_number: licence for licence in (CLOUD, TS, CLOSED)}


def test_three_lines_priced_with_the_tax_once_on_the_document() -> None:
    requests = [
        LineRequest("qf7k-2m9p-xr4t-8wnc-3hjd", "CLOUD", 3),  # 12,345
        LineRequest("T5WB 7NYK 3QDH 8PRX 6MCJ", "TS_PREMIUM", 1),
    ]
    pricing = price_cart(CATALOGUE, requests, LICENCES, {}, TODAY)
    assert pricing.problems == []
    prices = [line.price_excluding_tax for line in pricing.lines]
    assert prices == [12_345, CATALOGUE["TS_PREMIUM"].prices[1]]
    assert pricing.subtotal == sum(price or 0 for price in prices)
    assert pricing.tax == pricing.subtotal * 10 // 100
    assert sum(line.tax or 0 for line in pricing.lines) == pricing.tax
    assert pricing.total_including_tax == pricing.subtotal + pricing.tax
    # Renewed before expiry: the term follows the current one; after it: from today.
    assert [line.new_expires_on for line in pricing.lines] == [date(2030, 6, 14), date(2027, 12, 2)]


def test_every_problem_is_reported_by_row_and_the_row_left_out() -> None:
    requests = [
        LineRequest("not a serial", "CLOUD", 1),
        LineRequest("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", "CLOUD", 1),
        LineRequest(CLOUD.serial_number, "TS_STANDARD", 4),
        LineRequest(CLOUD.serial_number, "CLOUD", 1),
        LineRequest(CLOSED.serial_number, "CLOUD", 1),
        LineRequest(TS.serial_number, "CLOUD", 2, auto_renewal=True),
        LineRequest(TS.serial_number.lower(), "TS_STANDARD", 1, auto_renewal=True),
    ]
    pricing = price_cart(CATALOGUE, requests, LICENCES, {}, TODAY)
    assert pricing.problems == [
        LineProblem(0, LineErrorCode.INVALID_SERIAL, "serialNumber"),
        LineProblem(1, LineErrorCode.NOT_FOUND, "serialNumber"),
        LineProblem(2, LineErrorCode.INVALID_TERM, "years"),
        LineProblem(3, LineErrorCode.DUPLICATE_LINE, "serialNumber"),
        LineProblem(4, LineErrorCode.NOT_RENEWABLE, "serialNumber"),
        LineProblem(5, LineErrorCode.PRODUCT_NOT_ALLOWED, "productCode"),
        LineProblem(5, LineErrorCode.AUTO_RENEWAL_NOT_OFFERED, "autoRenewal"),
        LineProblem(6, LineErrorCode.DUPLICATE_LINE, "serialNumber"),
    ]
    assert [line.included for line in pricing.lines] == [False] * 7
    assert (pricing.subtotal, pricing.tax, pricing.rates) == (0, 0, [])


def test_the_auto_renewal_plan_is_the_own_product_for_one_year() -> None:
    pricing = price_cart(CATALOGUE, [LineRequest(TS.serial_number, "TS_STANDARD", 1, True)], LICENCES, {}, TODAY)
    assert pricing.problems == []
    assert pricing.lines[0].auto_renewal


def test_a_serial_in_an_open_order_names_the_order() -> None:
    open_orders = {CLOUD.serial_number: "O-2026-000007"}
    pricing = price_cart(CATALOGUE, [LineRequest(CLOUD.serial_number, "CLOUD", 1)], LICENCES, open_orders, TODAY)
    assert pricing.problems == [LineProblem(0, LineErrorCode.IN_OPEN_ORDER, "serialNumber", "O-2026-000007")]


def test_locked_prices_replace_the_catalogues() -> None:
    request = [LineRequest(CLOUD.serial_number, "CLOUD", 1)]
    pricing = price_cart(CATALOGUE, request, LICENCES, {}, TODAY, locked_prices={("CLOUD", 1): 4_999})
    assert (pricing.subtotal, pricing.tax) == (4_999, 499)


def test_three_lines_of_the_same_price_share_the_tax_exactly() -> None:
    catalogue_price = CATALOGUE["CLOUD"].prices[3]  # 12,345: 10% is 1,234.5 a line, 3,703.5 for three
    serials = [
        CLOUD,
        LicenceRecord("B6YDKP3R9TQM2XWF7CNH", "CLOUD", TODAY),
        LicenceRecord("M4RJ8WQXT2KP6FND9YCB", "CLOUD", TODAY),
    ]
    licences = {licence.serial_number: licence for licence in serials}
    requests = [LineRequest(licence.serial_number, "CLOUD", 3) for licence in serials]
    pricing = price_cart(CATALOGUE, requests, licences, {}, TODAY)
    assert pricing.tax == 3 * catalogue_price // 10 == 3_703
    assert [line.tax for line in pricing.lines] == [1_235, 1_234, 1_234]


def test_requested_serials_skips_malformed_ones() -> None:
    assert requested_serials([LineRequest("qf7k2m9pxr4t8wnc3hjd", "CLOUD", 1), LineRequest("x", "CLOUD", 1)]) == {
        CLOUD.serial_number
    }
