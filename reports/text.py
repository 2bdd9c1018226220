"""User text on its way into ReportLab markup: escaped once, here, and nowhere else.

A ``Paragraph`` reads its text as markup, so a name typed as ``<img src="/etc/passwd">`` would
be taken as an image tag and ``&`` would break the parse. Every piece of text a person entered
goes through :func:`esc` (or :func:`para`, which also keeps line breaks) before it reaches a
Paragraph; labels written by us go through it too, so nobody has to remember which is which.
"""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import escape

DASH = "—"


def esc(text: object) -> str:
    """``text`` as markup that prints it literally (``None`` prints as nothing)."""
    if text is None:
        return ""
    return escape(str(text), {'"': "&quot;"})


def para(text: object) -> str:
    """Like :func:`esc`, keeping the writer's line breaks."""
    return "<br/>".join(esc(line) for line in str(text if text is not None else "").splitlines())


def join(parts: Iterable[str | None], sep: str = ", ") -> str:
    """The non-empty parts joined (plain text, not yet escaped)."""
    return sep.join(p for p in parts if p)


def or_dash(text: str | None) -> str:
    """The text, or a dash where nothing was recorded (plain text)."""
    return text if text else DASH
