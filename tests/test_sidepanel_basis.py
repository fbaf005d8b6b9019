"""The side form on a vision built on a base (gemeente-beekdal on ``basis: overheid``), with AppTest:
an inherited element's edit becomes an override, its delete a ``weglaten`` entry with undo, and the
details name where the element comes from."""

from __future__ import annotations

from praatplaat.load import load_text
from praatplaat.yamlload import load_yaml
from tests.test_sidepanel import opened, select, text, widget, workspaces  # noqa: F401 - workspaces: fixture


def test_editing_an_inherited_principle_writes_an_override_with_only_that_field():
    at = opened("gemeente-beekdal")
    before = text(at)
    select(at, "principe:algemeen-belang")
    assert not at.exception
    assert any("uit de basis 'overheid'" in c.value for c in at.caption), "the details say where it comes from"
    widget(at, "text_area", "ef-principe:algemeen-belang-uitleg-").input("Wij wegen alle belangen in Beekdal.").run()
    after = text(at)
    own = load_yaml(after).data["principes"]
    assert {"id": "algemeen-belang", "uitleg": "Wij wegen alle belangen in Beekdal."} in own
    assert after.startswith(before.split("\nprincipes:")[0])  # nothing above the list changed
    vision = load_text(after).vision
    assert vision.principes[0].uitleg == "Wij wegen alle belangen in Beekdal."
    assert vision.principes[0].naam == "Wij handelen in het algemeen belang"  # the rest still from the base
    assert vision.herkomst[("principes", "algemeen-belang")].velden == ("uitleg",)
    assert at.session_state["selected"] == "principe:algemeen-belang"
    select(at, "principe:algemeen-belang")
    assert any("hier aangepast: uitleg" in c.value for c in at.caption)


def test_deleting_an_inherited_principle_adds_it_to_weglaten_and_undo_restores():
    at = opened("gemeente-beekdal")
    before = text(at)
    select(at, "principe:duidelijk-en-aanspreekbaar")
    at.button(key="delete-element").click().run()
    after = text(at)
    assert load_yaml(after).data["weglaten"] == ["duidelijk-en-aanspreekbaar"]
    vision = load_text(after).vision
    assert "duidelijk-en-aanspreekbaar" not in [p.id for p in vision.principes]
    assert "duidelijk-en-aanspreekbaar" not in str([s.principes for r in vision.klantreizen for s in r.stappen])
    at.button(key="undo-delete").click().run()
    assert text(at) == before
    assert at.session_state["selected"] == "principe:duidelijk-en-aanspreekbaar"


def test_an_own_element_of_a_based_vision_edits_its_own_lines():
    at = opened("gemeente-beekdal")
    before = text(at)
    select(at, "kanaal:huisbezoek")
    widget(at, "text_input", "ef-kanaal:huisbezoek-servicenorm-").input("Binnen 3 werkdagen bij u thuis").run()
    after = text(at)
    assert after == before.replace("Binnen 5 werkdagen bij u thuis", "Binnen 3 werkdagen bij u thuis")


def test_a_principle_that_repeats_the_base_is_offered_for_taking_over_with_undo():
    at = opened("gemeente-beekdal")
    before = text(at)
    select(at, "principe:samen")
    assert not any(c.key == "adopt-hint" for c in at.button), "no hint for a principle the base does not have"
    widget(at, "text_input", "ef-principe:samen-naam-").input("Wij zijn er om u te helpen")
    at.button(key="rename-principe:samen-go").click().run()
    assert not at.exception
    hint = next(c.value for c in at.caption if "Lijkt op" in c.value)
    assert "‘Wij zijn er om te helpen’ uit de basis overheid" in hint and "overnemen?" in hint
    at.button(key="adopt-hint").click().run()
    after = text(at)
    vision = load_text(after).vision
    assert [p.id for p in vision.principes].count("er-om-te-helpen") == 1
    assert "samen" not in [p.id for p in vision.principes]
    assert vision.agenda[0].principes == ["er-om-te-helpen"]  # the reference followed, no duplicate
    assert at.session_state["selected"] == "principe:er-om-te-helpen"
    at.button(key="undo-adopt").click().run()
    assert "Wij zijn er om u te helpen" in text(at) and text(at) != before


def test_quick_capture_of_a_principle_the_base_has_selects_it_with_the_hint():
    at = opened("gemeente-beekdal")
    at.selectbox(key="qa-what").set_value("principe")
    at.text_input(key="qa-text").input("Duidelijk en aanspreekbaar: wij schrijven helder.")
    at.button(key="qa-add").click().run()
    assert not at.exception
    selected = at.session_state["selected"]
    assert selected.startswith("principe:") and selected != "principe:duidelijk-en-aanspreekbaar", "the new own one"
    assert any("‘Wij zijn duidelijk en aanspreekbaar’ uit de basis overheid" in c.value for c in at.caption)


def test_a_principle_typed_in_the_text_is_hinted_while_nothing_is_selected():
    from tests.test_sidepanel import set_text

    at = opened("gemeente-beekdal")
    set_text(at, text(at).replace("  - naam: Samen met het dorp\n    id: samen\n",
                                  "  - naam: Wij zijn er om u te helpen\n    id: samen\n"))
    assert not at.exception
    hint = at.button(key="hint-samen")
    assert "lijkt op ‘Wij zijn er om te helpen’ uit de basis overheid" in hint.label
    hint.click().run()
    assert at.session_state["selected"] == "principe:samen"
    assert any(b.key == "adopt-hint" for b in at.button)
