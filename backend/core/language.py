"""The two languages the product speaks, and how a request picks one."""

from enum import StrEnum


class Language(StrEnum):
    JA = "ja"
    EN = "en"


def language_from_accept_language(header: str | None) -> Language:
    """Pick ja or en from an Accept-Language header; Japanese unless English is preferred."""
    best, best_quality = Language.JA, -1.0
    for part in (header or "").split(",")[:16]:
        tag, _, params = part.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        if primary not in (Language.JA, Language.EN):
            continue
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > best_quality:
            best, best_quality = Language(primary), quality
    return best
