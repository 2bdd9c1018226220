"""Text as typed, made safe: NFC, no bidi overrides, zero-width joiners only where Indic needs them.

Names are stored as typed (NFC) and searched by a folded key (NFKC, case-folded, zero-width
characters removed, spaces collapsed), so "राम" typed with a stray zero-width joiner still finds
"राम", and "PRIYA" finds "Priya".
"""

from __future__ import annotations

import re
import unicodedata

ZWNJ, ZWJ = "\u200c", "\u200d"
# Overrides, embeddings and isolates can make "Ali" display as "ilA" or hide text: refused.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Invisible characters with no place in a register entry: silently removed.
INVISIBLES = frozenset("\u200b\u2060\ufeff\u00ad\u180e")
ZERO_WIDTH = frozenset({ZWNJ, ZWJ}) | INVISIBLES

_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")


class TextProblem(ValueError):
    """The text cannot be stored; the message says why in plain words."""


def _is_indic_letter(ch: str) -> bool:
    # Devanagari through Malayalam, plus Sinhala: scripts whose conjuncts use ZWJ/ZWNJ.
    return "\u0900" <= ch <= "\u0dff" and unicodedata.category(ch)[0] in {"L", "M"}


def clean_text(value: str, *, multiline: bool = False, max_length: int | None = None) -> str:
    """Return ``value`` normalised for storage, or raise ``TextProblem``."""
    text = unicodedata.normalize("NFC", value)
    if any(ch in BIDI_CONTROLS for ch in text):
        raise TextProblem(
            "contains hidden direction-changing characters (often pasted from another program); "
            "retype it"
        )
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch in INVISIBLES:
            continue
        if ch in (ZWJ, ZWNJ):
            before = text[i - 1] if i > 0 else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if before and after and _is_indic_letter(before) and _is_indic_letter(after):
                out.append(ch)
            continue
        if ch in "\r":
            continue
        if ch == "\t":
            out.append(" ")
            continue
        if ch == "\n":
            out.append("\n" if multiline else " ")
            continue
        if unicodedata.category(ch) in {"Cc", "Cs", "Co", "Cn"}:
            raise TextProblem("contains a control or unassigned character that cannot be printed")
        out.append(ch)
    text = _SPACES.sub(" ", "".join(out))
    if multiline:
        text = "\n".join(line.strip() for line in text.split("\n"))
        text = _BLANK_LINES.sub("\n\n", text)
    text = text.strip()
    if max_length is not None and len(text) > max_length:
        raise TextProblem(f"is too long ({len(text)} characters; at most {max_length})")
    return text


def search_key(value: str) -> str:
    """The folded form used for searching and duplicate detection."""
    text = unicodedata.normalize("NFKC", value).casefold()
    text = "".join(ch for ch in text if ch not in ZERO_WIDTH and ch not in BIDI_CONTROLS)
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def like_pattern(fragment: str) -> str:
    """A LIKE pattern matching ``fragment`` anywhere, with LIKE's wildcards taken literally.

    Use with ``escape="\\\\"``; the fragment is always passed as a bound parameter.
    """
    key = search_key(fragment)
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
