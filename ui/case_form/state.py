"""The case form's contents as plain data, and the conversion to and from ``CaseInput`` (no Qt).

The form keeps what the writer typed in a flat ``State``: keys are the DTO's field paths
(``person.date_of_birth``, ``fir.sections``), values are what the widgets hold (text as typed,
enum codes, booleans, lists of row dicts). That one shape serves the drafts on disk, the
"what did I change" comparison behind a stale-edit merge, and the mapping of the rules' problem
paths back to widgets. Converting to a ``CaseInput`` reports text that cannot be read (a date
such as ``31-02-2026``) as problems on the same paths the rules use; every other rule is the
service's (models/rules), so the form and the CLI refuse the same things with the same words.
"""

from __future__ import annotations

import base64
import dataclasses
from datetime import datetime, tzinfo
from enum import StrEnum
from typing import Any, TypeVar

from models.dto.cases import (
    AddressRow,
    CaseInput,
    CircumstancesInput,
    ClothingRow,
    ComplainantInput,
    ContactRow,
    FirInput,
    IdDocumentRow,
    MarkRow,
    PersonInput,
    PhotoInput,
    PublicationOrder,
    ReasonsInput,
    ReportInput,
    RiskAnswerRow,
    RiskInput,
    SectionRow,
    SuspectRow,
)
from models.dto_codec import from_json, to_json
from models.enums import (
    Act,
    AddressKind,
    Build,
    ClothingArea,
    Complexion,
    ContactKind,
    Disability,
    ExploitationType,
    EyeColour,
    FaceShape,
    FirActionTaken,
    HairColour,
    HairLength,
    IdDocumentType,
    InformationType,
    Language,
    MaritalStatus,
    MarkType,
    MeansOfTravel,
    PlaceType,
    Relation,
    ReportMode,
    RiskAnswer,
    RiskGrade,
    Sex,
    SignatureKind,
    Trigger,
)
from models.errors import Problem
from models.partial_date import DateProblem
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
from ui.widgets.columns import Column

E = TypeVar("E", bound=StrEnum)


# -- multi-row sections ----------------------------------------------------------------------


ID_DOCUMENT_COLUMNS = (
    Column("doc_type", "Document", "enum", IdDocumentType, 1),
    Column("number", "Number", stretch=2),
    Column("issue_date", "Issued on", "partial", stretch=1),
    Column("issue_place", "Issued at", stretch=1),
)
ADDRESS_COLUMNS = (
    Column("kind", "Address", "enum", AddressKind, 1),
    Column("line", "House, building, street", span=3),
    Column("locality", "Locality / village", span=2),
    Column("city", "City / taluka", line=1),
    Column("district", "District", line=1),
    Column("state", "State", line=1),
    Column("pin", "PIN", line=1),
    Column("country", "Country", line=1, span=2),
)
CONTACT_COLUMNS = (
    Column("kind", "Kind", "enum", ContactKind, 1),
    Column("value", "Number or address", stretch=2),
    Column("note", "Whose / note", stretch=2),
)
MARK_COLUMNS = (
    Column("mark_type", "Mark", "enum", MarkType, 1),
    Column("body_location", "Where on the body", stretch=2),
    Column("description", "Description", stretch=3),
)
CLOTHING_COLUMNS = (
    Column("area", "Item", "enum", ClothingArea, 1),
    Column("description", "Description", stretch=3),
    Column("colour", "Colour / pattern", stretch=1),
)
SECTION_COLUMNS = (
    Column("act", "Act", "enum", Act, 1),
    Column("section", "Section", stretch=1),
)
SUSPECT_COLUMNS = (
    Column("name", "Name", stretch=2),
    Column("alias", "Alias", stretch=1),
    Column("relative_name", "Father's / husband's name", stretch=2),
    Column("address", "Address", stretch=2),
    Column("description", "Description", stretch=3),
)

ROW_COLUMNS: dict[str, tuple[Column, ...]] = {
    "person.id_documents": ID_DOCUMENT_COLUMNS,
    "person.addresses": ADDRESS_COLUMNS,
    "person.contacts": CONTACT_COLUMNS,
    "person.marks": MARK_COLUMNS,
    "person.clothing": CLOTHING_COLUMNS,
    "fir.sections": SECTION_COLUMNS,
    "suspects": SUSPECT_COLUMNS,
    "complainant.person.id_documents": ID_DOCUMENT_COLUMNS,
    "complainant.person.addresses": ADDRESS_COLUMNS,
    "complainant.person.contacts": CONTACT_COLUMNS,
}

# Fields of the complainant's PersonInput the form shows; the rest is carried through unchanged.
COMPLAINANT_PERSON_FIELDS = (
    "names",
    "sex",
    "date_of_birth",
    "age_min",
    "age_max",
    "relative_name",
    "relative_relation",
    "nationality",
    "occupation",
    "id_documents",
    "addresses",
    "contacts",
)
COMPLAINANT_OTHER = "complainant.person._other"
PHOTOS = "photos"
FIR_REGISTERED = "fir.registered"
# State keys that stand for two DTO fields.
AGE_KEYS = {"person.age": ("age_min", "age_max"), "complainant.person.age": ("age_min", "age_max")}
HEIGHT_RANGE = "person.height_range"
ALIASES = {
    "person.age_min": "person.age",
    "person.age_max": "person.age",
    "complainant.person.age_min": "complainant.person.age",
    "complainant.person.age_max": "complainant.person.age",
    "person.height_min_cm": HEIGHT_RANGE,
    "person.height_max_cm": HEIGHT_RANGE,
    "complainant": "complainant.person.names",
    "fir": FIR_REGISTERED,
}


def _checked(enum_cls: type[StrEnum], chosen: tuple[StrEnum, ...]) -> list[str]:
    """Codes in the order their check boxes show them, so a loaded form compares as unchanged."""
    return [member.value for member in enum_cls if member in chosen]


def state_key_for(problem_field: str) -> str:
    """The state key (and so the widget) a rule's problem path belongs to."""
    return ALIASES.get(problem_field, problem_field)


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


# -- CaseInput to state ------------------------------------------------------------------------


def _code(value: StrEnum | None) -> str:
    return value.value if value is not None else ""


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _rows(items: tuple[Any, ...], columns: tuple[Column, ...]) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for item in items:
        row: dict[str, str] = {}
        for col in columns:
            value = getattr(item, col.key)
            if col.kind == "enum":
                row[col.key] = _code(value)
            elif col.kind == "partial":
                row[col.key] = format_partial(value)
            else:
                row[col.key] = _text(value)
        out.append(row)
    return out


def _tri(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def person_identity_state(p: PersonInput, prefix: str) -> State:
    """Name, sex, age, relative, nationality, documents, addresses, contacts."""
    s: State = {
        f"{prefix}.names": list(p.names) + [""] * max(0, 2 - len(p.names)),
        f"{prefix}.sex": p.sex.value,
        f"{prefix}.date_of_birth": format_partial(p.date_of_birth),
        f"{prefix}.age": format_age(p.age_min, p.age_max),
        f"{prefix}.relative_name": _text(p.relative_name),
        f"{prefix}.relative_relation": _code(p.relative_relation),
        f"{prefix}.nationality": _text(p.nationality),
        f"{prefix}.occupation": _text(p.occupation),
        f"{prefix}.id_documents": _rows(p.id_documents, ID_DOCUMENT_COLUMNS),
        f"{prefix}.addresses": _rows(p.addresses, ADDRESS_COLUMNS),
        f"{prefix}.contacts": _rows(p.contacts, CONTACT_COLUMNS),
    }
    return s


def person_description_state(p: PersonInput, prefix: str) -> State:
    """Languages, schooling and the physical description (the missing or found person)."""
    return {
        f"{prefix}.aliases": ", ".join(p.aliases),
        f"{prefix}.mother_tongue": _code(p.mother_tongue),
        f"{prefix}.languages": _checked(Language, p.languages),
        f"{prefix}.education": _text(p.education),
        f"{prefix}.school_name": _text(p.school_name),
        f"{prefix}.school_class": _text(p.school_class),
        f"{prefix}.marital_status": _code(p.marital_status),
        f"{prefix}.height_cm": _text(p.height_cm),
        f"{prefix}.height_range": format_age(p.height_min_cm, p.height_max_cm),
        f"{prefix}.build": _code(p.build),
        f"{prefix}.complexion": _code(p.complexion),
        f"{prefix}.face_shape": _code(p.face_shape),
        f"{prefix}.hair_colour": _code(p.hair_colour),
        f"{prefix}.hair_length": _code(p.hair_length),
        f"{prefix}.hair_style": _text(p.hair_style),
        f"{prefix}.facial_hair": _text(p.facial_hair),
        f"{prefix}.eye_colour": _code(p.eye_colour),
        f"{prefix}.spectacles": p.spectacles,
        f"{prefix}.other_features": _text(p.other_features),
        f"{prefix}.disabilities": _checked(Disability, p.disabilities),
        f"{prefix}.disability_notes": _text(p.disability_notes),
        f"{prefix}.medical_needs": _text(p.medical_needs),
        f"{prefix}.blood_group": _text(p.blood_group),
        f"{prefix}.marks": _rows(p.marks, MARK_COLUMNS),
        f"{prefix}.clothing": _rows(p.clothing, CLOTHING_COLUMNS),
        f"{prefix}.description_notes": _text(p.description_notes),
    }


def case_to_state(data: CaseInput, zone: tzinfo) -> State:
    r, c, p = data.report, data.circumstances, data.person
    s: State = {
        "report.reported_at": format_instant(r.reported_at, zone),
        "report.report_mode": r.report_mode.value,
        "report.information_type": r.information_type.value,
        "report.zero_fir_station": _text(r.zero_fir_station),
        "report.zero_fir_number": _text(r.zero_fir_number),
        "report.gd_entry_no": _text(r.gd_entry_no),
        "report.gd_entry_at": format_instant(r.gd_entry_at, zone),
        "report.received_by": _text(r.received_by),
        "report.io": _text(r.io),
        "report.jwo": _text(r.jwo),
        "report.delay_reason": _text(r.delay_reason),
        FIR_REGISTERED: data.fir is not None,
        "fir_not_filed_reason": _text(data.fir_not_filed_reason),
    }
    fir = data.fir
    s.update(
        {
            "fir.number": _text(fir.number) if fir else "",
            "fir.registered_at": format_instant(fir.registered_at, zone) if fir else "",
            "fir.sections": _rows(fir.sections, SECTION_COLUMNS) if fir else [],
            "fir.action_taken": (fir.action_taken if fir else FirActionTaken.DIRECTED_IO).value,
            "fir.copy_given_at": format_instant(fir.copy_given_at, zone) if fir else "",
            "fir.dispatched_to_court_at": (
                format_instant(fir.dispatched_to_court_at, zone) if fir else ""
            ),
        }
    )
    s.update(person_identity_state(p, "person"))
    s.update(person_description_state(p, "person"))
    for name in (
        "last_seen_place",
        "narrative",
        "landmark",
        "beat",
        "direction_from_ps",
        "outside_ps",
        "outside_ps_district",
        "last_seen_with",
        "destination",
        "previous_episodes_notes",
        "places_frequented",
        "friends_associates",
        "relatives_outside",
        "trigger_notes",
        "preparations",
        "ransom_details",
        "latitude",
        "longitude",
    ):
        s[f"circumstances.{name}"] = _text(getattr(c, name))
    s.update(
        {
            "circumstances.last_seen_at": format_instant(c.last_seen_at, zone),
            "circumstances.last_seen_until": format_instant(c.last_seen_until, zone),
            "circumstances.place_type": _code(c.place_type),
            "circumstances.means_of_travel": _code(c.means_of_travel),
            "circumstances.previous_episodes": str(c.previous_episodes),
            "circumstances.triggers": _checked(Trigger, c.triggers),
            "circumstances.ransom_call": c.ransom_call,
            "suspects": _rows(data.suspects, SUSPECT_COLUMNS),
        }
    )
    comp = data.complainant
    if comp is not None:
        s.update(person_identity_state(comp.person, "complainant.person"))
        other = {
            f.name: getattr(comp.person, f.name)
            for f in dataclasses.fields(PersonInput)
            if f.name not in COMPLAINANT_PERSON_FIELDS
        }
        default = PersonInput()
        kept = {k: v for k, v in other.items() if v != getattr(default, k)}
        if kept:
            s[COMPLAINANT_OTHER] = to_json(kept)
        s.update(
            {
                "complainant.relation": _code(comp.relation),
                "complainant.seen_or_heard": _text(comp.seen_or_heard),
                "complainant.read_over_language": _code(comp.read_over_language),
                "complainant.consent_publish_photo": comp.consent_publish_photo,
                "complainant.signature_kind": _code(comp.signature_kind),
            }
        )
    else:
        s["complainant.person.names"] = ["", ""]
    rs = data.reasons
    s.update(
        {
            "reasons.suspected": rs.suspected,
            "reasons.confirmed": _text(rs.confirmed),
            "reasons.presumed_abduction": _tri(rs.presumed_abduction),
            "reasons.involuntary": _tri(rs.involuntary),
            "reasons.exploitation_type": _code(rs.exploitation_type),
            "reasons.inter_state": rs.inter_state,
            "reasons.cross_border": rs.cross_border,
            "reasons.sexual_offence": rs.sexual_offence,
        }
    )
    risk = data.risk
    if risk is not None:
        s.update(
            {
                "risk.grade": risk.grade.value,
                "risk.rationale": risk.rationale,
                "risk.answers": {
                    a.item: {"answer": a.answer.value, "details": _text(a.details)}
                    for a in risk.answers
                },
                "risk.next_review_due": format_instant(risk.next_review_due, zone),
                "risk.information_source": _text(risk.information_source),
            }
        )
    order = data.publication_order
    if order is not None:
        s.update(
            {
                "publication_order.reference": order.reference,
                "publication_order.date": format_partial(order.date),
                "publication_order.authority": order.authority,
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

    def range(self, path: str, what: str) -> tuple[int | None, int | None]:
        value = self.text(path)
        if value is None:
            return None, None
        try:
            rng = parse_age(value)
        except DateProblem:
            self.problem(path, f"'{value}' is not {what} such as 14 or 12-14")
            return None, None
        return rng.low, rng.high

    def rows(self, path: str, columns: tuple[Column, ...]) -> list[tuple[int, dict[str, Any]]]:
        """Non-empty rows, with their index (for problem paths) and typed values."""
        out: list[tuple[int, dict[str, Any]]] = []
        for i, raw in enumerate(self.state.get(path) or ()):
            texts = [str(raw.get(c.key) or "").strip() for c in columns if c.kind != "enum"]
            if not any(texts):
                continue
            row: dict[str, Any] = {}
            for col in columns:
                sub = f"{path}[{i}].{col.key}"
                value = str(raw.get(col.key) or "").strip()
                if col.kind == "enum":
                    assert col.enum is not None
                    try:
                        row[col.key] = col.enum(value) if value else list(col.enum)[0]
                    except ValueError:
                        self.problem(sub, f"'{value}' is not one of the choices")
                        row[col.key] = list(col.enum)[0]
                elif col.kind == "partial":
                    if value:
                        try:
                            row[col.key] = parse_partial(value)
                        except DateProblem as exc:
                            self.problem(sub, str(exc))
                            row[col.key] = None
                    else:
                        row[col.key] = None
                else:
                    row[col.key] = value or None
            out.append((i, row))
        return out

    def _baseline_value(self, path: str) -> Any:
        node: Any = self.baseline
        for part in path.split("."):
            if node is None:
                return None
            node = getattr(node, part, None)
        return node


def read_person_identity(rd: Reader, prefix: str) -> dict[str, Any]:
    names = tuple(str(n).strip() for n in rd.raw(f"{prefix}.names") or () if str(n).strip())
    age_min, age_max = rd.range(f"{prefix}.age", "an age or an age range")
    return {
        "names": names,
        "sex": rd.enum_or(f"{prefix}.sex", Sex, Sex.UNKNOWN),
        "date_of_birth": rd.partial(f"{prefix}.date_of_birth"),
        "age_min": age_min,
        "age_max": age_max,
        "relative_name": rd.text(f"{prefix}.relative_name"),
        "relative_relation": rd.enum(f"{prefix}.relative_relation", Relation),
        "nationality": rd.text(f"{prefix}.nationality"),
        "occupation": rd.text(f"{prefix}.occupation"),
        "id_documents": tuple(
            IdDocumentRow(
                doc_type=row["doc_type"],
                number=row["number"] or "",
                issue_date=row["issue_date"],
                issue_place=row["issue_place"],
            )
            for _, row in rd.rows(f"{prefix}.id_documents", ID_DOCUMENT_COLUMNS)
        ),
        "addresses": tuple(
            AddressRow(**row) for _, row in rd.rows(f"{prefix}.addresses", ADDRESS_COLUMNS)
        ),
        "contacts": tuple(
            ContactRow(kind=row["kind"], value=row["value"] or "", note=row["note"])
            for _, row in rd.rows(f"{prefix}.contacts", CONTACT_COLUMNS)
        ),
    }


def read_person_description(rd: Reader, prefix: str) -> dict[str, Any]:
    height_min, height_max = rd.range(
        f"{prefix}.height_range", "a height or a range such as 140-150"
    )
    return {
        "aliases": _split_list(rd.text(f"{prefix}.aliases")),
        "mother_tongue": rd.enum(f"{prefix}.mother_tongue", Language),
        "languages": rd.enums(f"{prefix}.languages", Language),
        "education": rd.text(f"{prefix}.education"),
        "school_name": rd.text(f"{prefix}.school_name"),
        "school_class": rd.text(f"{prefix}.school_class"),
        "marital_status": rd.enum(f"{prefix}.marital_status", MaritalStatus),
        "height_cm": rd.integer(f"{prefix}.height_cm"),
        "height_min_cm": height_min,
        "height_max_cm": height_max,
        "build": rd.enum(f"{prefix}.build", Build),
        "complexion": rd.enum(f"{prefix}.complexion", Complexion),
        "face_shape": rd.enum(f"{prefix}.face_shape", FaceShape),
        "hair_colour": rd.enum(f"{prefix}.hair_colour", HairColour),
        "hair_length": rd.enum(f"{prefix}.hair_length", HairLength),
        "hair_style": rd.text(f"{prefix}.hair_style"),
        "facial_hair": rd.text(f"{prefix}.facial_hair"),
        "eye_colour": rd.enum(f"{prefix}.eye_colour", EyeColour),
        "spectacles": rd.flag(f"{prefix}.spectacles"),
        "other_features": rd.text(f"{prefix}.other_features"),
        "disabilities": rd.enums(f"{prefix}.disabilities", Disability),
        "disability_notes": rd.text(f"{prefix}.disability_notes"),
        "medical_needs": rd.text(f"{prefix}.medical_needs"),
        "blood_group": rd.text(f"{prefix}.blood_group"),
        "marks": tuple(MarkRow(**row) for _, row in rd.rows(f"{prefix}.marks", MARK_COLUMNS)),
        "clothing": tuple(
            ClothingRow(
                area=row["area"], description=row["description"] or "", colour=row["colour"]
            )
            for _, row in rd.rows(f"{prefix}.clothing", CLOTHING_COLUMNS)
        ),
        "description_notes": rd.text(f"{prefix}.description_notes"),
    }


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
    reported_at = rd.instant("report.reported_at", required=True)
    report_kwargs: dict[str, Any] = {
        "report_mode": rd.enum_or("report.report_mode", ReportMode, ReportMode.IN_PERSON),
        "information_type": rd.enum_or(
            "report.information_type", InformationType, InformationType.ORAL
        ),
        "zero_fir_station": rd.text("report.zero_fir_station"),
        "zero_fir_number": rd.text("report.zero_fir_number"),
        "gd_entry_no": rd.text("report.gd_entry_no"),
        "gd_entry_at": rd.instant("report.gd_entry_at"),
        "received_by": rd.text("report.received_by"),
        "io": rd.text("report.io"),
        "jwo": rd.text("report.jwo"),
        "delay_reason": rd.text("report.delay_reason"),
    }

    fir: FirInput | None = None
    fir_registered_at = None
    if rd.flag(FIR_REGISTERED):
        fir_registered_at = rd.instant("fir.registered_at", required=True)
        fir_fields: dict[str, Any] = {
            "number": rd.required_text("fir.number"),
            "sections": tuple(
                SectionRow(act=row["act"], section=row["section"] or "")
                for _, row in rd.rows("fir.sections", SECTION_COLUMNS)
            ),
            "action_taken": rd.enum_or(
                "fir.action_taken", FirActionTaken, FirActionTaken.DIRECTED_IO
            ),
            "copy_given_at": rd.instant("fir.copy_given_at"),
            "dispatched_to_court_at": rd.instant("fir.dispatched_to_court_at"),
        }

    person_fields = read_person_identity(rd, "person")
    person_fields.update(read_person_description(rd, "person"))

    last_seen_at = rd.instant("circumstances.last_seen_at", required=True)
    circ_fields: dict[str, Any] = {
        name: rd.text(f"circumstances.{name}")
        for name in (
            "landmark",
            "beat",
            "direction_from_ps",
            "outside_ps",
            "outside_ps_district",
            "last_seen_with",
            "destination",
            "previous_episodes_notes",
            "places_frequented",
            "friends_associates",
            "relatives_outside",
            "trigger_notes",
            "preparations",
            "ransom_details",
        )
    }
    circ_fields.update(
        {
            "last_seen_place": rd.required_text("circumstances.last_seen_place"),
            "narrative": rd.required_text("circumstances.narrative"),
            "last_seen_until": rd.instant("circumstances.last_seen_until"),
            "place_type": rd.enum("circumstances.place_type", PlaceType),
            "latitude": rd.number("circumstances.latitude"),
            "longitude": rd.number("circumstances.longitude"),
            "means_of_travel": rd.enum("circumstances.means_of_travel", MeansOfTravel),
            "previous_episodes": rd.integer("circumstances.previous_episodes") or 0,
            "triggers": rd.enums("circumstances.triggers", Trigger),
            "ransom_call": rd.flag("circumstances.ransom_call"),
        }
    )
    suspects = tuple(SuspectRow(**row) for _, row in rd.rows("suspects", SUSPECT_COLUMNS))

    complainant = _complainant(rd)

    reasons = ReasonsInput(
        suspected=rd.text("reasons.suspected") or DEFAULT_REASON,
        confirmed=rd.text("reasons.confirmed"),
        presumed_abduction=rd.tri("reasons.presumed_abduction"),
        involuntary=rd.tri("reasons.involuntary"),
        exploitation_type=rd.enum("reasons.exploitation_type", ExploitationType),
        inter_state=rd.flag("reasons.inter_state"),
        cross_border=rd.flag("reasons.cross_border"),
        sexual_offence=rd.flag("reasons.sexual_offence"),
    )
    risk = _risk(rd)
    order = _publication_order(rd)
    photos = read_photos(rd)

    fir_unreadable = rd.flag(FIR_REGISTERED) and fir_registered_at is None
    if reported_at is None or last_seen_at is None or fir_unreadable:
        return None, rd.problems
    if fir_registered_at is not None:
        fir = FirInput(registered_at=fir_registered_at, **fir_fields)
    return (
        CaseInput(
            report=ReportInput(reported_at=reported_at, **report_kwargs),
            person=PersonInput(**person_fields),
            circumstances=CircumstancesInput(last_seen_at=last_seen_at, **circ_fields),
            complainant=complainant,
            fir=fir,
            fir_not_filed_reason=rd.text("fir_not_filed_reason"),
            suspects=suspects,
            reasons=reasons,
            risk=risk,
            publication_order=order,
            photos=photos,
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
    relation = rd.enum("complainant.relation", Relation)
    entered = (
        person.names
        or person.relative_name
        or person.contacts
        or person.addresses
        or relation is not None
    )
    if not entered:
        return None  # the rules then ask for the informant's details
    return ComplainantInput(
        person=person,
        relation=relation,
        seen_or_heard=rd.text("complainant.seen_or_heard"),
        read_over_language=rd.enum("complainant.read_over_language", Language),
        consent_publish_photo=rd.flag("complainant.consent_publish_photo"),
        signature_kind=rd.enum("complainant.signature_kind", SignatureKind),
    )


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
    grade = rd.enum("risk.grade", RiskGrade)
    rationale = rd.text("risk.rationale")
    review = rd.instant("risk.next_review_due")
    source = rd.text("risk.information_source")
    if grade is None:
        if rationale or answers:
            rd.problem("risk.grade", "choose the risk grade (or clear the risk section)")
        return None
    return RiskInput(
        grade=grade,
        rationale=rationale or "",
        answers=tuple(answers),
        next_review_due=review,
        information_source=source,
    )


def _publication_order(rd: Reader) -> PublicationOrder | None:
    ref = rd.text("publication_order.reference")
    date_text = rd.text("publication_order.date")
    authority = rd.text("publication_order.authority")
    if not (ref or date_text or authority):
        return None
    date = rd.partial("publication_order.date")
    if not ref:
        rd.problem("publication_order.reference", "give the order's reference")
    if not date_text:
        rd.problem("publication_order.date", "give the order's date")
    if not authority:
        rd.problem("publication_order.authority", "name the court or CWC that made the order")
    return PublicationOrder(reference=ref or "", date=date or "", authority=authority or "")


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
