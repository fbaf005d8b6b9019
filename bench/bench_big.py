"""Benchmark of the largest valid input (issue 18): the newsletter at its text limit and a big paste in the studio.

    python bench/bench_big.py [--runs 3] [--browser]

Prints, median of ``--runs`` runs (wall and CPU seconds):

- the newsletter's PDF, A4 and A3, for editions of limits.MAX_EDITION_CHARS characters in several shapes (few
  long articles, many short ones: the shape decides how many "lees verder" layout passes WeasyPrint makes),
  and of krant.html.BALANCED_CHARS (the largest edition whose last page WeasyPrint balances), and the time to
  refuse issue 18's 30 × 6,000-character edition (22.8 s / 47.9 s before the limit);
- a 47 kB vision with 3,000 principles pasted into the studio's editor: the server's answer (AppTest, the
  whole script run: store, load, problems, picture), and with ``--browser`` a real paste (a ClipboardEvent,
  as Ctrl+V gives) in Chromium against ``streamlit run app.py``, until the page is idle again with the
  located message. Playwright's ``keyboard.insert_text`` of the same text is not a paste: Chromium's
  insertText into any contenteditable is superlinear in the text (tens of seconds for 47 kB, even without
  CodeMirror), which is where issue 18's 102.6 s came from.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_krant import median_s  # noqa: E402 - one way to time a step
from praatplaat.krant.html import BALANCED_CHARS  # noqa: E402
from praatplaat.krant.pdf import render_krant_pdf  # noqa: E402
from praatplaat.limits import MAX_EDITION_CHARS  # noqa: E402
from praatplaat.load import load_text  # noqa: E402

EXAMPLE = ROOT / "praatplaten" / "gemeente-groothaven.yaml"
SENTENCE = ("Wij schrijven onze brieven opnieuw, in gewone taal, samen met inwoners die meelezen en zeggen waar het "
            "niet duidelijk is. ")



def krant_yaml(articles: int, chars: int) -> str:
    """The Groothaven example with one edition of ``articles`` articles of ``chars`` characters of text each
    (title, intro, paragraphs; every third article a pull quote and a byline too)."""
    head = EXAMPLE.read_text(encoding="utf-8").split("\nkrant:")[0] + "\n"
    out = [head, "krant:\n  naam: Krant\n  edities:\n    - nummer: 1\n      datum: \"2026-03-02\"\n      artikelen:\n"]
    words = SENTENCE * (chars // len(SENTENCE) + 2)
    paragraphs = "\n\n".join(words[j:j + 590].strip() for j in range(0, len(words), 590))
    for i in range(articles):
        fields = {"titel": f"Artikel {i + 1}", "intro": "Wat verandert er voor u?"}
        if i % 3 == 2:
            fields |= {"citaat": "Eindelijk een brief die ik snap.", "auteur": "Team Dienstverlening"}
        text = paragraphs[: chars - sum(map(len, fields.values()))].rstrip()
        out.append("        - " + "\n          ".join(f"{k}: {v}" for k, v in fields.items()))
        out.append("\n          tekst: |-\n            " + text.replace("\n", "\n            ") + "\n")
    return "".join(out)


def krant(runs: int) -> None:
    import io

    import pypdf

    logging.getLogger("fontTools").setLevel(logging.ERROR)
    print(f"newsletter PDF at the limit ({MAX_EDITION_CHARS:,} characters per edition), median of {runs} runs, "
          f"load average {os.getloadavg()[0]:.1f}")
    first = True
    shapes = [(n, MAX_EDITION_CHARS) for n in (4, 8, 12, 20, 30)] + [(12, BALANCED_CHARS), (30, BALANCED_CHARS)]
    for articles, total in shapes:
        result = load_text(krant_yaml(articles, total // articles), base_dir=EXAMPLE.parent)
        assert result.ok, result.report()
        for size in ("a4", "a3"):
            if first:  # WeasyPrint's imports and fonts, once per process
                render_krant_pdf(result.vision, 1, size=size, base_dir=EXAMPLE.parent)
                first = False
            wall, cpu, data = median_s(
                lambda r=result, s=size: render_krant_pdf(r.vision, 1, size=s, base_dir=EXAMPLE.parent), runs)
            pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
            print(f"  {articles:2} articles × {total // articles:5,} characters, {size}: "
                  f"{wall:5.2f} s wall, {cpu:5.2f} s CPU ({pages} pages)", flush=True)
    text = krant_yaml(30, 6000)
    wall, cpu, result = median_s(lambda: load_text(text, base_dir=EXAMPLE.parent), runs)
    (error,) = [d for d in result.errors if d.code == "krant_too_much_text"]
    print(f"  issue 18's 30 articles × 6,000 characters: refused in {wall:.2f} s: "
          f"{error.format('krant.yaml')}")


def paste_text() -> str:
    """A 47 kB vision with 3,000 principles (issue 18)."""
    head = "versie: 1\ntitel: Groot\norganisatie: Gemeente\nvisie:\n  kern: Wij helpen\nprincipes:\n"
    return head + "".join(f"  - naam: p{i}\n" for i in range(3000))


def paste_server(runs: int) -> None:
    from streamlit.testing.v1 import AppTest

    text = paste_text()
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PRAATPLAAT_WORKSPACES"] = f"{tmp}/ws"
        os.environ["PRAATPLAAT_DATABASE_URL"] = f"sqlite:///{tmp}/praatplaat.db"
        from tests.test_app import type_text  # what the editor sends, as the studio's tests drive it

        for i in range(runs):
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
            at.button(key="open-gemeente-groothaven").click().run()
            start = time.perf_counter()
            type_text(at, text, f"bench-{i}")
            times.append(time.perf_counter() - start)
            assert at.session_state["workspace"].text == text and not at.exception
    print(f"paste of {len(text) / 1000:.0f} kB, 3,000 principles, server (AppTest, one script run): median "
          f"{statistics.median(times):.2f} s of {runs}")


def paste_browser(runs: int) -> None:
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, new_page, open_example, running_studio, settled

    text = paste_text()
    paste = ("(el, text) => { const d = new DataTransfer(); d.setData('text/plain', text);"
             " el.dispatchEvent(new ClipboardEvent('paste', {clipboardData: d, bubbles: true, cancelable: true})); }")
    times = []
    with tempfile.TemporaryDirectory() as tmp, running_studio(Path(tmp)) as studio, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            for _ in range(runs):
                context, page = new_page(browser)
                open_example(page, studio)
                page.locator(".cm-content").first.click()
                page.keyboard.press("Control+a")
                start = time.perf_counter()
                page.locator(".cm-content").first.evaluate(paste, text)
                page.locator(".praatplaat-editor .problems", has_text="hoogstens 12").first.wait_for(timeout=60_000)
                settled(page)
                times.append(time.perf_counter() - start)
                context.close()
        finally:
            browser.close()
    print(f"paste of {len(text) / 1000:.0f} kB in Chromium (Ctrl+V) until the located message is shown and the page "
          f"is idle: median {statistics.median(times):.2f} s of {runs} (includes settled()'s 0.5 s of quiet)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--browser", action="store_true", help="also paste in Chromium against a running studio")
    args = parser.parse_args()
    krant(args.runs)
    paste_server(args.runs)
    if args.browser:
        paste_browser(args.runs)


if __name__ == "__main__":
    main()
