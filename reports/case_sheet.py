"""The case sheet: the whole case on paper, for the case file (not for the public).

Everything the register holds about one case: the report, the person, circumstances,
complainant, FIR, reason, risk assessments, deadlines, the action log, notices, the trace and
reunion record and the status history. Section headings are bilingual; the body speaks English
with names as written in each script.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import FrameBreak

from models.dto.cases import CaseDetail, TraceInfo
from models.dto.notices import CasePapers
from models.rules.clocks import state_text
from models.taxonomy import load_taxonomy
from reports.base import BaseReport
from reports.fir import address_text, narrative_paragraphs, person_particulars, suspect_rows
from reports.formatting import officer, partial_date, vocab, when, zone_of
from reports.labels import both, check_lang, pair
from reports.photo import JpegPhoto
from reports.styles import ALERT, style
from reports.tables import Cell, grid, pairs
from reports.text import DASH, esc, join, or_dash

KEEP_WITH_HEADING = 45 * mm
"""Below this much room left on a page a section starts on the next one, so its heading is
never left at the foot of a page without the first rows of its table under it."""
PHOTO_WIDTH = 34 * mm
PHOTO_GUTTER = 4 * mm


class Section(KeepTogether):  # type: ignore[misc]
    """A heading and its content: where they do not fit, they start on the next page when
    less than ``min_room`` is left, and run on from under the heading otherwise.

    ReportLab's ``KeepTogether`` alone either moves every long section to a fresh page (half
    pages left blank) or, with ``maxHeight``, splits exactly when little room is left, which is
    when a table cannot start there and its heading is left alone at the foot of the page.
    """

    def __init__(self, flowables: list[Flowable], min_room: float) -> None:
        super().__init__(flowables)
        self._min_room = min_room

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # Measured only where it matters (in split, with little room left): a section holding
        # a 400-row table is not laid out twice on every page.
        return avail_width, 0xFFFFFF  # always split: the frame then places the content

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        content: list[Flowable] = list(self._content)
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        if at_top or avail_height >= self._min_room or self._fits(avail_width, avail_height):
            return content
        return [FrameBreak(), *content]

    def _fits(self, avail_width: float, avail_height: float) -> bool:
        used = 0.0
        for i, flowable in enumerate(self._content):
            used += flowable.wrap(avail_width, avail_height)[1] + flowable.getSpaceAfter()
            used += flowable.getSpaceBefore() if i else 0
            if used > avail_height:
                return False
        return True


def yes_no(value: bool | None) -> str:
    return DASH if value is None else ("yes" if value else "no")


def reason_text(code: str | None, lang: str) -> str:
    if not code:
        return DASH
    taxonomy = load_taxonomy()
    if not taxonomy.has_reason(code):
        return code
    label = taxonomy.reason(code).label
    return f"{code} {pair(label.en, label.get(lang))}"


class CaseSheetReport(BaseReport):
    def __init__(self, papers: CasePapers, *, lang: str = "mr") -> None:
        self.papers = papers
        self.case: CaseDetail = papers.case
        self.lang = check_lang(lang)
        self.zone = zone_of(papers.context.station)
        self.title = f"Case sheet {self.case.register_no}"

    def footer_left(self) -> str:
        ctx = self.papers.context
        return (
            f"{self.case.register_no} · {ctx.station.name} · CONFIDENTIAL · printed "
            f"{when(ctx.printed_at, self.zone)} by {officer(ctx.printed_by)}"
        )

    def w(self, *fractions: float) -> list[float]:
        return [self.frame_width * f for f in fractions]

    def t(self, instant: object) -> str:
        return when(instant, self.zone) if isinstance(instant, datetime) else DASH

    def who(self, username: str | None) -> str:
        """An officer by name and rank (the register keeps the username)."""
        return self.papers.officer_named(username) if username else ""

    def section(self, key: str, *body: Flowable) -> Section:
        """A heading with its content, never parted at the foot of a page."""
        heading = Paragraph(esc(both(key, self.lang)), style("h2"))
        return Section([heading, *body], KEEP_WITH_HEADING)

    def kv(self, items: list[tuple[str, Cell]], width: float | None = None) -> Table:
        """Label–value lines ``width`` wide (the frame's width unless given)."""
        whole = self.frame_width if width is None else width
        return pairs([(k, v if v else DASH) for k, v in items], [whole * 0.3, whole * 0.7])

    def story(self) -> list[Flowable]:
        return [
            *self.header(),
            self.summary(),
            self.section("s_report", self.report()),
            self.section("s_person", self.kv(person_particulars(self.case, self.lang))),
            self.section("s_circumstances", *self.circumstances()),
            self.section("s_complainant", self.complainant()),
            self.section("s_fir", *self.fir()),
            self.section("s_reasons", self.reasons()),
            self.section("s_risk", self.risk()),
            self.section("s_clocks", self.clocks()),
            self.section("s_actions", self.actions()),
            self.section("s_notices", self.notices()),
            self.section("s_trace", *self.trace()),
            self.section("s_status", self.status()),
        ]

    def header(self) -> list[Flowable]:
        c = self.case
        return [
            Paragraph(esc(both("sheet_title", self.lang)), style("title")),
            Paragraph(
                esc(
                    f"{c.register_no} · {vocab(c.status, self.lang)} · "
                    f"{self.papers.context.station.name}"
                ),
                style("subtitle"),
            ),
            Paragraph(
                f'<font color="{ALERT.hexval().replace("0x", "#")}">'
                f"{esc(both('confidential', self.lang))}</font>",
                style("centre_small"),
            ),
            Spacer(1, 3 * mm),
        ]

    def summary(self) -> Table:
        c = self.case
        # The facts sit beside the photo: their table is as wide as what the photo leaves.
        facts_width = self.frame_width - PHOTO_WIDTH - PHOTO_GUTTER
        facts = self.kv(
            [
                ("Name", " / ".join(c.person.names)),
                (
                    "Age, sex",
                    join(
                        [
                            c.age_at_disappearance and f"{c.age_at_disappearance} years",
                            vocab(c.person.sex, self.lang),
                            "child" if c.is_child else "adult",
                        ]
                    ),
                ),
                ("Age now", c.age_now or ""),
                *(
                    [("Missing 7 years", "yes — keep open and review; only a court declares")]
                    if c.long_term_missing
                    else []
                ),
                ("Reported", self.t(c.report.reported_at)),
                ("FIR", c.fir.number if c.fir else f"none ({c.fir_not_filed_reason or DASH})"),
                ("Investigating officer", officer(c.io_officer)),
                ("Juvenile welfare officer", officer(c.jwo_officer)),
                ("Received by", officer(c.received_by_officer)),
                (
                    "Publicity restricted",
                    "yes — sexual offence or trafficking" if c.sensitive else "no",
                ),
            ],
            facts_width,
        )
        photo: Flowable = Spacer(1, 1)
        if self.papers.photo_jpeg:
            photo = JpegPhoto(self.papers.photo_jpeg, PHOTO_WIDTH, 60 * mm)
        table = Table([[photo, facts]], colWidths=[PHOTO_WIDTH + PHOTO_GUTTER, facts_width])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def report(self) -> Table:
        r = self.case.report
        return self.kv(
            [
                ("How reported", vocab(r.report_mode, self.lang)),
                ("Reported at", self.t(r.reported_at)),
                ("Type of information", vocab(r.information_type, self.lang)),
                (
                    "GD entry",
                    join([r.gd_entry_no, self.t(r.gd_entry_at) if r.gd_entry_at else None]),
                ),
                ("Zero FIR", join([r.zero_fir_station, r.zero_fir_number])),
                ("Reason for delay", r.delay_reason or ""),
            ]
        )

    def circumstances(self) -> list[Flowable]:
        c = self.case.circumstances
        rows = self.kv(
            [
                (
                    "Last seen",
                    join(
                        [
                            self.t(c.last_seen_at),
                            f"until {self.t(c.last_seen_until)}" if c.last_seen_until else None,
                        ]
                    ),
                ),
                (
                    "Place",
                    join(
                        [
                            c.last_seen_place,
                            vocab(c.place_type, self.lang),
                            c.landmark and f"near {c.landmark}",
                        ]
                    ),
                ),
                ("Beat, direction from PS", join([c.beat, c.direction_from_ps])),
                ("Outside this PS", join([c.outside_ps, c.outside_ps_district])),
                (
                    "Coordinates",
                    f"{c.latitude:.5f}, {c.longitude:.5f}"
                    if c.latitude is not None and c.longitude is not None
                    else "",
                ),
                ("Last seen with", c.last_seen_with or ""),
                (
                    "Means of travel, destination",
                    join([vocab(c.means_of_travel, self.lang), c.destination]),
                ),
                (
                    "Previous episodes",
                    join(
                        [
                            str(self.case.episodes_before),
                            ", ".join(e.register_no for e in self.case.episodes if e.earlier),
                            c.previous_episodes_notes,
                        ]
                    ),
                ),
                ("Places frequented", c.places_frequented or ""),
                ("Friends, associates", c.friends_associates or ""),
                ("Relatives outside", c.relatives_outside or ""),
                (
                    "Triggers",
                    join(
                        [", ".join(vocab(x, self.lang) for x in c.triggers), c.trigger_notes], "; "
                    ),
                ),
                ("Preparations", c.preparations or ""),
                ("Ransom call", join([yes_no(c.ransom_call), c.ransom_details], "; ")),
            ]
        )
        return [
            rows,
            Spacer(1, 2 * mm),
            Paragraph("Narrative", style("label")),
            *narrative_paragraphs(c.narrative, "body"),
        ]

    def complainant(self) -> Table:
        comp = self.case.complainant
        if comp is None:
            return self.kv([("Complainant", "")])
        p = comp.person
        return self.kv(
            [
                ("Name", " / ".join(p.names)),
                ("Relation", vocab(comp.relation, self.lang)),
                ("Father's / husband's name", p.relative_name or ""),
                ("Contacts", "; ".join(join([x.value, x.note], " ") for x in p.contacts)),
                ("Address", "; ".join(address_text(a) for a in p.addresses)),
                ("Occupation", p.occupation or ""),
                ("Saw or heard", comp.seen_or_heard or ""),
                ("FIR read over in", vocab(comp.read_over_language, self.lang)),
                ("Consent to publish photo", yes_no(comp.consent_publish_photo)),
            ]
        )

    def fir(self) -> list[Flowable]:
        fir = self.case.fir
        if fir is None:
            return [self.kv([("FIR", f"not registered: {self.case.fir_not_filed_reason or DASH}")])]
        rows = [
            self.kv(
                [
                    ("Number", fir.number),
                    ("Registered at", self.t(fir.registered_at)),
                    ("Sections", ", ".join(f"{s.act.value} {s.section}" for s in fir.sections)),
                    ("Action taken", vocab(fir.action_taken, self.lang)),
                    ("Copy given", self.t(fir.copy_given_at) if fir.copy_given_at else ""),
                    (
                        "Sent to court",
                        self.t(fir.dispatched_to_court_at) if fir.dispatched_to_court_at else "",
                    ),
                ]
            )
        ]
        if self.case.suspects:
            rows += [
                Spacer(1, 2 * mm),
                grid(
                    ["#", "Suspect", "Alias", "Relative", "Address", "Description"],
                    suspect_rows(self.case),
                    self.w(0.05, 0.2, 0.12, 0.18, 0.2, 0.25),
                ),
            ]
        return rows

    def reasons(self) -> Table:
        r = self.case.reasons
        order = self.case.publication_order
        return self.kv(
            [
                ("Suspected", reason_text(r.suspected, self.lang)),
                ("Confirmed", reason_text(r.confirmed, self.lang) if r.confirmed else ""),
                ("Presumed abduction", yes_no(r.presumed_abduction)),
                ("Involuntary", yes_no(r.involuntary)),
                ("Exploitation", vocab(r.exploitation_type, self.lang)),
                ("Inter-state, cross-border", f"{yes_no(r.inter_state)}, {yes_no(r.cross_border)}"),
                ("Sexual offence", yes_no(r.sexual_offence)),
                (
                    "Publication order",
                    join([order.reference, partial_date(order.date), order.authority])
                    if order
                    else "",
                ),
            ]
        )

    def risk(self) -> Flowable:
        rows: list[list[Cell]] = [
            [
                self.t(r.assessed_at),
                self.who(r.assessed_by),
                vocab(r.grade, "en"),
                r.rationale,
                self.t(r.next_review_due),
            ]
            for r in self.case.risk_history
        ]
        if not rows:
            return Paragraph("No risk assessment recorded.", style("body"))
        return grid(
            ["Assessed", "By", "Grade", "Rationale", "Next review"],
            rows,
            self.w(0.15, 0.22, 0.1, 0.38, 0.15),
        )

    def clocks(self) -> Flowable:
        rows: list[list[Cell]] = []
        for clock in self.case.clocks:
            rows.append([clock.label, self.t(clock.due_at), state_text(clock, self.t)])
        if not rows:
            return Paragraph("No deadline applies.", style("body"))
        return grid(["Deadline", "Due", "State"], rows, self.w(0.5, 0.2, 0.3))

    def actions(self) -> Flowable:
        rows: list[list[Cell]] = []
        for a in self.case.actions:
            what = join(
                [
                    a.details,
                    a.portal and vocab(a.portal, "en"),
                    a.reference and f"ref. {a.reference}",
                    a.stations,
                ],
                "; ",
            )
            rows.append(
                [
                    str(a.seq),
                    self.t(a.happened_at),
                    vocab(a.action_type, "en"),
                    or_dash(what),
                    self.who(a.recorded_by),
                ]
            )
        if not rows:
            return Paragraph("No action recorded yet.", style("body"))
        return grid(
            ["#", "When", "Action", "Details", "By"], rows, self.w(0.05, 0.15, 0.18, 0.4, 0.22)
        )

    def notices(self) -> Flowable:
        rows: list[list[Cell]] = [
            [
                n.notice_no or f"request #{n.id}",
                vocab(n.status, "en"),
                f"{self.t(n.requested_at)} {self.who(n.requested_by)}",
                join([self.t(n.approved_at) if n.approved_at else None, self.who(n.approved_by)]),
                join([self.t(n.issued_at) if n.issued_at else None, self.who(n.issued_by)]),
                self.t(n.withdrawn_at)
                if n.withdrawn_at
                else ("due " + self.t(n.withdrawal_due_at) if n.withdrawal_due_at else DASH),
            ]
            for n in self.case.notices
        ]
        if not rows:
            return Paragraph("No lookout notice requested.", style("body"))
        return grid(
            ["Notice", "Status", "Requested", "Approved", "Issued", "Withdrawn"],
            rows,
            self.w(0.14, 0.11, 0.21, 0.21, 0.21, 0.12),
        )

    def trace(self) -> list[Flowable]:
        info: TraceInfo | None = self.case.trace
        if info is None:
            return [Paragraph("Not traced.", style("body"))]
        t, r, c = info.trace, info.reunion, info.closure
        rows = self.kv(
            [
                ("Traced", join([vocab(t.trace_type, "en"), self.t(t.traced_at)])),
                (
                    "How",
                    join(
                        [
                            vocab(t.how_traced, "en"),
                            t.how_details,
                            t.portal and f"{vocab(t.portal, 'en')} {t.portal_match_id or ''}",
                        ],
                        "; ",
                    ),
                ),
                ("Where", join([t.place, vocab(t.locality, "en"), t.district, t.state, t.country])),
                (
                    "Traced by",
                    join(
                        [t.traced_by_name, t.traced_by_rank, t.traced_by_number, t.traced_by_unit]
                    ),
                ),
                ("Condition", join([vocab(t.condition, "en"), t.condition_details], "; ")),
                ("Found with, activity", join([t.found_with, vocab(t.activity, "en")])),
                (
                    "Confirmed reason",
                    reason_text(t.confirmed_reason, self.lang) if t.confirmed_reason else "",
                ),
                (
                    "New FIR, arrests",
                    join(
                        [
                            t.new_fir_number,
                            f"{t.accused_arrested} arrested" if t.accused_arrested else None,
                        ]
                    ),
                ),
                ("Location not to be disclosed", yes_no(t.do_not_disclose_location)),
                (
                    "CWC",
                    join(
                        [
                            r.cwc_name,
                            self.t(r.cwc_produced_at) if r.cwc_produced_at else None,
                            r.cwc_order_number,
                            vocab(r.cwc_order, "en"),
                            r.cci_name,
                            r.cwc_not_required_reason,
                        ]
                    ),
                ),
                (
                    "Handover",
                    join(
                        [
                            r.handover_to_name,
                            vocab(r.handover_relation, "en"),
                            self.t(r.handover_at) if r.handover_at else None,
                            r.handover_place,
                            "identity checked" if r.handover_id_checked else None,
                        ]
                    ),
                ),
                ("Follow-up", join([r.follow_up, r.safe_well_notes], "; ")),
                (
                    "Complainant informed",
                    self.t(c.complainant_informed_at) if c.complainant_informed_at else "",
                ),
                ("Final report", c.final_report_ref or ""),
                ("Recorded", f"{self.t(info.recorded_at)} by {self.who(info.recorded_by)}"),
            ]
        )
        out: list[Flowable] = [rows]
        if self.case.portal_updates:
            out += [
                Spacer(1, 2 * mm),
                grid(
                    ["Portal", "Updated", "Reference", "By"],
                    [
                        [
                            vocab(p.portal, "en"),
                            self.t(p.updated_at),
                            or_dash(p.reference),
                            self.who(p.recorded_by),
                        ]
                        for p in self.case.portal_updates
                    ],
                    self.w(0.2, 0.18, 0.3, 0.32),
                ),
            ]
        return out

    def status(self) -> Flowable:
        rows: list[list[Cell]] = [
            [
                self.t(ch.at),
                self.who(ch.by),
                vocab(ch.from_status, "en") or DASH,
                vocab(ch.to_status, "en"),
                or_dash(ch.reason),
            ]
            for ch in self.case.status_history
        ]
        return grid(
            ["When", "By", "From", "To", "Reason"], rows, self.w(0.15, 0.22, 0.14, 0.14, 0.35)
        )


def render_case_sheet(papers: CasePapers, *, lang: str = "mr") -> bytes:
    """The whole case as PDF bytes."""
    return CaseSheetReport(papers, lang=lang).build()
