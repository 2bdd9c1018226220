"""The command line starts without the window: a verb imports its own module and what it needs,
never Qt, and ``--version`` not even the database layer (issue 16: a verb paid about 1.2 s of
imports before it did anything)."""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import cli, commands
from desktop.cli import build_parser
from desktop.commands import case_cmd

ROOT = Path(__file__).resolve().parents[2]

# Runs talash in a fresh interpreter, then reports which modules the run imported.
RUNNER = """
import contextlib, io, json, sys
from desktop.cli import run
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
    code = run(sys.argv[1:])
print(json.dumps({"code": code, "out": out.getvalue(), "modules": sorted(sys.modules)}))
"""


def imported_by(*argv: str) -> tuple[int, str, set[str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TALASH_")}
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    report = json.loads(done.stdout.splitlines()[-1])
    return report["code"], report["out"], set(report["modules"])


def tops(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


def test_version_imports_neither_qt_nor_the_database_layer() -> None:
    code, out, modules = imported_by("--version")
    assert code == 0
    assert out.startswith("talash ")
    assert not tops(modules) & {"PySide6", "shiboken6", "sqlalchemy", "alembic", "reportlab"}
    assert not {m for m in modules if m.startswith(("desktop.commands.", "models.", "ui."))}


def test_only_version_looks_the_version_up(monkeypatch: pytest.MonkeyPatch) -> None:
    # Reading the installed packages' metadata costs every verb about 35 ms for nothing.
    looked_up: list[str] = []

    def version() -> str:
        looked_up.append("version")
        return "9.9"

    monkeypatch.setattr(cli, "_version", version)
    argv = ["case", "show", "MP/2026/0001"]
    assert parsed(build_parser(argv), argv)[0] != "exit 0"
    assert looked_up == []
    assert parsed(build_parser(["--version"]), ["--version"])[1:] == ("talash 9.9\n", "")
    assert looked_up == ["version"]


def test_a_verb_runs_with_the_collector_on_and_leaves_it_as_it_found_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Start-up's objects are set aside from the collector; the verb's own are collected.
    seen: list[tuple[bool, bool]] = []

    def run_list(_ctx: object, _args: argparse.Namespace) -> int:
        seen.append((gc.isenabled(), gc.get_freeze_count() > 0))
        return 0

    monkeypatch.setattr(case_cmd, "run_list", run_list)
    monkeypatch.setenv("TALASH_DATA_DIR", str(tmp_path / "data"))
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert cli.run(["--db", str(tmp_path / "none.sqlite"), "case", "list"]) == 0
    assert seen == [(True, True)]
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_verb_imports_its_own_module_and_never_qt() -> None:
    code, out, modules = imported_by("case", "show", "--help")
    assert code == 0
    assert out.startswith("usage: talash case show")
    assert not tops(modules) & {"PySide6", "shiboken6", "ui", "reportlab", "openpyxl"}
    verbs = {m for m in modules if m.startswith("desktop.commands.")}
    assert verbs == {"desktop.commands.case_cmd"}


def test_every_verb_maps_to_the_module_that_registers_it() -> None:
    # A verb added to a module without a line in OTHER_VERBS would be unknown on its own.
    seen: list[str] = []
    modules = commands.load(commands.MODULE_NAMES)
    for name, module in zip(commands.MODULE_NAMES, modules, strict=True):
        sub = argparse.ArgumentParser().add_subparsers()
        module.register(sub)
        for verb in sub.choices:
            assert commands.module_name_for(verb) == name, verb
            seen.append(verb)
    assert len(seen) == len(set(seen))
    assert commands.module_name_for("no-such-verb") is None


def parsed(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[object, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:
            return (f"exit {exc.code}", out.getvalue(), err.getvalue())
    handler = getattr(args, "handler", None)
    fields = {k: v for k, v in vars(args).items() if k != "handler"}
    return ((getattr(handler, "__qualname__", None), sorted(fields.items())), "", "")


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--help"],
        ["-h", "case"],
        ["--version"],
        ["--vers"],
        ["--versio"],
        ["-v", "--as", "case", "--db", "x.sqlite", "case", "show", "MP/2026/0001"],
        ["--db"],
        ["--data-dir=/tmp/x", "restore", "--help"],
        ["case"],
        ["case", "show", "--help"],
        ["no-such-verb"],
        ["--bogus", "case", "list"],
        ["case", "list", "--bogus"],
        ["--", "case"],
        ["selfcheck"],
    ],
)
def test_the_parser_for_one_verb_answers_as_the_parser_for_all(argv: list[str]) -> None:
    assert parsed(build_parser(argv), argv) == parsed(build_parser(), argv)
