"""Structural promises: nothing in src/ reads the clock; domain packages do not import each other."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "reformrules"
FILES = sorted(SRC.rglob("*.py"))
CLOCK_CALLS = {("date", "today"), ("datetime", "now"), ("datetime", "today"), ("datetime", "utcnow"),
               ("time", "time"), ("time", "localtime"), ("time", "gmtime")}
DOMAINS = ("deadlines", "assignments", "targets")
# The one allowed clock read: the command line's --as-of default, which it prints (docs/cli.md).
CLOCK_ALLOWED = {"cli.py": [("date", "today")]}


def _attribute_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            value = node.func.value
            name = value.id if isinstance(value, ast.Name) else value.attr if isinstance(value, ast.Attribute) else None
            yield name, node.func.attr, node.lineno


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(SRC)))
def test_no_clock(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = [(n, a, line) for n, a, line in _attribute_calls(tree) if (n, a) in CLOCK_CALLS]
    allowed = CLOCK_ALLOWED.get(str(path.relative_to(SRC)), [])
    assert [(n, a) for n, a, _ in calls] == allowed, f"{path} reads the clock: {calls}"


def test_clock_check_catches_a_clock_call() -> None:
    tree = ast.parse("from datetime import date\nx = date.today()\n")
    assert [(n, a) for n, a, _ in _attribute_calls(tree) if (n, a) in CLOCK_CALLS] == [("date", "today")]


def _imported_domains(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            parts = module.split(".")
            if node.level >= 2 and parts and parts[0] in DOMAINS:
                found.add(parts[0])
            if module.startswith("reformrules.") and len(parts) > 1 and parts[1] in DOMAINS:
                found.add(parts[1])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "reformrules" and len(parts) > 1 and parts[1] in DOMAINS:
                    found.add(parts[1])
    return found


@pytest.mark.parametrize("domain", DOMAINS)
def test_domain_packages_do_not_import_each_other(domain: str) -> None:
    for path in sorted((SRC / domain).rglob("*.py")):
        others = _imported_domains(path) - {domain}
        assert not others, f"{path.relative_to(SRC)} imports {others}"
