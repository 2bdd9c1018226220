"""Possible matches of one found person (open cases) or of one case (found persons in care).

Each candidate shows its score, why it scored (every signal with its points) and why it may not
be the same person (contradictions, in red). "Link…" links the pair (asking for a reason when
the records contradict each other: the found-person service refuses such a link without one);
"Not a match…" records the officer's reason, and the pair is never proposed again. The scoring
runs off the window's thread; the services decide everything.
"""

from __future__ import annotations

from datetime import tzinfo
from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.dto.found import FoundDetail
from models.errors import UserError
from models.permissions import Capability
from models.rules.matching import SIGNAL_NAMES, THRESHOLD, needs_reason
from models.services.matching import MatchCandidate
from ui import messages
from ui.desk import Desk
from ui.formats import format_day, format_instant
from ui.i18n import translated
from ui.labels import enum_label
from ui.tasks import default_error, run_in_background
from ui.widgets.dialogs import error_label
from ui.widgets.table import Cell, RecordTableModel

CONTRADICTION = "#b71c1c"
SUPPORT = "#1b5e20"
WEAK = "#78909c"  # below the threshold: listed, not proposed
# English headings (the columns are found by them); shown in the window's language.
HEADERS = (
    QT_TRANSLATE_NOOP("MatchesModel", "Score"),
    QT_TRANSLATE_NOOP("MatchesModel", "Number"),
    QT_TRANSLATE_NOOP("MatchesModel", "Name"),
    QT_TRANSLATE_NOOP("MatchesModel", "Sex, age"),
    QT_TRANSLATE_NOOP("MatchesModel", "Last seen / found"),
    QT_TRANSLATE_NOOP("MatchesModel", "Why"),
    QT_TRANSLATE_NOOP("MatchesModel", "Why not"),
)
LIMIT = 20


def points(value: float) -> str:
    return f"{value:+.0f}".replace("-", "−")


def why_text(candidate: MatchCandidate) -> str:
    """The signals that scored, strongest first, in a few words each."""
    signals = sorted(candidate.result.signals, key=lambda s: -abs(s.points))
    return ", ".join(
        f"{translated(SIGNAL_NAMES.get(s.name, s.name))} {points(s.points)}"
        for s in signals
        if round(s.points)
    )


def why_lines(candidate: MatchCandidate) -> str:
    return "\n".join(
        f"{points(s.points):>4}  {translated(s.text)}" for s in candidate.result.signals
    )


class MatchesModel(RecordTableModel[MatchCandidate]):
    """One row per candidate, best first; the row's ``MatchCandidate`` is its payload."""

    def __init__(self, lang: str, zone: tzinfo, parent: Any = None) -> None:
        headers = [QCoreApplication.translate("MatchesModel", str(h)) for h in HEADERS]
        super().__init__(headers, partial(candidate_cells, lang=lang, zone=zone), parent)


def candidate_cells(c: MatchCandidate, lang: str, zone: tzinfo) -> tuple[Cell | str, ...]:
    sex = enum_label(c.sex, lang)
    age = f", {c.age_text}" if c.age_text else ""
    child = " " + QCoreApplication.translate("MatchesModel", "(child)") if c.is_child else ""
    against = "; ".join(translated(t) for t in c.result.contradictions)
    proposed = c.result.score >= THRESHOLD
    grey = None if proposed else WEAK
    return (
        Cell(
            str(c.result.score),
            number=True,
            bold=proposed,
            colour=grey,
            tooltip=(
                QCoreApplication.translate(
                    "MatchesModel", "At or above {threshold}: proposed for review"
                )
                if proposed
                else QCoreApplication.translate(
                    "MatchesModel", "Below {threshold}: a weaker candidate"
                )
            ).format(threshold=THRESHOLD),
        ),
        Cell(c.ref, colour=grey),
        Cell(c.name, colour=grey, tooltip=c.name),
        Cell(f"{sex}{age}{child}", colour=grey),
        Cell(
            f"{format_day(c.at, zone)}, {c.place}",
            colour=grey,
            tooltip=(
                QCoreApplication.translate("MatchesModel", "Last seen {when} at {place}")
                if c.kind == "case"
                else QCoreApplication.translate("MatchesModel", "Found {when} at {place}")
            ).format(when=format_instant(c.at, zone), place=c.place),
        ),
        Cell(why_text(c), colour=grey or SUPPORT, tooltip=why_lines(c) or None),
        Cell(against, colour=CONTRADICTION, tooltip=against or None),
    )


class MatchesPanel(QWidget):
    """``set_subject("found", "FP/2026/0007")`` lists open cases that may be that person;
    ``set_subject("case", "MP/2026/0042")`` the found persons in care who may be that case."""

    linked = Signal(object)  # FoundDetail, after a link made here
    decided = Signal()  # a link or a "not a match" was recorded

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.kind: str | None = None
        self.ref: str | None = None
        self.loading = False
        self._generation = 0
        self.model = MatchesModel(desk.lang, desk.zone, self)
        self.table = QTableView(self)
        self.table.setObjectName("matches")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Names, places and reasons run long: fixed widths (tooltips hold the whole text), so
        # that "Why not" stays in sight at 1366 pixels.
        for column, width in (
            (HEADERS.index("Name"), 180),
            (HEADERS.index("Last seen / found"), 240),
            (HEADERS.index("Why"), 220),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(120)
        self.table.setMaximumHeight(190)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_reasons())
        self.hint = QLabel(self)
        self.hint.setObjectName("matches-hint")
        self.hint.setWordWrap(True)
        self.reasons = QLabel(self)
        self.reasons.setObjectName("match-reasons")
        self.reasons.setWordWrap(True)
        self.error = error_label(self, "match-error")
        self.error.hide()
        self.link_button = QPushButton(self.tr("Link…"), self)
        self.link_button.setToolTip(self.tr("Link the found person to the case (the same person)"))
        self.reject_button = QPushButton(self.tr("Not a match…"), self)
        self.reject_button.setToolTip(
            self.tr("Record why they are not the same person; not proposed again")
        )
        self.refresh_button = QPushButton(self.tr("Look again"), self)
        self.refresh_button.setToolTip(self.tr("Score the candidates again (after saving changes)"))
        row = QHBoxLayout()
        for button in (self.link_button, self.reject_button, self.refresh_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        self.link_button.clicked.connect(self.link_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.refresh_button.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addWidget(self.reasons)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.set_subject(None, None)

    # -- the subject --------------------------------------------------------------------------

    def set_subject(self, kind: str | None, ref: str | None) -> None:
        """The found person ("found") or case ("case") whose possible matches are shown;
        None while the record is not saved, or when it is no longer looked for."""
        self.kind, self.ref = kind, ref
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        self._say_error("")
        kind, ref = self.kind, self.ref
        if kind is None or ref is None:
            self.loading = False
            self.model.clear()
            self.hint.setText(self.tr("Possible matches are looked for once the record is saved."))
            self._update()
            return
        self.loading = True
        self.hint.setText(self.tr("Looking for possible matches…"))
        matching, actor = self.desk.services.matching, self.desk.actor

        def work() -> tuple[MatchCandidate, ...]:
            if kind == "found":
                return matching.matches_for_found(actor, ref, limit=LIMIT)
            return matching.matches_for_case(actor, ref, limit=LIMIT)

        def done(candidates: tuple[MatchCandidate, ...]) -> None:
            if generation == self._generation:
                self.loading = False
                self._show(candidates)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self.loading = False
            if not isinstance(exc, UserError):
                self.hint.setText(self.tr("Possible matches could not be looked for."))
                default_error(self)(exc)  # a bug: the window's exception hook reports it
                return
            self.model.clear()
            self.hint.setText(translated(exc.message))
            self._update()

        run_in_background(work, done, failed, owner=self)

    def _show(self, candidates: tuple[MatchCandidate, ...]) -> None:
        self.model.set_records(candidates)
        if not candidates:
            self.hint.setText(
                self.tr("No open case fits this description closely enough.")
                if self.kind == "found"
                else self.tr("No found person in care fits this description closely enough.")
            )
        else:
            proposed = sum(1 for c in candidates if c.result.score >= THRESHOLD)
            weaker = len(candidates) - proposed
            # Whole sentences, one per case, so each language words the counts its own way.
            if weaker:
                hint = (
                    self.tr(
                        "1 possible match scoring {threshold} or more, {weaker} weaker (grey), "
                        "best first. Select one to see why it scored; check the photos and the "
                        "family before linking."
                    )
                    if proposed == 1
                    else self.tr(
                        "{count} possible matches scoring {threshold} or more, {weaker} weaker "
                        "(grey), best first. Select one to see why it scored; check the photos "
                        "and the family before linking."
                    )
                )
            else:
                hint = (
                    self.tr(
                        "1 possible match scoring {threshold} or more, best first. Select one to "
                        "see why it scored; check the photos and the family before linking."
                    )
                    if proposed == 1
                    else self.tr(
                        "{count} possible matches scoring {threshold} or more, best first. Select "
                        "one to see why it scored; check the photos and the family before linking."
                    )
                )
            self.hint.setText(hint.format(count=proposed, threshold=THRESHOLD, weaker=weaker))
            self.table.selectRow(0)
        self._update()

    def candidates(self) -> list[MatchCandidate]:
        return [c for i in range(self.model.rowCount()) if (c := self.model.record(i))]

    def selected(self) -> MatchCandidate | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select(self, ref: str) -> None:
        for i, c in enumerate(self.candidates()):
            if c.ref == ref:
                self.table.selectRow(i)
                return
        raise LookupError(ref)

    def _update(self) -> None:
        chosen = self.selected() is not None
        may = self.desk.can(Capability.EDIT_FOUND)
        self.link_button.setEnabled(chosen and may)
        self.reject_button.setEnabled(chosen and may)
        self.refresh_button.setEnabled(self.ref is not None)
        self._show_reasons()

    def _show_reasons(self) -> None:
        c = self.selected()
        self.link_button.setEnabled(c is not None and self.desk.can(Capability.EDIT_FOUND))
        self.reject_button.setEnabled(self.link_button.isEnabled())
        if c is None:
            self.reasons.setText("")
            return
        lines = [
            self.tr("<b>{number} scores {score} out of 100.</b> Why:").format(
                number=escape(c.ref), score=c.result.score
            )
        ]
        lines += [
            f"&nbsp;&nbsp;{escape(points(s.points))}&nbsp; {escape(translated(s.text))}"
            for s in c.result.signals
        ]
        if c.result.contradictions:
            why_not = self.tr("Why not:")
            lines.append(f"<span style='color:{CONTRADICTION}'><b>{why_not}</b></span>")
            lines += [
                f"<span style='color:{CONTRADICTION}'>&nbsp;&nbsp;✗ {escape(translated(t))}</span>"
                for t in c.result.contradictions
            ]
        self.reasons.setText("<br>".join(lines))

    # -- decisions ----------------------------------------------------------------------------

    def _say_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _pair(self, c: MatchCandidate) -> tuple[str, str]:
        """(found-person number, register number) of the subject and a candidate."""
        assert self.ref is not None
        return (self.ref, c.ref) if self.kind == "found" else (c.ref, self.ref)

    def link_selected(self) -> FoundDetail | None:
        c = self.selected()
        if c is None:
            return None
        found_ref, case_ref = self._pair(c)
        reason: str | None = None
        if needs_reason(c.result):
            against = "; ".join(translated(t) for t in c.result.contradictions) or self.tr(
                "the records do not fit"
            )
            reason = messages.ask_reason(
                self,
                self.tr("Link against a contradiction"),
                self.tr(
                    "{found} and {case} contradict each other: {against}.\nLink them only if you "
                    "are sure (e.g. the family identified the person). Why are they the same "
                    "person?"
                ).format(found=found_ref, case=case_ref, against=against),
            )
            if reason is None:
                return None
        elif not messages.confirm(
            self,
            self.tr("Link"),
            self.tr("Link {found} to {case}? Only when you are sure it is the same person.").format(
                found=found_ref, case=case_ref
            ),
        ):
            return None
        try:
            detail = self.desk.services.found.link(
                self.desk.actor, found_ref, case_ref=case_ref, reason=reason
            )
        except UserError as exc:
            self._say_error(messages.explain(exc))
            return None
        self._say_error("")
        self.hint.setText(
            self.tr("{found} is linked to {case}.").format(found=found_ref, case=case_ref)
        )
        self.linked.emit(detail)
        self.decided.emit()
        self.refresh()
        return detail

    def reject_selected(self) -> bool:
        c = self.selected()
        if c is None:
            return False
        found_ref, case_ref = self._pair(c)
        reason = messages.ask_reason(
            self,
            self.tr("Not a match"),
            self.tr(
                "Why is {found} not the person of {case}? (e.g. the family saw the photo) It will "
                "not be proposed again."
            ).format(found=found_ref, case=case_ref),
        )
        if reason is None:
            return False
        try:
            self.desk.services.matching.reject(self.desk.actor, found_ref, case_ref, reason)
        except UserError as exc:
            self._say_error(messages.explain(exc))
            return False
        self._say_error("")
        self.decided.emit()
        self.refresh()
        return True
