"""The case form's contents as plain data, and the conversion to and from ``CaseInput`` (no Qt).

The form keeps what the writer typed in a flat ``State``: keys are the DTO's field paths
(``person.date_of_birth``, ``fir.sections``), values are what the widgets hold (text as typed,
enum codes, booleans, lists of row dicts). That one shape serves the drafts on disk, the
"what did I change" comparison behind a stale-edit merge, and the mapping of the rules' problem
paths back to widgets. Converting to a ``CaseInput`` reports text that cannot be read (a date
such as ``31-02-2026``) as problems on the same paths the rules use; every other rule is the
service's (models/rules), so the form and the CLI refuse the same things with the same words.

No field is listed here: each one's state value follows from its declaration in the DTO
(models/dto_fields.py reads it): its type (text, number, instant, code, flag, a yes/no/unknown
choice, check boxes, rows), a partial date, a range of two fields, a name in each script, the part
of a person it belongs to. What is written by hand is what has a shape of its own: the FIR
registered or not, the complainant entered or not, the risk checklist, the publicity order and
the photos.
"""

from __future__ import annotations

import base64
import dataclasses
import re
from collections.abc import Iterator
from datetime import UTC, datetime, tzinfo
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP

from models.dto.cases import (
    CaseInput,
    ComplainantInput,
    FirInput,
    PersonInput,
    PhotoInput,
    PublicationOrder,
    ReportInput,
    RiskAnswerRow,
    RiskInput,
)
from models.dto_codec import from_json, to_json
from models.dto_fields import FieldInfo, field_map, fields_of
from models.enums import (
    Act,
    AddressKind,
    ClothingArea,
    ContactKind,
    FirActionTaken,
    IdDocumentType,
    InformationType,
    Language,
    MarkType,
    OrderAuthority,
    OrderPermit,
    ReportMode,
    RiskAnswer,
    Sex,
)
from models.errors import Problem
from models.partial_date import DateProblem
from models.rules.publicity import order_problems, same_order
from models.taxonomy import DEFAULT_REASON
from ui.form_state import State
from ui.formats import (
    format_age,
    format_instant,
    format_partial,
    parse_age,
    parse_instant,
    parse_partial,
)
from ui.i18n import translated
from ui.widgets.columns import Column

E = TypeVar("E", bound=StrEnum)
D = TypeVar("D")


# -- multi-row sections: how their tables look (what a row holds is the row DTO's) ------------


# Column headings are marked here and shown in the window's language by the rows editor.
ID_DOCUMENT_COLUMNS = (
    Column("doc_type", str(QT_TRANSLATE_NOOP("Column", "Document")), "enum", IdDocumentType, 1),
    Column("number", str(QT_TRANSLATE_NOOP("Column", "Number")), stretch=2),
    Column("issue_date", str(QT_TRANSLATE_NOOP("Column", "Issued on")), "partial", stretch=1),
    Column("issue_place", str(QT_TRANSLATE_NOOP("Column", "Issued at")), stretch=1),
)
ADDRESS_COLUMNS = (
    Column("kind", str(QT_TRANSLATE_NOOP("Column", "Address")), "enum", AddressKind, 1),
    Column("line", str(QT_TRANSLATE_NOOP("Column", "House, building, street")), span=3),
    Column("locality", str(QT_TRANSLATE_NOOP("Column", "Locality / village")), span=2),
    Column("city", str(QT_TRANSLATE_NOOP("Column", "City / taluka")), line=1),
    Column("district", str(QT_TRANSLATE_NOOP("Column", "District")), line=1),
    Column("state", str(QT_TRANSLATE_NOOP("Column", "State")), line=1),
    Column("pin", str(QT_TRANSLATE_NOOP("Column", "PIN")), line=1),
    Column("country", str(QT_TRANSLATE_NOOP("Column", "Country")), line=1, span=2),
)
CONTACT_COLUMNS = (
    Column("kind", str(QT_TRANSLATE_NOOP("Column", "Kind")), "enum", ContactKind, 1),
    Column("value", str(QT_TRANSLATE_NOOP("Column", "Number or address")), stretch=2),
    Column("note", str(QT_TRANSLATE_NOOP("Column", "Whose / note")), stretch=2),
)
MARK_COLUMNS = (
    Column("mark_type", str(QT_TRANSLATE_NOOP("Column", "Mark")), "enum", MarkType, 1),
    Column("body_location", str(QT_TRANSLATE_NOOP("Column", "Where on the body")), stretch=2),
    Column("description", str(QT_TRANSLATE_NOOP("Column", "Description")), stretch=3),
)
CLOTHING_COLUMNS = (
    Column("area", str(QT_TRANSLATE_NOOP("Column", "Item")), "enum", ClothingArea, 1),
    Column("description", str(QT_TRANSLATE_NOOP("Column", "Description")), stretch=3),
    Column("colour", str(QT_TRANSLATE_NOOP("Column", "Colour / pattern")), stretch=1),
)
SECTION_COLUMNS = (
    Column("act", str(QT_TRANSLATE_NOOP("Column", "Act")), "enum", Act, 1),
    Column("section", str(QT_TRANSLATE_NOOP("Column", "Section")), stretch=1),
)
SUSPECT_COLUMNS = (
    Column("name", str(QT_TRANSLATE_NOOP("Column", "Name")), stretch=2),
    Column("alias", str(QT_TRANSLATE_NOOP("Column", "Alias")), stretch=1),
    Column(
        "relative_name", str(QT_TRANSLATE_NOOP("Column", "Father's / husband's name")), stretch=2
    ),
    Column("address", str(QT_TRANSLATE_NOOP("Column", "Address")), stretch=2),
    Column("description", str(QT_TRANSLATE_NOOP("Column", "Description")), stretch=3),
)

COMPLAINANT_OTHER = "complainant.person._other"
PHOTOS = "photos"
FIR_REGISTERED = "fir.registered"
HEIGHT_RANGE = "person.height_range"
# Problem paths that stand for a widget of another name (ranges are found from the DTOs).
_WIDGET_OF = {"complainant": "complainant.person.names", "fir": FIR_REGISTERED}
# What a range field holds, for the message when it cannot be read (keyed by its pair name).
# An age says what is wrong in the age reader's own words (models/rules/age_phrases.py), the
# same as the field says when it is left and as the CLI says.
_RANGE_WHAT: dict[str, str | None] = {
    "age": None,
    "height_range": "a height or a range such as 140-150",
}
# A person's fields without a marked part are its description.
IDENTITY = "identity"
DESCRIPTION = "description"
_INDEX = re.compile(r"\[\d+\]")


def _checked(enum_cls: type[StrEnum], chosen: tuple[StrEnum, ...]) -> list[str]:
    """Codes in the order their check boxes show them, so a loaded form compares as unchanged."""
    return [member.value for member in enum_cls if member in chosen]


def _class_at(path: str) -> type[Any] | None:
    """The DTO class found at a field path of ``CaseInput`` (``complainant.person``)."""
    cls: type[Any] | None = CaseInput
    for part in _INDEX.sub("", path).split(".") if path else ():
        info = field_map(cls).get(part) if cls is not None else None
        if info is None:
            return None
        cls = info.type if info.kind == "dataclass" else info.item if info.kind == "rows" else None
    return cls


def state_key_for(problem_field: str) -> str:
    """The state key (and so the widget) a rule's problem path belongs to."""
    if problem_field in _WIDGET_OF:
        return _WIDGET_OF[problem_field]
    parent, _, name = problem_field.rpartition(".")
    cls = _class_at(parent)
    info = field_map(cls).get(name) if cls is not None else None
    if info is not None and info.meta.pair:
        return f"{parent}.{info.meta.pair}"  # one range widget for two fields (age_min, age_max)
    return problem_field


# -- defaults ---------------------------------------------------------------------------------


def new_case_state(now: datetime, zone: tzinfo, username: str) -> State:
    """A blank report with the desk's defaults: reported now, received by whoever is logged on,
    Indian nationality, Marathi spoken, reason under investigation."""
    return {
        "report.reported_at": format_instant(now.replace(second=0, microsecond=0), zone),
        "report.report_mode": ReportMode.IN_PERSON.value,
        "report.information_type": InformationType.ORAL.value,
        "report.received_by": username,
        "person.sex": Sex.UNKNOWN.value,
        "person.nationality": "Indian",
        "person.mother_tongue": Language.MARATHI.value,
        "person.languages": [Language.MARATHI.value],
        "person.names": ["", ""],
        "complainant.person.names": ["", ""],
        "complainant.person.nationality": "Indian",
        "complainant.person.sex": Sex.UNKNOWN.value,
        "complainant.read_over_language": Language.MARATHI.value,
        "fir.action_taken": FirActionTaken.DIRECTED_IO.value,
        "reasons.suspected": DEFAULT_REASON,
        FIR_REGISTERED: False,
    }


# -- a DTO's fields to state ----------------------------------------------------------------------


def _code(value: StrEnum | None) -> str:
    return value.value if value is not None else ""


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _tri(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def _key(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _part(info: FieldInfo) -> str:
    return info.meta.part or DESCRIPTION


def _form_fields(cls: type[Any], part: str | None, skip: tuple[str, ...]) -> Iterator[FieldInfo]:
    """The fields of ``cls`` a form shows, in declaration order (``part``: of a person)."""
    for info in fields_of(cls):
        if info.name not in skip and (part is None or _part(info) == part):
            yield info


def _pair(cls: type[Any], pair: str) -> tuple[str, str]:
    """The low and high field of a range, in their declaration order."""
    low, high = (f.name for f in fields_of(cls) if f.meta.pair == pair)
    return low, high


def _value_state(info: FieldInfo, value: Any, zone: tzinfo) -> Any:
    """What the widget of one field holds for ``value``."""
    kind = info.kind
    if info.meta.lines:
        return list(value) + [""] * max(0, info.meta.lines - len(value))
    if kind == "texts":
        return ", ".join(value)
    if kind == "enums":
        return _checked(info.item, value)
    if kind == "rows":
        return [_row_state(item) for item in value]
    if kind == "bool":
        return _tri(value) if info.optional else bool(value)
    if kind == "enum":
        return _code(value)
    if kind == "datetime":
        return format_instant(value, zone)
    if info.partial_date:
        return format_partial(value)
    return _text(value)


def _row_state(item: Any) -> dict[str, str]:
    row: dict[str, str] = {}
    for info in fields_of(type(item)):
        value = getattr(item, info.name)
        if info.kind == "enum":
            row[info.name] = _code(value)
        elif info.partial_date:
            row[info.name] = format_partial(value)
        else:
            row[info.name] = _text(value)
    return row


def dto_state(
    obj: Any,
    zone: tzinfo,
    prefix: str,
    *,
    part: str | None = None,
    skip: tuple[str, ...] = (),
) -> State:
    """The state of every field of ``obj`` under ``prefix`` (nested DTOs under theirs).

    ``part`` keeps a person's fields of that part only; an optional nested DTO (the FIR, the
    complainant) is left to its caller, whose form shows it in a shape of its own.
    """
    cls = type(obj)
    s: State = {}
    for info in _form_fields(cls, part, skip):
        key = _key(prefix, info.name)
        if info.kind == "dataclass":
            if not info.optional:
                s.update(dto_state(getattr(obj, info.name), zone, key))
            continue
        if info.meta.pair:
            low, high = _pair(cls, info.meta.pair)
            s[_key(prefix, info.meta.pair)] = format_age(getattr(obj, low), getattr(obj, high))
            continue
        s[key] = _value_state(info, getattr(obj, info.name), zone)
    return s


def blank_state(cls: type[Any], prefix: str) -> State:
    """The state of a DTO not entered (the FIR section of a report with no FIR yet)."""
    s: State = {}
    for info in fields_of(cls):
        key = _key(prefix, info.name)
        if info.default is not dataclasses.MISSING:
            s[key] = _value_state(info, info.default, UTC)
        elif info.kind in ("rows", "enums"):
            s[key] = []
        elif info.kind == "bool":
            s[key] = False
        else:
            s[key] = ""
    return s


def person_identity_state(p: PersonInput, prefix: str) -> State:
    """Name, sex, age, relative, nationality, documents, addresses, contacts."""
    return dto_state(p, UTC, prefix, part=IDENTITY)


def person_description_state(p: PersonInput, prefix: str) -> State:
    """Languages, schooling and the physical description (the missing or found person)."""
    return dto_state(p, UTC, prefix, part=DESCRIPTION)


def case_to_state(data: CaseInput, zone: tzinfo) -> State:
    s = dto_state(data, zone, "", skip=("photos",))
    s[FIR_REGISTERED] = data.fir is not None
    if data.fir is not None:
        s.update(dto_state(data.fir, zone, "fir"))
    else:
        s.update(blank_state(FirInput, "fir"))
    comp = data.complainant
    if comp is not None:
        s.update(person_identity_state(comp.person, "complainant.person"))
        default = PersonInput()
        kept = {
            f.name: getattr(comp.person, f.name)
            for f in fields_of(PersonInput)
            if _part(f) != IDENTITY and getattr(comp.person, f.name) != getattr(default, f.name)
        }
        if kept:
            s[COMPLAINANT_OTHER] = to_json(kept)
        s.update(dto_state(comp, zone, "complainant", skip=("person",)))
    else:
        s["complainant.person.names"] = ["", ""]
    risk = data.risk
    if risk is not None:
        s.update(dto_state(risk, zone, "risk", skip=("answers",)))
        s["risk.answers"] = {
            a.item: {"answer": a.answer.value, "details": _text(a.details)} for a in risk.answers
        }
    order = data.publication_order
    if order is not None:
        s.update(
            {
                "publication_order.reference": order.reference,
                "publication_order.date": format_partial(order.date),
                "publication_order.authority": order.authority,
                "publication_order.kind": order.kind.value if order.kind else None,
                "publication_order.permits": _checked(OrderPermit, order.permits),
            }
        )
    return s


# -- state to CaseInput ------------------------------------------------------------------------


class Reader:
    """Reads typed values out of a state, collecting what cannot be read as problems."""

    def __init__(self, state: State, zone: tzinfo, baseline: CaseInput | None) -> None:
        self.state = state
        self.zone = zone
        self.baseline = baseline
        self.problems: list[Problem] = []

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def raw(self, path: str) -> Any:
        return self.state.get(path)

    def text(self, path: str) -> str | None:
        value = self.state.get(path)
        if value is None:
            return None
        value = str(value).strip()
        return value or None

    def required_text(self, path: str) -> str:
        return self.text(path) or ""

    def enum(self, path: str, cls: type[E]) -> E | None:
        code = self.text(path)
        if code is None:
            return None
        try:
            return cls(code)
        except ValueError:
            self.problem(path, f"'{code}' is not one of the choices")
            return None

    def enum_or(self, path: str, cls: type[E], default: E) -> E:
        return self.enum(path, cls) or default

    def enums(self, path: str, cls: type[E]) -> tuple[E, ...]:
        out: list[E] = []
        for code in self.state.get(path) or ():
            try:
                out.append(cls(code))
            except ValueError:
                self.problem(path, f"'{code}' is not one of the choices")
        return tuple(out)

    def flag(self, path: str) -> bool:
        return bool(self.state.get(path))

    def tri(self, path: str) -> bool | None:
        value = self.text(path)
        return None if value is None else value == "yes"

    def integer(self, path: str) -> int | None:
        value = self.text(path)
        if value is None:
            return None
        try:
            return int(value)
        except ValueError:
            self.problem(path, f"'{value}' should be a whole number")
            return None

    def number(self, path: str) -> float | None:
        value = self.text(path)
        if value is None:
            return None
        try:
            return float(value)
        except ValueError:
            self.problem(path, f"'{value}' should be a number such as 19.0402")
            return None

    def instant(self, path: str, *, required: bool = False) -> datetime | None:
        value = self.text(path)
        if value is None:
            if required:
                self.problem(path, "is required")
            return None
        original = self._baseline_value(path)
        # An unchanged field keeps the stored instant to the second (the form shows minutes).
        if isinstance(original, datetime) and format_instant(original, self.zone) == value:
            return original
        try:
            return parse_instant(value, self.zone)
        except DateProblem as exc:
            self.problem(path, str(exc))
            return None

    def partial(self, path: str) -> str | None:
        value = self.text(path)
        if value is None:
            return None
        try:
            return parse_partial(value)
        except DateProblem as exc:
            self.problem(path, str(exc))
            return None

    def range(self, path: str, what: str | None) -> tuple[int | None, int | None]:
        value = self.text(path)
        if value is None:
            return None, None
        try:
            rng = parse_age(value)
        except DateProblem as exc:
            said = str(exc) if what is None else f"'{value}' is not {what} such as 14 or 12-14"
            self.problem(path, said)
            return None, None
        return rng.low, rng.high

    def rows(self, path: str, cls: type[D]) -> list[tuple[int, D]]:
        """Non-empty rows, with their index (for problem paths), as the row DTO ``cls``."""
        out: list[tuple[int, D]] = []
        fields = fields_of(cls)
        for i, raw in enumerate(self.state.get(path) or ()):
            texts = [str(raw.get(f.name) or "").strip() for f in fields if f.kind != "enum"]
            if not any(texts):
                continue
            row: dict[str, Any] = {}
            for info in fields:
                sub = f"{path}[{i}].{info.name}"
                value = str(raw.get(info.name) or "").strip()
                if info.kind == "enum":
                    first = list(info.type)[0]
                    try:
                        row[info.name] = info.type(value) if value else first
                    except ValueError:
                        self.problem(sub, f"'{value}' is not one of the choices")
                        row[info.name] = first
                elif info.partial_date:
                    row[info.name] = None
                    if value:
                        try:
                            row[info.name] = parse_partial(value)
                        except DateProblem as exc:
                            self.problem(sub, str(exc))
                    if row[info.name] is None and not info.optional:
                        row[info.name] = ""
                else:
                    row[info.name] = value or (None if info.optional else "")
            out.append((i, cls(**row)))
        return out

    def _baseline_value(self, path: str) -> Any:
        node: Any = self.baseline
        for part in path.split("."):
            if node is None:
                return None
            node = getattr(node, part, None)
        return node


def _field_value(rd: Reader, info: FieldInfo, key: str) -> Any:
    """One field's value read from its widget; ``None`` where nothing (readable) was entered,
    or the field's default when it has one and cannot be empty."""
    kind = info.kind
    if info.meta.lines:
        return tuple(str(n).strip() for n in rd.raw(key) or () if str(n).strip())
    if kind == "texts":
        return _split_list(rd.text(key))
    if kind == "enums":
        return rd.enums(key, info.item)
    if kind == "rows":
        return tuple(row for _, row in rd.rows(key, info.item))
    if kind == "bool":
        return rd.tri(key) if info.optional else rd.flag(key)
    if kind == "datetime":
        return rd.instant(key, required=info.required)
    value: Any
    if kind == "enum":
        value = rd.enum(key, info.type)
    elif kind == "int":
        value = rd.integer(key)
    elif kind == "float":
        value = rd.number(key)
    elif info.partial_date:
        value = rd.partial(key)
    else:
        value = rd.text(key)
    if value is None and not info.optional:
        if info.default is not dataclasses.MISSING:
            return info.default  # an empty choice or count is the DTO's default
        if kind == "str":
            return ""  # required text left empty: the rules say what is missing
    return value


def read_fields(
    rd: Reader,
    cls: type[Any],
    prefix: str,
    *,
    part: str | None = None,
    skip: tuple[str, ...] = (),
) -> dict[str, Any] | None:
    """The fields of ``cls`` read from the state under ``prefix`` (nested DTOs built too).

    ``None`` when a required instant is missing or cannot be read, so the DTO cannot be built;
    the problem is in ``rd.problems`` either way. Optional nested DTOs are the caller's.
    """
    values: dict[str, Any] = {}
    complete = True
    for info in _form_fields(cls, part, skip):
        key = _key(prefix, info.name)
        if info.kind == "dataclass":
            if not info.optional:
                nested = read_dto(rd, info.type, key)
                complete = complete and nested is not None
                values[info.name] = nested
            continue
        if info.meta.pair:
            low, high = _pair(cls, info.meta.pair)
            if info.name == low:
                what = _RANGE_WHAT.get(info.meta.pair, "a number or a range")
                values[low], values[high] = rd.range(_key(prefix, info.meta.pair), what)
            continue
        values[info.name] = _field_value(rd, info, key)
        if info.kind == "datetime" and info.required and values[info.name] is None:
            complete = False
    return values if complete else None


def read_dto(rd: Reader, cls: type[D], prefix: str, *, skip: tuple[str, ...] = ()) -> D | None:
    values = read_fields(rd, cls, prefix, skip=skip)
    return None if values is None else cls(**values)


def read_person_identity(rd: Reader, prefix: str) -> dict[str, Any]:
    return read_fields(rd, PersonInput, prefix, part=IDENTITY) or {}


def read_person_description(rd: Reader, prefix: str) -> dict[str, Any]:
    return read_fields(rd, PersonInput, prefix, part=DESCRIPTION) or {}


def _split_list(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    parts = [p.strip() for p in text.replace(";", ",").split(",")]
    return tuple(p for p in parts if p)


def state_to_case(
    state: State, zone: tzinfo, baseline: CaseInput | None = None
) -> tuple[CaseInput | None, list[Problem]]:
    """The ``CaseInput`` the state stands for, and the text that could not be read.

    Unreadable optional fields are left out of the input (so the rules can still look at the
    rest); the input is ``None`` only when a required instant cannot be read. A form saves only
    when there are no problems. ``baseline`` is the stored case an edit started from: unchanged
    instants keep their seconds.
    """
    rd = Reader(state, zone, baseline)
    report = read_dto(rd, ReportInput, "report")
    fir: FirInput | None = None
    fir_unreadable = False
    if rd.flag(FIR_REGISTERED):
        fir = read_dto(rd, FirInput, "fir")
        fir_unreadable = fir is None
    rest = read_fields(
        rd,
        CaseInput,
        "",
        skip=("report", "complainant", "fir", "risk", "publication_order", "photos"),
    )
    complainant = _complainant(rd)
    risk = _risk(rd)
    order = _publication_order(rd)
    photos = read_photos(rd)
    if report is None or rest is None or fir_unreadable:
        return None, rd.problems
    return (
        CaseInput(
            report=report,
            complainant=complainant,
            fir=fir,
            risk=risk,
            publication_order=order,
            photos=photos,
            **rest,
        ),
        rd.problems,
    )


def _complainant(rd: Reader) -> ComplainantInput | None:
    fields = read_person_identity(rd, "complainant.person")
    other = rd.raw(COMPLAINANT_OTHER)
    extra = PersonInput()
    if other:
        extra = from_json(PersonInput, other)
    person = dataclasses.replace(extra, **fields)
    relation = _field_value(rd, field_map(ComplainantInput)["relation"], "complainant.relation")
    entered = (
        person.names
        or person.relative_name
        or person.contacts
        or person.addresses
        or relation is not None
    )
    if not entered:
        return None  # the rules then ask for the informant's details
    details = read_fields(rd, ComplainantInput, "complainant", skip=("person", "relation")) or {}
    return ComplainantInput(person=person, relation=relation, **details)


def _risk(rd: Reader) -> RiskInput | None:
    answers_raw: dict[str, Any] = rd.raw("risk.answers") or {}
    answers = []
    for item, value in answers_raw.items():
        code = str((value or {}).get("answer") or "").strip()
        details = str((value or {}).get("details") or "").strip() or None
        if not code and not details:
            continue
        try:
            answer = RiskAnswer(code) if code else RiskAnswer.UNKNOWN
        except ValueError:
            rd.problem("risk.answers", f"'{code}' is not yes, no or unknown")
            continue
        answers.append(RiskAnswerRow(item=item, answer=answer, details=details))
    fields = read_fields(rd, RiskInput, "risk", skip=("answers",)) or {}
    if fields["grade"] is None:
        if fields["rationale"] or answers:
            rd.problem("risk.grade", "choose the risk grade (or clear the risk section)")
        return None
    return RiskInput(answers=tuple(answers), **fields)


def _publication_order(rd: Reader) -> PublicationOrder | None:
    ref = rd.text("publication_order.reference")
    date_text = rd.text("publication_order.date")
    authority = rd.text("publication_order.authority")
    kind = rd.enum("publication_order.kind", OrderAuthority)
    permits = rd.enums("publication_order.permits", OrderPermit)
    if not (ref or date_text or authority or kind or permits):
        return None
    date = rd.partial("publication_order.date")
    order = PublicationOrder(
        reference=ref or "",
        date=date or "",
        authority=authority or "",
        kind=kind,
        permits=permits,
    )
    stored = rd.baseline.publication_order if rd.baseline else None
    if stored is not None and same_order(order, stored):
        return stored  # as recorded, with who recorded it; the register judges it unchanged
    # The completeness rule is the register's own (models/rules/publicity.py), shown here
    # field by field before the save.
    for problem in order_problems(order, None):
        rd.problem(problem.field, translated(problem.message))
    return order


def read_photos(rd: Reader) -> tuple[PhotoInput, ...]:
    out: list[PhotoInput] = []
    for raw in rd.raw(PHOTOS) or ():
        try:
            data = base64.b64decode(raw.get("data") or "", validate=True)
        except ValueError:
            rd.problem(PHOTOS, "a photo kept in the draft is damaged; add it again")
            continue
        out.append(
            PhotoInput(
                file=raw.get("file"),
                data=data,
                primary=bool(raw.get("primary")),
                source=raw.get("source") or None,
            )
        )
    return tuple(out)


def _required_instants(cls: type[Any], prefix: str) -> Iterator[str]:
    """State keys of the instants a DTO cannot be built without (nested DTOs walked)."""
    for info in fields_of(cls):
        key = _key(prefix, info.name)
        if info.kind == "dataclass":
            yield from _required_instants(info.type, key)
        elif info.kind == "datetime" and info.required:
            yield key


def checkable_case(
    state: State, zone: tzinfo, now: datetime, baseline: CaseInput | None = None
) -> tuple[CaseInput | None, list[Problem]]:
    """Like ``state_to_case``, but for asking the rules only, never for saving: a required time
    left empty or unreadable ("Last seen at") stands at ``now``, so the rules still judge every
    other field and a save lists everything missing at once. The time's own problem is among
    the returned ones, which the caller puts first."""
    data, unreadable = state_to_case(state, zone, baseline)
    if data is not None:
        return data, unreadable
    wanting = {p.field for p in unreadable}
    stand_in = format_instant(now.replace(second=0, microsecond=0), zone)
    filled = dict(state)
    for key in _required_instants(CaseInput, ""):
        if key in wanting:
            filled[key] = stand_in
    data, _ = state_to_case(filled, zone, baseline)
    return data, unreadable
