"""The studio's Krant mode in a real browser: start a newsletter for an example without one, add an edition with
two articles, and download the PDF, which holds both articles; the first time Krant opens, the page is complete
while the edition is laid out (a message in the preview's place, no greyed copy of the previous mode); axe-core
finds nothing serious."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdf
import pytest

from tests.browser.conftest import new_page, open_example, saved, settled, shoot, wait_until

pytestmark = pytest.mark.browser

TIMEOUT_MS = 120_000


def test_edition_with_two_articles_and_pdf_download(studio, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    try:
        page.goto(studio.url)
        page.locator(".st-key-open-gemeente-kleindorp button").click()
        page.wait_for_url("**/?ws=*")
        settled(page)
        page.get_by_role("radio", name="Krant").or_(page.get_by_role("button", name="Krant", exact=True)).first.click()
        settled(page)
        page.locator(".st-key-krant-start button").first.click()
        settled(page)
        page.get_by_role("button", name="Nieuwe editie").click()  # edition 2 after edition 1
        settled(page)
        for _ in range(2):
            page.locator(".st-key-krant-add-2 button").first.click()
            settled(page)
        ws_id = re.search(r"[?&]ws=([\w-]+)", page.url).group(1)  # this test's own workspace
        wait_until(lambda: saved(studio, ws_id).count("titel: Nieuw artikel") == 2, "both articles stored")
        assert "nummer: 2" in saved(studio, ws_id)
        download = page.locator(".st-key-krant-download-pdf button").first
        download.wait_for()
        with page.expect_download() as info:
            download.click()
        assert info.value.suggested_filename.endswith("-editie-2-a4.pdf")
        data = Path(info.value.path()).read_bytes()
        text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
        assert text.count("Nieuw artikel") >= 2 and "Editie 2" in text
    finally:
        context.close()


# From the moment it is installed, what the page shows after every change of the DOM and every 0.1 s: whether the
# message that the edition is being laid out is shown (not a greyed, stale copy of it), how many greyed elements are
# visible, how many toolbars and footers there are, and whether the preview's downloads are there. Greyed: what a
# person sees, a stale element whose opacity has started to fall (Streamlit fades a stale element after 0.5 s; one
# that is redrawn within that time never looks grey).
RECORD = """() => {
  window.__krant = [];
  const visible = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const greyed = el => visible(el) && parseFloat(getComputedStyle(el).opacity) < 0.99;
  const snap = () => {
    const grey = [...document.querySelectorAll('[data-stale="true"]')].filter(greyed);
    window.__krant.push({
    making: [...document.querySelectorAll('[data-testid="stElementContainer"]:not([data-stale="true"])')]
      .some(el => el.innerText.includes(MAKING)),
    stale: grey.length,
    greyed: grey.map(el =>  // which (for a failure)
      `${el.dataset.testid || el.tagName}${(el.className.match?.(/st-key-[\\w-]+/) || [''])[0]}: `
      + el.innerText.slice(0, 40)),
    stalePages: grey.filter(el => el.querySelector('[data-testid="stImage"]')).length,
    toolbars: document.querySelectorAll('.st-key-mode').length,
    undo: document.querySelectorAll('.st-key-undo').length,
    footers: document.querySelectorAll('.st-key-to-list').length,
    preview: document.querySelectorAll('.st-key-krant-download-pdf').length,
    run: window.__ppRuns.started});  // which script run (conftest's run watcher counts them)
  };
  new MutationObserver(snap).observe(document.body, {subtree: true, childList: true, attributes: true,
                                                     characterData: true});
  setInterval(snap, 100);  // a fading element changes no DOM
  snap();
}""".replace("MAKING", "'De krant wordt opgemaakt'")


def test_the_first_krant_shows_a_complete_page_while_the_edition_is_laid_out(studio, browser):
    context, page = new_page(browser, 1280, 720)
    try:
        open_example(page, studio, "gemeente-groothaven")  # in Bewerken: editor, picture and side panel
        page.evaluate(RECORD)
        page.locator(".st-key-mode").get_by_text("Krant", exact=True).click()
        page.locator(".st-key-krant-download-pdf").wait_for()
        settled(page)
        _complete_while_laying_out(page.evaluate("window.__krant"), after_the_page_run=True)
        assert page.locator('[data-testid="stImage"] img').count() >= 2  # the edition's pages
        page.evaluate(RECORD)  # another paper size: the A4 pages do not linger greyed out meanwhile
        page.locator(".st-key-krant_size").get_by_text("A3", exact=True).click()
        page.locator(".st-key-krant-download-pdf").get_by_text("PDF (A3)").wait_for()
        settled(page)
        _complete_while_laying_out(page.evaluate("window.__krant"), after_the_page_run=False)
    finally:
        context.close()


def _complete_while_laying_out(snaps: list[dict], after_the_page_run: bool) -> None:
    """While the edition was laid out the page was complete: the message, one toolbar, the footer, nothing greyed
    out (never an old page beside the message); the message is gone once the preview is there.

    ``after_the_page_run``: the message first comes with the page's run that switches to Krant. As any slow run, that
    run lets Streamlit grey what it has not redrawn yet after 0.5 s (on a busy machine the previous mode's last
    elements, for a moment), but never shows a second toolbar; the edition is then laid out in a run of its own,
    in which nothing may be greyed (the ghost was the previous mode's elements greyed while it was laid out).
    """
    assert not [s for s in snaps if s["making"] and s["stalePages"]]
    complete = [i for i, s in enumerate(snaps) if s["making"] and s["stale"] == 0 and s["toolbars"] == 1
                and s["undo"] == 1 and s["footers"] == 1 and not s["preview"]]
    assert complete, f"never a complete page with the message: {[s for s in snaps if s['making']][:5]}"
    making = [s for s in snaps[complete[0]:] if s["making"]]
    assert not [s for s in making if s["toolbars"] != 1 or s["undo"] != 1], f"a second toolbar: {making[:3]}"
    page_run = next(s["run"] for s in snaps if s["making"])
    laying_out = [s for s in making if s["run"] > page_run] if after_the_page_run else making
    assert laying_out, f"the edition was laid out in the page's run: {making[:3]}"
    incomplete = [s for s in laying_out if s["stale"]]
    assert not incomplete, f"{len(incomplete)} of {len(laying_out)} greyed while laid out: {incomplete[:3]}"
    assert not snaps[-1]["making"] and snaps[-1]["preview"]


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_krant_has_no_serious_axe_violations(studio, browser, size):
    from tests.browser.test_html_axe import AXE, axe_violations, describe

    if not AXE.is_file():
        pytest.skip("axe-core not installed (run `npm ci`)")
    context, page = new_page(browser, *size)
    try:
        open_example(page, studio, "gemeente-groothaven")
        page.locator(".st-key-mode").get_by_text("Krant", exact=True).click()
        page.locator(".st-key-krant-download-pdf").wait_for()
        page.locator('[data-testid="stImage"] img').first.wait_for()
        settled(page)
        shoot(page, f"krant-{size[0]}x{size[1]}.png")
        violations = [v for v in axe_violations(page) if v["impact"] in ("serious", "critical")]
        assert not violations, describe(violations)
    finally:
        context.close()
