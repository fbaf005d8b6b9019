"""Every word the engine shows people — in the picture, the details (describe), the HTML export and
the alt text — in Dutch and English, in one place. Both languages have exactly the same keys (tested).

Keys are flat; some values are tables (``soort``, ``status``, ``bel``, ``count``, ``alt``). Model
values (a channel's ``soort``, an agenda item's ``status``, a beleving number) are always shown
through these tables, never raw.
"""

from __future__ import annotations

LANGS = ("nl", "en")

WORDS: dict[str, dict] = {
    "nl": {
        # section and group labels in the picture
        "kanalen": "Kanalen", "ccf": "online · bellen · langskomen", "verhalen": "Verhalen",
        "klantreizen": "Klantreizen", "agenda": "Agenda", "digitaal": "Digitaal", "telefonisch": "Telefonisch",
        "persoonlijk": "Persoonlijk", "schriftelijk": "Schriftelijk", "meer": "+{n} meer",
        "meer_namen": "+{n} meer: {names}",
        "beleving": "Beleving", "visie": "Visie", "fundament": "Fundament", "principes": "Principes",
        "stap": "Stap", "kanaal": "Kanaal", "doelgroep": "Doelgroep", "doelgroepen": "Doelgroepen",
        "bereikbaarheid": "Bereikbaarheid", "servicenorm": "Servicenorm", "voorbeelden": "Voorbeelden",
        "stappen": "{n} stappen", "stappen_label": "Stappen",
        "uitleg": "Uitleg", "toelichting": "Toelichting", "wie": "Wie",
        "wanneer": "Wanneer", "status_label": "Status", "soort_label": "Soort", "klantreis": "Klantreis",
        "principe": "Principe", "step_of": "stap {n} van {total}",
        "geen_kanalen": "Nog geen kanalen beschreven.", "geen_kanalen_hint": "Voeg 'kanalen:' toe aan de visie.",
        "geen_reizen": "Nog geen klantreizen beschreven.",
        "geen_reizen_hint": "Voeg 'klantreizen:' toe aan de visie om een reis stap voor stap te tonen.",
        "pagina": "Pagina {n} van {total}", "inhoud": "Inhoud",
        # names of views, as people read them
        "view": {"overzicht": "overzicht", "huis": "huis", "kanalen": "kanalen", "reis": "klantreis"},
        # kinds of elements (describe, hotspot names)
        "kind": {"visie": "Visie", "principe": "Principe", "fundament": "Fundament", "kanaal": "Kanaal",
                 "stap": "Stap", "klantreis": "Klantreis", "verhaal": "Verhaal", "agenda": "Agendapunt",
                 "doelgroep": "Doelgroep"},
        "soort": {"online": "online", "email": "e-mail", "chat": "chat", "sociale-media": "sociale media",
                  "telefoon": "telefoon", "video": "videobellen", "balie": "balie", "thuis": "aan huis",
                  "post": "post"},
        "status": {"gepland": "gepland", "bezig": "bezig", "klaar": "klaar"},
        "bel": {-2: "zeer negatief", -1: "negatief", 0: "neutraal", 1: "positief", 2: "zeer positief"},
        "count": {"principe": ("principe", "principes"), "kanaal": ("kanaal", "kanalen"),
                  "klantreis": ("klantreis", "klantreizen"), "verhaal": ("verhaal", "verhalen"),
                  "agenda": ("agendapunt", "agendapunten"), "stap": ("stap", "stappen")},
        # alt text
        "alt": {"overzicht": "Praatplaat '{t}' van {o}", "huis": "Praatplaat '{t}' van {o} als huis",
                "kanalen": "Kanalen van {o}", "reis": "Klantreis '{j}' van {o}",
                "reis_leeg": "Klantreizen van {o}"},
        "kern_huis": "kern, {n} en fundament", "geen_reis": "nog geen klantreizen",
        "alt_suffix": "beschrijving", "and": "en",
        # HTML export
        "skip": "Direct naar de tekstversie",
        "help": "Klik op een onderdeel van de plaat, of ga er met Tab naartoe en druk op Enter, om de details te "
                "zien en alles wat ermee samenhangt op te lichten. Escape wist de selectie. "
                "Onder de plaat staat alles ook als tekst.",
        "empty": "Kies een onderdeel van de plaat om hier de volledige tekst te zien.",
        "linked": "Hangt samen met:", "clear": "Selectie wissen", "details": "Details van het gekozen onderdeel",
        "text": "Tekstversie van de praatplaat", "views": "Weergaven",
        # --- basis: marks for inherited, changed and own elements (praatplaat.layout.herkomst)
        "herkomst_letter": {"overgenomen": "B", "aangepast": "A", "eigen": "E"},
        "herkomst_legend": {"overgenomen": "uit de basis '{bron}'", "aangepast": "uit de basis, hier aangepast",
                            "eigen": "eigen"},
        "herkomst_fields": "hier aangepast: {velden}",
    },
    "en": {
        "kanalen": "Channels", "ccf": "click · call · face", "verhalen": "Stories", "klantreizen": "Journeys",
        "agenda": "Agenda", "digitaal": "Digital", "telefonisch": "By phone", "persoonlijk": "In person",
        "schriftelijk": "In writing", "meer": "+{n} more",
        "meer_namen": "+{n} more: {names}",
        "beleving": "Experience", "visie": "Vision", "fundament": "Foundation", "principes": "Principles",
        "stap": "Step", "kanaal": "Channel", "doelgroep": "Target group", "doelgroepen": "Target groups",
        "bereikbaarheid": "Availability", "servicenorm": "Service norm", "voorbeelden": "Examples",
        "stappen": "{n} steps", "stappen_label": "Steps",
        "uitleg": "Explanation", "toelichting": "Explanation", "wie": "Who",
        "wanneer": "When", "status_label": "Status", "soort_label": "Kind", "klantreis": "Journey",
        "principe": "Principle", "step_of": "step {n} of {total}",
        "geen_kanalen": "No channels described yet.", "geen_kanalen_hint": "Add 'kanalen:' to the vision.",
        "geen_reizen": "No journeys described yet.",
        "geen_reizen_hint": "Add 'klantreizen:' to the vision to show a journey step by step.",
        "pagina": "Page {n} of {total}", "inhoud": "Contents",
        "view": {"overzicht": "overview", "huis": "house", "kanalen": "channels", "reis": "journey"},
        "kind": {"visie": "Vision", "principe": "Principle", "fundament": "Foundation", "kanaal": "Channel",
                 "stap": "Step", "klantreis": "Journey", "verhaal": "Quote", "agenda": "Agenda item",
                 "doelgroep": "Target group"},
        "soort": {"online": "online", "email": "email", "chat": "chat", "sociale-media": "social media",
                  "telefoon": "phone", "video": "video call", "balie": "desk", "thuis": "at home", "post": "post"},
        "status": {"gepland": "planned", "bezig": "in progress", "klaar": "done"},
        "bel": {-2: "very negative", -1: "negative", 0: "neutral", 1: "positive", 2: "very positive"},
        "count": {"principe": ("principle", "principles"), "kanaal": ("channel", "channels"),
                  "klantreis": ("journey", "journeys"), "verhaal": ("quote", "quotes"),
                  "agenda": ("agenda item", "agenda items"), "stap": ("step", "steps")},
        "alt": {"overzicht": "Praatplaat '{t}' by {o}", "huis": "Praatplaat '{t}' by {o} as a house",
                "kanalen": "Channels of {o}", "reis": "Journey '{j}' of {o}",
                "reis_leeg": "Journeys of {o}"},
        "kern_huis": "core, {n} and foundation", "geen_reis": "no journeys yet",
        "alt_suffix": "description", "and": "and",
        "skip": "Skip to the text version",
        "help": "Click a part of the picture, or reach it with Tab and press Enter, to see its details and light up "
                "everything linked to it. Escape clears the selection. Below the picture everything is also "
                "available as text.",
        "empty": "Choose a part of the picture to see its full text here.",
        "linked": "Linked to:", "clear": "Clear selection", "details": "Details of the chosen part",
        "text": "Text version of the praatplaat", "views": "Views",
        # --- basis: marks for inherited, changed and own elements (praatplaat.layout.herkomst)
        "herkomst_letter": {"overgenomen": "B", "aangepast": "C", "eigen": "O"},
        "herkomst_legend": {"overgenomen": "from the base '{bron}'", "aangepast": "from the base, changed here",
                            "eigen": "own"},
        "herkomst_fields": "changed here: {velden}",
    },
}


def lang_of(lang: str | None) -> str:
    """A supported language: ``lang`` itself, else Dutch."""
    return lang if lang in WORDS else "nl"


def word(key: str, lang: str = "nl", **kw) -> str:
    """The word ``key`` in ``lang``, formatted with ``kw`` when given."""
    value = WORDS[lang_of(lang)][key]
    return value.format(**kw) if kw else value


def table(key: str, lang: str = "nl") -> dict:
    """A table of words, e.g. ``table('soort', 'nl')['telefoon']``."""
    return WORDS[lang_of(lang)][key]


def beleving_word(value: int | None, lang: str = "nl") -> str:
    """The beleving as a word: 'zeer negatief' .. 'zeer positief' ('' when not given)."""
    return table("bel", lang).get(value, "") if value is not None else ""


def beleving_label(value: int, lang: str = "nl") -> str:
    """The beleving as word and number: 'zeer negatief (−2)'."""
    return f"{beleving_word(value, lang)} ({value:+d})".replace("-", "−").replace("+0", "0")


def count(n: int, kind: str, lang: str = "nl") -> str:
    """'1 principe', '3 principes'."""
    one, many = table("count", lang)[kind]
    return f"{n} {one if n == 1 else many}"
