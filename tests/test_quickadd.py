"""Quick capture (components/quickadd.py): each kind of line parsed into the element it means, written into the
YAML as valid text, and in the studio (AppTest) selected without fading and shown in the editor."""

from __future__ import annotations

from pathlib import Path

import pytest

from components import quickadd
from praatplaat.load import load_text
from praatplaat.yamledit import position
from tests.test_sidepanel import opened, text

ROOT = Path(__file__).resolve().parent.parent
EMPTY = (ROOT / "praatplaten" / "leeg-sjabloon.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Wachten op de brief 😟", ("Wachten op de brief", -2)),
    ("Wachten op de brief 😕", ("Wachten op de brief", -1)),
    ("Formulier invullen🙂", ("Formulier invullen", 1)),
    ("Paspoort ophalen 😀", ("Paspoort ophalen", 2)),
    ("Balie 😐", ("Balie", 0)),
    ("Afspraak maken +2", ("Afspraak maken", 2)),
    ("Afspraak maken -1", ("Afspraak maken", -1)),
    ("Afspraak maken −2", ("Afspraak maken", -2)),  # a typographic minus
    ("Afspraak maken (+1)", ("Afspraak maken", 1)),
    ("Afspraak maken 0", ("Afspraak maken", 0)),
    ("Stap 2", ("Stap 2", None)),  # an unsigned number is part of the name
    ("Bellen naar 14 020", ("Bellen naar 14 020", None)),
    ("Online - 2", ("Online - 2", None)),
    ("+2", ("+2", None)),  # nothing left for a name
])
def test_a_step_s_emotion_is_read_from_the_end_of_its_line(sentence, expected):
    assert quickadd.split_emotion(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Alle brieven in gewone taal 2026 bezig", ("Alle brieven in gewone taal", "2026", "bezig")),
    ("Alle brieven in gewone taal, klaar, 2025", ("Alle brieven in gewone taal", "2025", "klaar")),
    ("Brieven in B1 (bezig, najaar 2026)", ("Brieven in B1", "najaar 2026", "bezig")),
    ("Chat op de website in 2027", ("Chat op de website", "2027", None)),
    ("Chat op de website — gepland", ("Chat op de website", None, "gepland")),
    ("Letters in plain language Q3 2026 in progress", ("Letters in plain language", "Q3 2026", "bezig")),
    ("Spreekuur in de bibliotheek", ("Spreekuur in de bibliotheek", None, None)),
    ("2026", ("2026", None, None)),  # only a year: that is the name
])
def test_an_agenda_item_s_year_and_status_are_read_from_its_end(sentence, expected):
    assert quickadd.split_agenda(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ik werd meteen teruggebeld — mevrouw De Vries", ("Ik werd meteen teruggebeld", "mevrouw De Vries")),
    ("Ik werd meteen teruggebeld – Jan", ("Ik werd meteen teruggebeld", "Jan")),
    ("Ik werd meteen teruggebeld - medewerker KCC", ("Ik werd meteen teruggebeld", "medewerker KCC")),
    ("Snel — en goed — geholpen — Inwoner", ("Snel — en goed — geholpen", "Inwoner")),
    ("Fijn-proever: zonder wie", ("Fijn-proever: zonder wie", None)),
])
def test_who_said_it_follows_the_last_dash(sentence, expected):
    assert quickadd.split_who(sentence) == expected


def _captured(lines: list[tuple[str, str]], choices: dict | None = None):
    """The empty start after capturing ``lines`` ((what, sentence)) one by one; each step must stay valid."""
    text, vision = EMPTY, load_text(EMPTY).vision
    for what, sentence in lines:
        done = quickadd.capture(text, vision, what, sentence, **(choices or {}))
        result = load_text(done.text)
        assert result.ok, (what, sentence, [e.message("en") for e in result.errors])
        line = done.text.splitlines()[position(done.text, done.where)[0] - 1]
        assert sentence.split()[0].strip('":.,') in line or what == "fundament", (line, "the editor shows its line")
        text, vision = done.text, result.vision
    return text, vision


def test_every_kind_of_line_from_the_empty_start():
    _, vision = _captured([
        ("kern", "Wij werken op menselijke maat."),
        ("fundament", "Menselijke waardigheid: wij doen nooit iemand kwaad."),
        ("principe", "Dichtbij: wij komen naar u toe."),
        ("kanaal", "Balie in het stadhuis"),
        ("klantreis", "Verhuizen — Inwoners"),
        ("stap:verhuizen", "Verhuizing doorgeven 🙂"),
        ("verhaal", "Ik werd meteen geholpen — mevrouw De Vries"),
        ("agenda", "Alle brieven in gewone taal 2026 bezig"),
    ])
    assert vision.visie.kern == "Wij werken op menselijke maat."
    assert (vision.fundament.naam, vision.fundament.uitleg) == ("Menselijke waardigheid",
                                                                "wij doen nooit iemand kwaad.")
    assert [(p.naam, p.uitleg) for p in vision.principes] == [("Dichtbij", "wij komen naar u toe.")]
    assert [(k.naam, k.soort) for k in vision.kanalen] == [("Balie in het stadhuis", "balie")]
    assert [g.naam for g in vision.doelgroepen] == ["Inwoners"]
    journey = vision.klantreizen[0]
    assert (journey.naam, journey.doelgroep) == ("Verhuizen", "inwoners")
    assert [(s.naam, s.beleving) for s in journey.stappen] == [("Verhuizing doorgeven", 1)], "no phantom step"
    assert [(v.citaat, v.wie) for v in vision.verhalen] == [("Ik werd meteen geholpen", "mevrouw De Vries")]
    assert [(a.naam, a.wanneer, a.status) for a in vision.agenda] == [("Alle brieven in gewone taal", "2026", "bezig")]


def test_a_journey_for_a_known_group_refers_to_it_and_adds_none():
    text, vision = _captured([("klantreis", "Verhuizen — Inwoners"), ("klantreis", "Paspoort — inwoners")])
    assert [g.naam for g in vision.doelgroepen] == ["Inwoners"]
    assert [r.doelgroep for r in vision.klantreizen] == ["inwoners", "inwoners"]
    assert text.count("\n  - naam: Inwoners\n") == 1


def test_kern_and_fundament_are_set_again_not_added():
    _, vision = _captured([("kern", "Eerste versie."), ("kern", "Tweede versie."),
                           ("fundament", "Waardigheid"), ("fundament", "Respect: voor iedereen")])
    assert vision.visie.kern == "Tweede versie."
    assert (vision.fundament.naam, vision.fundament.uitleg) == ("Respect", "voor iedereen")


def test_a_chosen_kind_and_emotion_count_unless_the_line_says_otherwise():
    _, vision = _captured([("kanaal", "Website"), ("klantreis", "Verhuizen")], {"soort": "balie"})
    assert vision.kanalen[0].soort == "balie", "chosen beats guessed"
    _, vision = _captured([("klantreis", "Verhuizen"), ("stap:verhuizen", "Melden"),
                           ("stap:verhuizen", "Wachten 😟")], {"beleving": 1})
    assert [s.beleving for s in vision.klantreizen[0].stappen] == [1, -2], "typed beats chosen"


def test_names_taken_get_a_number():
    _, vision = _captured([("principe", "Dichtbij"), ("principe", "Dichtbij: nog eens")])
    assert [p.naam for p in vision.principes] == ["Dichtbij", "Dichtbij (2)"]


def test_a_new_journey_is_followed_by_its_steps_and_the_new_element_is_selected_quietly():
    at = opened()
    at.selectbox(key="qa-what").set_value("klantreis")
    at.text_input(key="qa-text").input("Een bedrijf starten — Ondernemers")
    at.button(key="qa-add").click().run()
    assert not at.exception
    vision = load_text(text(at)).vision
    assert vision.klantreizen[-1].doelgroep == "ondernemers"
    assert at.session_state["selected"] == "klantreis:een-bedrijf-starten"
    assert at.session_state["picture_quiet"] == "klantreis:een-bedrijf-starten", "selected without fading the rest"
    assert at.selectbox(key="qa-what").value == "stap:een-bedrijf-starten", "its steps come next"
    goto = at.session_state["goto"]
    assert not goto["focus"], "the editor scrolls there; the focus stays in the line"
    assert text(at).splitlines()[goto["line"] - 1] == goto["expect"] == "  - naam: Een bedrijf starten"

    at.selectbox(key="qa-beleving").set_value(-1)
    at.text_input(key="qa-text").input("Inschrijven bij de KvK")
    at.button(key="qa-add").click().run()
    assert not at.exception
    steps = load_text(text(at)).vision.klantreizen[-1].stappen
    assert [(s.naam, s.beleving) for s in steps] == [("Inschrijven bij de KvK", -1)]
    assert at.session_state["selected"] == "stap:een-bedrijf-starten/1"
    # The browser empties the picker with the line (clear_on_submit): tests/browser/test_quick_capture.py


def test_a_report_the_browser_sent_before_the_line_was_redrawn_keeps_the_choice():
    """The browser reports the line's choice by its label, also in a report sent before it had the line's last
    drawing (typing in the editor meanwhile): the kind an add replaced, or a journey's label from before a rename.
    Neither is a choice; a person's later choice still is."""
    at = opened()
    at.selectbox(key="qa-what").set_value("klantreis")
    at.text_input(key="qa-text").input("Een bedrijf starten")
    at.button(key="qa-add").click().run()
    assert at.selectbox(key="qa-what").value == "stap:een-bedrijf-starten"
    at.selectbox(key="qa-what").set_value("klantreis").run()  # sent before the browser had the steps' choice
    assert at.selectbox(key="qa-what").value == "stap:een-bedrijf-starten", "the kind the add replaced"
    _reports_label(at.selectbox(key="qa-what"), "Stap in: Een bedrijf opzetten")  # a label from before a rename
    at.run()
    assert at.selectbox(key="qa-what").value == "stap:een-bedrijf-starten", "an old label"
    at.selectbox(key="qa-what").set_value("klantreis").run()
    assert at.selectbox(key="qa-what").value == "klantreis", "a person's choice"


def _reports_label(box, label: str) -> None:
    """Let AppTest send ``label`` as the selectbox's state, as a browser does that still shows an old label."""
    from streamlit.proto.WidgetStates_pb2 import WidgetState

    class Stale(type(box)):
        @property
        def _widget_state(self) -> WidgetState:
            return WidgetState(id=self.id, string_value=label)

    box.__class__ = Stale


def test_kern_on_a_vision_built_on_a_base_overrides_it():
    at = opened("gemeente-beekdal")
    at.selectbox(key="qa-what").set_value("kern")
    at.text_input(key="qa-text").input("Wij zijn er voor het hele dorp.")
    at.button(key="qa-add").click().run()
    assert not at.exception
    assert load_text(text(at)).vision.visie.kern == "Wij zijn er voor het hele dorp."
    assert at.session_state["selected"] == "visie:visie", "as the picture names it"


def test_a_change_in_the_side_form_shows_its_lines_in_the_editor():
    from tests.test_sidepanel import select, widget

    at = select(opened(), "principe:duidelijk")
    widget(at, "text_area", "ef-principe:duidelijk-uitleg-").input("Wij schrijven in gewone taal.").run()
    goto = at.session_state["goto"]
    assert not goto["focus"], "the focus stays in the side form"
    assert text(at).splitlines()[goto["line"] - 1] == goto["expect"]
    assert goto["expect"].strip().startswith("- naam:") and "uitleg: Wij schrijven in gewone taal." in text(at)
