"""The window's Marathi and Hindi catalogues are complete and match the code.

Three checks:

- every user-visible string literal is marked for translation: an AST walk over the string
  arguments of the calls that put text on the screen (``setText``, ``setWindowTitle``,
  ``QLabel``, ``QPushButton``, ``addAction``, ``setToolTip``, ``setPlaceholderText``, the
  message boxes and the project's own helpers such as ``messages.inform`` and the forms' field
  ``add``) and over class-level ``title`` strings;
- every marked string is in both catalogues (``make translations`` was run) with a Marathi and a
  Hindi translation that keeps each ``{placeholder}`` (none dropped, none added) and the
  keyboard accelerator's Latin letter (``&File`` -> ``फाइल (&F)``, so Alt+F works whatever the
  language);
- the committed ``.qm`` files are what ``pyside6-lrelease`` makes of the ``.ts`` sources.

The first check runs over every module of ui/ (and the window's modules of desktop/ listed in
``CONVERTED``), so a new module's unmarked string fails without being listed. ``CONVERTED`` names
the modules whose strings were marked and translated. Add a module to it when you mark its
strings, then run ``make translations`` and translate the new entries.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ui.desk import Desk
from ui.i18n import install_language, installed_language, language_or_default
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("mr", "hi")

CONVERTED = (
    "ui/i18n.py",
    "ui/main_window.py",
    "ui/messages.py",
    "ui/login_dialog.py",
    "ui/case_form/section.py",
    "ui/case_form/quick_entry.py",
    "ui/case_form/person_sections.py",
    "ui/case_form/story_sections.py",
    "ui/case_form/assessment_sections.py",
    "ui/case_form/record_sections.py",
    "ui/case_form/report_section.py",
    "ui/case_form/notices_section.py",
    "ui/case_form/matches_section.py",
    "ui/case_form/pickers.py",
    "ui/case_form/stale_dialog.py",
    "ui/case_form/duplicates_panel.py",
    "ui/case_form/form.py",
    "ui/widgets/record_form.py",
    "ui/found/form.py",
    "ui/found/link_dialog.py",
    "ui/found/model.py",
    "ui/found/state.py",
    "ui/found/view.py",
    "ui/trace_dialog.py",
    "ui/assign_io_dialog.py",
    "ui/returns/document_view.py",
    "ui/returns/drives_tab.py",
    "ui/returns/files_bar.py",
    "ui/returns/keys.py",
    "ui/returns/period_chooser.py",
    "ui/returns/return_tab.py",
    "ui/returns/table_models.py",
    "ui/hq/consolidated_page.py",
    "ui/hq/import_page.py",
    "ui/hq/stations_page.py",
    "ui/admin/audit_tab.py",
    "ui/admin/auto_backup.py",
    "ui/admin/backups_tab.py",
    "ui/admin/break_glass.py",
    "ui/admin/common.py",
    "ui/admin/encryption_tab.py",
    "ui/admin/requests_tab.py",
    "ui/admin/retention_tab.py",
    "ui/admin/users_tab.py",
    "ui/startup_dialogs.py",
    "ui/first_run.py",
    "ui/pdf_preview.py",
    "ui/printing.py",
    "ui/widgets/binder.py",
    "ui/widgets/columns.py",
    "ui/widgets/dialogs.py",
    "ui/widgets/fields.py",
    "ui/widgets/flat.py",
    "ui/widgets/photos.py",
    "ui/widgets/rows.py",
    "ui/widgets/status_line.py",
    "ui/widgets/table.py",
    "ui/formats.py",
    "ui/admin_page.py",
    "ui/returns_page.py",
    "ui/matches_panel.py",
    "ui/notices/panel.py",
    "ui/register/filter_bar.py",
    "ui/register/model.py",
    "ui/register/view.py",
    "ui/overdue_view.py",
    "ui/review_link.py",
    "ui/dashboard.py",
    "ui/idle_lock.py",
    "desktop/gui.py",
)

# Calls whose string arguments reach the screen: the name of the function or method, and the
# index of the first positional argument that is text (earlier ones are keys or parents).
TEXT_CALLS: dict[str, int] = {
    name: 0
    for name in (
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setPlaceholderText",
        "setStatusTip",
        "setWhatsThis",
        "setTitle",
        "setLabelText",
        "setInformativeText",
        "setDetailedText",
        "setHorizontalHeaderLabels",
        "setHeaderLabels",
        "setTabText",
        "showMessage",
        "addMenu",
        "addAction",
        "addButton",
        "addTab",
        "addRow",
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QToolButton",
        "QAction",
        "QMenu",
        "QListWidgetItem",
        "information",
        "warning",
        "question",
        "critical",
        "inform",
        "confirm",
        "show_refusal",
        "ask_reason",
        "reason_dialog",
        "ask_unsaved",
        "Flag",
        "TextLine",
        "AgeRangeEdit",
        "_action",
    )
}
TEXT_CALLS.update(
    {"add": 1, "_add": 2, "say": 1}
)  # field helpers: (key, label, …) and (column, key, label, …); say(kind, text)
TEXT_KEYWORDS = {"text", "title", "label", "hint", "add_label", "placeholder", "ok_text", "blank"}
# Not words a person reads: key sequences, numbers, punctuation.
KEYS = re.compile(r"^(?:(?:Ctrl|Alt|Shift|Meta|Esc|Del|Delete|PgUp|PgDown|F\d+|[A-Z0-9])\+?)+$")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
ACCELERATOR = re.compile(r"(?<!&)&([A-Za-z0-9])")


def _is_text(value: str) -> bool:
    stripped = re.sub(r"<[^>]*>", "", value).strip()  # markup around values is not words
    return bool(re.search(r"[A-Za-z]{2,}", stripped)) and not KEYS.match(stripped)


def _shown_path(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _unmarked(node: ast.expr) -> Iterator[ast.expr]:
    """String literals in ``node`` that would reach the screen untranslated."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _is_text(node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        literal = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        if _is_text(literal):
            yield node
    elif isinstance(node, ast.IfExp):
        yield from _unmarked(node.body)
        yield from _unmarked(node.orelse)
    elif isinstance(node, ast.BinOp):
        yield from _unmarked(node.left)
        yield from _unmarked(node.right)


def _is_log_call(node: ast.Call) -> bool:
    func = node.func
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in ("log", "logger", "logging")
    )


def unmarked_strings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[ast.expr] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            first = TEXT_CALLS.get(_call_name(node))
            if _is_log_call(node):
                first = None  # log.warning(...) writes the log file, in English
            if first is not None:
                for arg in node.args[first:]:
                    found.extend(_unmarked(arg))
            for keyword in node.keywords:
                if keyword.arg in TEXT_KEYWORDS:
                    found.extend(_unmarked(keyword.value))
        elif isinstance(node, ast.ClassDef):
            for statement in node.body:
                if isinstance(statement, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == "title" for t in statement.targets
                ):
                    found.extend(_unmarked(statement.value))
    rel = _shown_path(path)
    return [f"{rel}:{n.lineno}: {ast.unparse(n)[:80]}" for n in found]


@dataclass(frozen=True)
class Marked:
    context: str
    source: str
    where: str


def marked_strings(path: Path) -> Iterator[Marked]:
    """(context, source) of every ``self.tr``, ``translate`` and ``QT_TRANSLATE_NOOP`` call."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    rel = _shown_path(path)

    def visit(node: ast.AST, cls: str | None) -> Iterator[Marked]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                yield from visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                name = _call_name(child)
                args = child.args
                literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args]
                where = f"{rel}:{child.lineno}"
                if name == "tr" and cls is not None and args and literal[0]:
                    yield Marked(cls, str(args[0].value), where)  # type: ignore[attr-defined]
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                    if literal[0] and literal[1]:
                        yield Marked(
                            str(args[0].value),  # type: ignore[attr-defined]
                            str(args[1].value),  # type: ignore[attr-defined]
                            where,
                        )
            yield from visit(child, cls)

    yield from visit(tree, None)


def catalogue(lang: str) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <translation> of the live (not obsolete) messages."""
    tree = ET.parse(TS_DIR / f"talash_{lang}.ts")
    messages: dict[tuple[str, str], ET.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            messages[(name, message.findtext("source") or "")] = translation
    return messages


def translation_problems(source: str, translation: ET.Element) -> list[str]:
    text = translation.text or ""
    if translation.get("type") == "unfinished" or not text.strip():
        return ["no translation"]
    problems = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
        problems.append(
            f"placeholders {sorted(PLACEHOLDER.findall(source))} "
            f"became {sorted(PLACEHOLDER.findall(text))}"
        )
    key = ACCELERATOR.findall(source)
    if key and [k.lower() for k in ACCELERATOR.findall(text)] != [key[0].lower()]:
        problems.append(f"the accelerator &{key[0]} is lost (write '… (&{key[0]})')")
    return problems


# Every module of the window, converted or not: a new module that shows an unmarked string fails
# here without anyone having to list it.
WINDOW_MODULES = tuple(
    sorted(
        {str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py")}
        | {m for m in CONVERTED if m.startswith("desktop/")}
    )
)


@pytest.mark.parametrize("module", WINDOW_MODULES)
def test_every_visible_string_is_marked_for_translation(module: str) -> None:
    assert unmarked_strings(ROOT / module) == []


def test_the_check_finds_unmarked_and_marked_strings(tmp_path: Path) -> None:
    """The walk itself: a bare label, an f-string and a section title are found; marked
    strings, object names and key sequences are not."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "class Page(QWidget):\n"
        "    title = 'Missing person'\n"
        "    def build(self, n):\n"
        "        QLabel('Name of the missing person', self)\n"
        "        self.status.showMessage(f'{n} cases found')\n"
        "        self.button.setText(self.tr('Save'))\n"
        "        self.setObjectName('register-table')\n"
        "        self._action(menu, self.tr('&Save'), 'Ctrl+S', self.save)\n"
        "        column.add('person.names', 'Names', widget)\n",
        encoding="utf-8",
    )
    found = unmarked_strings(sample)
    marked = list(marked_strings(sample))
    assert [line.split(": ", 1)[1] for line in found] == [
        "'Missing person'",
        "'Name of the missing person'",
        "f'{n} cases found'",
        "'Names'",
    ]
    assert [(m.context, m.source) for m in marked] == [("Page", "Save"), ("Page", "&Save")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_marked_string_has_a_whole_translation(lang: str) -> None:
    messages = catalogue(lang)
    problems = []
    for module in CONVERTED:
        for marked in marked_strings(ROOT / module):
            translation = messages.get((marked.context, marked.source))
            if translation is None:
                problems.append(f"{marked.where}: not in talash_{lang}.ts (run make translations)")
                continue
            for problem in translation_problems(marked.source, translation):
                problems.append(f"{marked.where}: {marked.source[:60]!r}: {problem}")
    # Entries of modules not in CONVERTED yet must be whole too once they are in the file.
    for (context, source), translation in messages.items():
        for problem in translation_problems(source, translation):
            problems.append(f"talash_{lang}.ts {context}: {source[:60]!r}: {problem}")
    assert problems == []


def test_a_dropped_placeholder_or_accelerator_is_caught() -> None:
    def element(text: str) -> ET.Element:
        translation = ET.Element("translation")
        translation.text = text
        return translation

    assert translation_problems("{count} cases", element("{count} प्रकरणे")) == []
    assert translation_problems("{count} cases", element("प्रकरणे"))
    assert translation_problems("{count} cases", element("{count} {total} प्रकरणे"))
    assert translation_problems("&File", element("फाइल (&F)")) == []
    assert translation_problems("&File", element("फाइल"))
    assert translation_problems("Save", element("")) == ["no translation"]


LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed")
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_catalogue_is_up_to_date(lang: str, tmp_path: Path) -> None:
    ts = tmp_path / f"talash_{lang}.ts"
    shutil.copy(TS_DIR / ts.name, ts)
    fresh = tmp_path / f"talash_{lang}.qm"
    subprocess.run(
        [str(LRELEASE), "-silent", "-nounfinished", str(ts), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    committed = TS_DIR / fresh.name
    assert committed.exists(), f"{committed.name} is missing: run make translations"
    assert committed.read_bytes() == fresh.read_bytes(), "run make translations"


@pytest.fixture
def marathi(qapp: QApplication) -> Iterator[None]:
    assert install_language("mr")
    yield
    install_language("en")  # the other tests read the English sources


@pytest.mark.gui
def test_the_window_built_after_marathi_is_installed_speaks_marathi(
    qtbot: QtBot, writer_desk: Desk, marathi: None
) -> None:
    window = MainWindow(writer_desk)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "फाइल (&F)"  # Alt+F still opens it
    assert window.nav.item(0).text() == "रजिस्टर"
    assert installed_language() == "mr"
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "होय (&Y)"
    box.deleteLater()


def test_an_unknown_language_falls_back_to_the_station_then_english() -> None:
    assert language_or_default("hi", "mr") == "hi"
    assert language_or_default(None, "mr") == "mr"
    assert language_or_default("fr", "xx") == "en"
