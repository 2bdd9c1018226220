"""Generate docs/cli.md and the JSON Schemas in docs/schema/ from the code itself.

    python -m desktop.cli_docs        (make docs)

The CLI reference is the argparse help of every verb, so the documentation cannot drift from the
program; tests/desktop/test_docs.py fails when the committed files are out of date.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from desktop.cli import build_parser
from models.atomic_file import atomic_write

ROOT = Path(__file__).resolve().parent.parent

INTRO = """# Command-line reference

Every job done in the window can be done with a `talash` verb: for scripts, batch jobs at
headquarters, and tests. Files exchanged are JSON, CSV or XLSX, described in
[formats.md](formats.md). This page is generated from the program's own help
(`make docs`); `talash VERB --help` shows the same text.

Verbs that read or change the register act as a named user: `--as USER` (or `TALASH_USER`), with
the password asked at the prompt or taken from `TALASH_PASSWORD` in scripts. Every such use is a
logon in the audit trail, as at the desk.
"""


def _subparsers(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
    out: list[tuple[str, argparse.ArgumentParser]] = []
    for action in parser._actions:  # argparse keeps sub-parsers only here
        if isinstance(action, argparse._SubParsersAction):
            out.extend(action.choices.items())
    return out


def _walk(parser: argparse.ArgumentParser, prefix: str, depth: int, lines: list[str]) -> None:
    for name, sub in _subparsers(parser):
        title = f"{prefix} {name}".strip()
        lines.append(f"{'#' * min(depth, 4)} `talash {title}`\n")
        lines.append("```text\n" + sub.format_help().rstrip() + "\n```\n")
        _walk(sub, title, depth + 1, lines)


def cli_markdown() -> str:
    # argparse wraps help to the terminal's width: fix it so the page does not depend on who ran it.
    previous = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "96"
    try:
        return _cli_markdown()
    finally:
        if previous is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = previous


def _cli_markdown() -> str:
    parser = build_parser()
    parser.prog = "talash"
    lines = [INTRO, "## `talash`\n", "```text\n" + parser.format_help().rstrip() + "\n```\n"]
    _walk(parser, "", 3, lines)
    return "\n".join(lines)


def schemas() -> dict[str, dict[str, Any]]:
    from models.dto.cases import (
        ActionInput,
        CaseInput,
        ClosureInput,
        ReasonsInput,
        ReunionInput,
        RiskInput,
        TraceInput,
    )
    from models.dto.found import FoundInput
    from models.dto_codec import json_schema

    return {
        "case-input": json_schema(CaseInput, title="Talash case (talash case add / update)"),
        "found-input": json_schema(FoundInput, title="Talash found person (talash found add)"),
        "trace-input": json_schema(TraceInput, title="Talash trace (talash case trace)"),
        "reunion-input": json_schema(ReunionInput, title="Talash reunion (talash case reunion)"),
        "closure-input": json_schema(
            ClosureInput, title="Talash closure steps (talash case closure)"
        ),
        "risk-input": json_schema(RiskInput, title="Talash risk assessment (talash case risk)"),
        "reasons-input": json_schema(ReasonsInput, title="Talash reasons (talash case classify)"),
        "action-input": json_schema(ActionInput, title="Talash action-log entry"),
    }


def generated_files() -> dict[Path, str]:
    files = {ROOT / "docs" / "cli.md": cli_markdown()}
    for name, schema in schemas().items():
        text = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
        files[ROOT / "docs" / "schema" / f"{name}.schema.json"] = text
    return files


def main() -> int:
    for path, text in generated_files().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, text)
        print(f"wrote {path.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
