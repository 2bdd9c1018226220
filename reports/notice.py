"""Lookout notices: missing person, found person or unidentified dead body ("help identify"),
bulk sheet, withdrawal slip.

Each renders a DTO from ``NoticeService`` (models/services/notices.py). The DTOs carry only what
may be published (``PublicDescription``): a notice cannot print a family phone number, address,
school, caste or religion, or the suspected offence, because it is never handed them.

Layout for the public: the word MISSING in English, Marathi and Hindi, the photo large, the
description in English and the station's language, and the phone numbers big enough to be read
from a few steps away. A3 is the same page scaled up.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from reportlab.lib.pagesizes import A3, A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from models.dto.accounts import StationInfo
from models.dto.cases import OfficerRef
from models.dto.notices import (
    BulkNoticeEntry,
    BulkNotices,
    FoundNotice,
    MissingNotice,
    PublicBodyFacts,
    PublicDescription,
    WithdrawalSlip,
)
from models.enums import NoticeKind
from reports.base import BaseReport
from reports.formatting import (
    clothing_text,
    day,
    mark_text,
    partial_date,
    vocab,
    when,
    zone_of,
)
from reports.labels import both, check_lang, text, wordings
from reports.photo import JpegPhoto, jpeg_size
from reports.qr import qr_flowable
from reports.styles import ALERT, RULE, SHADE, scaled
from reports.text import esc, join

PAPER_SIZES = {"A4": A4, "A3": A3}
BULK_FACTS = ("n_complexion", "n_marks", "n_clothing", "n_languages")
BULK_FACT_CHARS = 110
"""A bulk-sheet entry has a fixed height (eight to a page); longer text is cut with "…"."""
EMERGENCY = "112"
CHILDLINE = "1098"
PHOTO_SHAPE = 78 / 102
"""Width to height of the photo's box when there is no photo to take the shape from."""
MIN_PHOTO_HEIGHT = 80 * mm
"""The smallest photo (on A4) a notice with a long description shrinks it to."""
MAX_PHOTO_SHARE = 0.5
"""The photo takes at most half the page's width; the description needs the rest."""
FIT_STEPS = 10
"""Halvings in the search for the photo's height: within a millimetre of the largest."""


def shorten(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def two_lines(key: str, lang: str) -> str:
    """A label as markup: English, and below it the station's language."""
    return "<br/>".join(esc(line) for line in wordings(key, lang))


def _photo(jpeg: bytes | None, width: float, height: float, lang: str, factor: float) -> Flowable:
    """The photo fitted inside ``width`` × ``height``, or a framed "no photo" box."""
    if jpeg:
        return JpegPhoto(jpeg, width, height)
    box = Table(
        [[Paragraph(two_lines("n_no_photo", lang), scaled("centre", factor))]],
        colWidths=[width],
        rowHeights=[height],
    )
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ]
        )
    )
    return box


def _label_value_rows(
    rows: Sequence[tuple[str, str]], lang: str, factor: float
) -> list[list[Paragraph]]:
    """``(label key, plain value)`` pairs as table rows; empty values are left out."""
    label_style, value_style = scaled("fact_label", factor), scaled("fact", factor)
    return [
        [
            Paragraph(two_lines(key, lang), label_style),
            Paragraph(esc(value), value_style),
        ]
        for key, value in rows
        if value
    ]


def description_rows(person: PublicDescription, lang: str, *, found: bool) -> list[tuple[str, str]]:
    """The description as (label key, value) rows, in the order a reader scans a poster."""
    years = both("years", lang)
    age = f"{person.age} {years}" if person.age else ""
    hair = join(
        [vocab(person.hair_colour, lang), vocab(person.hair_length, lang), person.hair_style]
    )
    features = [vocab(d, lang) for d in person.disabilities]
    if person.spectacles:
        features.insert(0, both("n_spectacles", lang))
    return [
        ("n_apparent_age" if found else "n_age", age),
        ("n_age_now", f"{person.age_now} {years}" if person.age_now else ""),
        ("n_sex", vocab(person.sex, lang)),
        ("n_height", person.height or ""),
        ("n_build", vocab(person.build, lang)),
        ("n_complexion", vocab(person.complexion, lang)),
        ("n_hair", hair),
        ("n_eyes", vocab(person.eye_colour, lang)),
        ("n_marks", "; ".join(mark_text(m, lang) for m in person.marks)),
        (
            "n_clothing_found" if found else "n_clothing",
            "; ".join(clothing_text(c, lang) for c in person.clothing),
        ),
        ("n_languages", ", ".join(vocab(x, lang) for x in person.languages)),
        ("n_condition", "; ".join(features)),
    ]


def _contacts(
    station: StationInfo,
    io_officer: OfficerRef | None,
    is_child: bool,
    qr_text: str,
    lang: str,
    factor: float,
    width: float,
) -> Table:
    """Who to call, big, with the QR code beside. Only official numbers ever appear here."""
    phone = scaled("phone", factor)
    small = scaled("centre_small", factor)
    cells: list[Flowable] = []
    station_name = station.name + (f" / {station.name_local}" if station.name_local else "")
    if station.phone:
        cells.append(_contact_cell(esc(station_name), esc(station.phone), phone, small))
    if io_officer and io_officer.official_phone:
        cells.append(
            _contact_cell(
                esc(f"{both('io', lang)}: {io_officer.full_name}"),
                esc(io_officer.official_phone),
                phone,
                small,
            )
        )
    cells.append(_contact_cell(esc(both("emergency_112", lang)), EMERGENCY, phone, small))
    if is_child:
        cells.append(_contact_cell(esc(both("childline_1098", lang)), CHILDLINE, phone, small))
    qr_size = 30 * mm * factor
    columns = len(cells)
    cell_width = (width - qr_size - 4 * mm * factor) / columns
    table = Table(
        [[*cells, qr_flowable(qr_text, qr_size)]],
        colWidths=[cell_width] * columns + [qr_size + 4 * mm * factor],
    )
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-2, 0), 1.2, ALERT),
                ("INNERGRID", (0, 0), (-2, 0), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (-1, 0), (-1, 0), "RIGHT"),
                ("LEFTPADDING", (-1, 0), (-1, 0), 0),
                ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
            ]
        )
    )
    return table


def _contact_cell(caption: str, number: str, phone_style: object, small: object) -> Table:
    inner = Table([[Paragraph(caption, small)], [Paragraph(number, phone_style)]])
    inner.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1)])
    )
    return inner


class PersonBlock(Table):  # type: ignore[misc]
    """The photo beside the name and description: the one block whose height the photo sets."""


class BlockGap(Spacer):  # type: ignore[misc]
    """A space between two blocks of a notice, which grows when the page would be short."""


def stacked_height(flowables: Sequence[Flowable], width: float, height: float) -> float:
    """The height ``flowables`` take stacked in a frame ``width`` wide, with their spacing."""
    total = 0.0
    for i, flowable in enumerate(flowables):
        total += flowable.wrap(width, height)[1] + flowable.getSpaceAfter()
        if i:
            total += flowable.getSpaceBefore()
    return total


class _NoticeReport(BaseReport):
    """What the single-person notices share: the geometry, scale, the header lines, and a photo
    as large as the page leaves room for."""

    numbered = False
    photo_jpeg: bytes | None = None
    extra_gap = 0.0
    _shape: float | None = None
    """Added to each gap between the blocks when even the largest photo leaves the page short."""

    def __init__(self, lang: str, paper: str) -> None:
        if paper not in PAPER_SIZES:
            raise ValueError(f"paper must be one of {sorted(PAPER_SIZES)}")
        self.lang = check_lang(lang)
        self.pagesize = PAPER_SIZES[paper]
        self.factor = self.pagesize[0] / A4[0]
        self.left_margin = self.right_margin = 12 * mm * self.factor
        self.top_margin = 10 * mm * self.factor
        self.bottom_margin = 12 * mm * self.factor

    def parts(self, photo_height: float) -> list[Flowable]:
        """The notice's flowables with the photo ``photo_height`` points tall."""
        raise NotImplementedError

    def story(self) -> list[Flowable]:
        """The notice on one page, the photo grown to fill what the text leaves empty.

        A fixed photo left a fifth of the page blank under a short description, and pushed a
        long one onto a second page. Only the person block changes with the photo, so the rest
        is measured once; the largest photo that still fits is tried first (the usual case),
        then found by halving.
        """
        frame_height = self.pagesize[1] - self.top_margin - self.bottom_margin
        room = frame_height - 1 * mm  # a hair to spare for rounding
        low = MIN_PHOTO_HEIGHT * self.factor
        high = max(low, self.frame_width * MAX_PHOTO_SHARE / self.photo_shape())
        first = self.parts(low)
        others = stacked_height(
            [f for f in first if not isinstance(f, PersonBlock)], self.frame_width, frame_height
        )

        def block_height(photo_height: float) -> float:
            block = next(f for f in self.parts(photo_height) if isinstance(f, PersonBlock))
            height: float = block.wrap(self.frame_width, frame_height)[1]
            return height

        best, taken = high, block_height(high)
        if others + taken > room:
            best, taken = low, block_height(low)
            for _ in range(FIT_STEPS):
                middle = (low + high) / 2
                middle_taken = block_height(middle)
                if others + middle_taken <= room:
                    low = best = middle
                    taken = middle_taken
                else:
                    high = middle
        # A photo as wide as it may be can still leave the page short (a short description):
        # the rest is shared out between the blocks so the contacts sit at the page's foot.
        slack = room - others - taken
        gaps = sum(isinstance(f, BlockGap) for f in first)
        if slack > 0 and gaps:
            self.extra_gap = slack / gaps
        return self.parts(best)

    def gap(self) -> BlockGap:
        """The space between two blocks of the notice (photo, place, appeal, contacts)."""
        return BlockGap(1, 3 * mm * self.factor + self.extra_gap)

    def photo_shape(self) -> float:
        """Width to height of the photo (read from its header once)."""
        if self._shape is None:
            if self.photo_jpeg:
                pixels_w, pixels_h = jpeg_size(self.photo_jpeg)
                self._shape = pixels_w / pixels_h
            else:
                self._shape = PHOTO_SHAPE
        return self._shape

    def p(self, markup: str, style: str) -> Paragraph:
        return Paragraph(markup, scaled(style, self.factor))

    def lines(self, key: str, style: str) -> list[Paragraph]:
        """The wording in English, then in the station's language below it."""
        return [self.p(esc(line), style) for line in wordings(key, self.lang)]

    def station_line(self, station: StationInfo) -> Paragraph:
        name = station.name + (f" · {station.name_local}" if station.name_local else "")
        return self.p(
            esc(f"{station.state} {text('police', 'en')} · {name} · {station.district}"),
            "centre_small",
        )

    def number_line(self, notice_no: str, issued: str) -> Table:
        left = self.p(f"{esc(both('notice_no', self.lang))}: <b>{esc(notice_no)}</b>", "small")
        right = self.p(f"{esc(both('issued_on', self.lang))}: <b>{esc(issued)}</b>", "small_right")
        table = Table([[left, right]], colWidths=[self.frame_width / 2] * 2)
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def person_block(
        self, person: PublicDescription, photo: bytes | None, *, found: bool, photo_h: float
    ) -> PersonBlock:
        """Photo on the left, ``photo_h`` tall; name and description on the right."""
        f = self.factor
        photo_w = photo_h * self.photo_shape()
        right_w = self.frame_width - photo_w - 6 * mm * f
        names: list[Flowable] = []
        if person.names:
            names.append(self.p(esc(person.names[0]), "name"))
            names += [self.p(esc(n), "name") for n in person.names[1:2]]
        else:
            names.append(self.p(esc(both("n_name_unknown", self.lang)), "name"))
        facts = _label_value_rows(description_rows(person, self.lang, found=found), self.lang, f)
        table = Table(facts, colWidths=[34 * mm * f, right_w - 34 * mm * f])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.25, SHADE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 1),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5 * f),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * f),
                ]
            )
        )
        left: list[Flowable] = [_photo(photo, photo_w, photo_h, self.lang, f)]
        if photo and person.photo_taken_on:
            taken = f"{both('n_photo_taken', self.lang)}: {partial_date(person.photo_taken_on)}"
            left.append(self.p(esc(taken), "centre_small"))
        block = PersonBlock(
            [[left, [*names, Spacer(1, 2 * mm * f), table]]],
            colWidths=[photo_w + 6 * mm * f, right_w],
        )
        block.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return block

    def place_line(self, key: str, at: str, place: str) -> Table:
        label = self.p(esc(both(key, self.lang)), "fact_label")
        place_text = f" — {esc(place)}" if place else ""  # a place that was all school is blank
        value = self.p(f"<b>{esc(at)}</b>{place_text}", "fact")
        table = Table([[label, value]], colWidths=[34 * mm * self.factor, None])
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        return table

    withdrawal_key = "withdrawal_line"

    def footer_lines(self, officer: OfficerRef, zone_note: str) -> list[Flowable]:
        return [
            Spacer(1, 2 * mm * self.factor),
            self.p(esc(both(self.withdrawal_key, self.lang)), "centre_small"),
            self.p(
                esc(f"{both('issued_by', self.lang)}: {officer.describe()} · {zone_note}"),
                "centre_small",
            ),
        ]


class MissingNoticeReport(_NoticeReport):
    """The lookout notice for one missing person."""

    def __init__(self, notice: MissingNotice, *, lang: str = "mr", paper: str = "A4") -> None:
        super().__init__(lang, paper)
        self.notice = notice
        self.photo_jpeg = notice.photo_jpeg
        self.title = f"Lookout notice {notice.notice_no}"
        self.subject = "Missing person"

    def parts(self, photo_height: float) -> list[Flowable]:
        n = self.notice
        zone = zone_of(n.context.station)
        banner = " · ".join(
            dict.fromkeys(
                [
                    text("missing", "en"),
                    text("missing", self.lang),
                    text("missing", "mr"),
                    text("missing", "hi"),
                ]
            )
        )
        return [
            self.station_line(n.context.station),
            self.p(esc(banner), "banner"),
            self.number_line(n.notice_no, day(n.issued_at, zone)),
            self.gap(),
            self.person_block(n.person, n.photo_jpeg, found=False, photo_h=photo_height),
            self.gap(),
            self.place_line("n_last_seen", when(n.last_seen_at, zone), n.last_seen_place),
            self.gap(),
            *self.lines("appeal_missing", "appeal"),
            Spacer(1, 2 * mm * self.factor),
            _contacts(
                n.context.station,
                n.io,
                n.is_child,
                n.qr_text,
                self.lang,
                self.factor,
                self.frame_width,
            ),
            Spacer(1, 2 * mm * self.factor),
            self.p(esc(both("do_not_approach", self.lang, " ")), "centre_small"),
            *self.footer_lines(n.issued_by, f"{both('case_ref', self.lang)} {n.case_ref}"),
        ]


class FoundNoticeReport(_NoticeReport):
    """The "found — help identify" notice: a person found without a report, family sought; or
    an unidentified dead body, with its inquest number and where the body is."""

    def __init__(self, notice: FoundNotice, *, lang: str = "mr", paper: str = "A4") -> None:
        super().__init__(lang, paper)
        self.notice = notice
        self.photo_jpeg = notice.photo_jpeg
        if notice.is_body:
            self.withdrawal_key = "withdrawal_line_body"
            self.title = f"Unidentified dead body notice {notice.notice_no}"
            self.subject = "Unidentified dead body"
        else:
            self.withdrawal_key = "withdrawal_line_found"
            self.title = f"Help-identify notice {notice.notice_no}"
            self.subject = "Found person"

    def body_lines(self, body: PublicBodyFacts) -> list[Flowable]:
        """The inquest number a caller quotes, and where the body is or how it went."""
        inquest = f"<b>{esc(body.inquest_no)}</b>"
        if body.inquest_station:
            inquest += f" ({esc(body.inquest_station)})"
        lines = [self.p(f"{esc(both('n_inquest', self.lang))}: {inquest}", "fact")]
        if body.disposal is not None:
            done = join(
                [
                    vocab(body.disposal, self.lang),
                    body.disposed_on.strftime("%d-%m-%Y") if body.disposed_on else "",
                    body.disposal_place or "",
                ],
                ", ",
            )
            lines.append(self.p(f"{esc(both('n_body', self.lang))}: {esc(done)}", "fact"))
        elif body.kept_at:
            kept = f"{esc(both('n_body_kept', self.lang))}: <b>{esc(body.kept_at)}</b>"
            lines.append(self.p(kept, "fact"))
        return [Spacer(1, 1.5 * mm * self.factor), *lines]

    def parts(self, photo_height: float) -> list[Flowable]:
        n = self.notice
        zone = zone_of(n.context.station)
        story: list[Flowable] = [
            self.station_line(n.context.station),
            *self.lines("body_title" if n.body else "found_title", "banner_sub"),
            Spacer(1, 2 * mm * self.factor),
            self.number_line(n.notice_no, day(n.issued_at, zone)),
            self.gap(),
            self.person_block(n.person, n.photo_jpeg, found=True, photo_h=photo_height),
            self.gap(),
            self.place_line(
                "n_body_found" if n.body else "n_found", when(n.found_at, zone), n.found_place
            ),
        ]
        if n.body is not None:
            story += self.body_lines(n.body)
        if n.cwc_name:
            story += [
                Spacer(1, 1.5 * mm * self.factor),
                self.p(f"{esc(both('n_in_care', self.lang))}: <b>{esc(n.cwc_name)}</b>", "fact"),
            ]
        story += [
            self.gap(),
            *self.lines("appeal_body" if n.body else "appeal_found", "appeal"),
            Spacer(1, 2 * mm * self.factor),
            _contacts(
                n.context.station,
                None,
                n.is_child and n.body is None,  # Childline helps a living child only
                n.qr_text,
                self.lang,
                self.factor,
                self.frame_width,
            ),
            *self.footer_lines(n.issued_by, f"{both('case_ref', self.lang)} {n.found_ref}"),
        ]
        return story


class WithdrawalSlipReport(BaseReport):
    """A half-page slip pasted over a notice: "TRACED — notice withdrawn", no name, no photo."""

    pagesize = landscape(A5)
    numbered = False
    left_margin = right_margin = 12 * mm
    top_margin = bottom_margin = 10 * mm

    def __init__(self, slip: WithdrawalSlip, *, lang: str = "mr") -> None:
        self.lang = check_lang(lang)
        self.slip = slip
        self.title = f"Notice {slip.notice_no} withdrawn"

    def story(self) -> list[Flowable]:
        sl = self.slip
        zone = zone_of(sl.context.station)
        key = "slip_text" if sl.kind is NoticeKind.MISSING else "slip_found_text"
        station = sl.context.station
        lines = [
            Paragraph(
                esc(f"{station.state} {text('police', 'en')} · {station.name}"),
                scaled("centre_small", 1),
            ),
            Paragraph(esc(text("traced_title", "en")), scaled("banner_sub", 1.4)),
        ]
        if self.lang != "en":
            lines.append(Paragraph(esc(text("traced_title", self.lang)), scaled("banner_sub", 1.2)))
        lines.append(Spacer(1, 4 * mm))
        lines += [
            Paragraph(esc(line.format(notice=sl.notice_no)), scaled("appeal", 1))
            for line in wordings(key, self.lang)
        ]
        lines += [
            Spacer(1, 3 * mm),
            Paragraph(
                esc(
                    f"{both('notice_no', self.lang)}: {sl.notice_no} · "
                    f"{both('issued_on', self.lang)}: {day(sl.issued_at, zone)} · "
                    f"{both('withdrawn_on', self.lang)}: {day(sl.withdrawn_at, zone)}"
                ),
                scaled("centre_small", 1),
            ),
            Spacer(1, 3 * mm),
            Paragraph(esc(both("thanks", self.lang)), scaled("centre", 1)),
        ]
        return [KeepTogether(lines)]


class BulkSheetReport(BaseReport):
    """Missing persons in two columns (eight to an A4 page as a rule), for railway stations
    and bus depots; the heading repeats on every page."""

    columns = 2
    rows_per_page = 4
    heading_height = 24 * mm
    left_margin = right_margin = 10 * mm
    top_margin = 10 * mm

    def __init__(self, sheet: BulkNotices, *, lang: str = "mr") -> None:
        self.lang = check_lang(lang)
        self.sheet = sheet
        self.title = "Missing persons"

    def footer_left(self) -> str:
        station = self.sheet.context.station
        return join([station.name, station.phone, EMERGENCY, CHILDLINE], " · ")

    def story(self) -> list[Flowable]:
        station = self.sheet.context.station
        zone = zone_of(station)
        cell_width = self.frame_width / self.columns
        heading = [
            Paragraph(esc(both("bulk_title", self.lang)), scaled("banner_sub", 1)),
            Paragraph(
                esc(
                    f"{station.name} — {station.phone or ''} · {both('emergency_112', self.lang)} "
                    f"{EMERGENCY} · {both('childline_1098', self.lang)} {CHILDLINE}"
                ),
                scaled("centre_small", 1),
            ),
        ]
        cells = [self._entry(e, cell_width, zone) for e in self.sheet.entries]
        if not cells:
            return [
                *heading,
                Spacer(1, 10 * mm),
                Paragraph("No lookout notice is out at present.", scaled("centre", 1)),
            ]
        while len(cells) % self.columns:
            cells.append(Spacer(1, 1))
        rows: list[list[object]] = [[heading] + [""] * (self.columns - 1)]
        rows += [cells[i : i + self.columns] for i in range(0, len(cells), self.columns)]
        # Fixed heights: always ROWS_PER_PAGE rows of entries under the repeated heading.
        frame_height = self.pagesize[1] - self.top_margin - self.bottom_margin
        row_height = (frame_height - self.heading_height) / self.rows_per_page - 0.5
        table = Table(
            rows,
            colWidths=[cell_width] * self.columns,
            rowHeights=[self.heading_height] + [row_height] * (len(rows) - 1),
            repeatRows=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("SPAN", (0, 0), (-1, 0)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("GRID", (0, 1), (-1, -1), 0.6, RULE),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 4 * mm),
                ]
            )
        )
        return [table]

    def _entry(self, e: BulkNoticeEntry, width: float, zone: tzinfo) -> Table:
        photo_w, photo_h = 34 * mm, 44 * mm
        person = e.person
        name = person.names[0] if person.names else text("n_name_unknown", "en")
        other = person.names[1] if len(person.names) > 1 else ""
        lang = self.lang
        facts = [
            Paragraph(f"<b>{esc(name)}</b>", scaled("label", 1.15)),
            Paragraph(esc(other), scaled("label", 1.05)) if other else Spacer(0, 0),
            Paragraph(
                esc(
                    join(
                        [
                            f"{person.age} {text('years', 'en')}" if person.age else None,
                            vocab(person.sex, lang),
                            person.height,
                        ],
                        " · ",
                    )
                ),
                scaled("cell", 1),
            ),
        ]
        for key, value in description_rows(person, lang, found=False):
            if value and key in BULK_FACTS:
                facts.append(
                    Paragraph(
                        f"<b>{esc(text(key, 'en'))}:</b> {esc(shorten(value, BULK_FACT_CHARS))}",
                        scaled("tiny", 1),
                    )
                )
        facts += [
            Paragraph(
                f"<b>{esc(both('n_last_seen', lang))}:</b> "
                + esc(
                    join([when(e.last_seen_at, zone), shorten(e.last_seen_place, BULK_FACT_CHARS)])
                ),
                scaled("tiny", 1),
            ),
            Paragraph(
                esc(f"{e.notice_no}" + (f" · IO {e.io_phone}" if e.io_phone else "")),
                scaled("tiny", 1),
            ),
        ]
        inner = Table(
            [[_photo(e.photo_jpeg, photo_w, photo_h, lang, 0.8), facts]],
            colWidths=[photo_w + 2 * mm, width - photo_w - 2 * mm - 8],
        )
        inner.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 1),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return inner


# -- the functions the window and the CLI call ----------------------------------------------


def render_missing_notice(notice: MissingNotice, *, lang: str = "mr", paper: str = "A4") -> bytes:
    return MissingNoticeReport(notice, lang=lang, paper=paper).build()


def render_found_notice(notice: FoundNotice, *, lang: str = "mr", paper: str = "A4") -> bytes:
    return FoundNoticeReport(notice, lang=lang, paper=paper).build()


def render_withdrawal_slip(slip: WithdrawalSlip, *, lang: str = "mr") -> bytes:
    return WithdrawalSlipReport(slip, lang=lang).build()


def render_bulk_sheet(sheet: BulkNotices, *, lang: str = "mr") -> bytes:
    return BulkSheetReport(sheet, lang=lang).build()
