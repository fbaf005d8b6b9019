"""The published picture `/plaat/<token>` of a real `streamlit run app.py` server: the interactive page in an
`<iframe>` on a plain page follows the shared document within seconds, uses the phone layout on a phone, and a
revoked link turns into a calm "niet meer gedeeld" page."""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import store
from tests.browser.conftest import new_page, shoot, wait_until
from tests.syncpeer import Peer

pytestmark = pytest.mark.browser

VISION = Path(__file__).resolve().parents[2] / "praatplaten" / "gemeente-beekdal.yaml"


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=60) as answer:
            return answer.status, answer.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def edit(studio, ws_id: str, old: str, new: str) -> None:
    """Someone changes the text in the editor (a peer of the shared document)."""

    async def main():
        peer = Peer(studio.url.replace("http://", "ws://") + f"/sync/ws/{ws_id}")
        await peer.connect()
        text = str(peer)
        at = len(text[:text.index(old)].encode("utf-8"))
        with peer.doc.transaction():
            del peer.text[at:at + len(old.encode("utf-8"))]
            peer.text.insert(at, new)
        await asyncio.sleep(0.5)
        await peer.close()

    with ThreadPoolExecutor(1) as pool:  # Playwright's sync API keeps an event loop in this thread
        pool.submit(asyncio.run, main()).result()


def test_the_published_picture_follows_the_document_in_an_iframe_and_can_be_revoked(studio, browser):
    db = store.open_store(studio.database)
    ws = db.create(VISION.read_text(encoding="utf-8"))
    token = db.share(ws.id)
    url = f"{studio.url}/plaat/{token}"
    status, body = get(url)
    assert status == 200 and "Beekdal helpt, dichtbij" in body
    assert ws.id not in body, "the editing secret is not in the published page"
    status, body = get(f"{url}/versie")
    assert status == 200 and isinstance(json.loads(body)["version"], int)
    status, body = get(f"{studio.url}/plaat/{store.new_id()}")
    assert status == 404 and "niet meer gedeeld" in body, "an unknown token gets the calm page"

    context, page = new_page(browser, 1280, 720)
    try:
        page.set_content(f'<!doctype html><html lang="nl"><body><h1>Gemeente Beekdal</h1>'
                         f'<iframe src="{url}" title="Onze visie" width="1200" height="600"></iframe></body></html>')
        frame = page.frame_locator("iframe")
        frame.get_by_text("Beekdal helpt, dichtbij").first.wait_for()
        edit(studio, ws.id, "titel: Beekdal helpt, dichtbij", "titel: Beekdal helpt, altijd dichtbij")
        frame.get_by_text("Beekdal helpt, altijd dichtbij").first.wait_for(timeout=30_000)  # within seconds
        shoot(page, "published-iframe-1280x720.png")
        db.revoke_share(ws.id)
        frame.get_by_text("Deze plaat wordt niet meer gedeeld").wait_for(timeout=30_000)
    finally:
        context.close()
    assert get(url)[0] == 404


@pytest.mark.parametrize("width,height", [(390, 844), (1280, 720)])
def test_the_published_picture_fits_the_window(studio, browser, width, height):
    db = store.open_store(studio.database)
    ws = db.create(VISION.read_text(encoding="utf-8"))
    token = db.share(ws.id)
    context, page = new_page(browser, width, height)
    try:
        page.goto(f"{studio.url}/plaat/{token}")
        page.locator("svg.pp-svg:visible").first.wait_for()
        wait_until(lambda: page.evaluate("() => document.fonts.status") == "loaded", "fonts")
        scroll = page.evaluate("() => document.documentElement.scrollWidth")
        assert scroll <= width, f"nothing sticks out sideways ({scroll} px in a {width} px window)"
        shoot(page, f"published-{width}x{height}.png")
    finally:
        context.close()


def test_the_read_only_link_on_a_phone_shows_the_phone_picture(studio, browser):
    db = store.open_store(studio.database)
    ws = db.create(VISION.read_text(encoding="utf-8"))
    token = db.share(ws.id)
    context, page = new_page(browser, 390, 844)
    try:
        page.goto(f"{studio.url}/?lees={token}")
        picture = page.locator("svg.pp-svg").first

        def tall() -> bool:
            box = picture.evaluate("(svg) => ({width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height})")
            return box["height"] > box["width"]

        picture.wait_for()
        wait_until(tall, "the phone composition (taller than wide)")
        assert picture.bounding_box()["width"] <= 390
        shoot(page, "read-only-390x844.png")
    finally:
        context.close()
