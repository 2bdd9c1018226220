"""The messages models/ writes (validation problems, refusals, field labels, clock labels) reach
the window in Marathi and Hindi through the same catalogues as the window's own strings.

- every ``msg`` template of models/ is a literal with the placeholders it is given, and it and
  every field label are in both catalogues with a whole translation (none missing, no
  placeholder dropped or added);
- the modules listed in ``CONVERTED_MODELS`` make no message from a bare string, so a new
  refusal there cannot slip past the catalogues in English;
- a refusal shown in the Marathi window is Marathi, pieces and all; a broken translation falls
  back to English instead of failing.
"""

from __future__ import annotations

import ast
import dataclasses
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.backup_manifest import ManifestProblem, read_manifest
from models.dto_codec import from_json
from models.enums import Sex
from models.errors import Problem, ValidationFailed, problem_line
from models.field_labels import field_label
from models.message_templates import Template, catalogue_entries, templates
from models.messages import local_words, msg, said
from models.returns.cells import suppression_note
from models.returns.period import parse_period
from models.returns.rollup import month_span
from models.returns.station_tables import R1_COLUMNS, numbered
from models.rules.grace import WriterGrace
from models.rules.matching import MatchProfile, refusal_text, score_pair
from models.taxonomy import load_taxonomy
from tests.factories import child_case
from tests.ui.test_translations import LANGUAGES, catalogue, translation_problems
from ui.case_form.state import CLOTHING_COLUMNS
from ui.desk import Desk
from ui.i18n import install_language, translated
from ui.messages import explain
from ui.widgets.fields import EnumCombo
from ui.widgets.rows import RowsEditor

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

# Modules of models/ whose messages are all made with ``msg``. Add a module when you convert it.
CONVERTED_MODELS = (
    "models/actor.py",
    "models/backup_manifest.py",
    "models/audit.py",
    "models/db.py",
    "models/demo.py",
    "models/dto_codec.py",
    "models/encryption.py",
    "models/errors.py",
    "models/jobs.py",
    "models/json_input.py",
    "models/limits.py",
    "models/migrate.py",
    "models/partial_date.py",
    "models/passwords.py",
    "models/permissions.py",
    "models/photos.py",
    "models/text.py",
    "models/packages/archive.py",
    "models/packages/keys.py",
    "models/packages/match_notice.py",
    "models/packages/package.py",
    "models/rules/ages.py",
    "models/rules/age_phrases.py",
    "models/rules/case_rules.py",
    "models/rules/closure.py",
    "models/rules/grace.py",
    "models/rules/legal_rules.py",
    "models/rules/matching.py",
    "models/returns/cells.py",
    "models/returns/drive_tally.py",
    "models/returns/period.py",
    "models/returns/rollup.py",
    "models/returns/sql.py",
    "models/returns/station_tables.py",
    "models/rules/notice_rules.py",
    "models/rules/publicity.py",
    "models/rules/record_rules.py",
    "models/rules/retention.py",
    "models/rules/status.py",
    "models/services/accounts.py",
    "models/services/approvals.py",
    "models/services/backups.py",
    "models/services/case_store.py",
    "models/services/cases.py",
    "models/services/common.py",
    "models/services/destruction.py",
    "models/services/drives.py",
    "models/services/episodes.py",
    "models/services/exchange_keys.py",
    "models/services/found.py",
    "models/services/hq.py",
    "models/services/hq_matching.py",
    "models/services/hq_rollup.py",
    "models/services/keys.py",
    "models/services/legacy_import.py",
    "models/services/legacy_status.py",
    "models/services/match_notices.py",
    "models/services/matching.py",
    "models/services/notices.py",
    "models/services/person_store.py",
    "models/services/policy.py",
    "models/services/register.py",
    "models/services/register_keys.py",
    "models/services/returns.py",
    "models/services/rules_check.py",
    "models/services/search.py",
)

# The errors a person reads, and where their message is among the arguments.
MESSAGE_ARGUMENT = {
    "Problem": 1,
    "_err": 2,
    "_warn": 2,
    "UserError": 0,
    "NotFound": 0,
    "PermissionDenied": 0,
    "RuleViolation": 0,
    "StaleEdit": 0,
    "StorageError": 0,
    "DatabaseFileError": 0,
    "FileTooLarge": 0,
    "KeyProblem": 0,
    "MappingProblem": 0,
    "KeyUnavailable": 0,
    "PhotoRejected": 0,
    "KeyRequired": 0,
    "DamagedDatabase": 0,
    "TextProblem": 0,
    "DateProblem": 0,
    "PackageRefused": 1,
    "NoticeRefused": 1,
    "ArchiveRefused": 1,
    "ManifestProblem": 0,
}


def _name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _is_words(node: ast.expr) -> bool:
    """English text written in place: a literal with words, an f-string, or text glued on."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.search(r"[A-Za-z]{2,}", node.value))
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_words(node.left) or _is_words(node.right)
    if isinstance(node, ast.IfExp):
        return _is_words(node.body) or _is_words(node.orelse)
    return False


def bare_messages(path: Path) -> Iterator[str]:
    """Messages of ``path`` made from a bare string rather than with ``msg``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = sorted((n for n in ast.walk(tree) if isinstance(n, ast.Call)), key=lambda n: n.lineno)
    for node in calls:
        index = MESSAGE_ARGUMENT.get(_name(node))
        given = [node.args[index]] if index is not None and len(node.args) > index else []
        given += [k.value for k in node.keywords if k.arg == "message" and index is not None]
        for arg in given:
            if _is_words(arg):
                yield f"{path.name}:{node.lineno}: {ast.unparse(arg)[:70]}"


def test_every_message_of_models_is_a_literal_template_given_its_values() -> None:
    problems = []
    for found in templates():
        if not isinstance(found, Template):
            problems.append(found)
        elif found.names is not None and set(PLACEHOLDER.findall(found.source)) != found.names:
            problems.append(f"{found.where}: {found.source[:50]!r} is given {sorted(found.names)}")
    assert problems == []


@pytest.mark.parametrize("module", CONVERTED_MODELS)
def test_converted_modules_make_every_message_with_msg(module: str) -> None:
    assert list(bare_messages(ROOT / module)) == []


def test_the_check_finds_a_bare_message(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def check(problems, n):\n"
        "    problems.append(Problem('fir', 'is required'))\n"
        "    problems.append(Problem('fir', msg('is required')))\n"
        "    raise RuleViolation(f'{n} cannot be closed')\n"
        "    raise PackageRefused('tampered', msg('The package is damaged.'))\n",
        encoding="utf-8",
    )
    assert [line.split(": ", 1)[1] for line in bare_messages(sample)] == [
        "'is required'",
        "f'{n} cannot be closed'",
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_of_models_has_a_whole_translation(lang: str) -> None:
    messages = catalogue(lang)
    problems = []
    for context, source in catalogue_entries():
        translation = messages.get((context, source))
        if translation is None:
            problems.append(f"{context}: {source[:60]!r}: not in talash_{lang}.ts")
            continue
        problems += [
            f"{context}: {source[:60]!r}: {p}" for p in translation_problems(source, translation)
        ]
    assert problems == []


@pytest.fixture
def marathi(qapp: QApplication) -> Iterator[None]:
    assert install_language("mr")
    yield
    install_language("en")


def test_a_refusal_of_the_case_form_is_shown_in_marathi(writer_desk: Desk, marathi: None) -> None:
    case = child_case()
    case = dataclasses.replace(
        case, circumstances=dataclasses.replace(case.circumstances, last_seen_place="")
    )
    with pytest.raises(ValidationFailed) as refused:
        writer_desk.services.cases.register_case(writer_desk.actor, case)
    shown = explain(refused.value)
    assert "शेवटचे दिसल्याचे ठिकाण: आवश्यक आहे" in shown
    assert "The entry cannot be saved" not in shown
    # The English stays for the command line and the audit log.
    assert "Last seen place: is required" in str(refused.value)


def test_composed_labels_and_values_are_translated_piece_by_piece(marathi: None) -> None:
    line = problem_line(Problem("fir.number", msg("is required")))
    assert translated(line) == "प्रथम खबरी अहवाल (एफआयआर), क्रमांक: आवश्यक आहे"
    locked = msg("The password was wrong five times. {locked}", locked=msg("at once"))
    assert translated(locked) == "पासवर्ड पाच वेळा चुकला. त्वरित"


def test_in_english_a_message_reads_as_models_wrote_it(qapp: QApplication) -> None:
    install_language("en")
    line = problem_line(Problem("fir.number", msg("is required")))
    assert translated(line) == str(line) == "FIR, number: is required"
    assert translated(field_label("station.code")) == "Station code"
    assert translated("plain text") == "plain text"


class _RenamesPlaceholders(QTranslator):
    """A catalogue whose translation names a value the message does not give."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return "{file} मोठी आहे" if "{" in source else ""


def test_a_translation_that_lost_a_placeholder_falls_back_to_english(qapp: QApplication) -> None:
    broken = _RenamesPlaceholders()
    QCoreApplication.installTranslator(broken)
    try:
        said = translated(msg("{what} is larger than {size}.", what="x.pdf", size="5 MB"))
    finally:
        QCoreApplication.removeTranslator(broken)
    assert said == "x.pdf is larger than 5 MB."


def _profile(kind: str, **given: object) -> MatchProfile:
    base: dict[str, object] = {
        "kind": kind,
        "ref": kind,
        "uuid": kind,
        "station": "MH-MUM-DHR",
        "at": datetime(2026, 3, 1, 10, 0),
        "sex": "female",
        "age_low": 9,
        "age_high": 10,
        "age_estimated": False,
        "is_child": True,
        "complexion": "fair_wheatish",
        "languages": ("mr", "hi"),
    }
    return MatchProfile(**{**base, **given})  # type: ignore[arg-type]


def test_match_reasons_are_shown_in_marathi_with_their_values(marathi: None) -> None:
    found = _profile("found", at=datetime(2026, 3, 2, 9, 0), age_low=14, age_high=14)
    result = score_pair(found, _profile("case"))
    shown = {translated(s.text) for s in result.signals}
    assert "लिंग: दोघीही स्त्री" in shown
    assert "वर्ण: दोघेही निमगोरा" in shown  # the value's label from the vocabulary
    assert "भाषा: दोघेही हिंदी, मराठी बोलतात" in shown  # sorted as in English
    assert [translated(c) for c in result.contradictions] == [
        "वय: सापडलेली व्यक्ती 14, हरवलेली व्यक्ती 9–10"
    ]
    refusal = translated(refusal_text(result, "F-1", "C-1"))
    assert refusal.startswith("F-1 आणि C-1 यांच्या नोंदी परस्परविरोधी आहेत (वय: सापडलेली")
    # The English the command line and the audit log read is unchanged.
    assert "complexion: both fair-wheatish" in [str(s.text) for s in result.signals]
    assert str(result.contradictions[0]) == "age 14 found, 9–10 missing"


def test_return_headings_notes_and_period_refusals_are_shown_in_marathi(marathi: None) -> None:
    assert [translated(c.label) for c in R1_COLUMNS[:2]] == [
        "सुरुवातीला शोध न लागलेले",
        "कालावधीत तक्रार आलेले",
    ]
    assert translated(suppression_note(5)).startswith("1 ते 4 पर्यंतच्या संख्या <5 अशा")
    with pytest.raises(ValidationFailed) as refused:
        parse_period("2026-13", date(2026, 12, 6))
    assert translated(refused.value.problems[0].message) == "13 असा महिना नाही"
    assert translated(month_span(2026, 11).name) == "नोव्हेंबर 2026"
    # R6's reason categories: their names as the taxonomy holds them in each language.
    category = numbered("1", load_taxonomy().category("1").label)
    assert translated(local_words(category)) == "1 इतरांनी नेले किंवा डांबून ठेवले (गुन्हेगारी)"
    # The papers keep their English.
    assert R1_COLUMNS[0].label == "Untraced at start"
    assert local_words(category) == "1 Taken or held by others (criminal)"


@dataclasses.dataclass(frozen=True)
class _Sample:
    name: str
    sex: Sex


def test_json_input_problems_and_the_grace_refusal_are_shown_in_marathi(marathi: None) -> None:
    with pytest.raises(ValidationFailed) as refused:
        from_json(_Sample, {"name": 5, "sex": "femal"})
    shown = [translated(p.message) for p in refused.value.problems]
    assert "मजकूर हवा, संख्या नव्हे" in shown
    assert any("(तुम्हाला 'female' म्हणायचे आहे का?)" in line for line in shown)
    grace = WriterGrace(
        writer_id=1, ends_at=datetime(2026, 3, 1, 8, 0, tzinfo=UTC), taken_by_io=False
    )
    refusal = grace.refusal(datetime(2026, 3, 2, 9, 0, tzinfo=UTC), UTC)
    assert translated(refusal).startswith("या प्रकरणाच्या दुरुस्तीची सवलत मुदत 1 मार्च 2026 रोजी 08:00 ला")
    assert str(refusal).startswith(
        "The grace period for mending this case ended at 08:00 on 1 Mar 2026"
    )


def test_the_clothing_rows_speak_marathi(qtbot: QtBot, marathi: None) -> None:
    rows = RowsEditor(CLOTHING_COLUMNS, "mr")
    qtbot.addWidget(rows)
    rows.add_row({"area": "uniform"})
    assert [h.text() for h in rows.headers] == ["वस्तू", "वर्णन", "रंग / नक्षी"]
    combo = rows.rows[0].cells["area"]
    assert isinstance(combo, EnumCombo) and combo.currentText() == "गणवेश"


def test_why_a_backup_may_not_be_restored_is_shown_in_marathi(
    tmp_path: Path, marathi: None
) -> None:
    backup = tmp_path / "talash-2026-11-20.sqlite"
    backup.write_bytes(b"not a register")
    with pytest.raises(ManifestProblem) as refused:
        read_manifest(backup)
    assert translated(said(refused.value)).startswith("त्याचे मॅनिफेस्ट (")
    assert str(refused.value).startswith("it has no manifest (")  # the command line's English
