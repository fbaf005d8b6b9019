"""The werksessie's results as plain HTML for a phone (when the facilitator shows them): votes per principle, how
each rated step went, the newest visible stories and ideas (the names people gave only when the facilitator chose
so). All text is escaped. Used by the participant page (web/meedoen.py). Never imports Streamlit."""

from __future__ import annotations

import html

import store
from praatplaat.words import table

FACES = {-2: "😟", -1: "😕", 0: "😐", 1: "😊", 2: "😀"}
STORIES_SHOWN = 10  # newest visible stories and proposals on a participant's phone
SHOWN_KINDS = ("verhaal", "voorstel")


def _who(c: store.Contribution, words: dict) -> str:
    role = words.get(f"role_{c.role}", "") if c.role else ""
    return " · ".join(p for p in (c.name, role) if p)


def phone_results(room: store.Room, vision, res: store.Results, items: list[store.Contribution], lang: str) -> str:
    w = table("app", lang)
    e = html.escape
    people = (w["pres_people_1"] if res.participants == 1 else w["pres_people"].format(n=res.participants))
    parts = [f"<h2>{e(w['pres_title'])}</h2>", f"<p>{e(people)}</p>"]
    if res.votes:
        top = max(res.votes.values())
        parts.append(f"<h3>{e(w['pres_votes'])}</h3>")
        for p in sorted(vision.principes, key=lambda p: -res.votes.get(p.id, 0)):
            n = res.votes.get(p.id, 0)
            count = w["pres_votes_1"] if n == 1 else w["pres_votes_n"].format(n=n)
            parts.append(f'<div class="pp-bar"><p><b>{e(p.naam)}</b>: {e(count)}</p>'
                         f'<div class="pp-bar-track"><div class="pp-bar-fill" style="width:{100 * n / top:.0f}%">'
                         "</div></div></div>")
    rated = [(r, s, res.ratings[(r.id, str(i + 1))]) for r in vision.klantreizen
             for i, s in enumerate(r.stappen) if (r.id, str(i + 1)) in res.ratings]
    if rated:
        parts.append(f"<h3>{e(w['pres_steps'])}</h3>")
        for journey, step, spread in rated:
            n = sum(spread.values())
            if n:
                mean = round(sum(score * k for score, k in spread.items()) / n)
                key = "pres_step_1" if n == 1 else "pres_step_n"
                line = w[key].format(face=FACES[mean], label=w[f"face_{mean}"], n=n)
                parts.append(f"<p><b>{e(journey.naam)}: {e(step.naam)}</b><br>{e(line)}</p>")
    visible = [c for c in reversed(items) if c.kind in SHOWN_KINDS and c.status not in ("verborgen", "samengevoegd")]
    if visible:
        parts.append(f"<h3>{e(w['pres_stories'])}</h3>")
        for c in visible[:STORIES_SHOWN]:
            text = c.content.get("quote") if c.kind == "verhaal" else c.content.get("text")
            by = _who(c, w) if room.show_names else ""
            if room.show_names and c.kind == "verhaal" and c.content.get("who"):
                by = " · ".join(p for p in (by, c.content["who"]) if p)
            parts.append(f'<div class="pp-story">{e(str(text or ""))}' + (f"<small>{e(by)}</small>" if by else "")
                         + "</div>")
    if not (res.votes or rated or visible):
        parts.append(f"<p>{e(w['pres_none'])}</p>")
    return f'<div class="pp-pres" data-testid="pp-results">{"".join(parts)}</div>'
