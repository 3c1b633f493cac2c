"""Serial numbers: normalisation of every spelling customers type, and the display form."""

import pytest

from backend.licences.serials import InvalidSerialError, format_serial, normalise_serial, serial_fragment


@pytest.mark.parametrize(
    "typed",
    [
        "QF7K2M9PXR4T8WNC3HJD",
        "QF7K-2M9P-XR4T-8WNC-3HJD",
        "qf7k-2m9p-xr4t-8wnc-3hjd",
        "  QF7K 2M9P XR4T 8WNC 3HJD  ",
        "ＱＦ７Ｋ－２Ｍ９Ｐ－ＸＲ４Ｔ－８ＷＮＣ－３ＨＪＤ",  # full-width, as typed with a Japanese IME
        "qf7k\u30002m9p\u3000xr4t\u30008wnc\u30003hjd",  # ideographic spaces
        "QF7K\u20102M9P\u2212XR4T\u30fc8WNC\uff703HJD",  # hyphen, minus, long-vowel marks
    ],
)
def test_every_spelling_normalises_to_the_same_serial(typed: str) -> None:
    assert normalise_serial(typed) == "QF7K2M9PXR4T8WNC3HJD"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "QF7K2M9PXR4T8WNC3HJ",  # 19
        "QF7K2M9PXR4T8WNC3HJDX",  # 21
        "QF7K2M9PXR4T8WNC3HJ!",
        "QF7K2M9PXR4T8WNC3HJÄ",
        "QF7K_2M9P_XR4T_8WNC_3HJD",
        "A" * 10_000,
    ],
)
def test_malformed_serials_are_refused_with_what_a_serial_looks_like(typed: str) -> None:
    with pytest.raises(InvalidSerialError, match=r"20 letters \(A–Z\) and digits \(0–9\).*ABCD-EFGH-JKLM-NPQR-2345"):
        normalise_serial(typed)


def test_display_form_is_five_groups_of_four() -> None:
    assert format_serial("ABCDEFGHJKLMNPQR2345") == "ABCD-EFGH-JKLM-NPQR-2345"


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("qf7k-2m", "QF7K2M"),
        ("ＱＦ７Ｋ－２Ｍ", "QF7K2M"),
        (" 3hjd ", "3HJD"),
        ("QF7K-2M9P-XR4T-8WNC-3HJD", "QF7K2M9PXR4T8WNC3HJD"),
        ("QF7K-2M9P-XR4T-8WNC-3HJDX", None),  # longer than any serial
        ("クラウド", None),
        ("50%", None),
        ("- -", None),
    ],
)
def test_a_search_finds_part_of_a_serial_in_any_spelling(typed: str, fragment: str | None) -> None:
    assert serial_fragment(typed) == fragment
