"""praatplaat.yamledit: in-place edits of a vision's YAML text.

Properties (Hypothesis, on the examples and on generated visions, with comments sprinkled between
the elements): after each operation the text still loads with exactly the intended change, every
comment survives, and an update changes only the lines of its element.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from praatplaat import yamledit
from praatplaat.load import load_text
from praatplaat.model import ICONEN, SOORTEN, STATUSSEN, slug
from praatplaat.yamlload import load_yaml
from tests.strategies import visions

ROOT = Path(__file__).resolve().parent.parent
# Visions built on a base are left out here: their elements are edited by model path (tests/test_yamledit_basis.py)
# because their places in the model are not their places in the text.
EXAMPLES = [p for p in sorted((ROOT / "praatplaten").glob("*.yaml")) if "\nbasis:" not in p.read_text("utf-8")]
ITEM_START = re.compile(r"^(\s*)- (naam|citaat):")


def commented(text: str) -> str:
    """``text`` with a numbered comment line before every list element and every top-level key."""
    out, n = [], 0
    for line in text.splitlines(keepends=True):
        start = ITEM_START.match(line)
        if start or re.match(r"^[a-z]+:", line):
            n += 1
            out.append(f"{start.group(1) if start else ''}# opmerking {n}\n")
        out.append(line)
    return "".join(out)


def comments(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("# opmerking")]


def generated(vision) -> str:
    data = vision.model_dump(exclude_none=True, exclude_defaults=True)
    data = {"versie": 1} | data
    return "".join(yamledit.dump_section(k, data[k]) for k in yamledit.KEY_ORDER if k in data)


def texts():
    examples = st.sampled_from([p.read_text(encoding="utf-8") for p in EXAMPLES if load_text(p.read_text()).ok])
    return st.one_of(examples, visions().map(generated)).map(commented)


def elements(data: dict) -> list[tuple]:
    """The path of every element of a vision's data."""
    out = [("visie",)] + ([("fundament",)] if "fundament" in data else [])
    for section in ("principes", "kanalen", "doelgroepen", "klantreizen", "verhalen", "agenda"):
        for i, _ in enumerate(data.get(section) or []):
            out.append((section, i))
            if section == "klantreizen":
                out += [(section, i, "stappen", s) for s, _ in enumerate(data[section][i]["stappen"])]
    return out


def get(data, path):
    for part in path:
        data = data[part]
    return data


SAFE = st.text(st.sampled_from("abcdefgh ijk XYZ é€0123456789:#-'\"&*!?[]{},%@`|>"), min_size=1, max_size=60)
LONG = st.text(st.sampled_from("abc def\nxyz: #- é'\""), min_size=1, max_size=200)
NAME = SAFE.filter(lambda s: s.strip() and len(s.strip()) <= 160)
TEXT = st.one_of(SAFE, LONG).filter(lambda s: s.strip())
FIELDS = {  # changeable fields of each kind that are neither names nor references
    "visie": {"toelichting": TEXT},
    "fundament": {"uitleg": TEXT},
    "principes": {"uitleg": TEXT, "voorbeelden": st.lists(TEXT, max_size=3), "icoon": st.sampled_from(ICONEN)},
    "kanalen": {"soort": st.sampled_from(SOORTEN), "bereikbaarheid": TEXT, "servicenorm": TEXT},
    "doelgroepen": {"uitleg": TEXT},
    "klantreizen": {},
    "stappen": {"beleving": st.integers(-2, 2), "toelichting": TEXT},
    "verhalen": {"citaat": TEXT, "wie": NAME},
    "agenda": {"wanneer": NAME, "status": st.sampled_from(STATUSSEN)},
}
REQUIRED = {"citaat", "soort"}


def anchors(text: str) -> list[int]:
    """Lines where an element or a top-level key starts (an update stays between two of them)."""
    doc = load_yaml(text)
    lines = [yamledit.position(text, p)[0] for p in elements(doc.data)]
    return sorted(set(lines) | {line for (key, *rest), (line, _) in doc.key_marks.items() if not rest})


def changed_lines(old: str, new: str) -> range:
    a, b = old.splitlines(), new.splitlines()
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    return range(start + 1, len(a) - end + 1)


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                          HealthCheck.data_too_large])


@SETTINGS
@given(texts(), st.data())
def test_update_changes_only_that_element(text, data):
    raw = load_yaml(text).data
    path = data.draw(st.sampled_from(elements(raw)))
    kind = yamledit._kind(path)
    assume(FIELDS[kind])
    fields = data.draw(st.lists(st.sampled_from(sorted(FIELDS[kind])), min_size=1, max_size=3, unique=True))
    changes = {f: (None if f not in REQUIRED and data.draw(st.booleans()) else data.draw(FIELDS[kind][f]))
               for f in fields}
    new = yamledit.update(text, path, changes)

    expected = copy.deepcopy(raw)
    item = get(expected, path)
    for key, value in changes.items():
        value = yamledit.clean(value)
        if value in (None, [], ""):
            item.pop(key, None)
        else:
            item[key] = value
    assert load_yaml(new).data == expected
    assert load_text(new).ok, load_text(new).report()
    assert comments(new) == comments(text)
    start = yamledit.position(text, path)[0]
    stop = next((line for line in anchors(text) if line > start), len(text.splitlines()) + 1)
    lines = changed_lines(text, new)
    assert not lines or (lines.start >= start and lines.stop <= stop), (path, lines, start, stop)


LISTS = ("principes", "kanalen", "doelgroepen", "verhalen", "agenda", "stappen")
LIMITS = {"principes": 12, "kanalen": 36, "doelgroepen": 24, "verhalen": 40, "agenda": 40, "stappen": 40}


@SETTINGS
@given(texts(), st.data())
def test_append_adds_one_item(text, data):
    raw = load_yaml(text).data
    section = data.draw(st.sampled_from(LISTS))
    journeys = raw.get("klantreizen") or []
    if section == "stappen":
        assume(journeys)
        list_path = ("klantreizen", data.draw(st.integers(0, len(journeys) - 1)), "stappen")
    else:
        list_path = (section,)
    items = (get(raw, list_path) if list_path[0] in raw else None) or []  # 'principes:' with nothing is empty
    assume(len(items) < LIMITS[section])
    name = data.draw(NAME).strip()
    taken = {slug(str(i.get(k))) for i in items for k in ("naam", "id") if i.get(k)}
    assume(slug(name) not in taken)
    item = {"citaat": name} if section == "verhalen" else {"naam": name} | (
        {"soort": data.draw(st.sampled_from(SOORTEN))} if section == "kanalen" else {})
    new = yamledit.append(text, list_path, item)

    expected = copy.deepcopy(raw)
    if expected.get(list_path[0]) is None:
        expected[list_path[0]] = []
    get(expected, list_path).append(item)
    assert load_yaml(new).data == expected
    assert load_text(new).ok, load_text(new).report()
    assert comments(new) == comments(text)


def _map_refs(dump: dict, section: str, old: str, new: str | None) -> dict:
    """``dump`` with every resolved reference to ``old`` in ``section`` replaced by ``new`` (None: dropped)."""
    kind = yamledit.REFERENCED[section]

    def one(ref):
        return new if ref == old else ref

    def many(refs):
        return [r for r in map(one, refs) if r is not None]

    for reis in dump["klantreizen"]:
        if kind == "doelgroep":
            reis["doelgroep"] = one(reis["doelgroep"])
        for stap in reis["stappen"]:
            if kind == "kanaal":
                stap["kanaal"] = one(stap["kanaal"])
            if kind == "principe":
                stap["principes"] = many(stap["principes"])
    if kind == "principe":
        for verhaal in dump["verhalen"]:
            verhaal["principe"] = one(verhaal["principe"])
        for punt in dump["agenda"]:
            punt["principes"] = many(punt["principes"])
        for editie in (dump.get("krant") or {}).get("edities", []):
            for artikel in editie["artikelen"]:
                artikel["principe"] = one(artikel["principe"])
    if kind == "reis":
        for editie in (dump.get("krant") or {}).get("edities", []):
            for artikel in editie["artikelen"]:
                artikel["reis"] = one(artikel["reis"])
    return dump


@SETTINGS
@given(texts(), st.data())
def test_delete_removes_the_element_and_its_references(text, data):
    vision = load_text(text).vision
    raw = load_yaml(text).data
    paths = [p for p in elements(raw) if len(p) > 1 and not (p[0] == "principes" and len(raw["principes"]) == 1)
             and not (len(p) == 4 and len(raw["klantreizen"][p[1]]["stappen"]) == 1)]
    assume(paths)
    path = data.draw(st.sampled_from(paths))
    new = yamledit.delete(text, path)
    result = load_text(new)
    assert result.ok, result.report()
    expected = vision.model_dump()
    target = get(expected, path).get("id")
    del get(expected, path[:-1])[path[-1]]
    for editie in (expected.get("krant") or {}).get("edities", []) if path[0] == "agenda" else ():
        editie["stand"].pop(target, None)  # the newsletter's snapshot of a deleted agenda item goes too
    if path[0] in yamledit.REFERENCED:
        expected = _map_refs(expected, path[0], target, None)
    assert result.vision.model_dump() == expected
    block, whole = yamledit._block(text, path)[2], "".join(yamledit._lines(text))
    start = block.start
    if len(path) == 2 and len(raw[path[0]]) == 1:  # the only item: its section goes
        start = sum(map(len, whole.splitlines(keepends=True)[:yamledit.position(text, path[:1])[0] - 1]))
    inside = comments(whole[start:block.end])
    assert comments(new) == [c for c in comments(text) if c not in inside], "comments outside the element survive"


@SETTINGS
@given(texts(), st.data())
def test_rename_everywhere_keeps_every_reference(text, data):
    vision = load_text(text).vision
    raw = load_yaml(text).data
    assume(any(raw.get(s) for s in yamledit.REFERENCED))  # the empty template has nothing to rename
    section = data.draw(st.sampled_from([s for s in yamledit.REFERENCED if raw.get(s)]))
    index = data.draw(st.integers(0, len(raw[section]) - 1))
    name = data.draw(NAME).strip()
    path = (section, index)
    old = getattr(vision, section)[index]
    explicit = "id" in raw[section][index]
    new_id = old.id if explicit else slug(name)
    clash = any({o.id, slug(o.naam)} & {new_id, slug(name)} for i, o in enumerate(getattr(vision, section))
                if i != index)
    if clash:
        with pytest.raises(yamledit.EditError):
            yamledit.rename(text, path, name)
        return
    new = yamledit.rename(text, path, name)
    result = load_text(new)
    assert result.ok, result.report()
    expected = _map_refs(vision.model_dump(), section, old.id, new_id)
    expected[section][index] |= {"naam": name, "id": new_id}
    assert result.vision.model_dump() == expected
    assert comments(new) == comments(text)
    for where, key, written, resolved in yamledit._references(new, result.vision, section):
        values = zip(written, resolved, strict=True) if isinstance(written, list) else [(written, resolved)]
        assert all(w == name for w, r in values if r == new_id), (where, key)


def test_rename_of_a_referenced_channel_rewrites_every_reference_and_nothing_else():
    text = (ROOT / "praatplaten" / "gemeente-groothaven.yaml").read_text(encoding="utf-8")
    vision = load_text(text).vision
    path = yamledit.path_of(vision, "kanaal:stadswinkel")
    new = yamledit.rename(text, path, "Servicepunt")
    assert "Stadswinkel" not in "\n".join(line for line in new.splitlines() if "kanaal:" in line)
    assert new.count("kanaal: Servicepunt") == text.count("kanaal: Stadswinkel") > 1
    assert load_text(new).ok and "# Praatplaat" in new
    assert yamledit.ref_of(load_text(new).vision, path) == "kanaal:servicepunt"


def test_rename_refuses_a_name_that_is_taken_and_an_empty_one():
    text = (ROOT / "praatplaten" / "gemeente-groothaven.yaml").read_text(encoding="utf-8")
    path = ("principes", 0)
    with pytest.raises(yamledit.EditError, match="taken"):
        yamledit.rename(text, path, "Duidelijk en eenvoudig")
    with pytest.raises(yamledit.EditError, match="empty"):
        yamledit.rename(text, path, "  ")


def test_position_refs_and_flow_style_fallback():
    text = "versie: 1\ntitel: T\norganisatie: O\nvisie: {kern: K}\nprincipes: [{naam: A}, {naam: B}]\n# eind\n"
    vision = load_text(text).vision
    assert yamledit.path_of(vision, "principe:b") == ("principes", 1)
    assert yamledit.ref_of(vision, ("principes", 1)) == "principe:b"
    assert yamledit.position(text, ("visie",)) == (4, 1)
    new = yamledit.update(text, ("principes", 1), {"uitleg": "Uitleg"})
    assert load_yaml(new).data["principes"] == [{"naam": "A"}, {"naam": "B", "uitleg": "Uitleg"}]
    assert new.endswith("# eind\n")
    new = yamledit.update(new, ("visie",), {"toelichting": "Meer"})
    assert load_yaml(new).data["visie"] == {"kern": "K", "toelichting": "Meer"}
    assert yamledit.position(commented(text), ("principes",)) == (10, 1)
    with pytest.raises(yamledit.EditError, match="last_item"):
        yamledit.delete("versie: 1\nklantreizen:\n  - naam: R\n    stappen:\n      - naam: S\n",
                        ("klantreizen", 0, "stappen", 0))


def test_a_step_is_added_to_a_journey_just_begun():
    """A new journey has no steps (no 'stappen' key, or 'stappen:' with nothing): the first step creates them."""
    for steps in ("", "    stappen:\n"):
        text = f"versie: 1\ntitel: T\norganisatie: O\nklantreizen:\n  - naam: Reis\n{steps}  - naam: Twee\n"
        new = yamledit.append(text, ("klantreizen", 0, "stappen"), {"naam": "Eerste"})
        assert load_yaml(new).data["klantreizen"] == [{"naam": "Reis", "stappen": [{"naam": "Eerste"}]},
                                                      {"naam": "Twee"}]
        assert load_text(new).ok, load_text(new).report()


def test_a_new_journey_from_the_forms_has_no_phantom_step():
    from components import forms

    assert forms.new_item("klantreizen", [], "nl") == {"naam": forms.new_item("principes", [], "nl")["naam"]}
