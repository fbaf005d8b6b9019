"""The YAML editor's pure parts: completion data from the schema, indentation and completion context
(assets/editor/src/yamlcontext.js, run in Node), syntax errors on the line of the mistake, and the
committed bundle being the build of the source."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from components.editor import DIST, completion_model, references
from praatplaat.load import load_file, load_text
from praatplaat.model import ICONEN

ROOT = Path(__file__).resolve().parents[1]
GROOTHAVEN = ROOT / "praatplaten" / "gemeente-groothaven.yaml"


def test_completion_model_follows_the_schema():
    model = completion_model()
    shapes = model["shapes"]
    root = shapes[model["root"]]
    assert {"versie", "titel", "principes", "kanalen", "klantreizen", "visie"} <= set(root)
    assert root["principes"] == {"t": "list", "item": "Principe"}
    assert root["visie"] == {"t": "map", "shape": "Visie"}
    assert shapes["Klantreis"]["stappen"] == {"t": "list", "item": "Stap"}
    assert shapes["Klantreis"]["doelgroep"]["ref"] == "doelgroep"
    assert shapes["Stap"]["kanaal"] == {"t": "scalar", "ref": "kanaal"}
    assert shapes["Stap"]["principes"] == {"t": "list", "ref": "principe"}
    assert shapes["Verhaal"]["principe"]["ref"] == "principe"
    assert "balie" in shapes["Kanaal"]["soort"]["values"]
    assert shapes["Agendapunt"]["status"]["values"] == ["gepland", "bezig", "klaar"]
    assert shapes["Principe"]["icoon"]["icons"] is True
    assert set(shapes["Principe"]) == {"naam", "id", "uitleg", "voorbeelden", "icoon"}


def test_references_offer_names_and_ids_of_the_last_good_vision():
    refs = references(load_file(GROOTHAVEN).vision)
    assert {"naam": "Stadswinkel", "id": "stadswinkel"} in refs["kanaal"]
    assert {"naam": "Duidelijk en eenvoudig", "id": "duidelijk"} in refs["principe"]
    assert any(d["naam"] == "Inwoners" for d in refs["doelgroep"])
    assert references(None) == {}


@pytest.mark.parametrize(
    ("text", "where", "nl", "en"),
    [
        ("versie: 1\ntitel: Zo\ntitel Zo helpen wij u\nondertitel: x\n", (3, 6),
         "na 'titel' ontbreekt een ':'", "'titel' is missing its ':'"),
        ("versie: 1\ntitel Zo helpen wij u\n", (2, 6), "na 'titel' ontbreekt een ':'", "'titel' is missing its ':'"),
        ("visie:\n  kern: a\n  toelichting b\n", (3, 14), "na 'toelichting' ontbreekt", "'toelichting' is missing"),
        ("principes:\n  - naam: a\n    uitleg Wij b\n  - naam: c\n", (3, 11), "na 'uitleg' ontbreekt",
         "'uitleg' is missing"),
    ],
)
def test_a_missing_colon_is_named_on_its_own_line(text, where, nl, en):
    syntax = [d for d in load_text(text).errors if d.code == "syntax"]
    assert syntax and (syntax[0].line, syntax[0].col) == where
    assert nl in syntax[0].message("nl") and en in syntax[0].message("en")


def test_the_committed_bundle_exists():
    for name in ("editor.js", "editor.css"):
        assert (DIST / name).stat().st_size > 1000 or name == "editor.css" and (DIST / name).stat().st_size > 200


ESBUILD = ROOT / "node_modules" / ".bin" / "esbuild"


@pytest.mark.skipif(not ESBUILD.is_file(), reason="npm ci not run (esbuild missing)")
def test_the_committed_bundle_is_the_build_of_the_source(tmp_path):
    """`npm run build:editor` gives exactly the committed files (rebuild and commit after editing src/)."""
    script = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["scripts"]["build:editor"]
    script = script.replace("assets/editor/dist/", f"{tmp_path}/")
    subprocess.run(script.replace("esbuild ", f"{ESBUILD} "), shell=True, cwd=ROOT, check=True, capture_output=True)
    for name in ("editor.js", "editor.css"):
        assert (tmp_path / name).read_bytes() == (DIST / name).read_bytes(), f"run npm run build:editor ({name})"


NODE = shutil.which("node")
CONTEXT_CASES = r"""
import { newLinePrefix, completionContext, itemDashColumn } from "SOURCE";
import { readFileSync } from "node:fs";
const model = JSON.parse(readFileSync(process.argv[2], "utf8"));
const out = {};
for (const [name, lines, n, before] of JSON.parse(readFileSync(process.argv[3], "utf8"))) {
  out[name] = { enter: newLinePrefix(model, lines, n, before), ctx: completionContext(model, lines, n, before) };
  if (out[name].ctx && out[name].ctx.shape) out[name].ctx.keys = Object.keys(out[name].ctx.shape);
  if (!before.trim()) out[name].dash = itemDashColumn(lines, n, before.length);
}
console.log(JSON.stringify(out));
"""


def _context(folder: Path, cases: dict[str, tuple[str, int, str]]) -> dict:
    """Run yamlcontext.mjs in Node on {name: (text, line index, text before the cursor)}."""
    source = (ROOT / "assets" / "editor" / "src" / "yamlcontext.mjs").as_uri()
    (folder / "run.mjs").write_text(CONTEXT_CASES.replace("SOURCE", source), encoding="utf-8")
    (folder / "model.json").write_text(json.dumps(completion_model()), encoding="utf-8")
    rows = [[name, text.split("\n"), n, before] for name, (text, n, before) in cases.items()]
    (folder / "cases.json").write_text(json.dumps(rows), encoding="utf-8")
    done = subprocess.run([NODE, folder / "run.mjs", folder / "model.json", folder / "cases.json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


@pytest.mark.skipif(NODE is None, reason="node not installed")
def test_enter_indents_for_yaml_and_completion_knows_the_place(tmp_path):
    text = GROOTHAVEN.read_text(encoding="utf-8")
    lines = text.split("\n")
    row = {start: next(i for i, line in enumerate(lines) if line.startswith(start)) for start in
           ("principes:", "kanalen:", "    stappen:", "      - naam: Informatie zoeken", "visie:",
            "  - naam: Wij zijn er voor u", "      - Twijfelen", "        kanaal: Website",
            "        principes: [duidelijk]", "  toelichting: >-")}

    def case(start, before=None):
        return text, row[start], lines[row[start]] if before is None else before

    got = _context(tmp_path, {
        "list opener": case("principes:"),
        "channel list": case("kanalen:"),
        "steps": case("    stappen:"),
        "mapping opener": case("visie:"),
        "item key": case("  - naam: Wij zijn er voor u"),
        "scalar item": case("      - Twijfelen"),
        "block scalar": case("  toelichting: >-"),
        "step key": (text, row["      - naam: Informatie zoeken"] + 1, "        ka"),
        "new step": ("\n".join(lines[:row["      - naam: Informatie zoeken"]] + ["      - "]
                                + lines[row["      - naam: Informatie zoeken"]:]),
                     row["      - naam: Informatie zoeken"], "      - "),
        "channel value": case("        kanaal: Website", "        kanaal: Stad"),
        "flow principles": case("        principes: [duidelijk]", "        principes: [duidelijk, af"),
        "new principle": ("\n".join(lines[:row["  - naam: Wij zijn er voor u"]] + ["  - "]
                                     + lines[row["  - naam: Wij zijn er voor u"]:]),
                          row["  - naam: Wij zijn er voor u"], "  - "),
        "soort": (text, row["kanalen:"] + 2, "    soort: ba"),
        "icoon": (text, row["  - naam: Wij zijn er voor u"] + 2, "    icoon: "),
    })
    assert got["list opener"]["enter"] == "  - "
    assert got["channel list"]["enter"] == "  - "
    assert got["steps"]["enter"] == "      - "
    assert got["mapping opener"]["enter"] == "  "
    assert got["item key"]["enter"] == "    "
    assert got["scalar item"]["enter"] == "      - "
    assert got["block scalar"]["enter"] == "    "
    assert got["step key"]["ctx"]["kind"] == "key" and got["step key"]["ctx"]["word"] == "ka"
    assert {"principes", "beleving", "toelichting"} & set(got["step key"]["ctx"]["keys"]) == set(), \
        "keys already written in this step are not offered again"
    assert "kanaal" in got["step key"]["ctx"]["keys"]
    assert set(got["new step"]["ctx"]["keys"]) == {"naam", "kanaal", "principes", "beleving", "toelichting"}
    assert got["channel value"]["ctx"] == {"kind": "value", "word": "Stad", "field": {"t": "scalar", "ref": "kanaal"}}
    assert got["flow principles"]["ctx"]["word"] == "af"
    assert got["flow principles"]["ctx"]["field"]["ref"] == "principe"
    assert set(got["new principle"]["ctx"]["keys"]) == {"naam", "id", "uitleg", "voorbeelden", "icoon"}
    assert "balie" in got["soort"]["ctx"]["field"]["values"]
    assert got["icoon"]["ctx"]["field"].get("icons") and ICONEN


@pytest.mark.skipif(NODE is None, reason="node not installed")
def test_a_dash_typed_at_an_items_field_column_belongs_to_that_list(tmp_path):
    """After Enter on an item's last field the new line is at the item's field column (a new field of the same
    item); a "-" typed there goes to the column of the item's dash (the editor's type-over uses this)."""
    text = GROOTHAVEN.read_text(encoding="utf-8")
    lines = text.split("\n")
    step = next(i for i, line in enumerate(lines) if line.startswith("        beleving: 1"))
    core = next(i for i, line in enumerate(lines) if line.startswith("  toelichting: >-"))

    def blank_after(i, indent):
        return "\n".join(lines[:i + 1] + [indent] + lines[i + 1:]), i + 1, indent

    got = _context(tmp_path, {
        "after a step's field": blank_after(step, "        "),
        "after a principle's field": blank_after(next(i for i, line in enumerate(lines)
                                                      if line.startswith("  - naam: Wij zijn er voor u")), "    "),
        "in the core's text": blank_after(core + 1, "    "),
        "after a mapping key": blank_after(core - 1, "  "),
    })
    assert got["after a step's field"] == {"enter": "        ", "ctx": got["after a step's field"]["ctx"], "dash": 6}
    assert got["after a principle's field"]["dash"] == 2
    assert got["in the core's text"]["dash"] is None
    assert got["after a mapping key"]["dash"] is None


# --- the editor in the app (AppTest: the data the component gets) -------------------------------

@pytest.fixture
def app(tmp_path, monkeypatch):
    """The studio with the example opened from the gallery."""
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("PRAATPLAAT_WORKSPACES", str(tmp_path / "ws"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    at.button(key="open-gemeente-groothaven").click().run()
    assert not at.exception
    return at


def editor_data(at) -> dict:
    found = [e for e in at.get("bidi_component") if e.proto.component_name == "praatplaat_editor"]
    assert len(found) == 1, "one editor is shown"
    return json.loads(found[0].proto.json)


def send(at, text: str, seq: int):
    """What the editor sends for an edit."""
    key = editor_data(at)["id"]
    at.session_state[key] = {"edit": {"text": text, "seq": seq, "base": key}, "need_text": None}
    return at.run()


def test_the_editor_gets_the_text_once_then_acknowledges_edits(app):
    data = editor_data(app)
    assert data["text"] == GROOTHAVEN.read_text(encoding="utf-8") and data["ack"] == 0
    assert "/media/" in data["src"] and data["refs"]["kanaal"]
    edited = data["text"].replace("titel: Zo helpen wij u", "titel: Zo helpen wij u samen")
    send(app, edited, 1)
    data = editor_data(app)
    assert app.session_state["workspace"].text == edited
    assert data["ack"] == 1, "the edit is acknowledged, so the editor sends the next one"
    assert data["text"] is None, "the running editor holds the text: it is not sent back"
    assert data["labels"]["summary"] == "Geen fouten of waarschuwingen"


def test_problems_and_goto_reach_the_editor(app):
    text = editor_data(app)["text"]
    send(app, text.replace("titel: Zo", "titel Zo", 1), 1)
    data = editor_data(app)
    first = data["problems"][0]
    assert (first["line"], first["col"], first["severity"]) == (3, 6, "error")
    assert "na 'titel' ontbreekt een ':'" in first["message"] and first["where"] == "Regel 3, kolom 6"
    assert "laatste geldige versie" in data["labels"]["summary"]
    app.session_state["goto"] = {"line": 20, "col": 3, "nonce": 7}
    app.run()
    assert editor_data(app)["goto"] == {"line": 20, "col": 3, "nonce": "7", "focus": True, "expect": None}


def test_warnings_about_an_unfinished_vision_wait_in_controleren(app):
    """A new principle that no step, quote or agenda item carries yet is no warning while typing: it waits,
    counted, in the folded "Controleren" list (and in the export panel); errors stay immediate."""
    text = editor_data(app)["text"]
    send(app, text.replace("principes:\n", "principes:\n  - naam: Zichtbaar dichtbij\n", 1), 1)
    data = editor_data(app)
    review = [p for p in data["problems"] if p["review"]]
    assert [p["severity"] for p in review] == ["warning"] and "Zichtbaar dichtbij" in review[0]["message"]
    assert data["labels"]["summary"] == "Geen fouten of waarschuwingen"
    assert data["labels"]["review"] == "Controleren (1)"
    send(app, text.replace("principes:\n", "principes:\n  - naam: Zichtbaar dichtbij\n", 1)
         .replace("titel: Zo", "titel Zo", 1), 2)
    data = editor_data(app)
    assert not any(p["review"] for p in data["problems"] if p["severity"] == "error")
    assert "fout" in data["labels"]["summary"]


PEOPLE = r"""
import { people } from "SOURCE";
const user = (name, tab) => ({ user: { name }, tab });
const states = new Map([
  [1, user("Anna", "a")], [2, user("Anna", "a")],  // our tab's room opened anew: the old state is still here
  [3, user("Bob", "b")], [4, user("Bob", "b")],    // the same for Bob's tab
  [5, user("Bob", "c")],                           // Bob in a second tab counts again
  [6, { server: { saved: true } }], [7, { viewer: true }],
]);
console.log(JSON.stringify([people(states, 1, "u"), people(new Map([[1, user("Anna", "a")]]), 1, "u")]));
"""


@pytest.mark.skipif(NODE is None, reason="node not installed")
def test_who_is_here_counts_a_tab_once(tmp_path):
    source = (ROOT / "assets" / "editor" / "src" / "presence.mjs").as_uri()
    (tmp_path / "run.mjs").write_text(PEOPLE.replace("SOURCE", source), encoding="utf-8")
    done = subprocess.run([NODE, tmp_path / "run.mjs"], capture_output=True, text=True, check=True)
    here, alone = json.loads(done.stdout)
    assert here == {"n": 3, "names": ["u", "Bob", "Bob"], "alone": False}, "one name per tab, ours first"
    assert alone == {"n": 1, "names": ["u"], "alone": True}
