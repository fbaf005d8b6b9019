"""The engine's structure, read from its imports with ``ast`` (every import statement, those inside functions
included; only ``if TYPE_CHECKING:`` blocks are left out, as they never run):

- no import circle in praatplaat/: a lazy import that closes a circle counts as one;
- a layout builds a Scene and never draws it: no module in praatplaat/layout/ imports a renderer
  (praatplaat.render), and importing every layout module loads none;
- one word module: no nl/en table outside praatplaat/words.py (and the studio's language names in
  components/i18n.py);
- one ref type: no module writes or splits a ref "kind:id" by hand, only praatplaat/ref.py's Ref."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

from praatplaat.ref import KINDS

ROOT = Path(__file__).resolve().parent.parent
ENGINE = ROOT / "praatplaat"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(ENGINE.rglob("*.py"))}


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return getattr(test, "id", getattr(test, "attr", None)) == "TYPE_CHECKING"


def imports(name: str) -> dict[str, int]:
    """The engine modules ``name`` imports anywhere, each with the line of its first import."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: dict[str, int] = {}

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child):
                for other in child.orelse:
                    visit(other)
                continue
            targets: list[str] = []
            if isinstance(child, ast.Import):
                targets = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom):
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - child.level + 1]) if child.level else ""
                module = ".".join(p for p in (base, child.module) if p)
                # `from . import herkomst` imports the module praatplaat.layout.herkomst
                targets = [f"{module}.{a.name}" if f"{module}.{a.name}" in MODULES else module for a in child.names]
            for target in targets:
                if target in MODULES and target != name:
                    found.setdefault(target, child.lineno)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


GRAPH = {name: imports(name) for name in MODULES}


def circles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """One circle per strongly connected group of modules (Tarjan), each as the path that closes it."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[set[str]] = []

    def connect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = set()
            while not group or v not in group:
                group.add(stack.pop())
            if len(group) > 1:
                groups.append(group)

    for v in graph:
        if v not in index:
            connect(v)
    return [_path(graph, sorted(group)[0], group) for group in groups]


def _path(graph: dict[str, dict[str, int]], start: str, group: set[str]) -> list[str]:
    """The shortest way from ``start`` back to itself inside ``group``."""
    paths = {start: [start]}
    todo = [start]
    while todo:
        v = todo.pop(0)
        for w in graph[v]:
            if w == start:
                return paths[v] + [start]
            if w in group and w not in paths:
                paths[w] = paths[v] + [w]
                todo.append(w)
    raise AssertionError("a strongly connected group has a circle")


def shown(path: list[str]) -> str:
    return " -> ".join(f"{a} (line {GRAPH[a][b]})" for a, b in zip(path, path[1:])) + f" -> {path[-1]}"


def test_the_walker_sees_lazy_imports_and_skips_type_checking_ones():
    assert "praatplaat.embed" in GRAPH["praatplaat.load"]  # inside load_file
    assert "praatplaat.model" not in GRAPH["praatplaat.export"]  # under `if TYPE_CHECKING:`
    assert "praatplaat.layout.herkomst" in GRAPH["praatplaat.layout"]  # `from . import herkomst`


def test_circles_are_found_and_shown():
    graph = {"a": {"b": 3}, "b": {"c": 4}, "c": {"a": 5, "d": 1}, "d": {}}
    assert circles(graph) == [["a", "b", "c", "a"]]


def test_no_import_circle_in_the_engine():
    found = circles(GRAPH)
    assert not found, "import circles:\n" + "\n".join(shown(c) for c in found)


def test_no_layout_module_imports_a_renderer():
    offenders = {name: sorted(m for m in GRAPH[name] if m.startswith("praatplaat.render"))
                 for name in GRAPH if name.startswith("praatplaat.layout")}
    assert not {k: v for k, v in offenders.items() if v}


def test_importing_every_layout_module_loads_no_renderer():
    names = [name for name in MODULES if name.startswith("praatplaat.layout.")]
    script = ("import importlib, json, sys\nfor n in json.loads(sys.argv[1]): importlib.import_module(n)\n"
              "print(json.dumps(sorted(m for m in sys.modules if m.startswith('praatplaat.render'))))")
    done = subprocess.run([sys.executable, "-c", script, json.dumps(names)], cwd=ROOT, capture_output=True, text=True,
                          check=True, timeout=120)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


# The words of the batch command move into praatplaat.words with the batch-speed work that changes that file now.
WORD_MODULES = {"praatplaat/words.py", "components/i18n.py"}


def language_tables(path: Path) -> list[int]:
    """The lines of dict literals in ``path`` whose keys include both "nl" and "en"."""
    dicts = [n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.Dict)]
    return [d.lineno for d in dicts if {"nl", "en"} <= {k.value for k in d.keys if isinstance(k, ast.Constant)}]


def test_the_table_finder_sees_both_shapes():
    assert language_tables(ROOT / "praatplaat" / "words.py")  # {"nl": ..., "en": ...} per key
    assert language_tables(ROOT / "components" / "i18n.py")  # {"nl": "Nederlands", "en": "English"}


def test_no_nl_en_table_outside_the_word_module():
    paths = [p for folder in ("praatplaat", "components", "web") for p in sorted((ROOT / folder).rglob("*.py"))]
    found = {str(p.relative_to(ROOT)): lines for p in paths if (lines := language_tables(p))}
    assert set(found) <= WORD_MODULES, {k: v for k, v in found.items() if k not in WORD_MODULES}


# Refs "kind:id" are built and read by praatplaat.ref's Ref only.
REF_PREFIX = re.compile(rf"(?<![\w-])(?:{'|'.join(KINDS)}):$")


def _name(node: ast.AST) -> str:
    return getattr(node, "id", getattr(node, "attr", ""))


def hand_made_refs(path: Path) -> list[int]:
    """The lines in ``path`` that write or read a ref by hand: an f-string ``f"<kind>:{…}"`` of a known kind or
    ``f"{….kind}:…"``, a string ``"<kind>:"`` (a prefix to test) or ``"<kind>:<kind>"`` (as "visie:visie"), or
    ``ref….partition(":")`` (or rpartition, split)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr):
            for part, after in zip(node.values, node.values[1:]):
                if isinstance(part, ast.Constant) and isinstance(after, ast.FormattedValue):
                    found += [node.lineno] if REF_PREFIX.search(part.value) else []
                elif isinstance(part, ast.FormattedValue) and isinstance(after, ast.Constant):
                    colon = after.value.startswith(":") and not after.value[1:2].isspace()  # not "Kind: label"
                    found += [node.lineno] if colon and _name(part.value) == "kind" else []
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            kind, sep, rest = node.value.partition(":")
            found += [node.lineno] if sep and kind in KINDS and rest in ("", kind) else []
        elif isinstance(node, ast.Call) and _name(node.func) in ("partition", "rpartition", "split"):
            colon = [getattr(a, "value", None) for a in node.args[:1]] == [":"]
            found += [node.lineno] if colon and "ref" in _name(node.func.value).lower() else []
    return sorted(set(found))


def test_the_ref_finder_sees_refs_and_not_other_colons(tmp_path):
    source = tmp_path / "m.py"
    source.write_text('a = f"principe:{p.id}"\nb = f"#stap:{x}/{n}"\nc = f"{self.kind}:{self.id}"\n'
                      'd = r.startswith("stap:")\ne = "visie:visie"\nf = ref.partition(":")\n'
                      'g = f"data:{mime};base64"\nh = f"{h}:{m}"\ni = f"Rating per stap: {j}"\nj = f"p:{p.id}"\n'
                      'k = f"nl:{x}"\nl = "agenda: 3 punten"\nm = path.partition(":")\nn = f"klantreis-{r}:{x}"\n'
                      'o = f"{kind}: {label}"\n',
                      encoding="utf-8")
    assert hand_made_refs(source) == [1, 2, 3, 4, 5, 6]


def test_refs_are_made_and_read_by_the_ref_type_only():
    paths = [p for folder in ("praatplaat", "components", "web", "live", "store") for p in
             sorted((ROOT / folder).rglob("*.py"))] + [ROOT / "app.py"]
    found = {str(p.relative_to(ROOT)): lines for p in paths if (lines := hand_made_refs(p))}
    allowed = {"praatplaat/ref.py"}
    assert set(found) <= allowed, {k: v for k, v in found.items() if k not in allowed}
