"""Layering: a layout builds a Scene and never draws it. No module in praatplaat/layout/ imports a renderer
(praatplaat.render), at module level or inside a function; and importing every layout module loads none."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYOUT = ROOT / "praatplaat" / "layout"


def imported(path: Path) -> set[str]:
    """Every module ``path`` imports anywhere, relative imports resolved to absolute names."""
    package = "praatplaat.layout"
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            out.add(module)
            out |= {f"{module}.{alias.name}" for alias in node.names}  # `from .. import render`
    return out


def test_no_layout_module_imports_a_renderer():
    offenders = {p.name: sorted(m for m in imported(p) if m == "praatplaat.render" or
                                m.startswith("praatplaat.render."))
                 for p in sorted(LAYOUT.glob("*.py"))}
    assert not {k: v for k, v in offenders.items() if v}


def test_importing_every_layout_module_loads_no_renderer():
    names = [f"praatplaat.layout.{p.stem}" for p in sorted(LAYOUT.glob("*.py")) if p.stem != "__init__"]
    script = ("import importlib, json, sys\nfor n in json.loads(sys.argv[1]): importlib.import_module(n)\n"
              "print(json.dumps(sorted(m for m in sys.modules if m.startswith('praatplaat.render'))))")
    done = subprocess.run([sys.executable, "-c", script, json.dumps(names)], cwd=ROOT, capture_output=True, text=True,
                          check=True, timeout=120)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
