"""E-mail addresses as account identifiers."""

import unicodedata

from backend.accounts.models import EMAIL_MAX_LENGTH


def normalise_email(raw: str) -> str:
    """NFKC, trimmed, lower-cased: the form stored and looked up."""
    return unicodedata.normalize("NFKC", raw).strip().lower()


def is_plausible_email(email: str) -> bool:
    """A cheap shape check for imported data (normalised input); delivery is the real test."""
    local, at, domain = email.rpartition("@")
    return (
        bool(at and local and domain)
        and len(email) <= EMAIL_MAX_LENGTH
        and "." in domain
        and not any(c.isspace() or c in '<>()[],;:"\\' for c in email)
    )
