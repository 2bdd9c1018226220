"""A case saved on the form: the save does not wait for the possible matches; they are worked
out off the window's thread, and the form's section says it is looking until it has them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models.db import Database
from models.entities import MatchDue, MatchSuggestion
from tests.factories import child_case
from tests.ui.test_matches_panel import found_girl
from ui.case_form.form import CaseForm
from ui.case_form.matches_section import MatchesSection
from ui.case_form.state import case_to_state
from ui.desk import Desk


def _stored(db: Database) -> tuple[int, int]:
    """(cases due, suggestions stored)."""
    with db.read() as s:
        due = s.scalar(select(func.count()).select_from(MatchDue)) or 0
        kept = s.scalar(select(func.count()).select_from(MatchSuggestion)) or 0
    return due, kept


def test_a_saved_case_s_matches_are_worked_out_after_the_save(
    qtbot: QtBot, io_desk: Desk, sqlite_db: Database
) -> None:
    girl = io_desk.services.found.add_found(io_desk.actor, found_girl()).value
    form = CaseForm(io_desk)
    qtbot.addWidget(form)
    form.load_state(case_to_state(child_case(), io_desk.zone))
    assert form.save(), form.message.plain()
    section = form.section(MatchesSection)
    assert isinstance(section, MatchesSection)
    # Right after the save: the section is looking, nothing claims there is no match.
    assert section.panel.loading
    assert section.panel.hint.text() == "Looking for possible matches…"
    task = form.matches_task
    assert task is not None
    qtbot.waitUntil(lambda: task.finished and not section.panel.loading, timeout=20_000)
    assert [c.ref for c in section.panel.candidates()] == [girl.ref_no]
    assert _stored(sqlite_db) == (0, 1)  # worked out and stored: the count to review has it
    assert io_desk.services.matching.to_review(io_desk.actor) == 1
