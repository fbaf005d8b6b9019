"""The published picture: ``/plaat/<token>``, a route of the studio's own server (mounted by app.py's ``st.App``).

A read-only share link's token (revocable, from "Delen") gives the interactive HTML page of the praatplaat as
its shared document is now (the HTML export: every view, the details, the text alternative, the phone layout on
narrow screens), to link to or to place in a CMS with an ``<iframe>``. The page asks ``/plaat/<token>/versie``
every few seconds and loads the new picture when the document changed, so it always shows the current version.
A revoked or unknown token gets a calm page ("wordt niet meer gedeeld"), the same for both. Never imports
Streamlit.
"""

from __future__ import annotations

import hashlib
import html
import tempfile
from functools import lru_cache
from pathlib import Path

import anyio
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

import store
from praatplaat.export import export
from praatplaat.load import load_text

from . import hub
from .routes import readable

FOLLOW_S = 3  # how often the page asks whether the picture changed

# Added to the HTML export's page: follow the shared document (reload when its version changed).
_FOLLOW = """<script>(() => {{
  const url = location.pathname.replace(/\\/$/, "") + "/versie" + location.search;
  let known = {version};
  setInterval(async () => {{
    try {{
      const answer = await fetch(url, {{cache: "no-store"}});
      if (answer.status === 404) {{ location.reload(); return; }}
      const {{version}} = await answer.json();
      if (version !== known) location.reload();
    }} catch (e) {{ /* offline for a moment: ask again */ }}
  }}, {every});
}})();</script>"""

_GONE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<style>body{{font-family:system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;
background:#f5f7fa;color:#1b1b1b}}main{{max-width:32rem;padding:2rem;text-align:center}}
h1{{font-size:1.5rem;margin:0 0 .75rem}}p{{font-size:1.1rem;line-height:1.5;margin:0}}</style></head>
<body><main><h1>{title}</h1><p>{body}</p></main></body></html>"""

WORDS = {
    "nl": {"gone": ("Deze plaat wordt niet meer gedeeld",
                    "De link werkt niet (meer). Vraag de maker om een nieuwe link."),
           "busy": ("Nog geen plaat", "Aan deze plaat wordt net gewerkt. Probeer het zo opnieuw.")},
    "en": {"gone": ("This picture is no longer shared",
                    "The link does not work (any more). Ask the maker for a new link."),
           "busy": ("No picture yet", "This picture is being worked on. Please try again in a moment.")},
}


def _lang(request: Request) -> str:
    return "en" if request.query_params.get("lang") == "en" else "nl"


def _calm(lang: str, what: str = "gone") -> HTMLResponse:
    """A plain page instead of the picture: no longer shared (404), or no valid picture yet (503)."""
    title, body = WORDS[lang][what]
    return HTMLResponse(_GONE.format(lang=lang, title=html.escape(title), body=html.escape(body)),
                        status_code=404 if what == "gone" else 503, headers={"Cache-Control": "no-store"})


def _files_dir(db: store.Store, ws_id: str, text: str) -> Path:
    """A folder with the files the text names (logo, photos), from the store: the loader's base folder."""
    folder = Path(tempfile.gettempdir()) / "praatplaat-published" / hashlib.sha256(ws_id.encode()).hexdigest()[:24]
    db.mirror_files(ws_id, store.named_files(text), folder)
    return folder


@lru_cache(maxsize=32)
def _page(ws_id: str, version: int, text: str, lang: str) -> bytes | None:
    """The HTML export of the text (None when it has errors), cached per document version."""
    db = hub.current().db
    folder = _files_dir(db, ws_id, text)
    result = load_text(text, "praatplaat.yaml", base_dir=folder)
    if not result.ok:
        return None
    vision = result.vision
    logo = db.get_file(ws_id, vision.logo) if vision.logo else None
    return export(vision, "html", lang=lang, logo=logo)


async def _document(token: str):
    """(ws id, DocState) of a live share token, or None."""
    ws_id = await anyio.to_thread.run_sync(readable, token)
    if ws_id is None:
        return None
    return ws_id, await hub.current().read(ws_id)


async def picture(request: Request) -> Response:
    lang = _lang(request)
    found = await _document(request.path_params["token"])
    if found is None:
        return _calm(lang)
    ws_id, doc = found
    page = await anyio.to_thread.run_sync(_page, ws_id, doc.version, doc.text, lang)
    if page is None:  # the text has errors right now: show the newest snapshot that is valid
        state = await anyio.to_thread.run_sync(hub.current().db.get, ws_id)
        page = await anyio.to_thread.run_sync(_page, ws_id, -state.revision, state.text, lang) if state else None
    if page is None:
        return _calm(lang, "busy")
    follow = _FOLLOW.format(version=doc.version, every=FOLLOW_S * 1000)
    body = page.decode("utf-8").replace("</body>", follow + "</body>", 1)
    return HTMLResponse(body, headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"})


async def version(request: Request) -> Response:
    found = await _document(request.path_params["token"])
    if found is None:
        return JSONResponse({"error": "gone"}, status_code=404)
    return JSONResponse({"version": found[1].version}, headers={"Cache-Control": "no-store"})


def snippet(url: str, title: str) -> str:
    """The ``<iframe>`` to paste into a CMS page."""
    return (f'<iframe src="{html.escape(url)}" title="{html.escape(title)}" width="100%" height="720" '
            'style="border:0;max-width:100%" loading="lazy"></iframe>')


ROUTES = [Route("/plaat/{token}", picture), Route("/plaat/{token}/versie", version)]
