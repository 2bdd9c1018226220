"""Shaped Devanagari that a PDF reader can copy and search: each shaped run carries its text.

HarfBuzz turns "क्षितिज" into glyphs: a क्ष conjunct that has no Unicode code point of its own
(ReportLab gives it a private-use one) and an ि matra drawn before the consonant it follows in the
text. A PDF reader that maps glyphs back to characters gets "तज" out of that, so a name could not
be copied from the FIR into a portal nor found by searching HQ's PDFs.

The PDF answer is marked content with an ``/ActualText`` entry: the drawing operators of a run sit
between ``/Span <</ActualText (...)>> BDC`` and ``EMC``, and readers (poppler's pdftotext, Acrobat,
pdf.js) extract the text given there instead of the glyphs. ReportLab has no such option, and it
forgets the source text once a word is shaped, so this module hooks its two lowest text layers,
once, for every printout:

* shaping (``shapeFragWord``): each glyph of the result also records the characters of its cluster
  (the first glyph of a cluster holds them all, the others hold ""). The record travels with the
  glyph through ReportLab's line breaking, which joins and slices shaped strings glyph by glyph;
* drawing (``PDFTextObject._formatText``): a shaped run whose glyphs stand for other text than
  their own code points, or that has combining marks, is wrapped in an ``/ActualText`` span of
  that text.

The page looks exactly as before: marked content draws nothing.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from typing import Any

from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.pdfgen import textobject
from reportlab.platypus import paragraph

_INSTALLED_MARK = "_talash_actual_text"


class SourcedShapeData(ShapeData):  # type: ignore[misc]
    """A shaped glyph's placement plus the text it stands for ("" after a cluster's first glyph)."""

    source: str


def _word_text(word: list[Any]) -> str:
    """The text a fragment word shapes, as ``shapeFragWord`` builds it (images etc. left out)."""
    return "".join(str(text) for frag, text in word[1:] if not hasattr(frag, "cbDefn"))


def _with_sources(shaped: ShapedStr, starts: list[int], text: str) -> ShapedStr:
    """``shaped`` with each glyph's cluster text recorded (see the module note)."""
    records: list[Any] = []
    seen: set[int] = set()
    for glyph in shaped.__shapeData__:
        record = SourcedShapeData._make(glyph)
        cluster = glyph.cluster
        if 0 <= cluster < len(text) and cluster not in seen:
            seen.add(cluster)
            after = bisect_right(starts, cluster)
            record.source = text[cluster : starts[after] if after < len(starts) else len(text)]
        else:
            record.source = ""
        records.append(record)
    return ShapedStr(str(shaped), shapeData=records)


def _sourced_shape_frag_word(shape: Any) -> Any:
    def shape_frag_word(word: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(word, ttfonts.ShapedFragWord) or any(
            isinstance(text, ShapedStr) for _, text in word[1:]
        ):
            return word  # already shaped (and recorded), e.g. a piece of a split long word
        result = shape(word, *args, **kwargs)
        if result is word:
            return result  # nothing changed: plain text extracts as itself
        text = _word_text(word)
        pieces = [
            (i, item) for i, item in enumerate(result[1:], 1) if isinstance(item[1], ShapedStr)
        ]
        # Clusters count characters of the whole word, pieces (one per font) split it in order.
        starts = sorted({g.cluster for _, item in pieces for g in item[1].__shapeData__})
        for i, (frag, shaped) in pieces:
            result[i] = (frag, _with_sources(shaped, starts, text))
        return result

    setattr(shape_frag_word, _INSTALLED_MARK, True)
    return shape_frag_word


def run_source(text: str) -> str | None:
    """The text a shaped run stands for, or None when ``text`` is not shaped."""
    data = getattr(text, "__shapeData__", None)
    if data is None:
        return None
    return "".join(
        record.source if isinstance(record, SourcedShapeData) else char
        for char, record in zip(str(text), data, strict=True)
    )


def needs_actual_text(source: str, glyphs: str) -> bool:
    """Whether a reader needs the run's text spelt out: when a glyph stands for other characters,
    and when the run has combining marks (matras, anusvara, virama), which readers place by their
    glyph's position ("उंची" came out as "उं ची"). Plain Latin extracts well on its own."""
    return source != glyphs or any(unicodedata.category(ch) in ("Mn", "Mc") for ch in source)


def actual_text_operand(source: str) -> str:
    """A PDF text string (UTF-16BE with its byte order mark, in hex) holding ``source``."""
    return "<FEFF" + source.encode("utf-16-be").hex().upper() + ">"


def _format_text_with_source(format_text: Any) -> Any:
    def formatted(self: Any, text: str) -> str:
        code: str = format_text(self, text)
        source = run_source(text)
        if source is None or not code or not needs_actual_text(source, str(text)):
            return code
        return f"/Span <</ActualText {actual_text_operand(source)}>> BDC {code} EMC"

    setattr(formatted, _INSTALLED_MARK, True)
    return formatted


def install() -> None:
    """Hook ReportLab's shaping and text drawing (once; later calls do nothing)."""
    if getattr(ttfonts.shapeFragWord, _INSTALLED_MARK, False):
        return
    shape = _sourced_shape_frag_word(ttfonts.shapeFragWord)
    # Paragraph imported the function by name; shapeStr (canvas text) looks it up in ttfonts.
    ttfonts.shapeFragWord = shape
    paragraph.shapeFragWord = shape
    text_object = textobject.PDFTextObject
    text_object._formatText = _format_text_with_source(text_object._formatText)
