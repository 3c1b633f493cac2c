"""Loading and validating the catalogue file; a bad file stops the app with a message naming the problem."""

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from backend.core.language import Language

DEFAULT_CATALOGUE_PATH = Path(__file__).with_name("catalogue.toml")
TERMS = (1, 2, 3)
PRODUCT_CODE = re.compile(r"[A-Z][A-Z0-9_]{0,39}")
PRODUCT_FIELDS = {"code", "family", "name_ja", "name_en", "renews_into", "auto_renewal", "prices"}


class ProductFamily(StrEnum):
    CLOUD = "cloud"
    TOTAL_SECURITY = "total_security"


class CatalogueError(ValueError):
    """The catalogue file cannot be used; the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class Product:
    code: str
    family: ProductFamily
    name_ja: str
    name_en: str
    renews_into: tuple[str, ...]
    auto_renewal: bool
    prices: Mapping[int, int]
    """Tax-exclusive whole yen per term in years."""

    def name(self, language: Language) -> str:
        return self.name_ja if language is Language.JA else self.name_en


class Catalogue:
    def __init__(self, products: list[Product]) -> None:
        self._products = {product.code: product for product in products}

    def __iter__(self) -> Iterator[Product]:
        return iter(self._products.values())

    def __len__(self) -> int:
        return len(self._products)

    def get(self, code: str) -> Product | None:
        return self._products.get(code)

    def __getitem__(self, code: str) -> Product:
        return self._products[code]


def load_catalogue(path: Path | None = None) -> Catalogue:
    path = path or DEFAULT_CATALOGUE_PATH
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise CatalogueError(f"{path}: cannot read the catalogue: {error.strerror}") from None
    except UnicodeDecodeError:
        raise CatalogueError(f"{path}: the catalogue is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(f"{path}: not valid TOML: {error}") from None
    try:
        return parse_catalogue(document)
    except CatalogueError as error:
        raise CatalogueError(f"{path}: {error}") from None


def parse_catalogue(document: Mapping[str, Any]) -> Catalogue:
    entries = document.get("products")
    if not isinstance(entries, list) or not entries:
        raise CatalogueError("the catalogue needs a non-empty [[products]] list")
    products: list[Product] = []
    for index, entry in enumerate(entries, start=1):
        product = _parse_product(index, entry)
        if any(existing.code == product.code for existing in products):
            raise CatalogueError(f"product {product.code}: the code is listed twice")
        products.append(product)
    codes = {product.code for product in products}
    for product in products:
        unknown = [code for code in product.renews_into if code not in codes]
        if unknown:
            raise CatalogueError(f"product {product.code}: renews_into names unknown product {unknown[0]}")
    return Catalogue(products)


def _parse_product(index: int, entry: object) -> Product:
    where = f"product #{index}"
    if not isinstance(entry, dict):
        raise CatalogueError(f"{where}: must be a table")
    code = entry.get("code")
    if not isinstance(code, str) or not PRODUCT_CODE.fullmatch(code):
        raise CatalogueError(f"{where}: code must be upper-case letters, digits and _, not {code!r}")
    where = f"product {code}"
    missing = sorted(PRODUCT_FIELDS - entry.keys())
    if missing:
        raise CatalogueError(f"{where}: missing field {missing[0]}")
    extra = sorted(entry.keys() - PRODUCT_FIELDS)
    if extra:
        raise CatalogueError(f"{where}: unknown field {extra[0]}")
    try:
        family = ProductFamily(entry["family"])
    except ValueError:
        families = ", ".join(family.value for family in ProductFamily)
        raise CatalogueError(f"{where}: family must be one of {families}, not {entry['family']!r}") from None
    for name_field in ("name_ja", "name_en"):
        if not isinstance(entry[name_field], str) or not entry[name_field].strip():
            raise CatalogueError(f"{where}: {name_field} must be a non-empty string")
    renews_into = entry["renews_into"]
    if not isinstance(renews_into, list) or not all(isinstance(c, str) for c in renews_into):
        raise CatalogueError(f"{where}: renews_into must be a list of product codes")
    if len(set(renews_into)) != len(renews_into):
        raise CatalogueError(f"{where}: renews_into lists a product twice")
    if not isinstance(entry["auto_renewal"], bool):
        raise CatalogueError(f"{where}: auto_renewal must be true or false")
    return Product(
        code=code,
        family=family,
        name_ja=entry["name_ja"].strip(),
        name_en=entry["name_en"].strip(),
        renews_into=tuple(renews_into),
        auto_renewal=entry["auto_renewal"],
        prices=_parse_prices(where, entry["prices"]),
    )


def _parse_prices(where: str, prices: object) -> Mapping[int, int]:
    if not isinstance(prices, dict):
        raise CatalogueError(f"{where}: prices must be a table of term = yen")
    expected = {str(term) for term in TERMS}
    if set(prices) != expected:
        raise CatalogueError(f"{where}: prices must give exactly the terms 1, 2 and 3 (years)")
    parsed: dict[int, int] = {}
    for term in TERMS:
        price = prices[str(term)]
        if isinstance(price, bool) or not isinstance(price, int) or price <= 0:
            raise CatalogueError(
                f"{where}: the {term}-year price must be a positive whole number of yen, not {price!r}"
            )
        parsed[term] = price
    return MappingProxyType(parsed)
