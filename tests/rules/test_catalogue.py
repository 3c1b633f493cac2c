"""The catalogue file: the shipped one loads, and each kind of bad file is refused with a message naming it."""

import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from backend.catalog.catalogue import DEFAULT_CATALOGUE_PATH, CatalogueError, ProductFamily, load_catalogue
from backend.core.language import Language


def test_the_shipped_catalogue_has_the_four_products_and_their_upgrade_paths() -> None:
    catalogue = load_catalogue()
    assert [product.code for product in catalogue] == ["CLOUD", "CLOUD_DLS_PREMIUM", "TS_STANDARD", "TS_PREMIUM"]
    assert catalogue["CLOUD"].renews_into == ("TS_STANDARD", "TS_PREMIUM", "CLOUD", "CLOUD_DLS_PREMIUM")
    assert catalogue["CLOUD_DLS_PREMIUM"].renews_into == ("TS_PREMIUM", "CLOUD_DLS_PREMIUM")
    assert catalogue["TS_STANDARD"].renews_into == ("TS_STANDARD", "TS_PREMIUM")
    assert catalogue["TS_PREMIUM"].renews_into == ("TS_PREMIUM",)
    assert [p.family for p in catalogue] == [ProductFamily.CLOUD] * 2 + [ProductFamily.TOTAL_SECURITY] * 2
    assert [p.auto_renewal for p in catalogue] == [False, False, True, True]
    assert dict(catalogue["CLOUD"].prices) == {1: 5200, 2: 9400, 3: 12345}
    assert catalogue["TS_PREMIUM"].name(Language.JA) == "ウイルスバスター トータルセキュリティ プレミアム"
    assert catalogue["TS_PREMIUM"].name(Language.EN) == "Virus Buster Total Security Premium"


def _shipped() -> dict[str, Any]:
    return tomllib.loads(DEFAULT_CATALOGUE_PATH.read_text(encoding="utf-8"))


def _write(tmp_path: Path, document: dict[str, Any]) -> Path:
    lines = []
    for product in document["products"]:
        lines.append("[[products]]")
        for key, value in product.items():
            if isinstance(value, dict):
                inner = ", ".join(f"{k} = {_toml(v)}" for k, v in value.items())
                lines.append(f"{key} = {{ {inner} }}")
            else:
                lines.append(f"{key} = {_toml(value)}")
    path = tmp_path / "catalogue.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return str(value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["products"][1].pop("name_en"), "product CLOUD_DLS_PREMIUM: missing field name_en"),
        (lambda d: d["products"][0].update(family="antivirus"), "product CLOUD: family must be one of"),
        (lambda d: d["products"][2]["prices"].update({"2": -5}), "product TS_STANDARD: the 2-year price must be"),
        (lambda d: d["products"][2]["prices"].update({"3": 1.5}), "the 3-year price must be a positive whole"),
        (lambda d: d["products"][3]["prices"].pop("3"), "product TS_PREMIUM: prices must give exactly the terms"),
        (lambda d: d["products"][3].update(renews_into=["TS_ULTRA"]), "renews_into names unknown product TS_ULTRA"),
        (lambda d: d["products"][1].update(code="CLOUD"), "product CLOUD: the code is listed twice"),
        (lambda d: d["products"][0].update(code="cloud"), "product #1: code must be upper-case"),
        (lambda d: d["products"][0].update(colour="red"), "product CLOUD: unknown field colour"),
        (lambda d: d["products"][0].update(auto_renewal="yes"), "auto_renewal must be true or false"),
        (lambda d: d.update(products=[]), "needs a non-empty [[products]] list"),
    ],
)
def test_bad_catalogue_names_the_problem(tmp_path: Path, change: Any, message: str) -> None:
    document = _shipped()
    for product in document["products"]:
        product["prices"] = {str(k): v for k, v in product["prices"].items()}
    change(document)
    path = _write(tmp_path, document) if document["products"] else tmp_path / "empty.toml"
    if not document["products"]:
        path.write_text("", encoding="utf-8")
    with pytest.raises(CatalogueError) as raised:
        load_catalogue(path)
    assert str(raised.value).startswith(f"{path}: ")
    assert message in str(raised.value)


def test_not_toml_and_not_utf8_and_missing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("[[products]\ncode = ", encoding="utf-8")
    with pytest.raises(CatalogueError, match="not valid TOML"):
        load_catalogue(broken)
    shift_jis = tmp_path / "sjis.toml"
    shift_jis.write_bytes('name_ja = "ウイルスバスター"'.encode("cp932"))
    with pytest.raises(CatalogueError, match="not UTF-8"):
        load_catalogue(shift_jis)
    with pytest.raises(CatalogueError, match="cannot read the catalogue"):
        load_catalogue(tmp_path / "missing.toml")


def test_the_app_does_not_start_on_a_bad_catalogue(tmp_path: Path) -> None:
    bad = tmp_path / "catalogue.toml"
    bad.write_text('[[products]]\ncode = "CLOUD"\n', encoding="utf-8")
    environment = dict(os.environ, KOUSHIN_CATALOGUE=str(bad), KOUSHIN_DATA_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "backend", "serve", "--port", "1"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr == f"error: {bad}: product CLOUD: missing field auto_renewal\n"
