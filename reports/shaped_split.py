"""An overlong Devanagari word still prints shaped when a line has to split it.

ReportLab splits a word wider than its line (a long name in a narrow table column) character by
character, and iterating a shaped string drops its shaping: the pieces printed as empty boxes
(the conjuncts' private-use codes drawn as letters) and their text was lost. The hook below lets
the split walk a shaped string cluster by cluster instead: each piece keeps its glyphs, their
placement and the text they stand for (see :mod:`reports.extractable_text`), and a line never
breaks inside a cluster.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.platypus import paragraph

_INSTALLED_MARK = "_talash_shaped_split"

Piece = tuple[Any, float, str]


def _starts_with_mark(glyph: Any) -> bool:
    source: str = getattr(glyph, "source", "")
    return bool(source) and unicodedata.category(source[0]) in ("Mn", "Mc")


def cluster_bounds(shaped: ShapedStr) -> Iterator[tuple[int, int]]:
    """(start, end) glyph indices of the places a line may break: between clusters, but not
    before a vowel sign or other combining mark (a line never starts with "ी"); added plain
    characters stand alone."""
    data = shaped.__shapeData__
    start = 0
    for end in range(1, len(data) + 1):
        alone = data[start].cluster < 0 or data[start].cluster == 0x7FFFFFFF
        if end == len(data) or (
            (alone or data[end].cluster != data[start].cluster) and not _starts_with_mark(data[end])
        ):
            yield start, end
            start = end


def _shaped_frag_word_iter(
    original: Callable[[list[Any]], Iterator[Piece]],
) -> Callable[[list[Any]], Iterator[Piece]]:
    def frag_word_iter(word: list[Any]) -> Iterator[Piece]:
        for frag, text in word[1:]:
            if hasattr(frag, "cbDefn") or not isinstance(text, ShapedStr) or not text:
                yield from original([0, (frag, text)])
                continue
            scale = frag.fontSize / 1000  # advances are in thousandths of the font size
            data = text.__shapeData__
            for start, end in cluster_bounds(text):
                width = sum(glyph.x_advance for glyph in data[start:end]) * scale
                yield frag, width, text[start:end]

    setattr(frag_word_iter, _INSTALLED_MARK, True)
    return frag_word_iter


def install() -> None:
    """Hook ReportLab's long-word split (once; later calls do nothing)."""
    if not getattr(paragraph._fragWordIter, _INSTALLED_MARK, False):
        paragraph._fragWordIter = _shaped_frag_word_iter(paragraph._fragWordIter)
