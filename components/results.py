"""Results of a werksessie with Plotly: votes per principle, ratings per journey step over the journey's own
beleving curve, contributions over time; plus the contributions as CSV and as a YAML fragment."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import plotly.graph_objects as go
import streamlit as st

import store
from store.rooms import aggregate

from . import workspace
from .i18n import t
from .yamldump import dump_section

POLL_S = 2.0
PRIMARY, ACCENT, TEXT, GRID = "#00558C", "#F39200", "#1B1B1B", "#D5DDE5"
SCORE_COLOURS = {-2: "#B42318", -1: "#E8792B", 0: "#8A8F98", 1: "#4C9A5F", 2: "#1E7B3A"}
KIND_LABELS = {"verhaal": "room_kind_verhaal", "beoordeling": "room_kind_beleving", "stem": "room_kind_stem",
               "voorstel": "room_kind_voorstel"}
ACCEPTS = {"verhaal": "verhalen", "voorstel": "agenda"}
NAME_MAX = 160  # the format's bound on a name (agenda item)
FACES = {-2: "😟", -1: "😕", 0: "😐", 1: "😊", 2: "😀"}
FONT = {"family": "Atkinson Hyperlegible, sans-serif", "size": 18, "color": TEXT}


def _layout(fig: go.Figure, title: str, height: int) -> go.Figure:
    fig.update_layout(title={"text": title, "font": {"size": 24}}, font=FONT, height=height, template="plotly_white",
                      margin={"l": 20, "r": 20, "t": 60, "b": 20}, legend={"orientation": "h", "y": -0.15})
    return fig


def who(c: store.Contribution) -> str:
    role = t(f"role_{c.role}") if f"role_{c.role}" in _roles() else c.role
    return " · ".join(part for part in (c.name, role) if part)


def _roles() -> set[str]:
    from .i18n import STRINGS

    return {k for k in STRINGS if k.startswith("role_")}


def describe(c: store.Contribution, names: dict[str, str]) -> str:
    """The contribution's content as one plain line."""
    data = c.content
    if c.kind == "verhaal":
        about = names.get(data.get("principle") or "") or names.get(f"{data.get('journey')}/{data.get('step')}", "")
        who = f" — {data['who']}" if data.get("who") else ""
        return f"“{data.get('quote', '')}”{who}" + (f" ({about})" if about else "")
    if c.kind == "beoordeling":
        step = names.get(f"{data.get('journey')}/{data.get('step')}", data.get("step", ""))
        remark = f": {data['remark']}" if data.get("remark") else ""
        score = data.get("score")
        face = f"{FACES[score]} {t(f'face_{score}')}" if score in FACES else "?"
        return f"{face} — {step}{remark}"
    if c.kind == "stem":
        return ", ".join(names.get(p, p) for p in data.get("principles", []))
    return str(data.get("text", ""))


def names_of(vision) -> dict[str, str]:
    """Principle ids and "journey/step" ids to names."""
    out = {p.id: p.naam for p in vision.principes} if vision else {}
    for r in vision.klantreizen if vision else ():
        for i, s in enumerate(r.stappen):
            out[f"{r.id}/{i + 1}"] = f"{r.naam}: {s.naam}"
    return out


def entry(c: store.Contribution) -> dict | None:
    """What accepting ``c`` adds to the vision: an item of ``verhalen`` or ``agenda``."""
    data = c.content
    if c.kind == "verhaal":
        return {"citaat": data.get("quote", ""), "wie": data.get("who") or who(c) or None,
                "principe": data.get("principle")}
    if c.kind == "voorstel":
        return {"naam": str(data.get("text", ""))[:NAME_MAX], "status": "gepland",
                "principes": [data["principle"]] if data.get("principle") else []}
    return None


def votes_figure(vision, res: store.Results, height: int = 420) -> go.Figure:
    """Horizontal bars: votes per principle, in the vision's order."""
    names = [p.naam for p in vision.principes]
    counts = [res.votes.get(p.id, 0) for p in vision.principes]
    fig = go.Figure(go.Bar(x=counts, y=names, orientation="h", marker_color=PRIMARY, text=counts,
                           textposition="auto", textfont={"size": 20}))
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(title=t("res_count"), dtick=1, gridcolor=GRID)
    return _layout(fig, t("res_votes"), height)


def ratings_figure(journey, res: store.Results, height: int = 460) -> go.Figure:
    """Per step, the participants' ratings as dots sized by count, over the vision's beleving curve."""
    steps = [s.naam for s in journey.stappen]
    fig = go.Figure()
    curve = [s.beleving for s in journey.stappen]
    fig.add_trace(go.Scatter(x=steps, y=curve, mode="lines+markers", name=t("res_curve"),
                             line={"color": ACCENT, "width": 4}, marker={"size": 12}, connectgaps=True))
    for score in range(-2, 3):
        counts = [res.ratings.get((journey.id, str(i + 1)), {}).get(score, 0) for i in range(len(steps))]
        xs = [s for s, n in zip(steps, counts, strict=True) if n]
        ns = [n for n in counts if n]
        fig.add_trace(go.Scatter(x=xs, y=[score] * len(xs), mode="markers+text", text=ns, name=FACES[score],
                                 textposition="middle right", showlegend=False,
                                 marker={"size": [14 + 8 * n for n in ns], "color": SCORE_COLOURS[score],
                                         "opacity": 0.75}))
    fig.update_yaxes(range=[-2.6, 2.6], tickvals=list(range(-2, 3)),
                     ticktext=[f"{FACES[s]} {t(f'face_{s}')}" for s in range(-2, 3)], gridcolor=GRID)
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=steps, automargin=True)
    return _layout(fig, t("res_ratings", journey=journey.naam), height)


def timeline_figure(room: store.Room, res: store.Results, height: int = 360) -> go.Figure:
    """Contributions per minute since the start, stacked by kind."""
    fig = go.Figure()
    for kind, label in KIND_LABELS.items():
        minutes = [int((moment - room.created_at).total_seconds() // 60) for moment, k in res.timeline if k == kind]
        if minutes:
            fig.add_trace(go.Histogram(x=minutes, name=t(label), xbins={"size": 1}))
    fig.update_layout(barmode="stack")
    fig.update_xaxes(title=t("res_minutes"), gridcolor=GRID)
    fig.update_yaxes(title=t("res_count"), gridcolor=GRID)
    return _layout(fig, t("res_over_time"), height)


def csv_bytes(items: list[store.Contribution], names: dict[str, str]) -> bytes:
    """One row per contribution (plain text; cells starting with = + - @ are quoted against formula injection)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "tijd", "soort", "naam", "rol", "status", "inhoud"])
    for c in items:
        row = [c.id, c.created_at.isoformat(timespec="seconds"), c.kind, c.name, c.role, c.status,
               describe(c, names)]
        writer.writerow([f"'{v}" if isinstance(v, str) and v[:1] in "=+-@" else v for v in row])
    return out.getvalue().encode("utf-8-sig")


def yaml_fragment(items: list[store.Contribution]) -> str:
    """The visible stories and proposals as ``verhalen:`` and ``agenda:`` sections to paste into a vision."""
    visible = [c for c in items if c.status not in ("verborgen", "samengevoegd")]
    parts = []
    for kind, section in ACCEPTS.items():
        entries = [entry(c) for c in visible if c.kind == kind]
        parts.append(dump_section(section, entries))
    return "".join(parts)


CHANGE_MARGIN = timedelta(seconds=5)  # clocks of processes on one database may differ a little


def room_items(room_id: int) -> list[store.Contribution]:
    """The room's contributions, oldest first, kept per facilitator session and updated incrementally: when the
    room's head moved, only contributions newer than the last one read and those changed since the last read
    are fetched (2,000 contributions are not read again on every poll)."""
    db = workspace.db()
    head = db.room_head(room_id)
    cache = st.session_state.get("room_cache")
    if not cache or cache["room"] != room_id:
        cache = {"room": room_id, "head": None, "by_id": {}, "max_id": 0, "read_at": None, "items": [],
                 "results": None}
        st.session_state["room_cache"] = cache
    if cache["head"] != head:
        started = datetime.now(UTC)
        fresh = db.contributions(room_id, since_id=cache["max_id"])
        if cache["read_at"] is not None:
            fresh = db.contributions(room_id, changed_since=cache["read_at"] - CHANGE_MARGIN) + fresh
        for c in fresh:
            cache["by_id"][c.id] = c
        cache["max_id"] = max(cache["by_id"], default=0)
        cache["items"] = [cache["by_id"][i] for i in sorted(cache["by_id"])]
        cache["head"], cache["read_at"], cache["results"] = head, started, None
    return cache["items"]


def room_results(room_id: int) -> store.Results:
    """The results of the room, computed from the session's up-to-date copy (room_items) once per change."""
    items = room_items(room_id)
    cache = st.session_state["room_cache"]
    if cache["results"] is None:
        cache["results"] = aggregate(items, workspace.db().phones(room_id)[0])
    return cache["results"]


def show(room: store.Room, vision) -> None:
    """Charts and exports of ``room``."""
    res = room_results(room.id) if room.is_open else workspace.db().results(room.id)
    full = bool(st.session_state.get("room_full"))
    tall = 620 if full else 420
    st.caption(f"{t('res_participants')}: {res.participants}")
    if not (res.votes or res.ratings or res.timeline):
        st.info(t("res_none"))
    figures = {f"res-votes-{room.id}": votes_figure(vision, res, tall)}
    rated = {journey for journey, _step in res.ratings}
    for journey in vision.klantreizen:
        if journey.id in rated:
            figures[f"res-rate-{room.id}-{journey.id}"] = ratings_figure(journey, res, tall)
    if res.timeline:
        figures[f"res-time-{room.id}"] = timeline_figure(room, res)
    for key, fig in figures.items():
        if full:  # readable from the back of the room
            fig.update_layout(font={"size": 24}, title={"font": {"size": 30}})
        st.plotly_chart(fig, key=key, theme=None)
    if not full:
        items = room_items(room.id) if room.is_open else workspace.db().contributions(room.id)
        with st.container(horizontal=True):
            st.download_button(t("room_export_csv"), csv_bytes(items, names_of(vision)),
                               file_name=f"werksessie-{room.code}.csv", mime="text/csv", on_click="ignore",
                               key=f"csv-{room.id}", icon=":material/download:")
            st.download_button(t("room_export_yaml"), yaml_fragment(items).encode("utf-8"),
                               file_name=f"werksessie-{room.code}.yaml", mime="application/x-yaml",
                               on_click="ignore", key=f"yaml-{room.id}", icon=":material/download:")


@st.fragment(run_every=POLL_S)
def live(room: store.Room, vision) -> None:
    """The results, redrawn as contributions come in."""
    show(room, vision)
