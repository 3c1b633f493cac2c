"""Serial numbers: 20 characters of A–Z and 0–9, shown as five groups of four."""

import re
import unicodedata

SERIAL_LENGTH = 20
_SERIAL = re.compile(r"[A-Z0-9]{20}")
_FRAGMENT = re.compile(r"[A-Z0-9]{1,20}")
_IGNORED = str.maketrans("", "", " -\t")
# After NFKC, hyphen-like and dash characters customers paste from documents.
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff70", "-"))


class InvalidSerialError(ValueError):
    def __init__(self) -> None:
        super().__init__(
            "a serial number is 20 letters (A–Z) and digits (0–9), "
            "usually written as five groups of four, like ABCD-EFGH-JKLM-NPQR-2345"
        )


def normalise_serial(raw: str) -> str:
    """The canonical 20-character form: NFKC, upper case, spaces and hyphens ignored."""
    text = _canonical(raw)
    if not _SERIAL.fullmatch(text):
        raise InvalidSerialError()
    return text


def serial_fragment(raw: str) -> str | None:
    """Part of a serial as typed in a search (any spelling), in the canonical form; None if no serial contains it."""
    text = _canonical(raw)
    return text if _FRAGMENT.fullmatch(text) else None


def _canonical(raw: str) -> str:
    return unicodedata.normalize("NFKC", raw[:200]).translate(_DASHES).translate(_IGNORED).upper()


def format_serial(serial: str) -> str:
    return "-".join(serial[i : i + 4] for i in range(0, SERIAL_LENGTH, 4))
