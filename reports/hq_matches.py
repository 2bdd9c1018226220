"""HQ's "Possible matches across stations" (A4): one block per pair, best first.

Each block puts the found person (or body) beside the missing person, each with the station
that holds the record and how to reach it, then why the two may be one person and why not.
Confidential: it names children, so it never leaves HQ except as a notice to the two stations.
"""

from __future__ import annotations

from datetime import tzinfo
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from models.dto.hq_matching import CrossMatch, CrossMatches, MatchSide
from models.enums import Sex
from reports.base import BaseReport
from reports.formatting import vocab
from reports.labels import both, check_lang, text
from reports.styles import style
from reports.tables import grid, pairs
from reports.text import esc

# The bundled fonts have no glyph for these; the signals' texts use them.
_PRINTABLE = str.maketrans({"≈": "~", "↔": "/"})


def _printable(value: str) -> str:
    return value.translate(_PRINTABLE)


def _station(side: MatchSide) -> str:
    name = side.station_name + (f" / {side.name_local}" if side.name_local else "")
    return f"{name} ({side.station_code})"


def _contact(side: MatchSide) -> str:
    parts = [p for p in (side.phone, side.email) if p]
    return ", ".join(parts) or "—"


class CrossMatchesPdf(BaseReport):
    lang = "mr"

    def __init__(self, doc: CrossMatches, zone: tzinfo, lang: str) -> None:
        self.doc = doc
        self.zone = zone
        self.lang = check_lang(lang)
        self.title = f"{text('xm_title')} — {doc.hq_code}"

    def footer_left(self) -> str:
        made = self.doc.generated_at.astimezone(self.zone)
        return f"{self.doc.hq_code} · {made:%d-%m-%Y %H:%M} · {text('confidential')}"

    def story(self) -> list[Flowable]:
        doc, lang = self.doc, self.lang
        made = doc.generated_at.astimezone(self.zone)
        out: list[Flowable] = [
            Paragraph(esc(both("xm_title", lang)), style("title")),
            Paragraph(
                esc(doc.hq_name + (f" / {doc.hq_name_local}" if doc.hq_name_local else "")),
                style("subtitle"),
            ),
            Paragraph(esc(both("confidential", lang)), style("small")),
            Spacer(1, 2 * mm),
            Paragraph(
                esc(
                    f"{made:%d-%m-%Y %H:%M} · {doc.stations} stations · "
                    f"{doc.found_records} found persons and bodies against {doc.case_records} "
                    f"open cases of the other stations · score at least {doc.threshold} · "
                    f"{len(doc.matches)} possible matches"
                ),
                style("small"),
            ),
            Spacer(1, 3 * mm),
        ]
        if not doc.matches:
            out.append(Paragraph(esc(both("xm_none", lang)), style("body")))
        for number, match in enumerate(doc.matches, start=1):
            out.append(CondPageBreak(60 * mm))
            out.append(KeepTogether(self._block(number, match)))
        return out

    def _block(self, number: int, match: CrossMatch) -> list[Flowable]:
        lang = self.lang
        found, case, result = match.found, match.case, match.result
        found_label = "xm_body" if found.kind == "body" else "xm_found"
        heading = (
            f"{number}. {both('xm_score', lang)} {result.score} — "
            f"{found.ref} ({found.station_code}) / {case.ref} ({case.station_code})"
        )
        label_width = 38 * mm
        side_width = (self.frame_width - label_width) / 2

        def row(key: str, f: str, c: str) -> list[str]:
            return [both(key, lang), f, c]

        def sex(side: MatchSide) -> str:
            known = side.sex in {s.value for s in Sex}
            return vocab(Sex(side.sex), lang) if known else side.sex

        def seen(side: MatchSide) -> str:
            return f"{side.at.astimezone(self.zone):%d-%m-%Y %H:%M}"

        table = grid(
            ["", both(found_label, lang), both("xm_missing", lang)],
            [
                row("xm_station", _station(found), _station(case)),
                row("xm_contact", _contact(found), _contact(case)),
                row("xm_ref", found.ref, case.ref),
                row("xm_name", found.display_name or "—", case.display_name or "—"),
                row(
                    "xm_age_sex",
                    f"{found.age_text}, {sex(found)}",
                    f"{case.age_text}, {sex(case)}",
                ),
                row("xm_date", seen(found), seen(case)),
            ],
            [label_width, side_width, side_width],
        )
        why = "<br/>".join(
            esc(_printable(f"{s.text} (+{s.points:g})")) for s in result.signals if s.points > 0
        )
        why_not = "<br/>".join(
            [esc(_printable(c)) for c in result.contradictions]
            + [esc(_printable(f"{s.text} ({s.points:g})")) for s in result.signals if s.points < 0]
        )
        lines: list[tuple[str, str | Flowable]] = [
            (both("xm_why", lang), Paragraph(why or "—", style("cell"))),
            (both("xm_why_not", lang), Paragraph(why_not or "—", style("cell"))),
        ]
        if match.notices_sent:
            lines.append((both("xm_sent", lang), ", ".join(match.notices_sent)))
        return [
            Paragraph(esc(heading), style("h2")),
            table,
            Spacer(1, 1 * mm),
            pairs(lines, [label_width, self.frame_width - label_width]),
            Spacer(1, 4 * mm),
        ]


def cross_matches_pdf(doc: CrossMatches, zone: tzinfo | None = None, lang: str = "mr") -> bytes:
    return CrossMatchesPdf(doc, zone or ZoneInfo("Asia/Kolkata"), lang).build()
