"""Nothing typed is lost: drafts on disk, and a desk killed mid-edit offers its draft again."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from models.db import Database
from tests.ui.helpers import type_text
from ui.case_form.form import CaseForm
from ui.desk import Desk
from ui.drafts import DraftStore
from ui.main_window import DraftsDialog, MainWindow

pytestmark = pytest.mark.gui
REPO = Path(__file__).resolve().parents[2]


def test_a_draft_is_written_atomically_and_privately(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    path = store.save(
        "case-new-1",
        kind="case",
        title="New report: सुनीता",
        ref=None,
        version=None,
        user="hc.pawar",
        state={"current": {"person.names": ["सुनीता"]}, "baseline": {}},
    )
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not list(path.parent.glob("*.partial"))
    (draft,) = store.drafts("hc.pawar")
    assert draft.title == "New report: सुनीता"
    assert draft.state["current"]["person.names"] == ["सुनीता"]
    assert store.drafts("psi.more") == []  # offered to the one who typed it
    store.delete("case-new-1")
    assert store.drafts() == []


def test_a_damaged_draft_is_set_aside_not_offered(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    (tmp_path / "case-x.json").write_text("{not json", encoding="utf-8")
    assert store.drafts() == []
    assert (tmp_path / "case-x.damaged").exists()


def test_the_form_keeps_a_draft_while_it_has_unsaved_changes(
    qtbot: QtBot, writer_desk: Desk
) -> None:
    form = CaseForm(writer_desk)
    qtbot.addWidget(form)
    assert writer_desk.drafts is not None
    assert not form.write_draft()  # nothing typed: nothing kept
    type_text(form.binder.fields["person.names"].lines[0], "Sunita")  # type: ignore[attr-defined]
    with qtbot.waitSignal(form.draft_written, timeout=10_000):
        pass  # the form's own timer
    (draft,) = writer_desk.drafts.drafts("hc.pawar")
    assert draft.state["current"]["person.names"][0] == "Sunita"
    assert draft.title == "New report: Sunita"
    form.binder.fields["person.names"].lines[0].clear()  # type: ignore[attr-defined]
    form.write_draft()
    assert writer_desk.drafts.drafts() == []  # back to nothing unsaved: the draft goes


def test_a_draft_survives_a_killed_desk_and_is_offered_again(
    qtbot: QtBot,
    sqlite_db: Database,
    writer_desk: Desk,
    drafts_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register = str(sqlite_db.target.sqlite_path)
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.draft_child", register, str(drafts_dir)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "DRAFT-KEPT"
        os.kill(child.pid, signal.SIGKILL)  # mid-edit: no chance to save or clean up
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    # The desk starts again: the writer logs on and is offered the draft.
    window = MainWindow(writer_desk)
    qtbot.addWidget(window)
    offered: list[list[str]] = []

    def accept(self: DraftsDialog) -> int:
        offered.append([self.list.item(i).text() for i in range(self.list.count())])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DraftsDialog, "exec", accept)
    assert window.offer_drafts() == 1
    assert len(offered) == 1 and offered[0][0].startswith("New report: Sunita Kamble")
    form = window.current_form()
    assert isinstance(form, CaseForm)
    state = form.state()
    assert state["person.names"][:2] == ["Sunita Kamble", "सुनीता कांबळे"]
    assert state["circumstances.last_seen_place"] == "Sion station, platform 2"
    assert "Restored" in form.message.plain()
    # Saving it completes the report and the draft is gone.
    form.discard_draft()
    assert writer_desk.drafts is not None and writer_desk.drafts.drafts() == []
