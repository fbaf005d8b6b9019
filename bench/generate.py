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


# --- sets of many visions (bench/bench_batch.py, bench/bench_landelijk.py) ---------------------------------

_START = ("Beek", "Zand", "Hoog", "Laag", "Noord", "Zuid", "Oost", "West", "Groen", "Klein", "Groot", "Oud",
          "Nieuw", "Wester", "Ooster", "Brug", "Dijk", "Veen", "Berg", "Heide")
_END = ("dal", "vliet", "dorp", "haven", "wold", "land", "veld", "meer", "stad", "kerk", "hoven", "broek",
        "rade", "wijk", "horst", "dam")
KINDS = (("Gemeente", 0.7), ("Provincie", 0.1), ("Dienst", 0.15), ("Waterschap", 0.05))


def place(i: int) -> str:
    """A made-up Dutch place name, different for every ``i`` below 320 × 16 (then numbered)."""
    name = _START[i % len(_START)] + _END[(i // len(_START)) % len(_END)]
    rounds = i // (len(_START) * len(_END))
    return name if rounds == 0 else f"{name} {rounds + 1}"


def batch_set(folder, n: int = 1000) -> list:
    """``n`` ordinary visions (3 journeys of 6 steps, varied a little) as files in ``folder``: the batch bench."""
    from pathlib import Path

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        text = vision_yaml(journeys=2 + i % 3, steps=5 + i % 4).replace("Gemeente Bench", f"Gemeente {place(i)}")
        path = folder / f"visie-{i:04d}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


# Own principles that many organisations share though no base has them: (id, variants of the name).
SHARED_OWN = (  # variants differ in little words, as people write the same thing (praatplaat.overview)
    ("dichtbij", ("Wij zijn dichtbij", "Dichtbij", "Wij zijn er dichtbij")),
    ("samen", ("Samen met partners", "Wij werken samen met partners", "Samen met onze partners")),
    ("digitaal", ("Digitaal waar het kan, persoonlijk waar het moet",
                  "Digitaal als het kan, persoonlijk als het moet")),
    ("eenvoudig", ("Wij houden het eenvoudig", "Eenvoudig")),
    ("snel", ("Wij reageren snel", "Snel reageren")),
    ("leren", ("Wij leren van klachten", "Leren van klachten")),
)
BASE_PRINCIPLES = {
    "overheid": ("algemeen-belang", "er-om-te-helpen", "duidelijk-en-aanspreekbaar"),
    "mens-centraal": ("passend", "overzichtelijk", "betrouwbaar", "respectvol", "eigentijds"),
}


def organisation_yaml(i: int, seed: int = 21) -> str:
    """One organisation's vision for the national overview: most build on ``basis: overheid`` or
    ``basis: mens-centraal``, adopting, changing or leaving out each base principle, with own principles
    (some shared by many organisations, some unique)."""
    import random

    rnd = random.Random(seed * 100_003 + i)
    kind = rnd.choices([k for k, _ in KINDS], [p for _, p in KINDS])[0]
    org = f"{kind} {place(i)}"
    base = rnd.choices(("overheid", "mens-centraal", None), (0.6, 0.3, 0.1))[0]
    data: dict = {"versie": 1}
    if base:
        data["basis"] = base
    data |= {"titel": f"Dienstverlening van {org}", "organisatie": org}
    principles, drop = [], []
    for pid in BASE_PRINCIPLES.get(base, ()):
        choice = rnd.choices(("adopt", "change", "drop"), (0.6, 0.25, 0.15))[0]
        if choice == "change":
            principles.append({"id": pid, "uitleg": f"Zo doen wij dat in {place(i)}: dichtbij en persoonlijk."})
        elif choice == "drop":
            drop.append(pid)
    for pid, names in rnd.sample(SHARED_OWN, rnd.randint(0, 3)):
        principles.append({"id": pid, "naam": rnd.choice(names), "uitleg": "Dit vinden wij belangrijk."})
    if rnd.random() < 0.5:
        principles.append({"id": "eigen", "naam": f"Trots op {place(i)}",
                           "uitleg": "Een principe dat alleen wij hebben."})
    if base is None:
        principles.append({"id": "menselijk", "naam": "Menselijke maat", "uitleg": "Wij kijken naar de mens."})
        data["visie"] = {"kern": "Wij helpen iedereen op menselijke maat."}
        data["fundament"] = {"naam": "Wij respecteren altijd de menselijke waardigheid"}
    if principles:
        data["principes"] = principles
    if drop:
        data["weglaten"] = drop
    data["kanalen"] = [{"naam": "Website", "soort": "online", "bereikbaarheid": "Altijd"},
                       {"naam": "Telefoon", "soort": "telefoon", "bereikbaarheid": "Ma–vr 9–17"}]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def landelijk_set(folder, n: int = 350, seed: int = 21) -> list:
    """``n`` organisations' visions (organisation_yaml) as files in ``folder``: the national overview bench."""
    from pathlib import Path

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"organisatie-{i:03d}.yaml"
        path.write_text(organisation_yaml(i, seed), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Write a set of generated visions into a folder.")
    parser.add_argument("kind", choices=("batch", "landelijk"))
    parser.add_argument("folder")
    parser.add_argument("-n", type=int, help="how many (batch: 1000, landelijk: 350)")
    args = parser.parse_args()
    if args.kind == "batch":
        batch_set(args.folder, args.n or 1000)
    else:
        landelijk_set(args.folder, args.n or 350)
