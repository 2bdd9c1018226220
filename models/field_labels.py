"""A field path in words: ``fir`` is "FIR", ``person.names`` is "Name", for refusals a person reads.

The words come from the field's declaration: a ``FieldMeta(label=…)`` where the name does not say
it plainly, otherwise the name itself with its underscores as spaces and the register's
abbreviations in capitals (``cwc_name`` is "CWC name"). A nested DTO speaks only when its field
has a label ("FIR, number"; the report, person and circumstances of a case add nothing), and a
row of a list says which row ("Addresses, row 2, PIN"). A path no input DTO declares (a key a
file got wrong, a command-line option) is kept as it is, since that is what the person typed.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from models.dto_fields import FieldInfo, field_map
from models.messages import Text, field_words, msg

# Words the register always writes in capitals, wherever they come in a field's name.
ABBREVIATIONS = {
    "fir": "FIR",
    "cwc": "CWC",
    "gd": "GD",
    "io": "IO",
    "jwo": "JWO",
    "ps": "PS",
    "uidb": "UIDB",
    "pin": "PIN",
    "cci": "CCI",
    "id": "ID",
    "ahtu": "AHTU",
}

_PART = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)")


@functools.cache
def _roots() -> tuple[tuple[str, type[Any]], ...]:
    """The inputs a refusal's field paths are relative to (the case first), each with the
    first part a path to it starts with, if any (``station.code`` at the first start)."""
    from models.dto.accounts import NewUser, StationInput
    from models.dto.cases import ActionInput, CaseInput, ClosureInput, ReunionInput, TraceInput
    from models.dto.found import FoundInput

    return (
        ("", CaseInput),
        ("", FoundInput),
        ("", TraceInput),
        ("", ReunionInput),
        ("", ActionInput),
        ("", ClosureInput),
        ("station", StationInput),
        ("", NewUser),
    )


def words_of(name: str) -> str:
    """``last_seen_place`` as "Last seen place", ``gd_entry_at`` as "GD entry at"."""
    words = [ABBREVIATIONS.get(w, w) for w in name.split("_") if w]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _own_words(info: FieldInfo) -> str:
    return info.meta.label if info.meta.label is not None else words_of(info.name)


def _lower_first(text: Text) -> Text:
    """ "Number" after "FIR, " reads "number"; "PIN" stays "PIN". Only the English changes: the
    translation is looked up by the label as declared."""
    if len(text) > 1 and text[1].isupper() or text.params:
        return text
    return Text(text[:1].lower() + text[1:], text.template, text.params, text.context)


def _in(root: type[Any], path: str) -> Text | None:
    """The words for ``path`` inside ``root``; None when ``root`` has no such field."""
    cls: Any = root
    spoken: list[Text] = []
    parts = path.split(".")
    for n, part in enumerate(parts):
        m = _PART.fullmatch(part)
        if m is None or cls is None:
            return None
        info = field_map(cls).get(m.group(1))
        if info is None:
            return None
        last = n == len(parts) - 1
        rows = [int(i) + 1 for i in re.findall(r"\d+", m.group(2))]
        if last or info.meta.label is not None or rows:
            spoken.append(field_words(_own_words(info)))
        spoken += [msg("row {number}", number=i) for i in rows]
        kind = info.kind
        cls = info.type if kind == "dataclass" else info.item if kind == "rows" else None
    if not spoken:
        return None
    said = spoken[0]
    for part in spoken[1:]:
        said = msg("{field}, {part}", field=said, part=_lower_first(part))
    return said


@functools.cache
def field_label(path: str, *, loose: bool = False) -> str:
    """``path`` in words (see the module's note); unchanged when no input declares it, unless
    ``loose`` (a dialog's own field such as ``password``), when its last name is put in words."""
    if not path:
        return ""
    for prefix, root in _roots():
        inner = path
        if prefix:
            if not path.startswith(prefix + "."):
                continue
            inner = path[len(prefix) + 1 :]
        said = _in(root, inner)
        if said is not None:
            if not prefix:
                return said
            return msg(
                "{group} {field}", group=field_words(words_of(prefix)), field=_lower_first(said)
            )
    leaf = path.rpartition(".")[2]
    if loose and _PART.fullmatch(leaf) and "[" not in leaf:
        return field_words(words_of(leaf))
    return path


def every_field_words() -> set[str]:
    """The words of every field a refusal can name (the ``Fields`` entries of the catalogues)."""
    found: set[str] = set()
    seen: set[type[Any]] = set()

    def walk(cls: type[Any]) -> None:
        if cls in seen:
            return
        seen.add(cls)
        for info in field_map(cls).values():
            found.add(_own_words(info))
            inner = (
                info.type
                if info.kind == "dataclass"
                else info.item
                if info.kind == "rows"
                else None
            )
            if isinstance(inner, type):
                walk(inner)

    for prefix, root in _roots():
        if prefix:
            found.add(words_of(prefix))
        walk(root)
    return found
