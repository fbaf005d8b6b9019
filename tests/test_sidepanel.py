"""The side form beside the picture, quick capture and the forms, driven with Streamlit's AppTest.

Text changes made "elsewhere" go through one helper (``set_text``), so these tests do not depend
on the editor component's event format.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import store
from components import forms
from live import hub
from praatplaat.describe import describe
from praatplaat.load import load_text
from praatplaat.yamlload import load_yaml

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
EXAMPLE = ROOT / "praatplaten" / "gemeente-groothaven.yaml"


@pytest.fixture(autouse=True)
def workspaces(tmp_path, monkeypatch):
    """Each test has its own SQLite database."""
    monkeypatch.setenv("PRAATPLAAT_WORKSPACES", str(tmp_path / "ws"))
    monkeypatch.setenv("PRAATPLAAT_DATABASE_URL", f"sqlite:///{tmp_path / 'praatplaat.db'}")
    return tmp_path / "ws"


def opened(example: str = "gemeente-groothaven") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.button(key=f"open-{example}").click().run()
    assert not at.exception
    return at


def text(at: AppTest) -> str:
    return at.session_state["workspace"].text


def set_text(at: AppTest, new_text: str) -> AppTest:
    """Change the workspace text the way any change from outside the editor does (another tab's edit of the
    shared document, which this tab takes in)."""
    ws = at.session_state["workspace"]
    ws.take(hub.get(store.open_store()).edit(ws.id, new_text, "another-tab"))
    return at.run()


def select(at: AppTest, ref: str) -> AppTest:
    at.session_state["selected"] = ref
    return at.run()


def widget(at: AppTest, kind: str, prefix: str):
    return next(w for w in at.get(kind) if (w.key or "").startswith(prefix))


def changed_lines(old: str, new: str) -> list[int]:
    a, b = old.splitlines(), new.splitlines()
    assert len(a) == len(b)
    return [i + 1 for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]


def test_side_form_edits_only_the_element_and_keeps_comments():
    at = opened()
    before = text(at)
    select(at, "principe:duidelijk")
    assert not at.exception
    widget(at, "text_area", "ef-principe:duidelijk-uitleg-").input("Wij schrijven in gewone taal.").run()
    after = text(at)
    assert changed_lines(before, after) == [before.splitlines().index(
        "    uitleg: Wij schrijven en praten in gewone taal. U weet altijd wat de volgende stap is.") + 1]
    assert after.startswith("# Praatplaat")
    vision = load_text(after).vision
    assert vision.principes[1].uitleg == "Wij schrijven in gewone taal."
    assert at.session_state["selected"] == "principe:duidelijk"


def test_step_form_chooses_channel_and_principles_by_name():
    at = opened()
    select(at, "stap:verhuizen/2")
    channel = widget(at, "selectbox", "ef-stap:verhuizen/2-kanaal-")
    assert "None" not in channel.options and "— geen —" in channel.options
    assert "Stadswinkel" in channel.options and "stadswinkel" not in channel.options
    channel.select("stadswinkel").run()  # the value is the id; the option shown is the name
    principles = widget(at, "multiselect", "ef-stap:verhuizen/2-principes-")
    assert "Wij zijn er voor u" in principles.options
    principles.set_value(["er-voor-u"]).run()
    step = load_yaml(text(at)).data["klantreizen"][0]["stappen"][1]
    assert step["kanaal"] == "Stadswinkel" and step["principes"] == ["Wij zijn er voor u"]
    assert load_text(text(at)).ok
    beleving = widget(at, "selectbox", "ef-stap:verhuizen/2-beleving-")
    assert "zeer negatief (−2)" in beleving.options
    beleving.select(-2).run()
    assert load_yaml(text(at)).data["klantreizen"][0]["stappen"][1]["beleving"] == -2


def test_rename_everywhere_rewrites_every_reference():
    at = opened()
    before = text(at)
    references = before.count("kanaal: Stadswinkel")
    select(at, "kanaal:stadswinkel")
    widget(at, "text_input", "ef-kanaal:stadswinkel-naam-").input("Servicepunt")
    at.button(key="rename-kanaal:stadswinkel-go").click().run()
    after = text(at)
    assert "Stadswinkel" not in "\n".join(line for line in after.splitlines() if "kanaal:" in line)
    assert after.count("kanaal: Servicepunt") == references > 1
    assert load_text(after).ok
    assert at.session_state["selected"] == "kanaal:servicepunt", "the selection follows the new id"


def test_rename_to_a_taken_name_is_refused_with_a_message():
    at = opened()
    before = text(at)
    select(at, "principe:duidelijk")
    widget(at, "text_input", "ef-principe:duidelijk-naam-").input("Wij zijn er voor u")
    at.button(key="rename-principe:duidelijk-go").click().run()
    assert text(at) == before
    assert any("al in gebruik" in w.value for w in at.warning)


def test_delete_removes_references_and_undo_brings_everything_back():
    at = opened()
    before = text(at)
    select(at, "principe:duidelijk")
    at.button(key="delete-element").click().run()
    after = text(at)
    assert "id: duidelijk" not in after and "duidelijk]" not in after and "[duidelijk" not in after
    assert load_text(after).ok
    assert at.session_state["selected"] is None
    at.button(key="undo-delete").click().run()
    assert text(at) == before
    assert at.session_state["selected"] == "principe:duidelijk"


def test_show_in_yaml_sets_the_editor_target():
    at = opened()
    select(at, "stap:verhuizen/2")
    at.button(key="show-in-yaml").click().run()
    goto = at.session_state["goto"]
    line = text(at).splitlines()[goto["line"] - 1]
    assert line.strip() == "- naam: Adreswijziging doorgeven" and line.index("-") + 1 == goto["col"]
    at.button(key="show-in-yaml").click().run()
    assert at.session_state["goto"]["nonce"] != goto["nonce"], "a second click jumps again"


@pytest.mark.parametrize(("what", "sentence", "check"), [
    ("principe", "Wij luisteren eerst: pas dan zoeken wij een oplossing.",
     lambda v: v.principes[-1].naam == "Wij luisteren eerst" and v.principes[-1].uitleg.startswith("pas dan")),
    ("stap:verhuizen", "Welkomstpakket ophalen",
     lambda v: v.klantreizen[0].stappen[-1].naam == "Welkomstpakket ophalen"),
    ("verhaal", "Ik werd meteen teruggebeld — mevrouw De Vries",
     lambda v: v.verhalen[-1].citaat == "Ik werd meteen teruggebeld" and v.verhalen[-1].wie == "mevrouw De Vries"),
    ("kanaal", "Beeldbellen met de wijkcoach", lambda v: v.kanalen[-1].soort == "video"),
    ("agenda", "Spreekuur in de bibliotheek", lambda v: v.agenda[-1].status == "gepland"),
])
def test_quick_capture_adds_and_selects(what, sentence, check):
    at = opened()
    at.selectbox(key="qa-what").set_value(what)
    at.text_input(key="qa-text").input(sentence)
    at.button(key="qa-add").click().run()
    assert not at.exception
    result = load_text(text(at))
    assert result.ok and check(result.vision)
    # The browser empties the line (clear_on_submit, which AppTest does not play): tests/browser/test_direct_edit.py
    assert at.session_state["selected"], "the new element is selected, ready to refine"
    assert at.selectbox(key="qa-what").value == what, "the kind stays for the next entry"


def test_quick_capture_keeps_the_sentence_and_says_why_while_the_text_is_broken():
    at = opened()
    broken = text(at).replace("titel: Zo helpen wij u", "titel: [Zo helpen", 1)
    set_text(at, broken)
    at.text_input(key="qa-text").input("Wij bellen terug")
    at.button(key="qa-add").click().run()
    assert not at.exception
    assert text(at) == broken, "nothing is written into a broken text"
    assert at.text_input(key="qa-text").value == "Wij bellen terug", "the typing comes back"
    assert any("fout" in w.value.lower() or "error" in w.value.lower() for w in at.toast), \
        [w.value for w in at.toast]


def test_quick_capture_offers_a_journey_named_in_the_text_at_once():
    at = opened()
    assert not any("Nieuwbouw" in o for o in at.selectbox(key="qa-what").options)
    new = text(at).replace("klantreizen:\n", "klantreizen:\n  - naam: Nieuwbouw\n    id: nieuwbouw\n    stappen:\n"
                           "      - naam: Aanvraag\n", 1)
    set_text(at, new)
    assert load_text(text(at)).ok
    labels = at.selectbox(key="qa-what").options
    assert any("Nieuwbouw" in o for o in labels), labels


def test_forms_edit_the_last_good_version_while_the_text_is_broken():
    at = opened()
    good = text(at)
    at.session_state["mode"] = "forms"
    at.run()
    broken = good.replace("titel: Zo helpen wij u", "titel: [Zo helpen", 1)
    set_text(at, broken)
    assert any("laatste geldige versie" in w.value for w in at.warning)
    title = next(w for w in at.text_input if w.key.startswith("fld-titel-"))
    assert title.value == "Zo helpen wij u"
    title.input("Dichtbij en duidelijk").run()
    assert text(at) == good.replace("titel: Zo helpen wij u", "titel: Dichtbij en duidelijk")
    at.button(key="undo").click().run()
    assert text(at) == broken, "undo brings the broken text back"


def test_form_tables_show_names_not_ids_and_fit():
    at = opened()
    at.session_state["mode"] = "forms"
    at.run()
    steps = next(d for d in at.dataframe if list(d.value.columns)[:2] == ["naam", "kanaal"])
    names = {p["naam"] for p in load_yaml(text(at)).data["principes"]}
    shown = {p for row in steps.value["principes"] for p in row}
    assert shown and shown <= names, shown - names
    for columns in forms.TABLES.values():
        assert sum(c.width for c in columns) <= 500, "every table fits the forms column at 1280 px"


def test_empty_new_row_waits_and_typed_row_is_written_with_defaults():
    data = load_yaml(EXAMPLE.read_text(encoding="utf-8")).data
    items = data["kanalen"]
    assert forms.apply_delta("kanalen", items, {"added_rows": [{}]}) == items
    assert forms.apply_delta("kanalen", items, {"added_rows": [{"naam": None, "soort": None}]}) == items
    out = forms.apply_delta("kanalen", items, {"added_rows": [{"naam": "Wijkteam"}]})
    assert out[-1] == {"naam": "Wijkteam", "soort": "online"}
    rows = forms.to_rows(data["klantreizen"][0]["stappen"], forms.TABLES["stappen"], data)
    assert rows[1]["principes"] == ["Duidelijk en eenvoudig", "Wij doen wat we beloven"]


def test_details_show_the_elements_description_while_the_text_is_broken():
    """Not editable: the panel shows praatplaat.describe's fields, in its order and with its labels."""
    at = opened()
    vision = load_text(text(at)).vision
    select(at, "stap:verhuizen/2")
    set_text(at, text(at).replace("titel: Zo helpen wij u", "titel: [Zo helpen", 1))
    assert not at.exception
    shown = "\n".join(m.value for m in at.markdown).replace("\\", "")
    d = describe(vision, "stap:verhuizen/2")
    expected = [f.value if f.style == "prose" else f.label for f in d.fields]
    at_ = [shown.index(x) for x in expected]
    assert at_ == sorted(at_), (expected, shown)
    assert d.get("klantreis").value in shown and d.title in shown

def test_every_kind_of_element_opens_its_form():
    at = opened()
    vision = load_text(text(at)).vision
    refs = ["visie:visie", "fundament:fundament", f"principe:{vision.principes[0].id}",
            f"kanaal:{vision.kanalen[0].id}", f"doelgroep:{vision.doelgroepen[0].id}",
            f"klantreis:{vision.klantreizen[0].id}",
            f"stap:{vision.klantreizen[1].id}/1", "verhaal:verhaal-2", f"agenda:{vision.agenda[0].id}"]
    for ref in refs:
        select(at, ref)
        assert not at.exception and not at.error, ref
        assert any((w.key or "").startswith(f"ef-{ref}-") for kind in ("text_input", "text_area", "selectbox")
                   for w in at.get(kind)), f"{ref} has editable fields"
