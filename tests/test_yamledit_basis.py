"""praatplaat.yamledit on visions built on a base: edits by model path write only what the vision adds.

Properties (Hypothesis) on the inheriting examples: editing any element changes exactly that element of the
resolved vision (an inherited one gets an override with only the changed field, so it becomes 'aangepast');
deleting any principle or channel removes exactly it and the references to it (an inherited one by
``weglaten``); every comment survives.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from praatplaat import yamledit
from praatplaat.basis import AANGEPAST, EIGEN
from praatplaat.load import load_text
from praatplaat.yamlload import load_yaml

ROOT = Path(__file__).resolve().parent.parent
INHERITING = {p.stem: p.read_text("utf-8") for p in sorted((ROOT / "praatplaten").glob("*.yaml"))
              if "\nbasis:" in p.read_text("utf-8")}
FIELD = {"principes": "uitleg", "kanalen": "servicenorm", "doelgroepen": "uitleg", "agenda": "wanneer",
         "klantreizen": "naam", "visie": "toelichting", "fundament": "uitleg"}
words = st.text(st.characters(categories=("L", "N"), max_codepoint=0x24F), min_size=1, max_size=12)
sentences = st.lists(words, min_size=1, max_size=6).map(" ".join)


def comments(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("#")]


def refs(vision) -> list[tuple[tuple, str]]:
    """(model path, ref) of every element the side form edits by field."""
    out = [(("visie",), "visie:visie")] + ([(("fundament",), "fundament:fundament")] if vision.fundament else [])
    for section in ("principes", "kanalen", "doelgroepen", "klantreizen", "agenda"):
        for i in range(len(getattr(vision, section))):
            out.append(((section, i), yamledit.ref_of(vision, (section, i))))
    return out


def herkomst(vision, path: tuple):
    key = (path[0],) if len(path) == 1 else (path[0], yamledit._get(vision.model_dump(), path)["id"])
    return vision.herkomst.get(key)


@pytest.mark.parametrize("name", INHERITING)
def test_inheriting_examples_give_every_element_a_model_path(name):
    vision = load_text(INHERITING[name]).vision
    for path, ref in refs(vision):
        assert yamledit.path_of(vision, ref) == path


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(INHERITING)), pick=st.integers(0, 10_000), value=sentences)
def test_edit_changes_exactly_that_element_and_writes_an_override_for_an_inherited_one(name, pick, value):
    text = INHERITING[name]
    vision = load_text(text).vision
    path, _ = refs(vision)[pick % len(refs(vision))]
    key = FIELD[path[0]]
    before_origin = herkomst(vision, path)
    new = yamledit.edit(text, vision, path, {key: value})
    result = load_text(new)
    assert result.ok, [d.message() for d in result.errors]
    expected = vision.model_dump()
    if len(path) == 1:
        expected[path[0]][key] = value
    else:
        expected[path[0]][path[1]][key] = value
    if path[0] == "klantreizen" and key == "naam":
        return  # a journey's id may follow its name when it has none; covered by the rename tests
    assert result.vision.model_dump() == expected
    assert comments(new) == comments(text)
    after = herkomst(result.vision, path)
    if before_origin.status == EIGEN:
        assert after.status == EIGEN
    else:
        assert after.status == AANGEPAST and key in after.velden
        written = yamledit.written_path(new, result.vision, path)
        assert written is not None
        item = yamledit._get(load_yaml(new).data, written)
        if yamledit.written_path(text, vision, path) is None:  # a new override: only the id and the change
            assert item == ({key: value} if len(path) == 1 else {"id": expected[path[0]][path[1]]["id"], key: value})


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(INHERITING)), section=st.sampled_from(["principes", "kanalen"]),
       pick=st.integers(0, 100))
def test_remove_drops_exactly_the_element_and_its_references(name, section, pick):
    text = INHERITING[name]
    vision = load_text(text).vision
    items = getattr(vision, section)
    path = (section, pick % len(items))
    target = items[path[1]].id
    inherited = herkomst(vision, path).status != EIGEN
    new = yamledit.remove(text, vision, path)
    result = load_text(new)
    assert result.ok, [d.message() for d in result.errors]
    assert [i.id for i in getattr(result.vision, section)] == [i.id for i in items if i.id != target]
    assert target not in str(yamledit._references(new, result.vision, section))
    drop = load_yaml(new).data.get("weglaten") or []
    assert (target in drop) == inherited
    assert comments(new) == comments(text)


def test_an_inherited_field_cannot_be_emptied_and_a_base_only_step_is_refused():
    text = "versie: 1\nbasis: overheid\ntitel: T\n"
    vision = load_text(text).vision
    with pytest.raises(yamledit.EditError, match="inherited_empty"):
        yamledit.edit(text, vision, ("principes", 0), {"uitleg": ""})
    new = yamledit.edit(text, vision, ("fundament",), {"uitleg": "Bij ons"})
    assert load_yaml(new).data["fundament"] == {"uitleg": "Bij ons"}
    assert load_text(new).vision.fundament.naam == vision.fundament.naam


def test_rename_of_an_inherited_principle_keeps_its_id_and_references():
    text = INHERITING["gemeente-beekdal"]
    vision = load_text(text).vision
    path = yamledit.path_of(vision, "principe:duidelijk-en-aanspreekbaar")
    new = yamledit.rename(text, path, "Helder en bereikbaar", vision)
    result = load_text(new)
    assert result.ok
    assert result.vision.principes[path[1]].id == "duidelijk-en-aanspreekbaar"
    assert result.vision.principes[path[1]].naam == "Helder en bereikbaar"
    assert result.vision.herkomst[("principes", "duidelijk-en-aanspreekbaar")].velden == ("naam",)
    assert "principe:duidelijk-en-aanspreekbaar" in {f"principe:{p}" for s in result.vision.klantreizen[0].stappen
                                                    for p in s.principes}


def test_show_in_yaml_of_an_unchanged_inherited_element_points_at_the_basis_key():
    text = INHERITING["gemeente-beekdal"]
    vision = load_text(text).vision
    assert yamledit.written_path(text, vision, yamledit.path_of(vision, "principe:algemeen-belang")) is None
    own = yamledit.written_path(text, vision, yamledit.path_of(vision, "principe:samen"))
    assert own is not None and load_yaml(text).data[own[0]][own[1]]["naam"] == "Samen met het dorp"


def test_seen_before_finds_the_base_principle_an_own_one_repeats_and_adopt_takes_it_over():
    from praatplaat.compare import seen_before

    text = ("versie: 1\nbasis: overheid\ntitel: T\nweglaten: [er-om-te-helpen]\nprincipes:\n"
            "  - naam: Wij zijn er om u te helpen\n    uitleg: Wij helpen u.\n  - naam: Samen met het dorp\n"
            "klantreizen:\n  - naam: R\n    stappen:\n      - naam: S\n"
            "        principes: [Wij zijn er om u te helpen, Samen met het dorp]\n")
    vision = load_text(text).vision
    assert seen_before(vision, "Wij zijn er om u te helpen", own_id="wij-zijn-er-om-u-te-helpen") is None, \
        "a dropped base principle is not offered"
    kept = text.replace("weglaten: [er-om-te-helpen]\n", "")
    vision = load_text(kept).vision
    hint = seen_before(vision, "Wij zijn er om u te helpen", "Wij helpen u.", "wij-zijn-er-om-u-te-helpen")
    assert (hint.id, hint.bron) == ("er-om-te-helpen", "overheid") and hint.score >= 0.6
    assert seen_before(vision, "Samen met het dorp", own_id="samen-met-het-dorp") is None
    plain = load_text((ROOT / "praatplaten" / "gemeente-groothaven.yaml").read_text("utf-8")).vision
    assert seen_before(plain, "Wij zijn er om te helpen") is None, "no base, no hint"
    new = yamledit.adopt(kept, vision, yamledit.path_of(vision, "principe:wij-zijn-er-om-u-te-helpen"), hint.id)
    result = load_text(new)
    assert result.ok
    assert [p.id for p in result.vision.principes] == [
        "algemeen-belang", "er-om-te-helpen", "duidelijk-en-aanspreekbaar", "samen-met-het-dorp"]
    assert result.vision.klantreizen[0].stappen[0].principes == ["er-om-te-helpen", "samen-met-het-dorp"]


def test_adopt_takes_a_dropped_principle_back_out_of_weglaten():
    text = ("versie: 1\nbasis: overheid\ntitel: T\nweglaten: [er-om-te-helpen, algemeen-belang]\nprincipes:\n"
            "  - naam: Wij helpen\n")
    vision = load_text(text).vision
    new = yamledit.adopt(text, vision, yamledit.path_of(vision, "principe:wij-helpen"), "er-om-te-helpen")
    assert load_yaml(new).data["weglaten"] == ["algemeen-belang"]
    assert "er-om-te-helpen" in [p.id for p in load_text(new).vision.principes]
