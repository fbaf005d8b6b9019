"""Generate large, valid vision YAML for benchmarks: N journeys of M steps."""

from __future__ import annotations

import yaml

SOORTEN = ("online", "email", "chat", "sociale-media", "telefoon", "video", "balie", "thuis", "post")
EVENTS = ("Verhuizen", "Geboorte aangeven", "Paspoort aanvragen", "Hulp bij het huishouden", "Bijstand",
          "Omgevingsvergunning", "Parkeervergunning", "Afvalpas", "Trouwen", "Overlijden")


def vision_yaml(journeys: int = 40, steps: int = 25) -> str:
    """A vision using every section, with ``journeys`` × ``steps`` journey steps."""
    principles = [{"naam": f"Principe {i + 1}: wij helpen u persoonlijk en duidelijk", "id": f"p{i + 1}",
                   "uitleg": "Wij denken mee en zoeken samen naar een oplossing die past bij uw situatie.",
                   "voorbeelden": ["Een vaste contactpersoon", "Brieven in gewone taal"]} for i in range(6)]
    channels = [{"naam": f"Kanaal {s}", "id": s, "soort": s, "bereikbaarheid": "Ma–vr 8.30–17.00",
                 "servicenorm": "Antwoord binnen 2 werkdagen"} for s in SOORTEN]
    data = {
        "versie": 1, "titel": "Zo helpen wij u", "ondertitel": "Benchmarkvisie", "organisatie": "Gemeente Bench",
        "visie": {"kern": "Wij werken op menselijke maat, binnen het algemeen belang.",
                  "toelichting": "Iedereen kan rekenen op heldere informatie en een mens die meedenkt."},
        "principes": principles,
        "fundament": {"naam": "Wij respecteren altijd de menselijke waardigheid"},
        "kanalen": channels,
        "klantreizen": [{
            "naam": f"{EVENTS[j % len(EVENTS)]} {j + 1}", "id": f"reis-{j + 1}",
            "stappen": [{"naam": f"Stap {k + 1} van de reis", "kanaal": SOORTEN[(j + k) % len(SOORTEN)],
                         "principes": [f"p{(k % 6) + 1}"], "beleving": (k % 5) - 2,
                         "toelichting": "Zo ervaart de inwoner deze stap."} for k in range(steps)],
        } for j in range(journeys)],
        "verhalen": [{"citaat": "Ik werd snel en vriendelijk geholpen.", "wie": f"Inwoner {i}", "principe": "p1"}
                     for i in range(6)],
        "agenda": [{"naam": f"Verbetering {i + 1}", "wanneer": "2026", "status": ("klaar", "bezig", "gepland")[i % 3],
                    "principes": ["p2"]} for i in range(8)],
    }
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
