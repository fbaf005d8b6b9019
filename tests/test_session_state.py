"""Every session-state key of the studio is declared once, with its default and owner, in components/state.py, and
only that module initialises one (issue 21). Keys are found in the code of components/ by walking its syntax:
``st.session_state[...]``, ``.get``/``.pop``/``.setdefault``/``in``, with a literal, a module constant, or an f-string
(directly or through a local name) whose fixed start names a declared family."""

from __future__ import annotations

import ast
from pathlib import Path
from types import SimpleNamespace

from components import state

COMPONENTS = Path(__file__).resolve().parents[1] / "components"


def _is_state(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "session_state"


def _prefix(node: ast.JoinedStr, fstrings: dict[str, str]) -> str:
    """The fixed start of an f-string (through a local f-string it starts with)."""
    first = node.values[0] if node.values else None
    if isinstance(first, ast.Constant):
        return first.value
    if isinstance(first, ast.FormattedValue) and isinstance(first.value, ast.Name):
        return fstrings.get(first.value.id, "")
    return ""


def _seeds(node: ast.If) -> bool:
    """``if key not in st.session_state: st.session_state[key] = …``"""
    test = node.test
    return (isinstance(test, ast.Compare) and isinstance(test.ops[0], ast.NotIn) and _is_state(test.comparators[0])
            and any(isinstance(s, ast.Assign) and isinstance(s.targets[0], ast.Subscript)
                    and _is_state(s.targets[0].value) for s in node.body))


def _uses(tree: ast.Module):
    """(kind, key, line) for each session-state access: kind 'key' (a known name), 'family' (an f-string's start),
    'dynamic' (what the syntax cannot resolve), 'init' (a setdefault or an ``if … not in``
    that sets the key)."""
    constants = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                 and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
                 for t in n.targets if isinstance(t, ast.Name)}
    for scope in [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef))]:
        fstrings = {}
        for node in ast.walk(scope):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.JoinedStr):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        fstrings[target.id] = _prefix(node.value, {})
        for node in ast.walk(scope) if scope is not tree else []:
            arg = None
            if isinstance(node, ast.Subscript) and _is_state(node.value):
                arg = node.slice
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and _is_state(node.func.value):
                if node.func.attr == "setdefault":
                    yield "init", "setdefault", node.lineno
                arg = node.args[0] if node.args else None
            elif isinstance(node, ast.Compare) and any(_is_state(c) for c in node.comparators):
                arg = node.left
            elif isinstance(node, ast.If) and _seeds(node):
                yield "init", "if … not in st.session_state: st.session_state[…] = …", node.lineno
            if isinstance(arg, ast.Constant):
                yield "key", arg.value, node.lineno
            elif isinstance(arg, ast.Name) and arg.id in constants:
                yield "key", constants[arg.id], node.lineno
            elif isinstance(arg, ast.Name) and arg.id in fstrings:
                yield "family", fstrings[arg.id], node.lineno
            elif isinstance(arg, ast.JoinedStr) and _prefix(arg, fstrings):
                yield "family", _prefix(arg, fstrings), node.lineno
            elif arg is not None:
                yield "dynamic", ast.unparse(arg), node.lineno


def _all_uses():
    for path in sorted(COMPONENTS.glob("*.py")):
        for use in set(_uses(ast.parse(path.read_text(encoding="utf-8")))):
            yield path.stem, *use


def test_every_session_state_key_is_declared():
    undeclared = [f"{module}.py:{line}: {key!r}" for module, kind, key, line in _all_uses()
                  if kind == "key" and key not in state.KEYS]
    assert not undeclared, "declare these in components/state.py:\n" + "\n".join(sorted(undeclared))


def test_every_family_of_keys_is_declared():
    unknown = [f"{module}.py:{line}: {prefix!r}…" for module, kind, prefix, line in _all_uses()
               if kind == "family" and not any(prefix.startswith(f) for f in state.FAMILIES)]
    assert not unknown, "declare these prefixes in state.FAMILIES:\n" + "\n".join(sorted(unknown))


def test_only_the_state_module_initialises_a_key():
    elsewhere = [f"{module}.py:{line}: {how}" for module, kind, how, line in _all_uses()
                 if kind == "init" and module != "state"]
    assert not elsewhere, "initialise keys in components/state.py (init, seed_settings, seed):\n" + "\n".join(
        sorted(elsewhere))


def test_owners_are_modules_of_the_studio():
    modules = {p.stem for p in COMPONENTS.glob("*.py")}
    owners = {k.owner for k in state.KEYS.values()} | set(state.FAMILIES.values())
    assert owners <= modules, owners - modules
    assert {k.kind for k in state.KEYS.values()} <= {"value", "setting", "once", "widget"}


def test_init_gives_each_value_its_default_and_keeps_what_is_there(monkeypatch):
    session = {"browser_id": "kept"}
    monkeypatch.setattr(state, "st", SimpleNamespace(session_state=session))
    state.init()
    values = {k.name for k in state.KEYS.values() if k.kind == "value"}
    assert values <= session.keys()
    assert session["browser_id"] == "kept"
    assert session["krant_size"] == "a4" and session["form_tables"] == {}
    assert isinstance(session["tab_id"], str) and len(session["tab_id"]) >= 16
    assert not {k.name for k in state.KEYS.values() if k.kind in ("once", "widget", "setting")} & session.keys()
    other = {}
    monkeypatch.setattr(state, "st", SimpleNamespace(session_state=other))
    state.init()
    assert other["tab_id"] != session["tab_id"] and other["form_tables"] is not session["form_tables"]


def test_settings_come_from_the_workspace_else_their_default(monkeypatch):
    session = {"lang": "en"}
    monkeypatch.setattr(state, "st", SimpleNamespace(session_state=session))
    state.seed_settings({"view": "reis", "lang": "nl"})
    assert session == {"lang": "en", "view": "reis", "mode": None, "journey": None, "selected": None}
