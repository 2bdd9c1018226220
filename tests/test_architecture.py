"""The house rules that code review alone would let slip: layers, and which files are ours."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import models
import reports
import ui

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is part of the dev extra"
    done = subprocess.run([lint_imports], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "broken" not in done.stdout.lower().replace("0 broken", "")


def test_generic_package_names_resolve_to_this_repository() -> None:
    # models/, ui/ and reports/ are common names; make sure no installed package shadows ours.
    for package in (models, reports, ui):
        assert Path(package.__file__ or "").resolve().is_relative_to(ROOT)


# -- import circles ------------------------------------------------------------------------------

PACKAGES = ("models", "reports", "ui", "desktop")


def _module_name(root: Path, path: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_imports(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import that can run: at module level, and also inside functions, since an import
    moved into a function to dodge a circle is still a circle. Only ``if TYPE_CHECKING`` bodies
    are left out: the type checker's imports never run, so they cannot leave a module
    half-initialised (the case form's sections name their host that way for now)."""
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            pending.extend(node.orelse)
        else:
            pending.extend(c for c in ast.iter_child_nodes(node) if isinstance(c, ast.stmt))


def import_graph(root: Path, packages: Sequence[str]) -> dict[str, set[str]]:
    """Module -> the project modules it imports (``from a import b`` counts as importing ``a.b``
    when that is a module, else ``a``)."""
    files = {
        _module_name(root, path): path
        for package in packages
        for path in sorted((root / package).rglob("*.py"))
        if "migrations" not in path.relative_to(root).parts
    }
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        is_package = path.name == "__init__.py"
        targets: set[str] = set()
        for node in _runtime_imports(tree):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
                continue
            base = node.module or ""
            if node.level:
                anchor = name.split(".")
                anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                targets.add(sub if sub in files else base)
        graph[name] = {t for t in targets if t in files and t != name}
    return graph


def import_circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_circles_among_our_modules() -> None:
    circles = import_circles(import_graph(ROOT, PACKAGES))
    assert not circles, "modules that import each other (directly or round a loop):\n" + "\n".join(
        " <-> ".join(c) for c in circles
    )


def test_the_circle_check_sees_a_circle(tmp_path: Path) -> None:
    # The check above must be able to fail: two modules importing each other, one of them
    # through a relative import inside a try; a third imports inside a function (counted) and
    # for the type checker only (not counted).
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "a.py").write_text("from pkg.b import thing\n", encoding="utf-8")
    (pkg / "b.py").write_text("try:\n    from . import a\nexcept ImportError:\n    pass\n")
    (pkg / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import a\n"
        "def f() -> None:\n    from pkg import a\n",
        encoding="utf-8",
    )
    (pkg / "d.py").write_text("import pkg.c\n", encoding="utf-8")
    (pkg / "e.py").write_text("from pkg import d\n", encoding="utf-8")
    graph = import_graph(tmp_path, ["pkg"])
    assert graph["pkg.b"] == {"pkg.a"}
    assert graph["pkg.c"] == {"pkg.a"}
    assert import_circles(graph) == [["pkg.a", "pkg.b"]]
    (pkg / "a.py").write_text("def f() -> None:\n    import pkg.e\n", encoding="utf-8")
    assert import_circles(import_graph(tmp_path, ["pkg"])) == [["pkg.a", "pkg.c", "pkg.d", "pkg.e"]]
