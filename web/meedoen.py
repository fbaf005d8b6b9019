"""The participant page of a werksessie, ``/meedoen``: plain HTML, CSS and a little JavaScript, no Streamlit session.

- ``GET /meedoen``: the code form; ``?code=CODE`` checks a typed code and sends the phone on to ``?j=TOKEN``;
  ``?j=TOKEN`` (the QR link) is the room's page: the open activities, what this phone sent, the results when shown.
- ``POST /meedoen/stuur``: one contribution (a beoordeling: one per rated step). A plain form post (the page works
  without JavaScript: the answer is a redirect back with a note), or JSON with ``Accept: application/json``.
- ``POST /meedoen/over``: the name and role the participant gives (optional).
- ``GET /meedoen/events?j=TOKEN``: server-sent events: what is open now, closing, results shown (one watcher per
  room and process reads the room's row every POLL_S and tells every phone of that room).
- ``GET /meedoen/resultaten?j=TOKEN``: the results as an HTML fragment (only when the facilitator shows them).
- ``GET /meedoen/font/{400,700}.woff2``: Atkinson Hyperlegible, Latin subset (cached by the browser).

Identity: the server issues a device token (128 random bits) in an HttpOnly cookie; a phone that reloads or locks
its screen is the same participant and sees what it sent. Limits are keyed on that token and on the network
address the server sees, never on anything the client chooses (docs/security.md). Participants see only the
vision's title and the names of its principles and journey steps; never the workspace link. Everything typed is
shown as escaped plain text.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import hashlib
import html
import io
import json
import logging
import time
from collections import OrderedDict
from functools import cache
from pathlib import Path
from urllib.parse import quote, urlencode

import anyio
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

import store
from praatplaat.words import table
from store.bounds import (
    MAX_CONTRIBUTIONS_PER_PARTICIPANT,
    MAX_NAME,
    MAX_QUOTE,
    MAX_REMARK,
    MAX_ROLE,
    RATE_WRONG_CODES,
    RATE_WRONG_CODES_PER_ADDRESS,
    VOTES,
)

from .phone_results import FACES, phone_results

log = logging.getLogger("praatplaat.meedoen")

COOKIE = "pp_apparaat"  # the device token (HttpOnly)
LANG_COOKIE = "pp_taal"
DEVICE_DAYS = 2  # a phone keeps its identity this long after its last visit
POLL_S = 1.0  # a room's watcher reads the room this often (one query per open room per process)
KEEPALIVE_S = 15.0  # a comment on the event stream this often (proxies and phones keep the connection)
SEEN_EVERY_S = 60.0  # connected phones are marked active this often (one UPDATE per room)
RESULTS_EVERY_S = 5.0  # a phone fetches the shown results at most this often
ROLES = ("inwoner", "ondernemer", "medewerker", "bestuurder", "anders")
ACT_TITLE = {"verhaal": "act_verhaal", "beoordeling": "act_beleving", "stem": "act_stemmen", "voorstel": "act_voorstel"}
NOTES = {"mee_sent", "mee_sent_hidden", "mee_saved", "mee_empty", "mee_rate_none", "mee_failed", "mee_off",
         "mee_closed", "mee_locked", "mee_full", "mee_votes_left", "mee_too_long", "mee_wait", "mee_busy", "mee_max",
         "mee_sent_vote", "mee_sent_rating", "mee_sent_rating_1"}
ERRORS = NOTES - {"mee_sent", "mee_sent_hidden", "mee_saved", "mee_sent_vote", "mee_sent_rating", "mee_sent_rating_1"}

_db: store.Store | None = None


def db() -> store.Store:
    global _db
    if _db is None:
        _db = store.open_store()
    return _db


def _lang(request: Request) -> str:
    lang = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE) or "nl"
    return lang if lang in ("nl", "en") else "nl"


def _device(request: Request) -> tuple[str, bool]:
    """The phone's device token, and whether it is new (then set it as a cookie)."""
    token = request.cookies.get(COOKIE, "")
    return (token, False) if store.is_id(token) else (store.new_id(), True)


def _address(request: Request) -> str:
    return request.client.host if request.client else ""


def _finish(response: Response, request: Request, device: str, new: bool) -> Response:
    """Renew the device cookie (HttpOnly, this path only) and keep a chosen language."""
    response.set_cookie(COOKIE, device, max_age=DEVICE_DAYS * 86400, path="/meedoen", httponly=True, samesite="lax",
                        secure=request.url.scheme == "https")
    if request.query_params.get("lang") in ("nl", "en"):
        response.set_cookie(LANG_COOKIE, request.query_params["lang"], max_age=365 * 86400, path="/meedoen",
                            samesite="lax")
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"  # the join token stays on this page
    if (isinstance(response, HTMLResponse) and len(response.body) > 1024
            and "gzip" in request.headers.get("accept-encoding", "")):
        response.body = gzip.compress(response.body, 6)
        response.headers["Content-Encoding"] = "gzip"
        response.headers["Content-Length"] = str(len(response.body))
        response.headers["Vary"] = "Accept-Encoding"
    return response


# --- in-process caches (the database stays the truth; these only save reads) --------------------------------------

class _Lru(OrderedDict):
    def __init__(self, size: int):
        super().__init__()
        self.size = size

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)
        return value


_visions = _Lru(16)  # text hash -> vision (or None when it does not load)
_participants = _Lru(20000)  # (room id, device) -> Participant
_rooms = _Lru(256)  # join token -> (Room, read at)
_results = _Lru(16)  # (room id, head, lang, names) -> HTML
ROOM_FRESH_S = 1.0


def _vision(room: store.Room):
    state = db().get(room.ws_id)
    if state is None:
        return None
    key = hashlib.sha256(state.text.encode()).hexdigest()
    if key not in _visions:
        from praatplaat.load import load_text

        result = load_text(state.text, "praatplaat.yaml")
        _visions.put(key, result.vision if result.ok else None)
    return _visions[key]


def _room(token: str, fresh: bool = False) -> store.Room | None:
    cached = _rooms.get(token)
    if cached and not fresh and time.monotonic() - cached[1] < ROOM_FRESH_S:
        return cached[0]
    room = db().room_by_token(token)
    if room is not None:
        _rooms.put(token, (room, time.monotonic()))
    return room


def _participant(room: store.Room, device: str, address: str) -> store.Participant:
    key = (room.id, device)
    found = _participants.get(key)
    if found is None:
        found = _participants.put(key, db().join_device(room.id, device, address))
    return found


# --- the page --------------------------------------------------------------------------------------------------

@cache
def _font(weight: int) -> bytes:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    from praatplaat.fonts import BOLD, REGULAR

    font = TTFont(str(BOLD if weight == 700 else REGULAR))
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["kern", "liga"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[*range(0x20, 0x7F), *range(0xA0, 0x180), 0x2013, 0x2014, 0x2018, 0x2019, 0x201C,
                                 0x201D, 0x2022, 0x2026, 0x20AC])
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff2"
    font.save(out)
    return out.getvalue()


HERE = Path(__file__).parent
CSS = (HERE / "meedoen.css").read_text(encoding="utf-8")
JS = (HERE / "meedoen.js").read_text(encoding="utf-8")



def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _shell(lang: str, title: str, body: str, *, j: str = "", query: dict | None = None) -> str:
    w = table("app", lang)
    here = {k: v for k, v in (query or {}).items() if v}
    links = "".join(
        f'<a href="/meedoen?{_e(urlencode({**here, "lang": code}))}" lang="{code}"'
        + (' aria-current="true"' if code == lang else "") + f'>{code.upper()}</a>' for code in ("nl", "en"))
    script, cfg = "", ""
    if j:
        script = f"<script>{JS}</script>"
        cfg = json.dumps({"j": j, "votes": VOTES, "failed": w["mee_failed"], "every": RESULTS_EVERY_S * 1000,
                          "offline": w["mee_offline"]})
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{_e(title)}</title><style>{CSS}</style></head>'
            f'<body data-cfg="{_e(cfg)}"><main><header><h1>{_e(w["mee_title"])}</h1>'
            f'<nav aria-label="{_e(w["mee_language"])}">{links}</nav></header>{body}</main>{script}</body></html>')


def _code_page(lang: str, message: str | None = None, level: str = "err", **params) -> str:
    w = table("app", lang)
    text = w[message].format(**params) if message and params else w.get(message or "", "")
    note = f'<p class="note {level}" role="alert">{_e(text)}</p>' if message else ""
    form = "" if message == "mee_closed" else (
        '<form method="get" action="/meedoen" class="card">'
        f'<label for="code">{_e(w["mee_code"])}</label>'
        f'<p class="hint" id="code-hint">{_e(w["mee_code_help"])}</p>'
        '<input type="text" id="code" name="code" maxlength="12" autocomplete="off" autocapitalize="characters" '
        'spellcheck="false" aria-describedby="code-hint" required>'
        f'<input type="hidden" name="lang" value="{lang}">'
        f'<button type="submit">{_e(w["mee_join"])}</button></form>')
    return _shell(lang, w["mee_title"], note + form)


def _options(pairs: list[tuple[str, str]]) -> str:
    return "".join(f'<option value="{_e(v)}">{_e(label)}</option>' for v, label in pairs)


def _about_options(vision) -> list[tuple[str, str]]:
    out = [("", "—")] + [(f"p:{p.id}", p.naam) for p in vision.principes]
    for r in vision.klantreizen:
        out += [(f"s:{r.id}/{i + 1}", f"{r.naam}: {s.naam}") for i, s in enumerate(r.stappen)]
    return out


def _note(w: dict, key: str | None, kind: str, sent: str | None, n: str | None) -> str:
    if key and sent == kind and key in NOTES:
        text = w[key].format(n=n or "", s=n or "", names=n or "") if "{" in w[key] else w[key]
        return f'<p class="note {"err" if key in ERRORS else "ok"}" role="status">{_e(text)}</p>'
    return '<p class="note" role="status"></p>'


def _form(j: str, kind: str, inner: str, w: dict) -> str:
    return (f'<form method="post" action="/meedoen/stuur" data-send data-kind="{kind}">'
            f'<input type="hidden" name="j" value="{_e(j)}"><input type="hidden" name="kind" value="{kind}">'
            f'{inner}<button type="submit">{_e(w["mee_send"])}</button></form>')


def _sections(j: str, room: store.Room, vision, w: dict, key, sent, n) -> str:
    out = []
    for kind in store.ACTIVITIES:
        hidden = "" if kind in room.activities else " hidden"
        body = ""
        if kind == "verhaal":
            body = _form(j, kind, (
                f'<label for="quote">{_e(w["mee_quote"])}</label>'
                f'<p class="hint" id="quote-hint">{_e(w["mee_quote_help"])}</p>'
                f'<textarea id="quote" name="quote" maxlength="{MAX_QUOTE}" aria-describedby="quote-hint"></textarea>'
                f'<label for="who">{_e(w["mee_who"])}</label>'
                f'<input type="text" id="who" name="who" maxlength="{MAX_REMARK}" '
                f'placeholder="{_e(w["mee_who_hint"])}">'
                f'<label for="about">{_e(w["mee_about"])}</label>'
                f'<select id="about" name="about">{_options(_about_options(vision))}</select>'), w)
        elif kind == "beoordeling":
            groups = []
            journeys = vision.klantreizen
            if len(journeys) > 1:
                groups.append(f'<label for="journey">{_e(w["mee_journey"])}</label><select id="journey" data-journeys>'
                              + _options([(r.id, r.naam) for r in journeys]) + "</select>")
            for n_journey, r in enumerate(journeys):
                steps = []
                for i, s in enumerate(r.stappen):
                    faces = "".join(
                        f'<label class="choice"><input type="radio" name="r:{_e(r.id)}:{i + 1}" value="{score}">'
                        f'<span><span aria-hidden="true">{FACES[score]}</span>'
                        f'<small>{_e(w[f"face_{score}"])}</small></span></label>' for score in range(-2, 3))
                    steps.append(f'<fieldset><legend>{i + 1}. {_e(s.naam)}</legend>'
                                 f'<div class="choices faces">{faces}</div></fieldset>')
                groups.append(f'<fieldset data-journey="{_e(r.id)}"{" data-later" if n_journey else ""}>'
                              f'<legend>{_e(r.naam)}</legend>{"".join(steps)}</fieldset>')
            if groups:
                body = _form(j, kind, (
                    f'{"".join(groups)}'
                    f'<label for="remark">{_e(w["mee_step_remark"])}</label>'
                    f'<input type="text" id="remark" name="remark" maxlength="{MAX_REMARK}">'), w)
        elif kind == "stem":
            boxes = "".join(f'<label class="choice"><input type="checkbox" name="p" value="{_e(p.id)}">'
                            f'<span>{_e(p.naam)}</span></label>' for p in vision.principes)
            body = _form(j, kind, f'<fieldset><legend>{_e(w["mee_votes_pick"])}</legend>'
                                  f'<div class="choices">{boxes}</div></fieldset>', w)
        elif kind == "voorstel":
            names = [("", "—")] + [(p.id, p.naam) for p in vision.principes]
            body = _form(j, kind, (
                f'<label for="proposal">{_e(w["mee_proposal"])}</label>'
                f'<textarea id="proposal" name="text" maxlength="{MAX_QUOTE}"></textarea>'
                f'<label for="proposal-about">{_e(w["mee_about"])}</label>'
                f'<select id="proposal-about" name="principle">{_options(names)}</select>'), w)
        out.append(f'<section class="card" id="act-{kind}" data-kind="{kind}" aria-labelledby="h-{kind}"{hidden}>'
                   f'<h2 id="h-{kind}">{_e(w[ACT_TITLE[kind]])}</h2>{_note(w, key, kind, sent, n)}{body}</section>')
    return "".join(out)


def _summary(c: store.Contribution, vision, w: dict) -> str:
    names = {p.id: p.naam for p in vision.principes} if vision else {}
    steps = {(r.id, str(i + 1)): f"{r.naam}: {s.naam}" for r in (vision.klantreizen if vision else [])
             for i, s in enumerate(r.stappen)}
    p = c.payload
    if c.kind == "verhaal":
        text = p.get("quote", "")
    elif c.kind == "voorstel":
        text = p.get("text", "")
    elif c.kind == "stem":
        text = ", ".join(names.get(x, x) for x in p.get("principles", []))
    else:
        score = p.get("score", 0)
        text = f"{steps.get((p.get('journey'), p.get('step')), p.get('step', ''))}: {FACES.get(score, '')} " \
               f"{w.get(f'face_{score}', '')}"
    extra = f' <small>({_e(w["mee_hidden_note"])})</small>' if c.status == "verborgen" else ""
    return f'<li><b>{_e(w[ACT_TITLE[c.kind]])}</b><br>{_e(text)}{extra}</li>'


def _mine(items: list[store.Contribution], vision, w: dict) -> str:
    if not items:
        return f'<p>{_e(w["mee_yours_none"])}</p>'
    return '<ul class="mine">' + "".join(_summary(c, vision, w) for c in reversed(items)) + "</ul>"


def _room_page(lang: str, j: str, room: store.Room, vision, participant: store.Participant,
               mine: list[store.Contribution], key: str | None, sent: str | None, n: str | None) -> str:
    w = table("app", lang)
    about = w["mee_saved"] if key == "mee_saved" and sent == "over" else ""
    roles = "".join(
        f'<label class="choice"><input type="radio" name="role" value="{r}"'
        f'{" checked" if participant.role == r else ""}><span>{_e(w[f"role_{r}"])}</span></label>' for r in ROLES)
    over = (f'<section class="card" id="over-card" aria-labelledby="h-over"><h2 id="h-over">{_e(w["mee_you"])}</h2>'
            f'<p class="note{" ok" if about else ""}" role="status">{_e(about)}</p>'
            '<form method="post" action="/meedoen/over" id="over" data-send>'
            f'<input type="hidden" name="j" value="{_e(j)}">'
            f'<label for="name">{_e(w["mee_name"])}</label>'
            f'<input type="text" id="name" name="name" maxlength="{MAX_NAME}" autocomplete="given-name" '
            f'value="{_e(participant.name)}">'
            f'<fieldset><legend>{_e(w["mee_role"])}</legend><div class="choices">{roles}</div></fieldset>'
            f'<button type="submit">{_e(w["mee_save"])}</button></form></section>')
    body = (f'<h2>{_e(w["mee_welcome"].format(title=vision.titel))}</h2><p>{_e(w["mee_intro"])}</p>'
            '<p id="live" class="hint" role="status"></p>'
            f'<p id="nothing" class="note info"{" hidden" if room.activities else ""}>'
            f'{_e(w["mee_nothing_open"])}</p><p id="closed" class="note info" hidden>{_e(w["mee_closed"])}</p>'
            f'{over}{_sections(j, room, vision, w, key, sent, n)}'
            f'<div id="results" class="card" aria-live="polite" hidden></div>'
            f'<section class="card" aria-labelledby="h-mine"><h2 id="h-mine">{_e(w["mee_yours"])}</h2>'
            f'<div id="mine">{_mine(mine, vision, w)}</div></section>')
    return _shell(lang, f'{w["mee_title"]}: {vision.titel}', body, j=j, query={"j": j})


def _page_sync(lang: str, request: Request, device: str) -> tuple[str, str | None]:
    """(HTML, a redirect location or None)."""
    params = request.query_params
    address = _address(request)
    code = params.get("code", "")
    j = params.get("j", "")
    if code and not j:
        try:
            room = db().room_by_code(code, limits=[(f"dev:{device}", RATE_WRONG_CODES),
                                                   (f"addr:{address}", RATE_WRONG_CODES_PER_ADDRESS)])
        except store.RateLimited as error:
            return _code_page(lang, "mee_tries_wait", m=max(1, -(-int(error.retry_after) // 60))), None
        if room is None:
            return _code_page(lang, "mee_wrong_code"), None
        if not room.is_open:
            return _code_page(lang, "mee_closed", "info"), None
        return "", f"/meedoen?{urlencode({'j': room.join_token or db().join_token(room.id)})}"
    if not j:
        return _code_page(lang), None
    room = _room(j, fresh=True)
    if room is None:
        return _code_page(lang, "mee_bad_link"), None
    if not room.is_open:
        return _code_page(lang, "mee_closed", "info"), None
    try:
        participant = _participant(room, device, address)
    except store.RoomLocked:
        return _code_page(lang, "mee_locked"), None
    except store.LimitExceeded:
        return _code_page(lang, "mee_full"), None
    except store.RoomClosed:
        return _code_page(lang, "mee_closed", "info"), None
    db().seen([participant.id])
    vision = _vision(room)
    if vision is None:
        w = table("app", lang)
        return _shell(lang, w["mee_title"], f'<p class="note info">{_e(w["mee_nothing_open"])}</p>'), None
    mine = db().contributions(room.id, participant_id=participant.id)
    return _room_page(lang, j, room, vision, participant, mine, params.get("note"), params.get("sent"),
                      params.get("n")), None


async def page(request: Request) -> Response:
    lang = _lang(request)
    device, new = _device(request)
    try:
        body, location = await anyio.to_thread.run_sync(_page_sync, lang, request, device)
    except store.StoreError:
        log.warning("meedoen: page failed", exc_info=True)
        body, location = _code_page(lang, "mee_failed"), None
    if location:
        return _finish(RedirectResponse(location, status_code=303), request, device, new)
    return _finish(HTMLResponse(body), request, device, new)


# --- sending -----------------------------------------------------------------------------------------------------

def _payloads(kind: str, form) -> list[dict] | str:
    """The payloads of a form post, or the key of a note saying what is missing."""
    if kind == "verhaal":
        quote_ = (form.get("quote") or "").strip()
        if not quote_:
            return "mee_empty"
        payload = {"quote": quote_, "who": (form.get("who") or "").strip(), "principle": None, "journey": None,
                   "step": None}
        about = form.get("about") or ""
        if about.startswith("p:"):
            payload["principle"] = about[2:]
        elif about.startswith("s:"):
            payload["journey"], _, payload["step"] = about[2:].rpartition("/")
        return [payload]
    if kind == "beoordeling":
        remark = (form.get("remark") or "").strip()
        out = []
        for name, value in form.multi_items():
            if name.startswith("r:") and name.count(":") >= 2:
                journey, _, step = name[2:].rpartition(":")
                try:
                    score = int(value)
                except ValueError:
                    continue
                out.append({"journey": journey, "step": step, "score": score, "remark": remark})
        return out or "mee_rate_none"
    if kind == "stem":
        chosen = [v for v in form.getlist("p") if isinstance(v, str) and v]
        if not chosen or len(chosen) > VOTES:
            return "mee_votes_left"
        return [{"principles": chosen}]
    if kind == "voorstel":
        text = (form.get("text") or "").strip()
        if not text:
            return "mee_empty"
        return [{"text": text, "principle": form.get("principle") or None}]
    return "mee_failed"


def _send_sync(form, device: str, address: str, lang: str) -> dict:
    """Send a form's contributions: {'ok', 'key', 'n', 'mine'?}."""
    j, kind = form.get("j") or "", form.get("kind") or ""
    room = _room(j) if store.is_id(j) else None
    if room is None:
        return {"ok": False, "key": "mee_failed"}
    if not room.is_open:
        return {"ok": False, "key": "mee_closed"}
    try:
        participant = _participant(room, device, address)
    except store.RoomLocked:
        return {"ok": False, "key": "mee_locked"}
    except store.LimitExceeded:
        return {"ok": False, "key": "mee_full"}
    except store.RoomClosed:
        return {"ok": False, "key": "mee_closed"}
    name, role = form.get("name"), form.get("role")
    if name is not None or role is not None:
        new_name = (name if name is not None else participant.name).strip()[:MAX_NAME]
        new_role = role if role in ROLES else participant.role
        new_role = new_role[:MAX_ROLE]
        if (new_name, new_role) != (participant.name, participant.role):
            participant = _participants.put((room.id, device), db().about(participant, name=new_name, role=new_role))
    if kind == "":
        return {"ok": True, "key": "mee_saved", "sent": "over"}
    payloads = _payloads(kind, form)
    if isinstance(payloads, str):
        return {"ok": False, "key": payloads, "n": str(len(form.getlist("p")))}
    sent = []
    try:
        for payload in payloads:
            sent.append(db().add_contribution(participant, kind, payload, address=address))
    except store.RateLimited as error:
        key = "mee_busy" if error.what == "address" else "mee_wait"
        return {"ok": bool(sent), "key": key, "n": str(round(error.retry_after))}
    except store.RoomClosed:
        return {"ok": False, "key": "mee_closed"}
    except store.LimitExceeded as error:
        if error.what == "length":
            return {"ok": False, "key": "mee_too_long", "n": str(error.limit)}
        return {"ok": False, "key": "mee_max", "n": str(MAX_CONTRIBUTIONS_PER_PARTICIPANT)}
    except store.InvalidContribution as error:
        return {"ok": False, "key": "mee_off" if error.field == "kind" else "mee_empty"}
    except store.NotFound:
        _participants.pop((room.id, device), None)
        return {"ok": False, "key": "mee_failed"}
    if any(c.status == "verborgen" for c in sent):
        return {"ok": True, "key": "mee_sent_hidden", "room": room, "participant": participant}
    if kind == "stem":
        vision = _vision(room)
        names = {p.id: p.naam for p in vision.principes} if vision else {}
        return {"ok": True, "key": "mee_sent_vote", "room": room, "participant": participant,
                "n": ", ".join(names.get(p, p) for p in payloads[0]["principles"])}
    if kind == "beoordeling":
        return {"ok": True, "key": "mee_sent_rating_1" if len(sent) == 1 else "mee_sent_rating", "n": str(len(sent)),
                "room": room, "participant": participant}
    return {"ok": True, "key": "mee_sent", "room": room, "participant": participant}


def _mine_html(outcome: dict, lang: str) -> str | None:
    room, participant = outcome.get("room"), outcome.get("participant")
    if room is None:
        return None
    items = db().contributions(room.id, participant_id=participant.id)
    return _mine(items, _vision(room), table("app", lang))


async def send(request: Request) -> Response:
    lang = _lang(request)
    device, new = _device(request)
    form = await request.form(max_files=0, max_fields=200, max_part_size=64 * 1024)
    wants_json = "application/json" in request.headers.get("accept", "")
    address = _address(request)
    try:
        outcome = await anyio.to_thread.run_sync(_send_sync, form, device, address, lang)
        mine = await anyio.to_thread.run_sync(_mine_html, outcome, lang) if wants_json else None
    except store.StoreError:
        log.warning("meedoen: send failed", exc_info=True)
        outcome, mine = {"ok": False, "key": "mee_failed"}, None
    w = table("app", lang)
    key, n = outcome["key"], outcome.get("n", "")
    message = w[key].format(n=n, s=n, names=n) if "{" in w[key] else w[key]
    if wants_json:
        body = {"ok": outcome["ok"], "message": message, "note": key}
        if mine is not None:
            body["mine"] = mine
        return _finish(JSONResponse(body, status_code=200 if outcome["ok"] else 422 if key in ERRORS else 200),
                       request, device, new)
    kind = outcome.get("sent") or form.get("kind") or ""
    query = {"j": form.get("j") or "", "note": key, "sent": kind, "n": n}
    anchor = "over-card" if kind == "over" else f"act-{quote(kind)}"
    return _finish(RedirectResponse(f"/meedoen?{urlencode(query)}#{anchor}", status_code=303), request, device, new)


# --- live: what is open now --------------------------------------------------------------------------------------

class _Watch:
    """One per open room with phones connected in this process: reads the room every POLL_S, wakes the phones'
    event streams when what they show changed, and marks connected phones active every SEEN_EVERY_S."""

    def __init__(self, room_id: int):
        self.room_id = room_id
        self.state: dict | None = None
        self.changed = asyncio.Event()
        self.phones: dict[int, int] = {}  # participant id -> connections
        self.task: asyncio.Task | None = None

    async def run(self) -> None:
        seen_at = 0.0
        while self.phones:
            try:
                room = await anyio.to_thread.run_sync(db().room, self.room_id)
                head = await anyio.to_thread.run_sync(db().room_head, self.room_id) if room and room.show_results \
                    else 0
                state = {"open": sorted(room.activities) if room else [], "closed": not room or not room.is_open,
                         "results": bool(room and room.show_results), "names": bool(room and room.show_names),
                         "v": head}
                if state != self.state:
                    self.state = state
                    self.changed.set()
                    self.changed = asyncio.Event()
                if time.monotonic() - seen_at > SEEN_EVERY_S:
                    seen_at = time.monotonic()
                    await anyio.to_thread.run_sync(db().seen, list(self.phones))
            except Exception:  # noqa: BLE001 - the database is away for a moment: the phones keep their page
                log.warning("meedoen: watching room %s failed", self.room_id, exc_info=log.isEnabledFor(logging.DEBUG))
            await asyncio.sleep(POLL_S)
        _watches.pop(self.room_id, None)


_watches: dict[int, _Watch] = {}


def _watch(room_id: int) -> _Watch:
    watch = _watches.get(room_id)
    if watch is None:
        watch = _watches[room_id] = _Watch(room_id)
    return watch


async def events(request: Request) -> Response:
    j = request.query_params.get("j", "")
    device, _new = _device(request)
    room = await anyio.to_thread.run_sync(_room, j) if store.is_id(j) else None
    if room is None or _new:
        return Response(status_code=404)
    participant = await anyio.to_thread.run_sync(db().device_participant, room.id, device)
    if participant is None:
        return Response(status_code=404)

    async def stream():
        watch = _watch(room.id)
        watch.phones[participant.id] = watch.phones.get(participant.id, 0) + 1
        if watch.task is None or watch.task.done():
            watch.task = asyncio.create_task(watch.run())
        try:
            sent = None
            yield "retry: 3000\n\n"
            while True:
                if watch.state is not None and watch.state != sent:
                    sent = watch.state
                    yield f"data: {json.dumps(sent)}\n\n"
                    if sent["closed"]:
                        return
                changed = watch.changed
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(changed.wait(), KEEPALIVE_S)
                    continue
                yield ": ping\n\n"
        finally:
            left = watch.phones.get(participant.id, 1) - 1
            if left:
                watch.phones[participant.id] = left
            else:
                watch.phones.pop(participant.id, None)

    return StreamingResponse(stream(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})


def _results_sync(j: str, lang: str) -> str | None:
    room = _room(j, fresh=True)
    if room is None or not room.show_results:
        return None
    head = db().room_head(room.id)
    key = (room.id, head, lang, room.show_names)
    if key not in _results:
        vision = _vision(room)
        if vision is None:
            return None
        _results.put(key, phone_results(room, vision, db().results(room.id), db().contributions(room.id), lang))
    return _results[key]


async def results(request: Request) -> Response:
    j = request.query_params.get("j", "")
    _device_token, new = _device(request)
    body = await anyio.to_thread.run_sync(_results_sync, j, _lang(request)) if store.is_id(j) and not new else None
    if body is None:
        return Response(status_code=404)
    return HTMLResponse(body, headers={"Cache-Control": "no-store"})


async def font(request: Request) -> Response:
    weight = request.path_params["weight"]
    if weight not in ("400", "700"):
        return Response(status_code=404)
    data = await anyio.to_thread.run_sync(_font, int(weight))
    return Response(data, media_type="font/woff2", headers={"Cache-Control": "public, max-age=604800, immutable"})


async def state(request: Request) -> Response:
    """What is open now, as JSON (for scripts and tests; the page uses the event stream)."""
    j = request.query_params.get("j", "")
    room = await anyio.to_thread.run_sync(_room, j, True) if store.is_id(j) else None
    if room is None:
        return JSONResponse({"error": "unknown"}, status_code=404)
    return JSONResponse({"open": sorted(room.activities), "closed": not room.is_open, "locked": room.locked,
                         "results": room.show_results})


ROUTES = [
    Route("/meedoen", page, methods=["GET"]),
    Route("/meedoen/stuur", send, methods=["POST"]),
    Route("/meedoen/over", send, methods=["POST"]),
    Route("/meedoen/events", events, methods=["GET"]),
    Route("/meedoen/resultaten", results, methods=["GET"]),
    Route("/meedoen/status", state, methods=["GET"]),
    Route("/meedoen/font/{weight}.woff2", font, methods=["GET"]),
]
