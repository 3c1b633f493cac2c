"""The lines table as one ReportLab platypus Table inside the xhtml2pdf document: 1,000 lines in a fraction of a second.

xhtml2pdf turns every HTML table cell into a paragraph that it styles, wraps (line breaking at
every split and again when drawing) and draws on its own: about a millisecond per cell, so a
1,000-line invoice's 6,000 cells took 4 to 7 s however lean the CSS (profiled: cell wrapping,
table splitting and per-cell border commands, then the parse of 7,000 elements). A platypus
Table of plain strings, the engine under xhtml2pdf, draws the same rows with one font change
and one grid for the whole table in about 0.1 s per layout pass.

So the page template stays HTML and CSS, and puts `<koushin:lines>` where the table goes, with
its look in attributes (column widths, font, grid and header colours, alignment); this tag
builds the Table from the rows the renderer hands over in the context's meta. xhtml2pdf looks
tag classes up by name in its parser module (`pisaTag` + the tag's name), which is how this one
is found. Importing this module imports xhtml2pdf: only the renderer does, only when it renders.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import xhtml2pdf.parser
from reportlab.lib.colors import toColor
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle
from xhtml2pdf.tags import pisaTag
from xhtml2pdf.util import getSize

META_KEY = "koushin_lines"
"""Where the renderer puts the LinesTable in xhtml2pdf's context meta (which nothing else reads)."""
PADDING = 2.5
"""Points around a cell's text, as the template's own table cells have."""


@dataclass(frozen=True, slots=True)
class LinesTable:
    headings: Sequence[str]
    rows: Sequence[Sequence[str]]
    """Plain strings, drawn as they are: a newline starts a second line in the cell."""
    wrapped_columns: frozenset[int]
    """Columns whose text may be longer than the column (product names): broken onto more lines to fit."""


class pisaTagKOUSHINLINES(pisaTag):  # type: ignore[misc]  # noqa: N801 (the name xhtml2pdf looks a tag class up by)
    """`<koushin:lines widths="8mm 32mm …" align="right left …" font-family font-size grid head-background>`."""

    def start(self, c: Any) -> None:
        c.addPara()

    def end(self, c: Any) -> None:
        lines: LinesTable = c.meta[META_KEY]
        attribute = self.node.getAttribute
        widths = [getSize(width) for width in attribute("widths").split()]
        alignments = [alignment.upper() for alignment in attribute("align").split()]
        font = tt2ps(c.getFontName(attribute("font-family")), 0, 0)
        size = float(attribute("font-size"))
        fit = TextFitter(font, size)
        rows = [list(lines.headings)]
        for row in lines.rows:
            rows.append(
                [
                    fit(text, widths[column] - 2 * PADDING) if column in lines.wrapped_columns else text
                    for column, text in enumerate(row)
                ]
            )
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        grid = toColor(attribute("grid"))
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), font, size, size * 1.3),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), PADDING),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING),
            ("GRID", (0, 0), (-1, -1), 0.4, grid),
            ("BACKGROUND", (0, 0), (-1, 0), toColor(attribute("head-background"))),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ]
        commands += [("ALIGN", (column, 1), (column, -1), align) for column, align in enumerate(alignments)]
        table.setStyle(TableStyle(commands))
        c.addStory(table)


class TextFitter:
    """Breaks a text onto lines no wider than a width: at spaces where it can, between any two characters in CJK."""

    def __init__(self, font: str, size: float) -> None:
        self.font, self.size = font, size
        self.fitted: dict[tuple[str, float], str] = {}

    def __call__(self, text: str, width: float) -> str:
        key = (text, width)
        if key not in self.fitted:
            self.fitted[key] = "\n".join(self._lines(text, width))
        return self.fitted[key]

    def _lines(self, text: str, width: float) -> list[str]:
        if stringWidth(text, self.font, self.size) <= width:
            return [text]
        lines, line = [], ""
        for token in _tokens(text):
            candidate = line + token
            if not line or stringWidth(candidate.rstrip(), self.font, self.size) <= width:
                line = candidate
                continue
            lines.append(line.rstrip())
            line = token.lstrip()
        lines.append(line.rstrip())
        return [piece for line in lines for piece in self._by_character(line, width)]

    def _by_character(self, line: str, width: float) -> list[str]:
        """A single word wider than the column (a long Latin word or unbroken CJK text) is cut where it must be."""
        pieces, piece = [], ""
        for character in line:
            if piece and stringWidth(piece + character, self.font, self.size) > width:
                pieces.append(piece)
                piece = ""
            piece += character
        return [*pieces, piece]


def _tokens(text: str) -> list[str]:
    """Words with their following spaces; each CJK character is a word of its own (it may break on either side)."""
    tokens: list[str] = []
    for character in text:
        if tokens and (character == " " or _continues_word(tokens[-1], character)):
            tokens[-1] += character
        else:
            tokens.append(character)
    return tokens


def _continues_word(token: str, character: str) -> bool:
    return not _is_wide(character) and not _is_wide(token[-1]) and not token.endswith(" ")


def _is_wide(character: str) -> bool:
    return ord(character) >= 0x2E80


xhtml2pdf.parser.pisaTagKOUSHINLINES = pisaTagKOUSHINLINES
