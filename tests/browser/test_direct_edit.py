"""Direct editing from the picture and quick capture, in real Chromium against `streamlit run app.py`.

A facilitator clicks a principle in the picture, renames it in the side form with "Overal
hernoemen" and finds every former reference using the new name, with the picture updated; then
adds a principle, a journey step and a quote with quick capture, keyboard only. Screenshots of the
side form and quick capture at 1280×720 and 1920×1080 go to $PRAATPLAAT_SHOTS (default: out/screenshots/).
"""

from __future__ import annotations

import re

import pytest

from praatplaat.load import load_text
from tests.browser.conftest import (
    click_in_picture,
    new_page,
    open_example,
    picture_lines,
    put_cursor_at_end_of,
    running_studio,
    saved,
    settled,
    shoot,
    wait_until,
)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def studio(tmp_path_factory):
    """A studio of this module's own, so its workspaces do not mix with other modules' workspaces."""
    with running_studio(tmp_path_factory.mktemp("direct-edit")) as running:
        yield running


def picture_text(page) -> str:
    """All text drawn in the picture, its lines joined (so a wrapped name reads as one)."""
    return " ".join(" ".join(picture_lines(page)).split())


def test_rename_a_principle_everywhere_from_the_picture(studio, browser):
    context, page = new_page(browser)
    try:
        yaml_file = open_example(page, studio)
        old = saved(studio, yaml_file)
        former = len(re.findall(r"principes?: \[?[^\n]*\bduidelijk\b", old))
        assert former > 5
        click_in_picture(page, "principe:duidelijk")
        details = page.locator(".st-key-details")
        details.get_by_role("button", name="Overal hernoemen").wait_for()
        settled(page)
        shoot(page, "side-form-1280x720.png")
        name = details.get_by_label("Naam", exact=True)
        name.fill("Helder en eenvoudig")
        details.get_by_role("button", name="Overal hernoemen").click()
        wait_until(lambda: "- naam: Helder en eenvoudig" in saved(studio, yaml_file), "the rename in the YAML")
        new = saved(studio, yaml_file)
        assert not re.search(r"principes?: \[?[^\n]*\bduidelijk\b", new), "no reference uses the old id"
        assert len(re.findall(r"principes?: \[?[^\n]*Helder en eenvoudig", new)) == former
        assert load_text(new).ok
        wait_until(lambda: "Helder en eenvoudig" in picture_text(page), "the picture to show the new name")
        settled(page)
        page.set_viewport_size({"width": 1920, "height": 1080})
        settled(page)
        shoot(page, "side-form-1920x1080.png")
    finally:
        context.close()


def test_quick_capture_by_keyboard_only(studio, browser):
    context, page = new_page(browser)
    try:
        yaml_file = open_example(page, studio)
        field = page.locator(".st-key-qa-text input")
        what = page.locator(".st-key-qa-what input")
        what.focus()

        def add(kind: str, sentence: str, expect: str) -> None:
            if page.evaluate("() => !!document.activeElement.closest('.st-key-qa-text')"):
                page.keyboard.press("Shift+Tab")
            page.keyboard.type(kind)
            page.keyboard.press("Enter")
            page.keyboard.press("Tab")
            page.keyboard.type(sentence)
            page.keyboard.press("Enter")
            wait_until(lambda: expect in saved(studio, yaml_file), f"{expect!r} in the YAML")
            settled(page)
            assert field.input_value() == "", "the line is empty for the next entry"
            assert page.evaluate("() => !!document.activeElement.closest('.st-key-qa-text')"), \
                "focus stays in the text field"

        add("Principe", "Wij luisteren eerst", "- naam: Wij luisteren eerst")
        wait_until(lambda: "Wij luisteren eerst" in picture_text(page), "the new principle in the picture")
        shoot(page, "quick-capture-1280x720.png")
        add("Stap in: Verhuizen", "Welkomstpakket ophalen", "- naam: Welkomstpakket ophalen")
        add("Verhaal", "Ik werd meteen teruggebeld — mevrouw De Vries", "citaat: Ik werd meteen teruggebeld")
        result = load_text(saved(studio, yaml_file))
        assert result.ok
        assert result.vision.principes[-1].naam == "Wij luisteren eerst"
        journey = next(r for r in result.vision.klantreizen if r.id == "verhuizen")
        assert journey.stappen[-1].naam == "Welkomstpakket ophalen"
        assert (result.vision.verhalen[-1].citaat, result.vision.verhalen[-1].wie) == (
            "Ik werd meteen teruggebeld", "mevrouw De Vries")
        page.set_viewport_size({"width": 1920, "height": 1080})
        settled(page)
        shoot(page, "quick-capture-1920x1080.png")
    finally:
        context.close()


def test_quick_capture_follows_a_journey_renamed_in_the_editor(studio, browser):
    """The quick capture line is drawn outside the part a key press redraws: renaming a journey in the editor
    still renames it in the line's choice, and the choice stays."""
    context, page = new_page(browser)
    try:
        open_example(page, studio)
        what = page.locator(".st-key-qa-what input")
        what.focus()
        page.keyboard.type("Stap in: Verhuizen")
        page.keyboard.press("Enter")
        settled(page)

        def chosen() -> str:
            return page.locator(".st-key-qa-what").evaluate(
                "(el) => el.innerText + ' ' + (el.querySelector('input')?.value || '')")

        assert "Verhuizen naar Groothaven" in chosen(), chosen()
        put_cursor_at_end_of(page, "titel:")
        page.keyboard.press("Control+f")  # the journey's line is far down: find it
        page.keyboard.type("Verhuizen naar Groothaven")
        page.keyboard.press("Enter")
        page.keyboard.press("Escape")
        # right after the found name (End would stop where the narrow editor wraps the line, mid-name)
        page.keyboard.press("ArrowRight")
        page.keyboard.type(" en Omstreken")
        try:
            wait_until(lambda: "Verhuizen naar Groothaven en Omstreken" in chosen(),
                       "the renamed journey in the quick capture line")
        except AssertionError as missing:  # say what the editor and the line hold, so a failure shows its cause
            text = page.locator(".praatplaat-editor").first.evaluate("(root) => root.editorView.state.doc.toString()")
            lines = [line for line in text.splitlines() if "Verhuizen" in line or line.startswith("titel")]
            raise AssertionError(f"{missing}: the line shows {chosen()!r}; the editor's lines {lines}") from None
    finally:
        context.close()
