"""A newcomer captures a whole brief from "Begin leeg" with quick capture alone (no forms, no editor), in real
Chromium against `streamlit run app.py`: a core sentence, 3 principles, 2 channels, a journey of 4 steps with
emotions and a quote. The vision then holds exactly what was typed (no placeholder, no phantom step); every new
element is selected without fading the rest of the picture, the editor shows its lines and the keyboard focus
stays in the line. The keys and clicks it took are counted and printed. Screenshots at 1280×720 and 1920×1080 go
to $PRAATPLAAT_SHOTS (default: out/screenshots/).
"""

from __future__ import annotations

import pytest

from praatplaat.load import load_text
from tests.browser.conftest import (
    new_page,
    picture_lines,
    running_studio,
    saved,
    settled,
    shoot,
    wait_for_element,
    wait_until,
)
from tests.browser.test_editor import editor

pytestmark = pytest.mark.browser

# The picture's svg (in its component's shadow root) handed to ``body``.
_IN_PICTURE = """() => {
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    roots[i].querySelectorAll('*').forEach(el => { if (el.shadowRoot) roots.push(el.shadowRoot); });
  }
  const svg = roots.map(root => root.querySelector('svg.pp-svg')).find(Boolean);
  return svg ? BODY : null;
}"""
# The selection: whether the rest fades, and what is marked.
SELECTION = _IN_PICTURE.replace("BODY", "{fades: svg.classList.contains('is-sel'), "
                                "marked: [...svg.querySelectorAll('.pp-hs.is-cur')].map(el => el.dataset.ref)}")
HOTSPOTS = _IN_PICTURE.replace("BODY", "[...svg.querySelectorAll('.pp-hs')].map(el => el.dataset.ref)")
# Whether the editor's line with exactly ``text`` is inside its visible area.
LINE_SHOWN = """(el, text) => {
  const view = el.editorView, doc = view.state.doc;
  for (let n = 1; n <= doc.lines; n++) {
    if (doc.line(n).text !== text) continue;
    const at = view.coordsAtPos(doc.line(n).from), box = view.scrollDOM.getBoundingClientRect();
    return !!at && at.top >= box.top && at.bottom <= box.bottom;
  }
  return false;
}"""
IN_LINE = "() => !!document.activeElement.closest('.st-key-qa-text')"


@pytest.fixture(scope="module")
def studio(tmp_path_factory):
    with running_studio(tmp_path_factory.mktemp("quick-capture")) as running:
        yield running


class Hands:
    """A person at the keyboard and mouse: every key and click is counted."""

    def __init__(self, page):
        self.page, self.keys, self.clicks = page, 0, 0

    def click(self, locator) -> None:
        locator.click()
        self.clicks += 1

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)
        self.keys += len(text)

    def press(self, key: str) -> None:
        self.page.keyboard.press(key)
        self.keys += 1


def test_a_newcomer_captures_the_brief_with_quick_capture_only(studio, browser):
    context, page = new_page(browser, 1280, 720)
    hands = Hands(page)
    try:
        page.goto(studio.url)
        hands.click(page.locator(".st-key-open-leeg-sjabloon button"))  # "Begin leeg"
        page.wait_for_url("**/?ws=*")
        page.locator("svg.pp-svg").first.wait_for()
        page.locator(".praatplaat-editor:not([data-sync=connecting])").first.wait_for()
        settled(page)
        ws = page.url.split("ws=")[1].split("&")[0]
        field = page.locator(".st-key-qa-text input")

        def choose(kind: str) -> None:
            hands.click(page.locator(".st-key-qa-what"))
            hands.click(page.get_by_role("option", name=kind, exact=True))
            settled(page)
            hands.click(field)

        def add(sentence: str, in_yaml: str, in_picture: str, line: str) -> None:
            hands.type(sentence)
            hands.press("Enter")
            wait_until(lambda: in_yaml in saved(studio, ws), f"{in_yaml!r} in the YAML")
            wait_for_element(page, in_picture)
            settled(page)
            assert field.input_value() == "", "the line is empty for the next entry"
            assert page.evaluate(IN_LINE), "the focus stays in the line"
            selection = page.evaluate(SELECTION)
            assert len(selection["marked"]) == 1 and not selection["fades"], \
                f"the new element is marked and nothing fades: {selection}"
            wait_until(lambda: editor(page).evaluate(LINE_SHOWN, line), f"the editor to show {line!r}")

        choose("Kernzin")
        add("Wij werken op menselijke maat.", "kern: Wij werken op menselijke maat.", "Wij werken op menselijke maat.",
            "  kern: Wij werken op menselijke maat.")
        choose("Principe")
        for name, uitleg in (("Dichtbij", "wij komen naar u toe"), ("Helder", "wij schrijven in gewone taal"),
                             ("Betrouwbaar", "wij doen wat wij zeggen")):
            add(f"{name}: {uitleg}", f"- naam: {name}", name, f"  - naam: {name}")
        choose("Kanaal")
        add("Website", "- naam: Website", "Website", "  - naam: Website")
        add("Balie in het stadhuis", "- naam: Balie in het stadhuis", "Balie in het stadhuis",
            "  - naam: Balie in het stadhuis")
        choose("Nieuwe klantreis")
        add("Verhuizen - Inwoners", "- naam: Verhuizen", "Verhuizen", "  - naam: Verhuizen")
        what = page.locator(".st-key-qa-what").evaluate(
            "(el) => el.innerText + ' ' + (el.querySelector('input')?.value || '')")
        assert "Stap in: Verhuizen" in what, f"the journey's steps come next: {what!r}"
        shoot(page, "quick-capture-step-1280x720.png")
        add("Verhuizing doorgeven op de website +1", "- naam: Verhuizing doorgeven op de website",
            "Verhuizing doorgeven op de website", "      - naam: Verhuizing doorgeven op de website")
        add("Wachten op de bevestiging -2", "- naam: Wachten op de bevestiging", "Wachten op de bevestiging",
            "      - naam: Wachten op de bevestiging")
        add("Vraag stellen aan de balie 0", "- naam: Vraag stellen aan de balie", "Vraag stellen aan de balie",
            "      - naam: Vraag stellen aan de balie")
        hands.click(page.locator(".st-key-qa-beleving"))  # the picker, once
        hands.click(page.get_by_role("option", name="😀 Heel goed", exact=True))
        hands.click(field)
        add("Nieuw adres op de post", "- naam: Nieuw adres op de post", "Nieuw adres op de post",
            "      - naam: Nieuw adres op de post")
        assert "Heel goed" not in page.locator(".st-key-qa-beleving").inner_text(), "each step its own emotion"
        hands.type("Ik werd meteen teruggebeld")  # typed before choosing what it is
        choose("Verhaal")
        assert field.input_value() == "Ik werd meteen teruggebeld", "choosing the kind keeps the typing"
        hands.press("End")
        add(" - mevrouw De Vries", "citaat: Ik werd meteen teruggebeld", "Ik werd meteen teruggebeld",
            "  - citaat: Ik werd meteen teruggebeld")
        shoot(page, "quick-capture-brief-1280x720.png")

        result = load_text(saved(studio, ws))
        assert result.ok, [e.message("en") for e in result.errors]
        vision = result.vision
        assert vision.visie.kern == "Wij werken op menselijke maat."
        assert [(p.naam, p.uitleg) for p in vision.principes] == [
            ("Dichtbij", "wij komen naar u toe"), ("Helder", "wij schrijven in gewone taal"),
            ("Betrouwbaar", "wij doen wat wij zeggen")]
        assert [(k.naam, k.soort) for k in vision.kanalen] == [("Website", "online"),
                                                               ("Balie in het stadhuis", "balie")]
        assert [(g.naam, g.id) for g in vision.doelgroepen] == [("Inwoners", "inwoners")]
        assert [(r.naam, r.doelgroep) for r in vision.klantreizen] == [("Verhuizen", "inwoners")]
        assert [(s.naam, s.beleving) for s in vision.klantreizen[0].stappen] == [
            ("Verhuizing doorgeven op de website", 1), ("Wachten op de bevestiging", -2),
            ("Vraag stellen aan de balie", 0), ("Nieuw adres op de post", 2)], "exactly the 4 typed steps"
        assert [(v.citaat, v.wie) for v in vision.verhalen] == [("Ik werd meteen teruggebeld", "mevrouw De Vries")]
        assert not vision.agenda and vision.fundament is None
        drawn = " ".join(picture_lines(page))
        assert "Typ hier" not in drawn, "no placeholder left"
        refs = page.evaluate(HOTSPOTS)
        kinds = [ref.partition(":")[0] for ref in refs]
        assert (kinds.count("principe"), kinds.count("kanaal"), kinds.count("verhaal")) == (3, 2, 1), refs
        assert kinds.count("stap") in (0, 4), f"no phantom step: {refs}"
        print(f"\nquick capture of the brief from 'Begin leeg': {hands.keys} keys, {hands.clicks} clicks")
        page.set_viewport_size({"width": 1920, "height": 1080})
        settled(page)
        shoot(page, "quick-capture-brief-1920x1080.png")
    finally:
        context.close()
