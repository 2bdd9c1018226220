"""What every record form shares: its state, its draft on disk, its message line, closing.

``RecordForm`` holds a ``Binder`` of field widgets and the ``baseline`` state the edit started
from. While the fields differ from the baseline the form is dirty: a draft is written every few
seconds (only when something changed since the last one), the window asks before closing, and
the draft is deleted once the record is saved or the changes are discarded.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QToolButton, QWidget

from models.errors import Problem, UserError
from models.field_labels import field_label
from ui import messages
from ui.desk import Desk
from ui.drafts import Draft
from ui.form_state import State, changed_keys
from ui.i18n import translated
from ui.widgets.binder import Binder

DRAFT_INTERVAL_MS = 3000
VALIDATE_DELAY_MS = 600


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MessagePanel(QFrame):
    """The line above a form that says what happened to the last save, in plain words."""

    link_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message-panel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.text.linkActivated.connect(self.link_clicked)
        close = QToolButton(self)
        close.setText("✕")
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.hide)
        layout.addWidget(self.text, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.kind = ""
        self.hide()

    def say(self, kind: str, html: str) -> None:
        self.kind = kind
        self.setProperty("role", f"message-{kind}")
        self.style().unpolish(self)
        self.style().polish(self)
        self.text.setText(html)
        self.show()

    def plain(self) -> str:
        return self.text.text()


class RecordForm(QWidget):
    title_changed = Signal(str)
    draft_written = Signal(str)  # the time, for the status bar
    draft_failed = Signal(str)
    draft_kind = "record"

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.binder = Binder(alias=self.alias, parent=self)
        self.baseline: State = {}
        self.draft_key = ""
        self._touched: set[str] = set()
        self._show_all = False
        self._last_draft: State | None = None
        self._loading = False
        self._listed = ""  # the problem list last put in the message line, while it shows
        self.message = MessagePanel(self)
        self.message.link_clicked.connect(self._on_link)

    # -- for subclasses --------------------------------------------------------------------------

    @staticmethod
    def alias(path: str) -> str:
        return path

    def draft_title(self) -> str:
        raise NotImplementedError

    def title_text(self) -> str:
        """What the navigation lists the open form as."""
        raise NotImplementedError

    def draft_ref(self) -> str | None:
        return None

    def draft_version(self) -> int | None:
        return None

    def check(self) -> list[Problem]:
        """What the rules say about the fields as they stand."""
        return []

    def save(self) -> bool:
        raise NotImplementedError

    def after_state_loaded(self) -> None:
        """Enable, disable and refresh what depends on the fields."""

    def field_changed(self, key: str) -> None:
        """React to one field the user changed."""

    def start(self) -> None:
        """Call at the end of the subclass's ``__init__``: starts checking and drafting."""
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self.validate)
        self._draft_timer = QTimer(self)
        self._draft_timer.setInterval(DRAFT_INTERVAL_MS)
        self._draft_timer.timeout.connect(self.write_draft)
        self._draft_timer.start()
        self.binder.changed.connect(self._on_changed)

    # -- state ----------------------------------------------------------------------------------

    def state(self) -> State:
        """Everything the form holds (including what no widget shows, carried from the record)."""
        carried = {k: v for k, v in self.baseline.items() if k not in self.binder.fields}
        return {**carried, **self.binder.state()}

    def load_state(self, state: State) -> None:
        self._loading = True
        try:
            self.binder.set_state(state)
            self.after_state_loaded()
        finally:
            self._loading = False

    def is_dirty(self) -> bool:
        return bool(changed_keys(self.baseline, self.state()))

    def my_changes(self) -> set[str]:
        return changed_keys(self.baseline, self.state())

    def _on_changed(self, key: str) -> None:
        if self._loading:
            return
        self._touched.add(key)
        self.field_changed(key)
        self._validate_timer.start()

    def set_field(self, key: str, value: Any) -> None:
        self.binder.fields[key].set_raw(value)  # type: ignore[attr-defined]
        self._on_changed(key)

    def reset_to(self, baseline: State) -> None:
        """A new baseline (after a save or a reload): the form is clean again."""
        self.baseline = baseline
        self._touched.clear()
        self._show_all = False
        self._listed = ""
        self._last_draft = None
        self.binder.clear_problems()
        self.load_state(baseline)

    # -- problems and messages ---------------------------------------------------------------------

    def validate(self) -> list[Problem]:
        """Show the rules' findings next to the fields (only the touched ones until a save)."""
        problems = self.check()
        if not self._show_all:
            problems = [p for p in problems if self.binder.key_for(p.field)[0] in self._touched]
        self.binder.show_problems(problems)
        if self._listed and self.message.plain() == self._listed:
            # The list from the last save follows the fields as they are mended.
            self._say_problems(self.in_screen_order(problems))
        return problems

    def _on_link(self, link: str) -> None:
        if link.startswith("field:"):
            self.binder.focus(link[len("field:") :])

    def problem_html(self, p: Problem) -> str:
        key, _rest = self.binder.key_for(p.field)
        label = (
            self._caption(key)
            or translated(field_label(p.field))
            or QCoreApplication.translate("RecordForm", "the entry")
        )
        where = f"<a href='field:{esc(p.field)}'>{esc(label)}</a>" if key else esc(label)
        return f"• {where}: {esc(translated(p.message))}"

    def _caption(self, key: str | None) -> str:
        """The field's caption on the form, unless another field shows the same one (the
        complainant's "Name" beside the child's): the list must say which field it means."""
        caption = self.binder.labels.get(key or "", "")
        shared = sum(1 for text in self.binder.labels.values() if text == caption) > 1
        return "" if shared else caption

    def in_screen_order(self, problems: list[Problem]) -> list[Problem]:
        """Problems in the order of their fields on the form (those of no field last)."""
        order = {key: i for i, key in enumerate(self.binder.fields)}
        return sorted(
            problems, key=lambda p: order.get(self.binder.key_for(p.field)[0] or "", len(order))
        )

    def show_problems(self, problems: list[Problem]) -> None:
        self._show_all = True
        problems = self.in_screen_order(problems)
        self.binder.show_problems(problems)
        errors = self._say_problems(problems)
        if errors:
            self.binder.focus(errors[0].field)

    def _say_problems(self, problems: list[Problem]) -> list[Problem]:
        """Every problem in the message line, each a link to its field; returns the errors."""
        errors = [p for p in problems if p.is_error]
        count = len(errors)
        if count:
            if count == 1:
                heading = self.tr(
                    "<b>Not saved.</b> One thing to put right (click it to go there):"
                )
            else:
                heading = self.tr(
                    "<b>Not saved.</b> {count} things to put right (click one to go there):"
                ).format(count=count)
            lines = [heading]
            kind = "error"
        else:
            lines = [self.tr("<b>Not saved yet.</b> Nothing left to put right: save with Ctrl+S.")]
            kind = "warning" if problems else "info"
        lines += [self.problem_html(p) for p in problems]
        self.message.say(kind, "<br>".join(lines))
        self._listed = self.message.plain()
        return errors

    def show_error(self, exc: UserError) -> None:
        self.write_draft(force=True)
        self.message.say(
            "error",
            self.tr(
                "<b>Not saved.</b> {problem}<br>Everything you typed is still here, and kept as a "
                "draft."
            ).format(problem=esc(messages.explain(exc)).replace("\n", "<br>")),
        )

    def show_notice(self, text: str) -> None:
        self.message.say("warning", esc(text))

    def saved_message(self, first: str, warnings: tuple[Problem, ...], note: str = "") -> None:
        lines = [first]
        if warnings:
            lines.append(self.tr("Please check:"))
            lines += [self.problem_html(w) for w in warnings]
            self.binder.show_problems(list(warnings))
        if note:
            lines.append(esc(note))
        self.message.say("warning" if warnings else "info", "<br>".join(lines))

    # -- drafts ------------------------------------------------------------------------------------

    def write_draft(self, *, force: bool = False) -> bool:
        """Keep the unsaved form on disk (called every few seconds); True if written."""
        drafts = self.desk.drafts
        if drafts is None:
            return False
        state = self.state()
        if not changed_keys(self.baseline, state):
            if self._last_draft is not None:
                drafts.delete(self.draft_key)
                self._last_draft = None
            return False
        if not force and state == self._last_draft:
            return False
        try:
            drafts.save(
                self.draft_key,
                kind=self.draft_kind,
                title=self.draft_title(),
                ref=self.draft_ref(),
                version=self.draft_version(),
                user=self.desk.actor.username,
                state={"current": state, "baseline": self.baseline},
            )
        except OSError as exc:
            # The disk may be full too: the form keeps everything on screen regardless.
            self.draft_failed.emit(
                self.tr("The draft could not be written: {reason}").format(reason=exc.strerror)
            )
            return False
        self._last_draft = state
        self.draft_written.emit(datetime.now().strftime("%H:%M:%S"))
        return True

    def restore_draft(self, draft: Draft) -> None:
        """Put a kept draft back; if the record changed since, re-apply the draft's changes."""
        self.draft_key = draft.key
        current = dict(draft.state.get("current") or {})
        old_baseline = dict(draft.state.get("baseline") or {})
        self._last_draft = current
        if draft.ref is not None and draft.version != self.draft_version():
            mine = changed_keys(old_baseline, current)
            merged = dict(self.baseline)
            for key in mine:
                merged[key] = current.get(key)
            self.load_state(merged)
            self._touched |= mine
            self.message.say(
                "warning",
                self.tr(
                    "Your unsaved changes were restored from the draft. The record was changed on "
                    "another desk after the draft was made, so your changes were put on top of "
                    "the latest version: check them, then save."
                ),
            )
            return
        self.load_state(current)
        self._touched |= changed_keys(self.baseline, current)
        when = draft.saved_at.astimezone(self.desk.zone).strftime("%d-%m-%Y %H:%M")
        self.message.say(
            "info",
            self.tr("Restored the unsaved form kept at {when}. Check it, then save.").format(
                when=when
            ),
        )

    def discard_draft(self) -> None:
        if self.desk.drafts is not None and self.draft_key:
            self.desk.drafts.delete(self.draft_key)
        self._last_draft = None

    # -- closing -----------------------------------------------------------------------------------

    def maybe_close(self) -> bool:
        """True when the form may close: saved, discarded on request, or nothing to lose."""
        if not self.is_dirty():
            self.discard_draft()
            return True
        answer = messages.ask_unsaved(self, self.draft_title())
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard_draft()
            return True
        return False

    def stop(self) -> None:
        """Stop the timers before the widget goes away."""
        for name in ("_draft_timer", "_validate_timer"):
            timer = getattr(self, name, None)
            if timer is not None:
                timer.stop()
