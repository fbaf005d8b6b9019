"""The studio's Krant mode in a real browser: start a newsletter for an example without one, add an edition with
two articles, and download the PDF, which holds both articles."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdf
import pytest

from tests.browser.conftest import saved, settled, wait_until

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
