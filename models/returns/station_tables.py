"""Tables R1–R8 of a station's return, each computed by grouped SQL (docs/returns.md defines them).

Conventions shared by every table:
- Void cases are in no figure. A case counts from its report (``reported_at``) until its trace
  (``traced_at``; at the report if dated earlier) or its transfer to another station.
- Child = ``Case.is_child`` (the person may be under 18); age bands use ``age_at_disappearance``.
- Instants are compared with the period's window: from 00:00 station time on the first day to
  00:00 after the last day.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, literal, not_, or_, select
from sqlalchemy.orm import Session

from models.dto.cases import ClockState
from models.dto.returns import AnnexRow, ReturnColumn, ReturnRow, ReturnTable
from models.entities import (
    ActionEntry,
    Case,
    FirSection,
    FoundPerson,
    PersonName,
    TraceRecord,
)
from models.enums import (
    ActionType,
    CwcOrder,
    FoundKind,
    FoundStatus,
    HowTraced,
    Locality,
    Sex,
)
from models.legal_sections import SectionTable, section_key
from models.localtext import LocalText
from models.messages import local_words, msg, vocabulary_word
from models.policy import Policy
from models.returns import narrowing, open_cases
from models.returns.drive_tally import DriveWindow, drive_table
from models.returns.period import Window
from models.returns.sql import (
    DIED,
    MOVED_AT,
    NOT_VOID,
    SEX_LABELS,
    SEXES,
    TRACED_AT,
    age_band,
    age_band_of,
    at,
    count_if,
    in_window,
    on_books_at,
)
from models.returns.withheld import names_withheld
from models.rules.clocks import RETURN_PORTALS, add_months, cwc_state, hours_text, upload_state
from models.taxonomy import Taxonomy

GROUPS = (("children", msg("Children (under 18)"), True), ("adults", msg("Adults"), False))


@dataclass(frozen=True)
class Scope:
    """What every table query needs: the station, the period's window and the rules in force."""

    station_id: int
    station_state: str
    window: Window
    policy: Policy
    zone: tzinfo
    taxonomy: Taxonomy
    sections: SectionTable
    # Each query also keeps to the few cases an index finds that can count (models/returns/
    # narrowing.py); False computes every figure over the whole register, the reference the
    # tests compare the narrowed figures with.
    narrow: bool = True

    @property
    def bands(self) -> tuple[str, ...]:
        return self.policy.age_bands

    def band_of(self, age: Any) -> Any:
        return age_band(age, self.policy.age_bands, self.policy.band_ranges())

    def band_label(self, age: int | None) -> str:
        """``band_of`` in Python, for ages the database counted without banding them."""
        return age_band_of(age, self.policy.age_bands, self.policy.band_ranges())


def _cases(*columns: Any) -> Select[Any]:
    """SELECT over this station's cases (void ones left out) with their trace, if any."""
    return select(*columns).select_from(Case).outerjoin(TraceRecord, TraceRecord.case_id == Case.id)


def _where(scope: Scope, *narrowed: ColumnElement[bool]) -> list[ColumnElement[bool]]:
    """This station's cases, void ones left out; ``narrowed``: index-found supersets of the
    cases that can count, applied only when the scope narrows."""
    return [Case.station_id == scope.station_id, NOT_VOID, *(narrowed if scope.narrow else ())]


def _sex_columns(prefix: str = "", measure: str = "") -> list[ReturnColumn]:
    """A column per sex and their total, each headed "measure: sex" when a measure is named."""

    def heading(sex: str) -> str:
        return msg("{measure}: {sex}", measure=measure, sex=sex) if measure else sex

    cols = [ReturnColumn(f"{prefix}{sex}", heading(SEX_LABELS[sex])) for sex in SEXES]
    return [*cols, ReturnColumn(f"{prefix}total", heading(msg("Total")))]


def _by_sex(counts: dict[str, int]) -> list[int | None]:
    values: list[int | None] = [counts.get(sex, 0) for sex in SEXES]
    return [*values, sum(counts.get(sex, 0) for sex in SEXES)]


# -- R1 missing-persons flow ---------------------------------------------------------------------

R1_COLUMNS = (
    ReturnColumn("opening", msg("Untraced at start")),
    ReturnColumn("reported", msg("Reported in period")),
    ReturnColumn("total", msg("Total")),
    ReturnColumn("traced_current", msg("Traced: reported this period")),
    ReturnColumn("traced_earlier", msg("Traced: reported earlier")),
    ReturnColumn("traced", msg("Traced in period")),
    ReturnColumn("transferred", msg("Transferred out")),
    ReturnColumn("closing", msg("Untraced at end")),
    ReturnColumn("pct_traced", msg("% traced"), numerator="traced", denominator="total"),
)


FlowCounts = dict[tuple[bool, str, str], tuple[int, ...]]
"""(child?, sex, age band) → (opening, reported, traced of this period, traced of earlier
periods, transferred out, closing): one grouped scan of the register serves R1 and R2."""


def flow_counts(s: Session, scope: Scope) -> FlowCounts:
    w = scope.window
    band = scope.band_of(Case.age_at_disappearance)
    traced_in = in_window(TRACED_AT, w)
    out: FlowCounts = {}
    if scope.narrow:
        # The cases open today and reported before the period are untraced at its start and at
        # its end, and nothing else: counted from one index (models/returns/open_cases.py).
        # Every other case that can count was traced, transferred or reported since the
        # period began, and is read row by row with the exact conditions below.
        for (is_child, sex, age), n in open_cases.open_before(s, scope.station_id, w.start).items():
            key = (is_child, _sex(sex), scope.band_label(age))
            out[key] = _add(out.get(key), (n, 0, 0, 0, 0, n))
        narrowed = [
            narrowing.moved_since(scope.station_id, w.start),
            not_(and_(open_cases.is_open(scope.station_id), Case.reported_at < at(w.start))),
        ]
    else:
        narrowed = []
    query = (
        _cases(
            Case.is_child,
            Case.sex,
            band,
            count_if(on_books_at(w.start)),
            count_if(in_window(Case.reported_at, w)),
            count_if(and_(traced_in, Case.reported_at >= at(w.start))),
            count_if(and_(traced_in, Case.reported_at < at(w.start))),
            count_if(in_window(MOVED_AT, w)),
            count_if(on_books_at(w.end)),
        )
        .where(*_where(scope, *narrowed), Case.reported_at < at(w.end))
        .group_by(Case.is_child, Case.sex, band)
    )
    for is_child, sex, band_label, *counted in s.execute(query):
        key = (bool(is_child), _sex(sex), str(band_label))
        out[key] = _add(out.get(key), counted)
    return out


def r1_flow(s: Session, scope: Scope, flow: FlowCounts | None = None) -> ReturnTable:
    counts = flow if flow is not None else flow_counts(s, scope)
    grid: dict[tuple[str, str], tuple[int, ...]] = {}
    for (is_child, sex, _), counted in counts.items():
        key = ("children" if is_child else "adults", sex)
        grid[key] = _add(grid.get(key), counted)
    rows: list[ReturnRow] = []
    groups = [*GROUPS, ("all", msg("All persons"), None)]
    for group, group_label, _ in groups:
        members = ("children", "adults") if group == "all" else (group,)
        for sex in (*SEXES, "total"):
            sexes = SEXES if sex == "total" else (sex,)
            figures: tuple[int, ...] = (0, 0, 0, 0, 0, 0)
            for g in members:
                for x in sexes:
                    figures = _add(figures, grid.get((g, x), (0,) * 6))
            opening, reported, current, earlier, moved, closing = figures
            name = msg("Total") if sex == "total" else SEX_LABELS[sex]
            rows.append(
                ReturnRow(
                    f"{group}.{sex}",
                    msg("{group}: {sex}", group=group_label, sex=name),
                    (
                        opening,
                        reported,
                        opening + reported,
                        current,
                        earlier,
                        current + earlier,
                        moved,
                        closing,
                        None,
                    ),
                    total=sex == "total",
                )
            )
    return ReturnTable(
        "R1",
        msg("R1 Missing persons: flow in the period"),
        R1_COLUMNS,
        tuple(rows),
        note=msg(
            "Untraced at end = untraced at start + reported − traced − transferred out. "
            "% traced = traced in period ÷ (untraced at start + reported)."
        ),
    )


def _sex(value: str) -> str:
    return value if value in SEXES else Sex.UNKNOWN.value


def _add(a: Sequence[int] | None, b: Sequence[int]) -> tuple[int, ...]:
    if a is None:
        return tuple(int(x) for x in b)
    return tuple(int(x) + int(y) for x, y in zip(a, b, strict=True))


# -- R2 children by age band ---------------------------------------------------------------------


def r2_age_bands(s: Session, scope: Scope, flow: FlowCounts | None = None) -> ReturnTable:
    flow = flow if flow is not None else flow_counts(s, scope)
    measures = (
        ("reported", msg("Reported")),
        ("traced", msg("Traced")),
        ("untraced", msg("Untraced at end")),
    )
    counts: dict[tuple[str, str, str], int] = defaultdict(int)
    for (is_child, sex, band_label), figures in flow.items():
        if not is_child:
            continue
        _, reported, current, earlier, _, closing = figures
        counts[(band_label, "reported", sex)] += reported
        counts[(band_label, "traced", sex)] += current + earlier
        counts[(band_label, "untraced", sex)] += closing
    columns = [col for measure, title in measures for col in _sex_columns(f"{measure}.", title)]
    bands = list(scope.bands)
    if any(key[0] == "other" and value for key, value in counts.items()):
        bands.append("other")
    rows: list[ReturnRow] = []
    for band_label in [*bands, "total"]:
        values: list[int | None] = []
        for measure, _ in measures:
            per_sex = {
                sex: sum(
                    v
                    for (b, m, x), v in counts.items()
                    if m == measure and x == sex and (band_label == "total" or b == band_label)
                )
                for sex in SEXES
            }
            values += _by_sex(per_sex)
        title = {"total": msg("All children"), "other": msg("Other ages")}.get(
            band_label, band_label
        )
        rows.append(ReturnRow(band_label, title, tuple(values), total=band_label == "total"))
    return ReturnTable(
        "R2",
        msg("R2 Children by age band"),
        tuple(columns),
        tuple(rows),
        note=msg(
            "Age in completed years when last seen (the lower bound when only a range is "
            "known). Bands: {bands}.",
            bands=", ".join(scope.bands),
        ),
    )


# -- R3 legal compliance -------------------------------------------------------------------------

# ``legal_sections.section_key`` in SQL: "137 (2)" and "137(2)" are the same section.
SECTION_KEY: ColumnElement[str] = func.lower(func.replace(FirSection.section, " ", ""))


def _trafficking_suspected(scope: Scope) -> ColumnElement[bool]:
    """The same test as models.rules.sensitivity, as SQL: a trafficking reason or section."""
    codes = [r.code for r in scope.taxonomy.all_reasons() if r.is_trafficking]
    acts = [a.code.value for a in scope.sections.acts if a.trafficking]
    pairs = [
        (row.act.value, section_key(row.section))
        for row in scope.sections.sections
        if row.trafficking
    ]
    section_match = or_(
        FirSection.act.in_(acts) if acts else literal(False),
        *[and_(FirSection.act == act, SECTION_KEY == sec) for act, sec in pairs],
    )
    # COALESCE: a NULL confirmed reason must make this false, not unknown (NOT NULL is NULL).
    return or_(
        Case.suspected_reason.in_(codes),
        func.coalesce(Case.confirmed_reason, "").in_(codes),
        exists().where(FirSection.case_id == Case.id, section_match),
    )


def months_cutoff(end: datetime, months: int, zone: tzinfo) -> datetime:
    """The instant T such that ``add_months(f, months) < end`` exactly when ``f < T``.

    ``add_months`` keeps the local day and time and falls back to the month's last day, so the
    AHTU due date of every FIR can be tested in SQL with one comparison of ``fir_at``.
    """
    local = end.astimezone(zone)
    back = add_months(end, -months, zone).astimezone(zone)
    if back.day < local.day:  # the day does not exist there: every later day of that month
        first_next = (back.replace(day=1) + timedelta(days=32)).replace(day=1)
        return first_next.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(end.tzinfo)
    return back.astimezone(end.tzinfo)


def _ahtu_due(scope: Scope) -> ColumnElement[bool]:
    """The FIR is older than the transfer period at the period's end, or (where the policy
    says so) trafficking is suspected and the FIR was registered before the end."""
    w, policy = scope.window, scope.policy
    rule_due = Case.fir_at < at(_ahtu_cutoff(scope))
    if not policy.ahtu_immediate_if_trafficking:
        return rule_due
    return or_(and_(_trafficking_suspected(scope), Case.fir_at < at(w.end)), rule_due)


def _ahtu_cutoff(scope: Scope) -> datetime:
    return months_cutoff(scope.window.end, scope.policy.ahtu_transfer_months, scope.zone)


def _first_ahtu() -> ColumnElement[datetime]:
    """The instant of the case's first AHTU transfer (NULL without one)."""
    return (
        select(func.min(ActionEntry.happened_at))
        .where(
            ActionEntry.case_id == Case.id,
            ActionEntry.action_type == ActionType.AHTU_TRANSFER.value,
        )
        .correlate(Case)
        .scalar_subquery()
    )


def _compliance_whole(s: Session, scope: Scope) -> tuple[int, int, int, int, int]:
    """R3's counted rows in one pass over every child case: the reference the tests compare
    ``_compliance`` with."""
    w = scope.window
    traff = _trafficking_suspected(scope)
    first_ahtu = (
        select(ActionEntry.case_id, func.min(ActionEntry.happened_at).label("at"))
        .where(ActionEntry.action_type == ActionType.AHTU_TRANSFER.value)
        .group_by(ActionEntry.case_id)
        .subquery()
    )
    reported_in = in_window(Case.reported_at, w)
    ahtu_in = in_window(first_ahtu.c.at, w)
    compliance = (
        _cases(
            count_if(reported_in),
            count_if(and_(reported_in, or_(Case.fir_at.is_(None), Case.fir_at >= at(w.end)))),
            count_if(and_(ahtu_in, traff)),
            count_if(and_(ahtu_in, not_(traff))),
            count_if(
                and_(
                    on_books_at(w.end),
                    Case.fir_at.is_not(None),
                    _ahtu_due(scope),
                    or_(first_ahtu.c.at.is_(None), first_ahtu.c.at >= at(w.end)),
                )
            ),
        )
        .outerjoin(first_ahtu, first_ahtu.c.case_id == Case.id)
        .where(*_where(scope), Case.is_child.is_(True))
    )
    row = s.execute(compliance).one()
    return (int(row[0]), int(row[1]), int(row[2]), int(row[3]), int(row[4]))


def _compliance(s: Session, scope: Scope) -> tuple[int, int, int, int, int]:
    """R3's counted rows, each from the cases an index finds for it: (children reported, of
    whom without an FIR by the end, first AHTU transfers in the period with and without
    trafficking suspected, children due for the AHTU and not transferred at the end)."""
    if not scope.narrow:
        return _compliance_whole(s, scope)
    w = scope.window
    child = Case.is_child.is_(True)
    reported = select(
        func.count(), count_if(or_(Case.fir_at.is_(None), Case.fir_at >= at(w.end)))
    ).where(*_where(scope), child, in_window(Case.reported_at, w))
    n_reported, no_fir = s.execute(reported).one()
    # First transfers in the period: among the cases with a transfer entry dated in it.
    transfers_in = select(ActionEntry.case_id).where(
        ActionEntry.action_type == ActionType.AHTU_TRANSFER.value,
        in_window(ActionEntry.happened_at, w),
    )
    traff = _trafficking_suspected(scope)
    early = select(count_if(traff), count_if(not_(traff))).where(
        *_where(scope), child, Case.id.in_(transfers_in), in_window(_first_ahtu(), w)
    )
    ahtu_traff, ahtu_rule = s.execute(early).one()
    # Due and not transferred at the end: the cases open today, from the index; then the
    # others on the books at the end (traced or transferred since), row by row.
    pending = open_cases.open_children_due_ahtu(
        s,
        scope.station_id,
        w.end,
        _ahtu_cutoff(scope),
        (lambda: _trafficking_suspected(scope))
        if scope.policy.ahtu_immediate_if_trafficking
        else None,
    )
    first = _first_ahtu()
    left = _cases(func.count()).where(
        *_where(scope, narrowing.moved_since(scope.station_id, w.end)),
        Case.status != open_cases.OPEN,
        child,
        on_books_at(w.end),
        Case.fir_at.is_not(None),
        _ahtu_due(scope),
        or_(first.is_(None), first >= at(w.end)),
    )
    pending += int(s.execute(left).scalar_one())
    return int(n_reported), int(no_fir), int(ahtu_traff), int(ahtu_rule), pending


def r3_compliance(s: Session, scope: Scope) -> ReturnTable:
    w, policy = scope.window, scope.policy
    child = Case.is_child.is_(True)
    reported_in = in_window(Case.reported_at, w)
    reported, no_fir, ahtu_traff, ahtu_rule, ahtu_pending = _compliance(s, scope)

    # On time or late is the CWC clock's own answer (models/rules/clocks.py), case by case, so
    # R3 never counts a production as late that the case's clock shows as met, or the reverse.
    traced = _cases(TraceRecord.traced_at, TraceRecord.cwc_produced_at).where(
        *_where(scope, narrowing.traced_in(scope.station_id, w)),
        child,
        in_window(TRACED_AT, w),
        not_(DIED),
    )
    cwc_states = Counter(
        cwc_state(traced_at, produced_at, policy, w.end)
        for traced_at, produced_at in s.execute(traced)
    )
    cwc_on_time = cwc_states[ClockState.MET]
    cwc_late = cwc_states[ClockState.LATE]
    cwc_not = cwc_states[ClockState.RUNNING] + cwc_states[ClockState.OVERDUE]

    upload = select(
        ActionEntry.case_id,
        ActionEntry.portal,
        func.min(ActionEntry.happened_at).label("at"),
    ).where(ActionEntry.action_type == ActionType.PORTAL_UPLOAD.value)
    if scope.narrow:  # the first uploads of this period's reports only, not of the whole log
        upload = upload.where(narrowing.reported_in(scope.station_id, w, ActionEntry.case_id))
    first_upload = upload.group_by(ActionEntry.case_id, ActionEntry.portal).subquery()
    uploads = (
        select(first_upload.c.portal, Case.reported_at, first_upload.c.at)
        .select_from(Case)
        .join(first_upload, first_upload.c.case_id == Case.id)
        .where(*_where(scope), child, reported_in)
    )
    # Within the limit or after it is the upload clock's answer, for every portal R3 lists.
    upload_states = Counter(
        (portal, upload_state(reported_at, uploaded_at, policy, w.end))
        for portal, reported_at, uploaded_at in s.execute(uploads)
    )

    sections = (
        select(
            FirSection.act,
            SECTION_KEY,
            func.min(FirSection.section),
            func.count(func.distinct(Case.id)),
        )
        .select_from(FirSection)
        .join(Case, Case.id == FirSection.case_id)
        .where(*_where(scope), in_window(Case.fir_at, w))
        .group_by(FirSection.act, SECTION_KEY)
        .order_by(FirSection.act, SECTION_KEY)
    )
    hours = hours_text(policy.cwc_production_hours)
    rows = [
        ("child_reported", msg("Children reported missing in the period"), reported),
        (
            "child_without_fir",
            msg("…of whom no FIR by the end of the period (target 0)"),
            no_fir,
        ),
        (
            "ahtu_early",
            msg("Child cases transferred to the AHTU: early (trafficking suspected)"),
            ahtu_traff,
        ),
        (
            "ahtu_rule",
            msg(
                "Child cases transferred to the AHTU: {months}-month rule",
                months=policy.ahtu_transfer_months,
            ),
            ahtu_rule,
        ),
        (
            "ahtu_pending",
            msg("Child cases due for the AHTU and not transferred at period end"),
            ahtu_pending,
        ),
        (
            "cwc_on_time",
            msg("Traced children produced before the CWC within {hours}", hours=hours),
            cwc_on_time,
        ),
        (
            "cwc_late",
            msg("Traced children produced before the CWC after {hours}", hours=hours),
            cwc_late,
        ),
        (
            "cwc_not_produced",
            msg("Traced children not (yet) produced before the CWC"),
            cwc_not,
        ),
    ]
    upload_limit = hours_text(policy.portal_upload_hours)
    for portal in RETURN_PORTALS:
        quick_n = upload_states[(portal.value, ClockState.MET)]
        slow_n = upload_states[(portal.value, ClockState.LATE)]
        name = vocabulary_word(portal)
        rows += [
            (
                # The key keeps its historical name so older returns still consolidate.
                f"portal.{portal.value}.24h",
                msg(
                    "Child reports uploaded to {portal} within {limit}",
                    portal=name,
                    limit=upload_limit,
                ),
                quick_n,
            ),
            (
                f"portal.{portal.value}.later",
                msg(
                    "Child reports uploaded to {portal} after {limit}",
                    portal=name,
                    limit=upload_limit,
                ),
                slow_n,
            ),
            (
                f"portal.{portal.value}.none",
                msg("Child reports not uploaded to {portal}", portal=name),
                int(reported) - quick_n - slow_n,
            ),
        ]
    for act, sec_key, section, n in s.execute(sections):
        rows.append(
            (
                f"fir.{act}.{sec_key}",
                msg("FIRs registered under {act} {section}", act=act, section=section),
                n,
            )
        )
    return ReturnTable(
        "R3",
        msg("R3 Legal compliance"),
        (ReturnColumn("count", msg("Count")),),
        tuple(ReturnRow(k, text, (int(v),)) for k, text, v in rows),
        note=msg(
            "AHTU due: the FIR is older than the transfer period, or at once when trafficking "
            "is suspected. CWC figures cover children traced in the period, as recorded today. "
            "FIRs by section count every case whose FIR was registered in the period."
        ),
    )


# -- R4 how and where traced ---------------------------------------------------------------------


def r4_how_where(s: Session, scope: Scope) -> ReturnTable:
    query = (
        _cases(TraceRecord.how_traced, TraceRecord.locality, func.count())
        .where(
            *_where(scope, narrowing.traced_in(scope.station_id, scope.window)),
            in_window(TRACED_AT, scope.window),
        )
        .group_by(TraceRecord.how_traced, TraceRecord.locality)
    )
    counts = {(how, where): int(n) for how, where, n in s.execute(query)}
    localities = [loc.value for loc in Locality]
    columns = [ReturnColumn(loc.value, vocabulary_word(loc)) for loc in Locality]
    columns.append(ReturnColumn("total", msg("Total")))
    rows: list[ReturnRow] = []
    for how in [*(h.value for h in HowTraced), "total"]:
        values: list[int | None] = [
            sum(v for (h, loc), v in counts.items() if loc == where and how in (h, "total"))
            for where in localities
        ]
        values.append(sum(v or 0 for v in values))
        title = msg("All methods") if how == "total" else vocabulary_word(HowTraced(how))
        rows.append(ReturnRow(how, title, tuple(values), total=how == "total"))
    return ReturnTable(
        "R4",
        msg("R4 How and where persons were traced (children and adults)"),
        tuple(columns),
        tuple(rows),
    )


# -- R5 disposal of traced children --------------------------------------------------------------

R5_ROWS = (
    ("restore_to_family", vocabulary_word(CwcOrder.RESTORE_TO_FAMILY)),
    ("cci_placement", vocabulary_word(CwcOrder.CCI_PLACEMENT)),
    ("fit_person", vocabulary_word(CwcOrder.FIT_PERSON)),
    ("repatriation", vocabulary_word(CwcOrder.REPATRIATION)),
    ("social_investigation", vocabulary_word(CwcOrder.SOCIAL_INVESTIGATION)),
    ("handed_over", msg("Handed over, no CWC order recorded")),
    ("deceased", msg("Found dead or died")),
    ("pending", msg("No disposal recorded yet")),
)


def r5_disposal(s: Session, scope: Scope) -> ReturnTable:
    disposal = case(
        (DIED, literal("deceased")),
        (TraceRecord.cwc_order.is_not(None), TraceRecord.cwc_order),
        (TraceRecord.handover_at.is_not(None), literal("handed_over")),
        else_=literal("pending"),
    )
    query = (
        _cases(disposal, Case.sex, func.count())
        .where(
            *_where(scope, narrowing.traced_in(scope.station_id, scope.window)),
            Case.is_child.is_(True),
            in_window(TRACED_AT, scope.window),
        )
        .group_by(disposal, Case.sex)
    )
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for what, sex, n in s.execute(query):
        counts[str(what)][_sex(sex)] += int(n)
    rows = [ReturnRow(key, title, tuple(_by_sex(counts[key]))) for key, title in R5_ROWS]
    total = {sex: sum(counts[key][sex] for key, _ in R5_ROWS) for sex in SEXES}
    rows.append(ReturnRow("total", msg("All traced children"), tuple(_by_sex(total)), total=True))
    return ReturnTable(
        "R5",
        msg("R5 Disposal of children traced in the period"),
        tuple(_sex_columns()),
        tuple(rows),
        note=msg(
            "By the CWC's order as recorded today; a death recorded at the trace comes first."
        ),
    )


# -- R6 confirmed reasons ------------------------------------------------------------------------


def r6_reasons(s: Session, scope: Scope) -> ReturnTable:
    band = scope.band_of(Case.age_at_disappearance)
    query = (
        _cases(Case.confirmed_reason, Case.sex, Case.is_child, band, func.count())
        .where(
            *_where(scope, narrowing.traced_in(scope.station_id, scope.window)),
            in_window(TRACED_AT, scope.window),
        )
        .group_by(Case.confirmed_reason, Case.sex, Case.is_child, band)
    )
    columns = [ReturnColumn(sex, SEX_LABELS[sex]) for sex in SEXES]
    bands = list(scope.bands) + ["other"]
    columns += [ReturnColumn(f"band.{b}", msg("Children {band}", band=b)) for b in scope.bands]
    columns += [
        ReturnColumn("band.other", msg("Children, other ages")),
        ReturnColumn("children", msg("All children")),
        ReturnColumn("adults", msg("Adults")),
        ReturnColumn("total", msg("Total")),
    ]
    keys = [c.key for c in columns]
    categories = [c.code for c in scope.taxonomy.categories]
    grid: dict[str, list[int]] = {cat: [0] * len(keys) for cat in [*categories, "none"]}
    for reason, sex, is_child, band_label, n in s.execute(query):
        cat = str(reason).split(".")[0] if reason else "none"
        row = grid.setdefault(cat, [0] * len(keys))
        row[keys.index(_sex(sex))] += n
        if is_child:
            row[keys.index(f"band.{band_label if band_label in bands else 'other'}")] += n
            row[keys.index("children")] += n
        else:
            row[keys.index("adults")] += n
        row[keys.index("total")] += n
    rows = [
        ReturnRow(
            f"category.{cat}",
            local_words(numbered(cat, scope.taxonomy.category(cat).label)),
            tuple(grid[cat]),
        )
        for cat in categories
    ]
    rows.append(ReturnRow("category.none", msg("Reason not yet confirmed"), tuple(grid["none"])))
    extra = [cat for cat in grid if cat not in categories and cat != "none"]
    rows += [
        ReturnRow(f"category.{cat}", msg("{code} (retired code)", code=cat), tuple(grid[cat]))
        for cat in extra
    ]
    totals = tuple(sum(r.values[i] or 0 for r in rows) for i in range(len(keys)))
    rows.append(ReturnRow("total", msg("All traced persons"), totals, total=True))
    return ReturnTable(
        "R6",
        msg("R6 Confirmed reasons of persons traced in the period"),
        tuple(columns),
        tuple(rows),
        note=msg(
            "Reason categories of the taxonomy in force (version {version}); the confirmed "
            "reason is recorded at or after the trace.",
            version=scope.taxonomy.version,
        ),
    )


# -- R7 drives -----------------------------------------------------------------------------------


def r7_drives(s: Session, scope: Scope, drives: Iterable[DriveWindow]) -> ReturnTable:
    return drive_table(s, scope.station_id, scope.station_state, drives, code="R7")


# -- R8 found persons ----------------------------------------------------------------------------


def r8_found(s: Session, scope: Scope) -> ReturnTable:
    """Living found persons by age group, and unidentified dead bodies (a child's too) apart."""
    here = FoundPerson.linked_case_id.is_not(None)
    elsewhere = FoundPerson.linked_external_ref.is_not(None)
    is_body = FoundPerson.kind == FoundKind.DEAD_BODY.value
    query = (
        select(
            is_body,
            FoundPerson.is_child,
            func.count(),
            count_if(here),
            count_if(elsewhere),
            count_if(or_(here, elsewhere, FoundPerson.status == FoundStatus.RESTORED.value)),
            count_if(FoundPerson.cwc_produced_at.is_not(None)),
            count_if(FoundPerson.status == FoundStatus.IN_CARE.value),
        )
        .where(
            FoundPerson.station_id == scope.station_id,
            in_window(FoundPerson.found_at, scope.window),
        )
        .group_by(is_body, FoundPerson.is_child)
    )
    zero = (0,) * 6
    counts: dict[str, tuple[int, ...]] = defaultdict(lambda: zero)
    for body, child, *rest in s.execute(query):
        key = "bodies" if body else "children" if child else "adults"
        counts[key] = _add(counts[key], tuple(int(v) for v in rest))
    columns = (
        ReturnColumn("received", msg("Found in the period")),
        ReturnColumn("matched_here", msg("Matched to a case of this station")),
        ReturnColumn("matched_elsewhere", msg("Matched to another station's case")),
        ReturnColumn("identified", msg("Identified (matched or restored)")),
        ReturnColumn("cwc_produced", msg("Produced before the CWC")),
        ReturnColumn("in_care", msg("Not identified (in care, or body unclaimed)")),
    )
    total = _add(_add(counts["children"], counts["adults"]), counts["bodies"])
    return ReturnTable(
        "R8",
        msg("R8 Persons found without a report here (unidentified found persons and dead bodies)"),
        columns,
        (
            ReturnRow("children", msg("Children"), counts["children"]),
            ReturnRow("adults", msg("Adults"), counts["adults"]),
            ReturnRow("bodies", msg("Unidentified dead bodies (UIDB)"), counts["bodies"]),
            ReturnRow("total", msg("All found persons and bodies"), total, total=True),
        ),
        note=msg(
            "Found in the period; matching and status as recorded today. Bodies are counted "
            "apart from the living, whatever their apparent age."
        ),
    )


# -- the annex -----------------------------------------------------------------------------------


def untraced_children(
    s: Session, scope: Scope, *, with_names: bool, limit: int | None = None
) -> list[AnnexRow]:
    """Children still untraced at the end of the period, oldest report first."""
    band = scope.band_of(Case.age_at_disappearance)
    columns: list[Any] = [
        Case.id,
        Case.register_no,
        Case.reported_at,
        band,
        Case.sex,
        func.coalesce(Case.confirmed_reason, Case.suspected_reason),
    ]
    if with_names:
        name = (
            select(PersonName.text)
            .where(PersonName.person_id == Case.person_id, PersonName.kind == "name")
            .order_by(PersonName.position)
            .limit(1)
            .correlate(Case)
            .scalar_subquery()
        )
        columns.append(name)
    query = (
        _cases(*columns)
        .where(
            *_where(scope, narrowing.may_be_on_books(scope.station_id, scope.window.end)),
            Case.is_child.is_(True),
            on_books_at(scope.window.end),
        )
        .order_by(Case.reported_at, Case.id)
    )
    if limit is not None:
        query = query.limit(limit)
    found = s.execute(query).all()
    withheld = names_withheld(s, query) if with_names else set()
    out: list[AnnexRow] = []
    for case_id, ref, reported, band_label, sex, reason, *named in found:
        if case_id in withheld:
            named = []
        out.append(
            AnnexRow(
                case_ref=ref,
                reported_on=_local_day(reported, scope.zone),
                age_band=str(band_label),
                sex=Sex(_sex(sex)),
                reason_code=reason,
                name=named[0] if named else None,
            )
        )
    return out


def numbered(code: str, text: LocalText) -> LocalText:
    """A taxonomy category's name after its code ("1 Domestic"), in each language."""
    return LocalText(f"{code} {text.en}", f"{code} {text.mr}", f"{code} {text.hi}")


def _local_day(instant: datetime, zone: tzinfo) -> date:
    return instant.astimezone(zone).date()


def station_tables(
    s: Session, scope: Scope, drives: Iterable[DriveWindow]
) -> tuple[ReturnTable, ...]:
    flow = flow_counts(s, scope)
    return (
        r1_flow(s, scope, flow),
        r2_age_bands(s, scope, flow),
        r3_compliance(s, scope),
        r4_how_where(s, scope),
        r5_disposal(s, scope),
        r6_reasons(s, scope),
        r7_drives(s, scope, drives),
        r8_found(s, scope),
    )
