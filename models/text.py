"""Text as typed, made safe: NFC, no bidi overrides, zero-width joiners only where Indic needs them.

Names are stored as typed (NFC) and searched by a folded key (NFKC, case-folded, zero-width
characters removed, spaces collapsed), so "राम" typed with a stray zero-width joiner still finds
"राम", and "PRIYA" finds "Priya".
"""

from __future__ import annotations

import re
import unicodedata

from models.messages import msg

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
            msg(
                "contains hidden direction-changing characters (often pasted from "
                "another program); retype it",
            )
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
            raise TextProblem(
                msg("contains a control or unassigned character that cannot be printed")
            )
        out.append(ch)
    text = _SPACES.sub(" ", "".join(out))
    if multiline:
        text = "\n".join(line.strip() for line in text.split("\n"))
        text = _BLANK_LINES.sub("\n\n", text)
    text = text.strip()
    if max_length is not None and len(text) > max_length:
        raise TextProblem(
            msg(
                "is too long ({text_count} characters; at most {max_length})",
                text_count=len(text),
                max_length=max_length,
            )
        )
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


# -- showing text that someone else typed -------------------------------------------------------

# Line and paragraph separators, and format characters that move or hide text (bidi marks and
# overrides, invisible separators). ZWJ and ZWNJ are kept: Indic conjuncts need them and they
# cannot move or hide anything.
_KEPT_FORMAT = frozenset({ZWJ, ZWNJ})
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _needs_escape(ch: str) -> bool:
    if ch in _KEPT_FORMAT:
        return False
    category = unicodedata.category(ch)
    return category in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def _escape(ch: str) -> str:
    named = _NAMED_ESCAPES.get(ch)
    if named is not None:
        return named
    code = ord(ch)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def shown(value: object, *, multiline: bool = False) -> str:
    """``value`` as text that is safe to show on a terminal or in a window.

    Text typed by someone else (a username tried at the logon screen, a desk name, a name in an
    imported file, a row changed outside the program) may hold terminal escapes, line breaks or
    bidi overrides that would forge or hide lines of an audit trail or a list. Each such
    character is shown as an escape (``\\n``, ``\\u001b``, ``\\u202e``) instead; ``multiline``
    keeps line breaks (a narrative shown as a paragraph). Every display of such text in the
    command line and the window goes through here.
    """
    text = value if isinstance(value, str) else str(value)
    if not any(_needs_escape(ch) for ch in text):
        return text  # the usual case: nothing to do, no copy
    return "".join(
        ch if (multiline and ch == "\n") or not _needs_escape(ch) else _escape(ch) for ch in text
    )


def terminal_safe(text: str) -> str:
    """Program output made safe for a terminal as a whole: like ``shown`` with line breaks,
    tabs and CR LF line ends kept (CSV), and everything else that moves the cursor, colours or
    rewrites lines (ESC sequences, a lone carriage return, backspace, bidi overrides) escaped.
    The last guard for output; the values printed go through ``shown`` themselves."""
    if not any(_needs_escape(ch) for ch in text):
        return text
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch in "\n\t" or (ch == "\r" and text[i + 1 : i + 2] == "\n") or not _needs_escape(ch):
            out.append(ch)
        else:
            out.append(_escape(ch))
    return "".join(out)


# -- the desk's name -------------------------------------------------------------------------------

DESK_NAME_MAX = 64
_DESK_PUNCTUATION = frozenset(" .-_")


def _desk_char(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch)[0] == "M" or ch in _DESK_PUNCTUATION


def check_desk_name(value: str) -> str:
    """The desk's name as it goes into every audit event, or ``TextProblem`` saying why not.

    Letters and digits of any script, spaces, dots, hyphens and underscores, at most 64
    characters: a computer's host name always fits.
    """
    name = unicodedata.normalize("NFC", value).strip()
    if not name:
        raise TextProblem(msg("the desk name is empty"))
    if len(name) > DESK_NAME_MAX:
        raise TextProblem(
            msg(
                "the desk name is too long ({name_count} characters; at most 64)",
                name_count=len(name),
            )
        )
    if not all(_desk_char(ch) for ch in name):
        raise TextProblem(
            msg(
                "the desk name may hold only letters, digits, spaces, dots, hyphens "
                "and underscores",
            )
        )
    return name


def desk_name_from_host(host: str) -> str:
    """A usable desk name made from the computer's host name (anything else dropped)."""
    kept = "".join(ch for ch in unicodedata.normalize("NFC", host) if ch.isalnum() or ch in "-_.")
    kept = kept.lstrip("-_.")[:DESK_NAME_MAX]
    return kept or "desk"
