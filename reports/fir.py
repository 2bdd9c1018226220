"""The First Information Report in the IIF-I layout (BNSS s.173), bilingual.

Fifteen numbered items, labelled in English and the station's language (Marathi by default,
Hindi selectable), as the CCTNS print gives them; domain-reference (d) lists them. A long
narrative runs onto further pages: every page carries the FIR number and "page x of y".
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from models.dto.cases import AddressRow, CaseDetail, PersonInput
from models.dto.notices import CasePapers
from models.enums import Act, FirActionTaken, IdDocumentType, SignatureKind
from models.legal_sections import load_sections
from models.vocabulary import label
from reports.base import BaseReport
from reports.formatting import (
    clock_time,
    clothing_text,
    day,
    mark_text,
    officer,
    partial_date,
    vocab,
    weekday,
    when,
    zone_of,
)
from reports.labels import both, check_lang, pair, text, wordings
from reports.styles import RULE, style
from reports.tables import Cell, grid, pairs
from reports.text import DASH, esc, join, or_dash, para

ITEM_COUNT = 15


def address_text(row: AddressRow) -> str:
    return join([row.line, row.locality, row.city, row.district, row.state, row.pin, row.country])


def time_period(start: datetime, zone: tzinfo) -> str:
    """The three-hour watch (pahar) the time falls in, e.g. "12:00–15:00"."""
    local = start.astimezone(zone)
    first = local.replace(hour=local.hour - local.hour % 3, minute=0, second=0, microsecond=0)
    return f"{first:%H:%M}–{(first + timedelta(hours=3)):%H:%M}"


def act_title(act: Act, lang: str) -> str:
    try:
        title = load_sections().act(act).title
    except KeyError:
        return vocab(act, lang)
    return pair(title.en, title.get(lang))


def person_particulars(case: CaseDetail, lang: str) -> list[tuple[str, Cell]]:
    """The missing person's particulars as label–value rows (FIR item 12, the case sheet)."""

    def b(key: str) -> str:
        return both(key, lang)

    c = case
    p = c.person
    years = f" {text('years', 'en')}"
    height = (
        f"{p.height_cm} cm"
        if p.height_cm
        else join([str(p.height_min_cm or ""), str(p.height_max_cm or "")], "–")
    )
    age = join(
        [
            partial_date(p.date_of_birth),
            f"{c.age_at_disappearance}{years}" if c.age_at_disappearance else None,
        ],
        "; ",
    )
    items: list[tuple[str, Cell]] = [
        (b("name"), " / ".join(p.names) or DASH),
        (b("alias"), or_dash(", ".join(p.aliases))),
        (b("n_sex"), vocab(p.sex, lang)),
        (b("p_birth"), or_dash(age)),
        (
            b("p_relative"),
            or_dash(join([p.relative_name, vocab(p.relative_relation, lang)], " — ")),
        ),
        (b("n_height"), or_dash(height)),
        (b("n_build"), or_dash(vocab(p.build, lang))),
        (b("n_complexion"), or_dash(vocab(p.complexion, lang))),
        (
            b("n_hair"),
            or_dash(
                join(
                    [
                        vocab(p.hair_colour, lang),
                        vocab(p.hair_length, lang),
                        p.hair_style,
                    ]
                )
            ),
        ),
        (b("n_eyes"), or_dash(vocab(p.eye_colour, lang))),
        (b("n_marks"), or_dash("; ".join(mark_text(m, lang) for m in p.marks))),
        (
            b("n_clothing"),
            or_dash("; ".join(clothing_text(x, lang) for x in p.clothing)),
        ),
        (b("n_languages"), or_dash(", ".join(vocab(x, lang) for x in p.languages))),
        (b("p_address"), or_dash("; ".join(address_text(a) for a in p.addresses))),
    ]
    return items


def suspect_rows(case: CaseDetail) -> list[list[Cell]]:
    """The known or suspected accused, numbered (FIR item 7, the case sheet)."""
    return [
        [
            str(i),
            or_dash(s.name),
            or_dash(s.alias),
            or_dash(s.relative_name),
            or_dash(s.address),
            or_dash(s.description),
        ]
        for i, s in enumerate(case.suspects, start=1)
    ]


def narrative_paragraphs(narrative: str, style_name: str) -> list[Flowable]:
    """The narrative as written, a paragraph for each block between blank lines."""
    return [
        Paragraph(para(block), style(style_name))
        for block in narrative.split("\n\n")
        if block.strip()
    ]


class FirReport(BaseReport):
    def __init__(self, papers: CasePapers, *, lang: str = "mr") -> None:
        if papers.case.fir is None:
            raise ValueError("the case has no FIR")
        self.papers = papers
        self.case: CaseDetail = papers.case
        self.lang = check_lang(lang)
        self.zone = zone_of(papers.context.station)
        self.fir = papers.case.fir
        self.title = f"FIR {self.fir.number}"
        self.subject = "First Information Report"

    # -- page furniture --------------------------------------------------------------------

    def footer_left(self) -> str:
        ctx = self.papers.context
        return (
            f"{text('fir_no_short', 'en')} {self.fir.number} · {ctx.station.name} · "
            f"{self.case.register_no} · printed {when(ctx.printed_at, self.zone)} "
            f"by {officer(ctx.printed_by)}"
        )

    # -- helpers ---------------------------------------------------------------------------

    def b(self, key: str) -> str:
        return both(key, self.lang)

    def item(self, number: int, key: str, *body: Flowable) -> list[Flowable]:
        heading = Paragraph(f"{number}. {esc(self.b(key))}", style("item"))
        # Keep each heading with the start of its content, never alone at a page foot.
        return [KeepTogether([heading, *body[:1]]), *body[1:]]

    def w(self, *fractions: float) -> list[float]:
        return [self.frame_width * f for f in fractions]

    def line(self, value: str) -> Paragraph:
        return Paragraph(esc(or_dash(value)), style("body"))

    # -- the story -------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        c = self.case
        out: list[Flowable] = self.header()
        out += self.item(1, "fir_1", self.item_1())
        out += self.item(2, "fir_2", self.item_2())
        out += self.item(3, "fir_3", *self.item_3())
        out += self.item(4, "fir_4", self.line(vocab(c.report.information_type, self.lang)))
        out += self.item(5, "fir_5", self.item_5())
        out += self.item(6, "fir_6", *self.item_6())
        out += self.item(7, "fir_7", self.item_7())
        nil = self.b("nil")
        out += self.item(8, "fir_8", self.line(c.report.delay_reason or nil))
        out += self.item(9, "fir_9", self.line(nil))
        out += self.item(10, "fir_10", self.line(nil))
        uidb = c.trace.trace.uidb_number if c.trace else None
        out += self.item(11, "fir_11", self.line(uidb or nil))
        out += self.item(12, "fir_12", *self.item_12())
        dispatched = when(self.fir.dispatched_to_court_at, self.zone) or self.b("not_dispatched")
        # A signature block alone at the top of a page signs nothing a court can see: the
        # action taken, the read-over statement, the signatures and the dispatch stay together.
        out.append(
            KeepTogether(
                [
                    *self.item(13, "fir_13", *self.item_13()),
                    *self.item(14, "fir_14", self.item_14()),
                    *self.item(15, "fir_15", self.line(dispatched)),
                ]
            )
        )
        return out

    def header(self) -> list[Flowable]:
        station = self.papers.context.station
        police = f"{station.state} {text('police', 'en')}"
        return [
            Paragraph(esc(police), style("subtitle")),
            Paragraph(esc(both("fir_form", self.lang)), style("subtitle")),
            *(Paragraph(esc(line), style("title")) for line in wordings("fir_title", self.lang)),
            Paragraph(esc(both("fir_under", self.lang, " ")), style("subtitle")),
            Spacer(1, 3 * mm),
        ]

    def item_1(self) -> Table:
        station = self.papers.context.station
        ps = station.name + (f" / {station.name_local}" if station.name_local else "")
        return grid(
            [
                self.b("district"),
                self.b("ps"),
                self.b("year"),
                self.b("fir_no"),
                self.b("fir_date"),
            ],
            [
                [
                    station.district,
                    ps,
                    day(self.fir.registered_at, self.zone)[-4:],
                    self.fir.number,
                    when(self.fir.registered_at, self.zone),
                ]
            ],
            self.w(0.17, 0.3, 0.1, 0.18, 0.25),
        )

    def item_2(self) -> Table:
        table = load_sections()
        rows: list[list[Cell]] = []
        for i, row in enumerate(self.fir.sections, start=1):
            found = table.find(row.act, row.section)
            title = pair(found.title.en, found.title.get(self.lang)) if found else ""
            section = join([row.section, title], " — ")
            rows.append([str(i), act_title(row.act, self.lang), section])
        if not rows:
            rows.append(["", DASH, DASH])
        return grid(
            [self.b("sno"), self.b("act"), self.b("sections")], rows, self.w(0.08, 0.47, 0.45)
        )

    def item_3(self) -> list[Flowable]:
        c = self.case.circumstances
        z = self.zone
        occurrence = grid(
            [
                self.b("day"),
                self.b("date_from"),
                self.b("date_to"),
                self.b("time_period"),
                self.b("time_from"),
                self.b("time_to"),
            ],
            [
                [
                    weekday(c.last_seen_at, z, self.lang),
                    day(c.last_seen_at, z),
                    day(c.last_seen_until, z) or day(c.last_seen_at, z),
                    time_period(c.last_seen_at, z),
                    clock_time(c.last_seen_at, z),
                    clock_time(c.last_seen_until, z) or DASH,
                ]
            ],
            self.w(0.2, 0.16, 0.16, 0.18, 0.15, 0.15),
        )
        r = self.case.report
        gd = join([r.gd_entry_no, when(r.gd_entry_at, z)])
        return [
            Paragraph(esc(self.b("occurrence")), style("label")),
            occurrence,
            Spacer(1, 1.5 * mm),
            pairs(
                [
                    (self.b("info_received"), when(r.reported_at, z)),
                    (self.b("gd_ref"), or_dash(gd)),
                ],
                self.w(0.45, 0.55),
            ),
        ]

    def item_5(self) -> Table:
        c = self.case.circumstances
        outside = join([c.outside_ps, c.outside_ps_district])
        direction = join([c.direction_from_ps, f"Beat: {c.beat}" if c.beat else None], "; ")
        place = join([c.last_seen_place, c.landmark and f"near {c.landmark}"])
        return pairs(
            [
                (self.b("direction"), or_dash(direction)),
                (self.b("address"), or_dash(place)),
                (self.b("outside_ps"), or_dash(outside)),
            ],
            self.w(0.45, 0.55),
        )

    def item_6(self) -> list[Flowable]:
        comp = self.case.complainant
        if comp is None:
            return [self.line(DASH)]
        p: PersonInput = comp.person
        uid = next((d for d in p.id_documents if d.doc_type is IdDocumentType.AADHAAR), None)
        passport = next((d for d in p.id_documents if d.doc_type is IdDocumentType.PASSPORT), None)
        phones = ", ".join(x.value for x in p.contacts if x.kind.value in ("mobile", "phone"))
        seen = {"seen": self.b("seen"), "heard": self.b("heard")}.get(comp.seen_or_heard or "", "")
        items: list[tuple[str, Cell]] = [
            (self.b("c_name"), " / ".join(p.names) or DASH),
            (self.b("c_relative"), or_dash(p.relative_name)),
            (self.b("c_birth"), or_dash(partial_date(p.date_of_birth))),
            (self.b("c_nationality"), or_dash(p.nationality)),
            (self.b("c_uid"), or_dash(uid.number if uid else None)),
            (
                self.b("c_passport"),
                or_dash(
                    join([passport.number, partial_date(passport.issue_date), passport.issue_place])
                    if passport
                    else None
                ),
            ),
        ]
        ids: Cell = (
            grid(
                [self.b("doc_type"), self.b("number")],
                [[vocab(d.doc_type, self.lang), d.number] for d in p.id_documents],
                [self.frame_width * 0.2, self.frame_width * 0.35],
            )
            if p.id_documents
            else DASH
        )
        addresses: Cell = (
            grid(
                [self.b("kind"), self.b("present_address")],
                [[vocab(a.kind, self.lang), address_text(a)] for a in p.addresses],
                [self.frame_width * 0.15, self.frame_width * 0.4],
            )
            if p.addresses
            else DASH
        )
        items += [
            (self.b("c_ids"), ids),
            (self.b("c_occupation"), or_dash(p.occupation)),
            (self.b("c_address"), addresses),
            (self.b("c_phone"), or_dash(phones)),
            (self.b("c_relation"), or_dash(vocab(comp.relation, self.lang))),
            (self.b("c_seen"), or_dash(seen)),
        ]
        return [pairs(items, self.w(0.4, 0.6))]

    def item_7(self) -> Table:
        # No suspect known: the form says so in words, as a court expects, not with a dash.
        unknown = self.b("accused_unknown")
        rows = suspect_rows(self.case) or [["", unknown, DASH, DASH, DASH, DASH]]
        return grid(
            [
                self.b("sno"),
                self.b("name"),
                self.b("alias"),
                self.b("relative"),
                self.b("present_address"),
                self.b("description"),
            ],
            rows,
            self.w(0.07, 0.18, 0.12, 0.16, 0.22, 0.25),
        )

    def item_12(self) -> list[Flowable]:
        return [
            *narrative_paragraphs(self.case.circumstances.narrative, "narrative"),
            Spacer(1, 2 * mm),
            Paragraph(esc(self.b("missing_particulars")), style("label")),
            self.missing_person(),
        ]

    def missing_person(self) -> Table:
        return pairs(person_particulars(self.case, self.lang), self.w(0.3, 0.7))

    def item_13(self) -> list[Flowable]:
        fir = self.fir
        io = self.case.io_officer
        lines: list[Flowable] = [
            Paragraph(esc(line), style("small")) for line in wordings("fir_13_note", self.lang)
        ]
        for i, option in enumerate(FirActionTaken, start=1):
            mark = "[X]" if option is fir.action_taken else "[  ]"
            extra = ""
            if option is FirActionTaken.DIRECTED_IO and option is fir.action_taken and io:
                extra = f": {io.describe()}"
            if option is FirActionTaken.TRANSFERRED and self.case.transferred_to:
                extra = f": {self.case.transferred_to}"
            lines.append(
                Paragraph(esc(f"{mark} ({i}) {vocab(option, self.lang)}{extra}"), style("body"))
            )
        comp = self.case.complainant
        read_over_in = comp.read_over_language if comp else None
        language = label(read_over_in, "en") if read_over_in else "their language"
        local_language = label(read_over_in, self.lang) if read_over_in else ""
        read_over = text("read_over", "en").format(language=language)
        lines += [Spacer(1, 1.5 * mm), Paragraph(esc(read_over), style("body"))]
        if self.lang != "en":
            lines.append(
                Paragraph(
                    esc(text("read_over", self.lang).format(language=local_language)), style("body")
                )
            )
        lines.append(
            Paragraph(
                esc(
                    f"{self.b('copy_given')}: {or_dash(when(fir.copy_given_at, self.zone))} · "
                    f"{text('roac', 'en')}"
                ),
                style("body"),
            )
        )
        return lines

    def item_14(self) -> Table:
        comp = self.case.complainant
        kind = (
            vocab(comp.signature_kind, self.lang)
            if comp and comp.signature_kind
            else vocab(SignatureKind.SIGNATURE, self.lang)
        )
        oic = self.papers.officer_in_charge
        left = [
            Spacer(1, 16 * mm),
            Paragraph(esc(f"({kind})"), style("small")),
            Paragraph(esc(" / ".join(comp.person.names) if comp else ""), style("small")),
        ]
        right = [
            Spacer(1, 16 * mm),
            Paragraph(esc(self.b("oic_sign")), style("small")),
            Paragraph(esc(f"{self.b('name_rank_no')}: {officer(oic)}"), style("small")),
        ]
        table = Table([[left, right]], colWidths=self.w(0.5, 0.5))
        table.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (0, 0), 0.4, RULE),
                    ("BOX", (1, 0), (1, 0), 0.4, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ]
            )
        )
        return table


def render_fir(papers: CasePapers, *, lang: str = "mr") -> bytes:
    """The FIR as PDF bytes, labelled in English and ``lang`` ("mr" or "hi")."""
    return FirReport(papers, lang=lang).build()
