"""Hypothesis strategy for valid visions, from tiny to the model's limits.

Hypothesis draws the shape (how many of everything, how wordy) and a seeded Random fills in the
text, which keeps generation fast even for 40 journeys of 25 steps.
"""

from __future__ import annotations

import random

from hypothesis import strategies as st

from praatplaat.model import ICONEN, SOORTEN, STATUSSEN, Vision

WORDS = ("we", "zijn", "er", "om", "te", "helpen", "inwoner", "gemeente", "duidelijk", "afspraak", "balie", "één",
         "zorg", "Wmo", "14 020", "€ 25", "ondernemers", "bereikbaar", "menselijke", "maat", "(ook)", "werkdagen",
         "O0Il1", "WWWWW", "mmmmm", "i", "‘dit’", "«dat»", "100%", "e-mail", "ma–vr", "8.30–17.00")
COMPOUNDS = ("omgevingsvergunningaanvraagformulier", "kinderopvangtoeslagterugvorderingsbrief",
             "WMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWM", "hulpmiddelenvoorziening")
VERBOSITY = {"short": (1, 3), "normal": (2, 12), "long": (8, 40), "extreme": (30, 200)}


def _text(rnd: random.Random, verbosity: str, limit: int) -> str:
    low, high = VERBOSITY[verbosity]
    words = [rnd.choice(COMPOUNDS) if rnd.random() < 0.08 else rnd.choice(WORDS) for _ in range(rnd.randint(low, high))]
    return " ".join(words)[:limit].strip() or "x"


@st.composite
def visions(draw) -> Vision:
    rnd = draw(st.randoms(use_true_random=False))
    verbosity = draw(st.sampled_from(tuple(VERBOSITY)))

    def text(limit: int = 160, scale: float = 1.0) -> str:
        return _text(rnd, verbosity, int(limit * scale) if scale < 1 else limit)

    def maybe(value):
        return value if rnd.random() < 0.7 else None

    n_principles = draw(st.integers(1, 12))
    n_channels = draw(st.sampled_from((0, 1, 3, 9, 20, 36)))
    n_journeys = draw(st.sampled_from((0, 1, 2, 6, 40)))
    max_steps = draw(st.sampled_from((1, 3, 8, 9, 25)))
    principles = [{"naam": text(), "id": f"p{i}", "uitleg": maybe(text(1200)),
                   "voorbeelden": [text(300) for _ in range(rnd.randint(0, 4))],
                   "icoon": maybe(rnd.choice(ICONEN))} for i in range(n_principles)]
    channels = [{"naam": text(), "id": f"k{i}", "soort": rnd.choice(SOORTEN), "bereikbaarheid": maybe(text(300)),
                 "servicenorm": maybe(text(300))} for i in range(n_channels)]
    groups = [{"naam": text(), "id": f"d{i}"} for i in range(rnd.randint(0, 3))]
    pids = [p["id"] for p in principles]
    journeys = [{
        "naam": text(), "id": f"r{j}", "doelgroep": rnd.choice(groups)["id"] if groups else None,
        "stappen": [{"naam": text(), "kanaal": rnd.choice(channels)["id"] if channels else None,
                     "principes": rnd.sample(pids, rnd.randint(0, min(3, len(pids)))),
                     "beleving": maybe(rnd.randint(-2, 2)), "toelichting": maybe(text(600))}
                    for _ in range(rnd.randint(1, max_steps))],
    } for j in range(n_journeys)]
    data = {
        "versie": 1, "titel": text(), "ondertitel": maybe(text()), "organisatie": text(),
        "visie": {"kern": text(1200), "toelichting": maybe(text(1200))},
        "principes": principles,
        "fundament": maybe({"naam": text(), "uitleg": maybe(text(600))}),
        "kanalen": channels, "doelgroepen": groups, "klantreizen": journeys,
        "verhalen": [{"citaat": text(600), "wie": maybe(text()), "principe": maybe(rnd.choice(pids))}
                     for _ in range(draw(st.sampled_from((0, 1, 3, 12))))],
        "agenda": [{"naam": text(), "id": f"a{i}", "wanneer": maybe(text(20)), "status": rnd.choice(STATUSSEN),
                    "principes": rnd.sample(pids, rnd.randint(0, min(2, len(pids))))}
                   for i in range(draw(st.sampled_from((0, 1, 4, 14))))],
    }
    return Vision.model_validate(data)
