"""The licence agreement and the privacy policy: versioned texts, read in either language, accepted when ordering."""

import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from backend.core.language import Language

LEGAL_PATH = Path(__file__).with_name("legal.toml")
FIELDS = {"version", "title_ja", "title_en", "body_ja", "body_en"}


class LegalDocumentKind(StrEnum):
    TERMS = "TERMS"
    """使用許諾契約書, accepted before reviewing the order."""
    PRIVACY = "PRIVACY"
    """個人情報の取り扱い, accepted before confirming it."""


@dataclass(frozen=True, slots=True)
class LegalDocument:
    kind: LegalDocumentKind
    version: str
    title: str
    body: str
    """Plain text; paragraphs are separated by blank lines."""


@dataclass(frozen=True, slots=True)
class _Versions:
    version: str
    texts: dict[Language, tuple[str, str]]


@cache
def _documents() -> dict[LegalDocumentKind, _Versions]:
    document = tomllib.loads(LEGAL_PATH.read_text(encoding="utf-8"))
    loaded = {}
    for kind in LegalDocumentKind:
        entry = document[kind.value.lower()]
        if set(entry) != FIELDS or not all(isinstance(entry[name], str) and entry[name].strip() for name in FIELDS):
            raise ValueError(f"{LEGAL_PATH}: [{kind.value.lower()}] needs exactly {sorted(FIELDS)}, each non-empty")
        texts = {language: (entry[f"title_{language}"], entry[f"body_{language}"].strip()) for language in Language}
        loaded[kind] = _Versions(entry["version"], texts)
    return loaded


def current_documents(language: Language) -> list[LegalDocument]:
    return [LegalDocument(kind, versions.version, *versions.texts[language]) for kind, versions in _documents().items()]


def current_version(kind: LegalDocumentKind) -> str:
    return _documents()[kind].version
