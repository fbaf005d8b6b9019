"""Every word Praatplaat shows people, in Dutch and English, in one place and in one shape: each table maps a
key to ``{"nl": ..., "en": ...}``, so both languages of a word sit side by side and a block of new words moves in
as it is. Both languages have the same keys and placeholders, every key is used somewhere (tests/test_words.py),
and no other module holds such a table (tests/test_architecture.py).

One lookup: ``word(key, lang)`` for the picture's words (WORDS) and ``table(name, lang)`` for a table of TABLES
(the command line's 'cli', the studio's 'app' through components.i18n.t, 'messages' of diagnostics, ...) or a word
that is itself a table (``soort``, ``status``, ``bel``, ``count``, ``alt``); a both-language entry
(``KIND_NAMES['kanaal']``) is what a diagnostic's parameter carries. Model values (a channel's ``soort``, an agenda
item's ``status``, a beleving number) are always shown through these tables, never raw.
"""

from __future__ import annotations

import errno
from functools import cache

from .limits import MAX_LOGO_BYTES, MAX_LOGO_SIDE

LANGS = ("nl", "en")


def lang_of(lang: str | None) -> str:
    """A supported language: ``lang`` itself, else Dutch."""
    return lang if lang in LANGS else "nl"


def word(key: str, lang: str = "nl", **kw) -> str:
    """The word ``key`` in ``lang``, formatted with ``kw`` when given."""
    value = WORDS[key][lang_of(lang)]
    return value.format(**kw) if kw else value


def table(name: str, lang: str = "nl") -> dict:
    """The words of table ``name`` in ``lang`` (key -> word): a table of TABLES, e.g. ``table('cli', 'en')``, or a
    word of WORDS that is itself a table, e.g. ``table('soort', 'nl')['telefoon']``."""
    if name in TABLES:
        return _view(name, lang_of(lang))
    return WORDS[name][lang_of(lang)]


@cache
def _view(name: str, lang: str) -> dict:
    return {key: entry[lang] for key, entry in TABLES[name].items()}


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


def both(entry: dict, **kw) -> dict:
    """A both-language entry with its placeholders filled in: ``{"nl": ..., "en": ...}``."""
    return {lang: text.format(**kw) for lang, text in entry.items()}


# --- the picture, the details (describe), the HTML export and the alt text ------------------------------------

WORDS: dict[str, dict] = {
    # section and group labels in the picture
    "kanalen": {"nl": "Kanalen", "en": "Channels"},
    "ccf": {"nl": "online · bellen · langskomen", "en": "click · call · face"},
    "verhalen": {"nl": "Verhalen", "en": "Stories"},
    "klantreizen": {"nl": "Klantreizen", "en": "Journeys"},
    "agenda": {"nl": "Agenda", "en": "Agenda"},
    "digitaal": {"nl": "Digitaal", "en": "Digital"},
    "telefonisch": {"nl": "Telefonisch", "en": "By phone"},
    "persoonlijk": {"nl": "Persoonlijk", "en": "In person"},
    "schriftelijk": {"nl": "Schriftelijk", "en": "In writing"},
    "meer": {"nl": "+{n} meer", "en": "+{n} more"},
    "meer_namen": {"nl": "+{n} meer: {names}", "en": "+{n} more: {names}"},
    "ccf_group": {
        "nl": {"digitaal": "online", "telefonisch": "bellen", "persoonlijk": "langskomen", "schriftelijk": "post"},
        "en": {"digitaal": "click", "telefonisch": "call", "persoonlijk": "face", "schriftelijk": "post"},
    },
    "beleving": {"nl": "Beleving", "en": "Experience"},
    "visie": {"nl": "Visie", "en": "Vision"},
    "fundament": {"nl": "Fundament", "en": "Foundation"},
    "principes": {"nl": "Principes", "en": "Principles"},
    "stap": {"nl": "Stap", "en": "Step"},
    "kanaal": {"nl": "Kanaal", "en": "Channel"},
    "doelgroep": {"nl": "Doelgroep", "en": "Target group"},
    "doelgroepen": {"nl": "Doelgroepen", "en": "Target groups"},
    "bereikbaarheid": {"nl": "Bereikbaarheid", "en": "Availability"},
    "servicenorm": {"nl": "Servicenorm", "en": "Service norm"},
    "voorbeelden": {"nl": "Voorbeelden", "en": "Examples"},
    "stappen": {"nl": "{n} stappen", "en": "{n} steps"},
    "stappen_label": {"nl": "Stappen", "en": "Steps"},
    "uitleg": {"nl": "Uitleg", "en": "Explanation"},
    "toelichting": {"nl": "Toelichting", "en": "Explanation"},
    "wie": {"nl": "Wie", "en": "Who"},
    "wanneer": {"nl": "Wanneer", "en": "When"},
    "status_label": {"nl": "Status", "en": "Status"},
    "soort_label": {"nl": "Soort", "en": "Kind"},
    "klantreis": {"nl": "Klantreis", "en": "Journey"},
    "principe": {"nl": "Principe", "en": "Principle"},
    "step_of": {"nl": "stap {n} van {total}", "en": "step {n} of {total}"},
    "geen_kanalen": {"nl": "Nog geen kanalen beschreven.", "en": "No channels described yet."},
    "geen_kanalen_hint": {"nl": "Voeg 'kanalen:' toe aan de visie.", "en": "Add 'kanalen:' to the vision."},
    "geen_reizen": {"nl": "Nog geen klantreizen beschreven.", "en": "No journeys described yet."},
    "beleving_onbekend": {"nl": "nog niet ingevuld", "en": "not given yet"},
    "leeg_kern": {"nl": "Typ hier uw kernzin", "en": "Type your core sentence here"},
    "leeg_principe": {"nl": "Typ hier uw eerste principe", "en": "Type your first principle here"},
    "leeg_stappen": {"nl": "Nog geen stappen", "en": "No steps yet"},
    "leeg_stappen_hint": {
        "nl": "Typ de stappen van deze reis onder 'stappen:'.",
        "en": "Type the steps of this journey under 'stappen:'.",
    },
    "geen_reizen_hint": {
        "nl": "Voeg 'klantreizen:' toe aan de visie om een reis stap voor stap te tonen.",
        "en": "Add 'klantreizen:' to the vision to show a journey step by step.",
    },
    "pagina": {"nl": "Pagina {n} van {total}", "en": "Page {n} of {total}"},
    "inhoud": {"nl": "Inhoud", "en": "Contents"},
    "uitgelicht": {
        "nl": "{alt}. Uitgelicht: {naam}, met wat ermee samenhangt.",
        "en": "{alt}. Highlighted: {naam}, with what is linked to it.",
    },
    "reis_uitgelicht": {"nl": "Klantreis uitgelicht: {naam}", "en": "Journey highlighted: {naam}"},
    # names of views, as people read them
    "view": {
        "nl": {"overzicht": "overzicht", "huis": "huis", "kanalen": "kanalen", "reis": "klantreis"},
        "en": {"overzicht": "overview", "huis": "house", "kanalen": "channels", "reis": "journey"},
    },
    # kinds of elements (describe, hotspot names)
    "kind": {
        "nl": {
            "visie": "Visie", "principe": "Principe", "fundament": "Fundament", "kanaal": "Kanaal", "stap": "Stap",
            "klantreis": "Klantreis", "verhaal": "Verhaal", "agenda": "Agendapunt", "doelgroep": "Doelgroep",
        },
        "en": {
            "visie": "Vision", "principe": "Principle", "fundament": "Foundation", "kanaal": "Channel", "stap": "Step",
            "klantreis": "Journey", "verhaal": "Quote", "agenda": "Agenda item", "doelgroep": "Target group",
        },
    },
    "soort": {
        "nl": {
            "online": "online", "email": "e-mail", "chat": "chat", "sociale-media": "sociale media",
            "telefoon": "telefoon", "video": "videobellen", "balie": "balie", "thuis": "aan huis", "post": "post",
        },
        "en": {
            "online": "online", "email": "email", "chat": "chat", "sociale-media": "social media", "telefoon": "phone",
            "video": "video call", "balie": "desk", "thuis": "at home", "post": "post",
        },
    },
    "status": {
        "nl": {"gepland": "gepland", "bezig": "bezig", "klaar": "klaar"},
        "en": {"gepland": "planned", "bezig": "in progress", "klaar": "done"},
    },
    "bel": {
        "nl": {-2: "zeer negatief", -1: "negatief", 0: "neutraal", 1: "positief", 2: "zeer positief"},
        "en": {-2: "very negative", -1: "negative", 0: "neutral", 1: "positive", 2: "very positive"},
    },
    "count": {
        "nl": {
            "principe": ("principe", "principes"), "kanaal": ("kanaal", "kanalen"),
            "klantreis": ("klantreis", "klantreizen"), "verhaal": ("verhaal", "verhalen"),
            "agenda": ("agendapunt", "agendapunten"), "stap": ("stap", "stappen"),
        },
        "en": {
            "principe": ("principle", "principles"), "kanaal": ("channel", "channels"),
            "klantreis": ("journey", "journeys"), "verhaal": ("quote", "quotes"),
            "agenda": ("agenda item", "agenda items"), "stap": ("step", "steps"),
        },
    },
    # alt text
    "alt": {
        "nl": {
            "overzicht": "Praatplaat '{t}' van {o}", "huis": "Praatplaat '{t}' van {o} als huis",
            "kanalen": "Kanalen van {o}", "reis": "Klantreis '{j}' van {o}", "reis_leeg": "Klantreizen van {o}",
        },
        "en": {
            "overzicht": "Praatplaat '{t}' by {o}", "huis": "Praatplaat '{t}' by {o} as a house",
            "kanalen": "Channels of {o}", "reis": "Journey '{j}' of {o}", "reis_leeg": "Journeys of {o}",
        },
    },
    "kern_huis": {"nl": "kern, {n} en fundament", "en": "core, {n} and foundation"},
    "geen_reis": {"nl": "nog geen klantreizen", "en": "no journeys yet"},
    "alt_suffix": {"nl": "beschrijving", "en": "description"},
    # HTML export
    "skip": {"nl": "Direct naar de tekstversie", "en": "Skip to the text version"},
    "help": {
        "nl": "Klik op een onderdeel van de plaat, of ga er met Tab naartoe en druk op Enter, om de details te zien "
              "en alles wat ermee samenhangt op te lichten. Escape wist de selectie. Onder de plaat staat alles ook "
              "als tekst.",
        "en": "Click a part of the picture, or reach it with Tab and press Enter, to see its details and light up "
              "everything linked to it. Escape clears the selection. Below the picture everything is also available "
              "as text.",
    },
    "empty": {
        "nl": "Kies een onderdeel van de plaat om hier de volledige tekst te zien.",
        "en": "Choose a part of the picture to see its full text here.",
    },
    "linked": {"nl": "Hangt samen met:", "en": "Linked to:"},
    "clear": {"nl": "Selectie wissen", "en": "Clear selection"},
    "details": {"nl": "Details van het gekozen onderdeel", "en": "Details of the chosen part"},
    "text": {"nl": "Tekstversie van de praatplaat", "en": "Text version of the praatplaat"},
    "views": {"nl": "Weergaven", "en": "Views"},
    # --- basis: marks for inherited, changed and own elements (praatplaat.layout.herkomst)
    "herkomst_letter": {
        "nl": {"overgenomen": "B", "aangepast": "A", "eigen": "E"},
        "en": {"overgenomen": "B", "aangepast": "C", "eigen": "O"},
    },
    "herkomst_legend": {
        "nl": {"overgenomen": "uit de basis '{bron}'", "aangepast": "uit de basis, hier aangepast", "eigen": "eigen"},
        "en": {"overgenomen": "from the base '{bron}'", "aangepast": "from the base, changed here", "eigen": "own"},
    },
}


# --- the command line: praatplaat.cli and its krant subcommand (table('cli'), table('krant_cli')) ---------------

CLI: dict[str, dict[str, str]] = {
    "usage": {"nl": "gebruik", "en": "usage"},
    "error": {"nl": "fout", "en": "error"},
    "ok": {"nl": "{file}: geldig", "en": "{file}: valid"},
    "written": {"nl": "geschreven: {path}", "en": "written: {path}"},
    "missing_file": {"nl": "bestand niet gevonden: {file}", "en": "file not found: {file}"},
    "suffix": {
        "nl": "onbekend uitvoerformaat '{suffix}'; kies uit: {choices}",
        "en": "unknown output format '{suffix}'; choose from: {choices}",
    },
    "journey": {
        "nl": "onbekende klantreis '{journey}'; kies uit: {choices}",
        "en": "unknown journey '{journey}'; choose from: {choices}",
    },
    "no_journeys": {"nl": "deze visie heeft geen klantreizen", "en": "this vision has no journeys"},
    "scale": {"nl": "--scale moet tussen 0.1 en 8 liggen", "en": "--scale must be between 0.1 and 8"},
    "fragment": {"nl": "--fragment kan alleen bij {choices}", "en": "--fragment only applies to {choices}"},
    "budget": {
        "nl": "--size {size} met --scale {scale} geeft {pixels} pixels; het maximum is {limit} pixels (bijvoorbeeld "
              "a3 met --scale 1.5)",
        "en": "--size {size} with --scale {scale} gives {pixels} pixels; the maximum is {limit} pixels (for example "
              "a3 with --scale 1.5)",
    },
    "journey_view": {"nl": "--journey hoort bij --view reis", "en": "--journey belongs with --view reis"},
    "out_dir": {
        "nl": "kan {path} niet schrijven: dat is een bestaande map; geef een bestandsnaam",
        "en": "cannot write {path}: it is an existing folder; give a file name",
    },
    "out_not_dir": {
        "nl": "kan {path} niet schrijven: een deel van het pad is een bestand, geen map",
        "en": "cannot write {path}: part of the path is a file, not a folder",
    },
    "out_denied": {"nl": "kan {path} niet schrijven: geen toestemming", "en": "cannot write {path}: permission denied"},
    "out_failed": {"nl": "kan {path} niet schrijven: {reason}", "en": "cannot write {path}: {reason}"},
    "internal": {
        "nl": "interne fout ({kind}); dit is een fout in Praatplaat, niet in uw bestand. Meld het graag, met de "
              "uitvoer van --debug",
        "en": "internal error ({kind}); this is a bug in Praatplaat, not in your file. Please report it with the "
              "output of --debug",
    },
    "help_debug": {
        "nl": "toon bij een interne fout de volledige traceback",
        "en": "show the full traceback of an internal error",
    },
    "epilog": {
        "nl": "afsluitcodes: 0 gelukt, 1 fouten in de visie, 2 verkeerd gebruik (ook: te groot formaat), 3 interne "
              "fout, 4 uitvoer kan niet worden geschreven",
        "en": "exit codes: 0 success, 1 errors in the vision, 2 usage error (also: size too large), 3 internal "
              "error, 4 output cannot be written",
    },
    "summary": {
        "nl": "{errors} fout(en), {warnings} waarschuwing(en)",
        "en": "{errors} error(s), {warnings} warning(s)",
    },
    "help_check": {
        "nl": "controleer een visie (YAML, of PNG met ingebedde bron)",
        "en": "check a vision (YAML, or a PNG with its embedded source)",
    },
    "help_render": {
        "nl": "maak een praatplaat als PNG, SVG, PDF of HTML",
        "en": "render a praatplaat as PNG, SVG, PDF or HTML",
    },
    "help_schema": {"nl": "druk het JSON Schema af", "en": "print the JSON Schema"},
    "help_out": {
        "nl": "uitvoerbestand; het formaat volgt de extensie (.png, .svg, .pdf, .html)",
        "en": "output file; the format follows its suffix (.png, .svg, .pdf, .html)",
    },
    "help_view": {"nl": "weergave (standaard: overzicht)", "en": "view (default: overzicht)"},
    "help_journey": {"nl": "id of naam van de klantreis voor 'reis'", "en": "id or name of the journey for 'reis'"},
    "help_size": {
        "nl": "formaat: scherm (1920×1080), telefoon (1080×1920), a4, a3, a4-staand of a3-staand (300 dpi)",
        "en": "size: scherm (1920×1080), telefoon (1080×1920), a4, a3, a4-staand or a3-staand (300 dpi)",
    },
    "help_scale": {"nl": "vermenigvuldig de pixelmaat", "en": "multiply the pixel size"},
    "help_lang": {"nl": "taal van meldingen en teksten (nl of en)", "en": "language of messages and texts (nl or en)"},
    "help_alt": {
        "nl": "schrijf ook alt-tekst en lange beschrijving",
        "en": "also write alt text and a long description",
    },
    "help_fragment": {
        "nl": "HTML-fragment om in een bestaande pagina te plakken",
        "en": "HTML fragment to paste into an existing page",
    },
    "help_uitgeklapt": {
        "nl": "druk de visie af als YAML met haar basis erin verwerkt",
        "en": "print the vision as YAML with its base worked in",
    },
    "help_vergelijk": {
        "nl": "zet de visies van 2 tot 8 organisaties naast elkaar (PNG, SVG, PDF of HTML)",
        "en": "put the visions of 2 to 8 organisations side by side (PNG, SVG, PDF or HTML)",
    },
    "vergelijk_count": {"nl": "geef 2 tot 8 visies om te vergelijken", "en": "give 2 to 8 visions to compare"},
    "help_strict": {"nl": "ingekorte teksten zijn fouten (voor CI)", "en": "shortened texts are errors (for CI)"},
    "help_all": {"nl": "alle weergaven in één PDF met inhoudsopgave", "en": "every view in one PDF with contents"},
    "all_only": {"nl": "--all kan alleen bij {choices}", "en": "--all only applies to {choices}"},
    "help_herkomst": {
        "nl": "zet de herkomsttekens (B/A/E) en hun legenda in de uitvoer; standaard niet",
        "en": "put the origin marks (B/C/O) and their legend in the output; not by default",
    },
    "help_tokens": {
        "nl": "huisstijl uit een bestand met NL Design System-tokens (.json of .css)",
        "en": "house style from a file of NL Design System tokens (.json or .css)",
    },
    "tokens_bad": {
        "nl": "kan de tokens in {file} niet gebruiken: {reason}",
        "en": "cannot use the tokens in {file}: {reason}",
    },
}

KRANT_CLI: dict[str, dict[str, str]] = {
    "help": {
        "nl": "maak de dienstverleningskrant (PDF of HTML) van één editie",
        "en": "make the service newsletter (PDF or HTML) of one edition",
    },
    "help_editie": {
        "nl": "nummer van de editie (standaard: de nieuwste)",
        "en": "edition number (default: the latest)",
    },
    "help_out": {"nl": "uitvoerbestand: .pdf of .html", "en": "output file: .pdf or .html"},
    "help_size": {"nl": "papierformaat van de PDF: a4 of a3", "en": "paper size of the PDF: a4 or a3"},
    "suffix": {
        "nl": "onbekend uitvoerformaat '{suffix}'; kies uit: .pdf, .html",
        "en": "unknown output format '{suffix}'; choose from: .pdf, .html",
    },
    "no_krant": {"nl": "deze visie heeft geen 'krant:'", "en": "this vision has no 'krant:'"},
    "editie": {
        "nl": "er is geen editie {n}; kies uit: {choices}",
        "en": "there is no edition {n}; choose from: {choices}",
    },
    "written": {"nl": "geschreven: {path}", "en": "written: {path}"},
}


# Why the operating system refused a file, by errno name: the common reasons in both languages (others keep the
# system's own words). Used in located 'unreadable' messages and the CLI's "cannot write" line.
OS_REASONS: dict[str, dict[str, str]] = {
    "ENOENT": {"nl": "bestand of map bestaat niet", "en": "no such file or folder"},
    "EACCES": {"nl": "geen toestemming", "en": "permission denied"},
    "EPERM": {"nl": "geen toestemming", "en": "permission denied"},
    "EROFS": {"nl": "alleen-lezen bestandssysteem", "en": "read-only file system"},
    "EISDIR": {"nl": "dat is een map", "en": "that is a folder"},
    "ENOTDIR": {"nl": "een deel van het pad is geen map", "en": "part of the path is not a folder"},
    "ENOSPC": {"nl": "de schijf is vol", "en": "the disk is full"},
    "EDQUOT": {"nl": "de schijfruimte (quotum) is op", "en": "the disk quota is used up"},
    "ENAMETOOLONG": {"nl": "de naam is te lang", "en": "the name is too long"},
    "EFBIG": {"nl": "het bestand wordt te groot", "en": "the file would be too large"},
}
NOT_REGULAR = {"nl": "geen gewoon bestand", "en": "not a regular file"}


def os_reason(exc: BaseException) -> dict[str, str]:
    """Why an OSError happened, in both languages ({'nl': ..., 'en': ...}); the system's words when uncommon."""
    name = errno.errorcode.get(getattr(exc, "errno", None) or -1, "")
    if name in OS_REASONS:
        return OS_REASONS[name]
    words = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
    return {"nl": words, "en": words}


# argparse's own messages in Dutch: each English phrase replaced by the Dutch one.
ARGPARSE_NL = {
    "the following arguments are required": "deze argumenten ontbreken",
    "unrecognized arguments": "onbekende argumenten",
    "invalid choice": "ongeldige keuze",
    "choose from": "kies uit",
    "invalid float value": "ongeldig getal",
    "expected one argument": "verwacht één waarde",
    "argument": "argument",
}
LOCALES = {"nl": "nl-NL", "en": "en-GB"}  # a language as a locale (documents, slides)


# --- located messages (praatplaat.diagnostics): code -> template, str.format with the diagnostic's params -------

SEVERITY = {
    "error": {"nl": "fout", "en": "error"},
    "warning": {"nl": "waarschuwing", "en": "warning"},
}

MESSAGES: dict[str, dict[str, str]] = {
    "empty": {
        "nl": "het bestand is leeg; begin met 'versie: 1'",
        "en": "the file is empty; start with 'versie: 1'",
    },
    "not_utf8": {
        "nl": "het bestand is geen geldige UTF-8-tekst (byte {offset})",
        "en": "the file is not valid UTF-8 text (byte {offset})",
    },
    "too_large": {
        "nl": "het bestand is te groot ({size} bytes; maximaal {limit})",
        "en": "the file is too large ({size} bytes; at most {limit})",
    },
    "syntax": {
        "nl": "YAML-syntaxfout: {problem}",
        "en": "YAML syntax error: {problem}",
    },
    "too_deep": {
        "nl": "te diep genest (meer dan {limit} niveaus)",
        "en": "nested too deeply (more than {limit} levels)",
    },
    "too_many_nodes": {
        "nl": "te veel elementen (meer dan {limit}, aliassen meegeteld)",
        "en": "too many elements (more than {limit}, aliases included)",
    },
    "tag": {
        "nl": "de tag '{tag}' is niet toegestaan; gebruik gewone YAML-waarden",
        "en": "the tag '{tag}' is not allowed; use plain YAML values",
    },
    "duplicate_key": {
        "nl": "de sleutel '{key}' komt twee keer voor (eerst op regel {first})",
        "en": "the key '{key}' appears twice (first on line {first})",
    },
    "bad_key": {
        "nl": "een sleutel moet tekst zijn",
        "en": "a key must be text",
    },
    "multiple_documents": {
        "nl": "het bestand bevat meer dan één YAML-document",
        "en": "the file contains more than one YAML document",
    },
    "root_not_mapping": {
        "nl": "het bestand moet een lijst van sleutels zijn, zoals 'titel: ...'",
        "en": "the file must be a mapping of keys, such as 'titel: ...'",
    },
    "missing": {
        "nl": "'{key}' ontbreekt maar is verplicht",
        "en": "'{key}' is missing but required",
    },
    "unknown_key": {
        "nl": "onbekende sleutel '{key}'{hint}",
        "en": "unknown key '{key}'{hint}",
    },
    "hint": {"nl": "; bedoelde u '{guess}'?", "en": "; did you mean '{guess}'?"},
    "expected_text": {
        "nl": "{key}: hier hoort tekst, maar er staat {got}",
        "en": "{key}: text expected here, but found {got}",
    },
    "expected_int": {
        "nl": "{key}: hier hoort een geheel getal, maar er staat {got}",
        "en": "{key}: a whole number expected here, but found {got}",
    },
    "expected_list": {
        "nl": "{key}: hier hoort een lijst (regels die beginnen met '- '), maar er staat {got}",
        "en": "{key}: a list expected here (lines starting with '- '), but found {got}",
    },
    "expected_mapping": {
        "nl": "{key}: hier horen sleutels met waarden (zoals 'naam: ...'), maar er staat {got}",
        "en": "{key}: keys with values expected here (such as 'naam: ...'), but found {got}",
    },
    "empty_text": {
        "nl": "deze tekst mag niet leeg zijn",
        "en": "this text must not be empty",
    },
    "too_long": {
        "nl": "deze tekst is te lang ({size} tekens; maximaal {limit})",
        "en": "this text is too long ({size} characters; at most {limit})",
    },
    "too_few": {
        "nl": "deze lijst moet minstens {limit} element(en) bevatten",
        "en": "this list needs at least {limit} item(s)",
    },
    "too_many": {
        "nl": "deze lijst mag hoogstens {limit} elementen bevatten",
        "en": "this list may hold at most {limit} items",
    },
    "range": {
        "nl": "de waarde {value} ligt niet tussen {low} en {high}",
        "en": "the value {value} is not between {low} and {high}",
    },
    "choice": {
        "nl": "'{value}' is geen geldige keuze; kies uit: {choices}{hint}",
        "en": "'{value}' is not a valid choice; choose from: {choices}{hint}",
    },
    "version": {
        "nl": "versie {value} wordt niet ondersteund; schrijf 'versie: 1' (het getal 1, zonder aanhalingstekens)",
        "en": "version {value} is not supported; write 'versie: 1' (the number 1, without quotes)",
    },
    "colour_unquoted": {
        "nl": "een kleur moet tussen aanhalingstekens staan, zoals \"#00558C\"; zonder aanhalingstekens begint "
              "# een commentaar",
        "en": "a colour must be quoted, as in \"#00558C\"; without quotes # starts a comment",
    },
    "colour": {
        "nl": "'{value}' is geen kleur; schrijf bijvoorbeeld \"#00558C\" (met aanhalingstekens)",
        "en": "'{value}' is not a colour; write for example \"#00558C\" (quoted)",
    },
    "invalid": {
        "nl": "ongeldige waarde: {detail}",
        "en": "invalid value: {detail}",
    },
    "duplicate_id": {
        "nl": "het id '{id}' komt al voor op regel {first}; een id moet uniek zijn binnen '{coll}'",
        "en": "the id '{id}' already appears on line {first}; an id must be unique within '{coll}'",
    },
    "unknown_ref": {
        "nl": "er is geen {kind} met naam of id '{ref}'{hint}",
        "en": "there is no {kind} with name or id '{ref}'{hint}",
    },
    "unused_channel": {
        "nl": "kanaal '{name}' wordt in geen enkele klantreis gebruikt",
        "en": "channel '{name}' is not used in any journey",
    },
    "unused_principle": {
        "nl": "principe '{name}' komt in geen stap, verhaal of agendapunt terug",
        "en": "principle '{name}' appears in no step, quote or agenda item",
    },
    "unused_group": {
        "nl": "doelgroep '{name}' heeft geen klantreis",
        "en": "target group '{name}' has no journey",
    },
    "logo_missing": {
        "nl": "logo '{path}' niet gevonden naast het bestand",
        "en": "logo '{path}' not found next to the file",
    },
    "logo_name": {
        "nl": "'{value}' is geen gewone bestandsnaam voor een logo: {reason}; zet het logo naast het YAML-bestand "
              "en schrijf alleen de naam, zoals logo.png",
        "en": "'{value}' is not a plain file name for a logo: {reason}; put the logo next to the YAML file and "
              "write just its name, such as logo.png",
    },
    "logo_not_plain": {
        "nl": "logo '{path}' is geen gewoon bestand naast het bestand (maar bijvoorbeeld een snelkoppeling of map)",
        "en": "logo '{path}' is not a plain file next to the file (but, for example, a symbolic link or folder)",
    },
    "logo_too_large": {
        "nl": f"logo '{{path}}' is groter dan {MAX_LOGO_BYTES // (1024 * 1024)} MB en wordt weggelaten",
        "en": f"logo '{{path}}' is larger than {MAX_LOGO_BYTES // (1024 * 1024)} MB and is left out",
    },
    "logo_too_big_pixels": {
        "nl": f"logo '{{path}}' is groter dan {MAX_LOGO_SIDE} pixels en wordt weggelaten",
        "en": f"logo '{{path}}' is larger than {MAX_LOGO_SIDE} pixels and is left out",
    },
    "logo_not_image": {
        "nl": "logo '{path}' is geen leesbare PNG, JPEG, GIF of WebP en wordt weggelaten",
        "en": "logo '{path}' is no readable PNG, JPEG, GIF or WebP and is left out",
    },
    "bad_char": {
        "nl": "ongeldig teken {char} (een losse helft van een UTF-16-paar); verwijder het",
        "en": "invalid character {char} (half of a UTF-16 pair); remove it",
    },
    "control_char": {
        "nl": "ongeldig teken {char} (YAML staat het niet toe, net als NUL en andere stuurtekens); verwijder het",
        "en": "invalid character {char} (YAML does not allow it, like NUL and other control characters); remove it",
    },
    "number_too_large": {
        "nl": "getal te groot ({size} tekens); zet het tussen aanhalingstekens als het tekst is",
        "en": "number too large ({size} characters); quote it if it is text",
    },
    "unreadable": {
        "nl": "het bestand kan niet worden gelezen ({reason})",
        "en": "the file cannot be read ({reason})",
    },
    # accessibility (a11y.py)
    "contrast": {
        "nl": "te weinig contrast: {key} {colour} voor {element} op {bg_name} ({bg}) is {ratio}:1, minimaal {need}:1 "
              "nodig; bijvoorbeeld {key}: \"{suggestion}\" voldoet",
        "en": "too little contrast: {key} {colour} for {element} on {bg_name} ({bg}) is {ratio}:1, at least {need}:1 "
              "needed; for example {key}: \"{suggestion}\" passes",
    },
    "contrast_defaults": {
        "nl": "achtergrond {bg} geeft te weinig contrast met de standaardkleuren {items}; "
              "voeg bijvoorbeeld toe: {fixes}",
        "en": "background {bg} leaves too little contrast with the default colours {items}; add for example: {fixes}",
    },
    "b1_sentence": {
        "nl": "lange zin ({words} woorden) in {field}: '{start} …'; voor taalniveau B1 liever hoogstens {limit} "
              "woorden per zin",
        "en": "long sentence ({words} words) in {field}: '{start} …'; for plain language (B1) keep sentences to "
              "at most {limit} words",
    },
    "b1_word": {
        "nl": "lang woord in {field}: '{words}'; voor taalniveau B1 liever woorden van hoogstens {limit} letters",
        "en": "long word in {field}: '{words}'; for plain language (B1) prefer words of at most {limit} letters",
    },
    "png_without_source": {
        "nl": "deze PNG bevat geen praatplaat-bron; open het YAML-bestand of een PNG die met Praatplaat is gemaakt",
        "en": "this PNG carries no praatplaat source; open the YAML file or a PNG exported by Praatplaat",
    },
    # --- basis (praatplaat/basis.py) ---
    "basis_name": {
        "nl": "'{value}' is geen ingebouwde basis ({choices}) en geen gewone bestandsnaam: {reason}; zet de basis "
              "naast het YAML-bestand en schrijf alleen de naam, zoals basis.yaml",
        "en": "'{value}' is no built-in base ({choices}) and no plain file name: {reason}; put the base next to "
              "the YAML file and write just its name, such as basis.yaml",
    },
    "basis_no_folder": {
        "nl": "basis '{name}' is een bestand, maar deze visie heeft geen map; sla haar op of kies een ingebouwde basis",
        "en": "base '{name}' is a file, but this vision has no folder; save it or choose a built-in base",
    },
    "basis_missing": {
        "nl": "basis '{name}' niet gevonden naast het bestand (en het is geen ingebouwde basis)",
        "en": "base '{name}' not found next to the file (and it is no built-in base)",
    },
    "basis_not_plain": {
        "nl": "basis '{name}' is geen gewoon bestand naast het bestand (maar bijvoorbeeld een snelkoppeling of map)",
        "en": "base '{name}' is not a plain file next to the file (but, for example, a symbolic link or folder)",
    },
    "basis_cycle": {
        "nl": "basis '{name}' bouwt (via haar eigen basis) weer op dit bestand: een kringverwijzing",
        "en": "base '{name}' builds (through its own base) on this file again: a cycle",
    },
    "basis_too_deep": {
        "nl": "te veel bases op elkaar (meer dan {limit})",
        "en": "too many bases on top of each other (more than {limit})",
    },
    "basis_invalid": {
        "nl": "basis '{name}' bevat {count} fout(en); zie de meldingen met de naam van dat bestand",
        "en": "base '{name}' has {count} error(s); see the messages naming that file",
    },
    "basis_unknown_id": {
        "nl": "de basis heeft geen {kind} met id '{id}' om aan te passen{hint}",
        "en": "the base has no {kind} with id '{id}' to change{hint}",
    },
    "weglaten_no_basis": {
        "nl": "'weglaten' werkt alleen met een 'basis'; zonder basis is er niets om weg te laten",
        "en": "'weglaten' only works with a 'basis'; without a base there is nothing to leave out",
    },
    "weglaten_unknown": {
        "nl": "de basis heeft geen element met id '{id}' om weg te laten{hint}",
        "en": "the base has no element with id '{id}' to leave out{hint}",
    },
    # the krant: section (praatplaat.krant.check)
    "krant_number": {
        "nl": "het editienummer moet 1 of hoger zijn, niet {value}",
        "en": "the edition number must be 1 or more, not {value}",
    },
    "krant_duplicate_number": {
        "nl": "editie {number} bestaat al (regel {first}); elk editienummer mag maar één keer voorkomen",
        "en": "edition {number} already exists (line {first}); every edition number may appear only once",
    },
    "krant_date": {
        "nl": "'{value}' is geen geldige datum; schrijf jaar-maand-dag, zoals \"2026-09-01\"",
        "en": "'{value}' is not a valid date; write year-month-day, such as \"2026-09-01\"",
    },
    "krant_too_much_text": {
        "nl": "editie {number} heeft te veel tekst voor de krant ({size} tekens; maximaal {limit}); verdeel de "
              "artikelen over twee edities of kort ze in",
        "en": "edition {number} has too much text for the newsletter ({size} characters; at most {limit}); spread "
              "the articles over two editions or shorten them",
    },
    "krant_photo_name": {
        "nl": "foto '{name}' moet een gewone bestandsnaam zijn van een bestand naast de visie (zonder map, "
              "'/', '\\\\' of een punt vooraan)",
        "en": "photo '{name}' must be a plain name of a file next to the vision (no folder, '/', '\\\\' or "
              "leading dot)",
    },
    "krant_photo_missing": {
        "nl": "foto '{name}' niet gevonden naast het bestand",
        "en": "photo '{name}' not found next to the file",
    },
    "krant_alt_missing": {
        "nl": "de foto bij '{title}' heeft geen beschrijving; schrijf onder 'foto' een 'foto_tekst' voor wie de "
              "foto niet kan zien",
        "en": "the photo of '{title}' has no description; add 'foto_tekst' below 'foto' for readers who cannot "
              "see it",
    },
    "krant_status": {
        "nl": "'{value}' is geen geldige status; kies uit: gepland, bezig, klaar{hint}",
        "en": "'{value}' is not a valid status; choose from: gepland, bezig, klaar{hint}",
    },
    "krant_passive": {
        "nl": "lijdende vorm in {field}: '{start} …'; schrijf liever actief (wie doet wat?)",
        "en": "passive voice in {field}: '{start} …'; prefer the active voice (who does what?)",
    },
}

# Frequent libyaml problems, said plainly; others are shown as libyaml words them.
SYNTAX_PROBLEMS = {
    "found character '\\t' that cannot start any token": {
        "nl": "hier staat een tab; spring in met spaties, niet met tabs",
        "en": "there is a tab here; indent with spaces, not tabs",
    },
    "mapping values are not allowed": {
        "nl": "hier mag geen ':' staan; zet tekst met een dubbele punt tussen aanhalingstekens, of klopt het "
              "inspringen niet?",
        "en": "a ':' is not allowed here; quote text that contains a colon, or check the indentation",
    },
    "could not find expected ':'": {
        "nl": "na een sleutel hoort een ':'", "en": "a key must be followed by ':'",
    },
    # a line in a mapping without its ':' (libyaml notices on the next line; reported on this one)
    "missing colon after": {
        "nl": "na '{key}' ontbreekt een ':'; schrijf '{key}: ...'",
        "en": "'{key}' is missing its ':'; write '{key}: ...'",
    },
    "did not find expected key": {
        "nl": "hier werd een sleutel verwacht; klopt het inspringen?",
        "en": "a key was expected here; check the indentation",
    },
    "did not find expected '-' indicator": {
        "nl": "hier werd een lijstelement ('- ') verwacht; klopt het inspringen?",
        "en": "a list item ('- ') was expected here; check the indentation",
    },
    "found unexpected end of stream": {
        "nl": "het bestand houdt onverwacht op; ontbreekt er een afsluitend aanhalingsteken of haakje?",
        "en": "the file ends unexpectedly; is a closing quote or bracket missing?",
    },
    "did not find expected ',' or ']'": {
        "nl": "hier werd ',' of ']' verwacht", "en": "',' or ']' was expected here",
    },
    "did not find expected ',' or '}'": {
        "nl": "hier werd ',' of '}' verwacht", "en": "',' or '}' was expected here",
    },
    "found undefined alias": {
        "nl": "deze alias (*naam) verwijst naar een anker (&naam) dat niet bestaat",
        "en": "this alias (*name) refers to an anchor (&name) that does not exist",
    },
    "found unknown escape character": {
        "nl": "onbekende escape na een backslash; gebruik enkele aanhalingstekens of een dubbele backslash",
        "en": "unknown escape after a backslash; use single quotes or a double backslash",
    },
}

KIND_NAMES = {
    "principe": {"nl": "principe", "en": "principle"},
    "kanaal": {"nl": "kanaal", "en": "channel"},
    "doelgroep": {"nl": "doelgroep", "en": "target group"},
    "klantreis": {"nl": "klantreis", "en": "journey"},
    "agenda": {"nl": "agendapunt", "en": "agenda item"},
    "verhaal": {"nl": "verhaal", "en": "quote"},
}

TYPE_NAMES = {
    "str": {"nl": "tekst", "en": "text"},
    "int": {"nl": "een getal", "en": "a number"},
    "float": {"nl": "een getal", "en": "a number"},
    "bool": {"nl": "ja/nee", "en": "yes/no"},
    "NoneType": {"nl": "niets", "en": "nothing"},
    "list": {"nl": "een lijst", "en": "a list"},
    "dict": {"nl": "sleutels met waarden", "en": "keys with values"},
    "other": {"nl": "iets anders", "en": "something else"},
}
ITEM_OF = {"nl": "{key} (element {n})", "en": "{key} (item {n})"}  # a list element a type message names

# Why a file name is not plain (praatplaat.filenames fills in {chars} and {suffixes}).
FILE_REASONS = {
    "separator": {"nl": "zonder mappen ('/', '\\' of ':')", "en": "without folders ('/', '\\' or ':')"},
    "dot": {"nl": "de naam mag niet met een punt beginnen", "en": "the name must not start with a dot"},
    "space": {
        "nl": "de naam mag niet met een spatie beginnen of eindigen",
        "en": "the name must not start or end with a space",
    },
    "control": {
        "nl": "de naam bevat onzichtbare of stuurtekens", "en": "the name holds invisible or control characters",
    },
    "length": {
        "nl": "de naam is leeg of te lang (hoogstens {chars} tekens)",
        "en": "the name is empty or too long (at most {chars} characters)",
    },
    "suffix": {
        "nl": "de naam eindigt niet op een toegestane extensie ({suffixes})",
        "en": "the name does not end in an allowed extension ({suffixes})",
    },
}

# Why a tokens file cannot be used (praatplaat.tokens.TokenError).
TOKEN_REASONS = {
    "too_large": {"nl": "het bestand is groter dan 4 MB", "en": "the file is larger than 4 MB"},
    "not_tokens": {"nl": "geen JSON of CSS met tokens", "en": "no JSON or CSS of tokens"},
    "empty": {"nl": "geen kleur, lettertype of hoekstraal van NL Design System gevonden (zoals "
                    "--utrecht-document-color)",
              "en": "no NL Design System colour, font or radius found (such as --utrecht-document-color)"},
    "unreadable": {"nl": "het bestand is niet te lezen", "en": "the file cannot be read"},
}

# What a colour is used for and on, in contrast warnings (praatplaat.a11y).
CONTRAST = {
    "background": {"nl": "de achtergrond", "en": "the background"},
    "panels": {"nl": "de panelen", "en": "the panels"},
    "body_text": {"nl": "gewone tekst", "en": "body text"},
    "headings": {"nl": "koppen en namen", "en": "headings and names"},
    "house": {"nl": "dak en pilaren van het huis", "en": "roof and pillars of the house"},
    "emphasis": {"nl": "selectie en nadruk", "en": "selection and emphasis"},
}


# --- shortened texts and missing glyphs (praatplaat.fitcheck) -------------------------------------------------

FIT = {
    "glyphs": {
        "nl": "{field} '{text}' bevat tekens die het lettertype niet heeft: {chars}; die blijven weg uit de plaat; "
              "gebruik gewone tekst",
        "en": "{field} '{text}' contains characters the font does not have: {chars}; they are left out of the "
              "picture; use plain text",
    },
    "short": {
        "nl": "op {sizes} wordt '{text}' ingekort ({field} in {view})",
        "en": "at {sizes} '{text}' is shortened ({field} in the {view} view)",
    },
    "template": {
        "nl": "{field} van '{name}' is ingekort in {view} op {sizes}; maximaal ± {chars} tekens",
        "en": "{field} of '{name}' is shortened in the {view} view at {sizes}; at most ± {chars} characters",
    },
    "and": {"nl": " en ", "en": " and "},
}
# the name of a field in those messages (None: any other)
FIT_FIELDS = {
    "naam": {"nl": "naam", "en": "name"},
    "uitleg": {"nl": "uitleg", "en": "explanation"},
    "toelichting": {"nl": "toelichting", "en": "explanation"},
    "kern": {"nl": "kern", "en": "core"},
    "citaat": {"nl": "citaat", "en": "quote"},
    "wie": {"nl": "wie", "en": "who"},
    "bereikbaarheid": {"nl": "bereikbaarheid", "en": "availability"},
    "servicenorm": {"nl": "servicenorm", "en": "service norm"},
    "wanneer": {"nl": "wanneer", "en": "when"},
    "doelgroep": {"nl": "doelgroep", "en": "target group"},
    "kanaal": {"nl": "kanaal", "en": "channel"},
    "principes": {"nl": "principe", "en": "principle"},
    "titel": {"nl": "titel", "en": "title"},
    "organisatie": {"nl": "organisatie", "en": "organisation"},
    "ondertitel": {"nl": "ondertitel", "en": "subtitle"},
    None: {"nl": "tekst", "en": "text"},
}
SIZE_NAMES = {
    "scherm": {"nl": "scherm", "en": "screen"},
    "a4": {"nl": "A4", "en": "A4"},
    "a3": {"nl": "A3", "en": "A3"},
    "telefoon": {"nl": "telefoon", "en": "phone"},
    "a4-staand": {"nl": "A4 staand", "en": "A4 portrait"},
    "a3-staand": {"nl": "A3 staand", "en": "A3 portrait"},
}


# --- where an element of a vision built on a base comes from (praatplaat.basis) -----------------------------

HERKOMST = {
    "overgenomen": {"nl": "overgenomen uit de basis '{bron}'", "en": "taken over from the base '{bron}'"},
    "aangepast": {
        "nl": "uit de basis '{bron}', hier aangepast: {velden}",
        "en": "from the base '{bron}', changed here: {velden}",
    },
    "eigen": {"nl": "eigen aan de organisatie", "en": "the organisation's own"},
    "label": {"nl": "Herkomst", "en": "Origin"},
}


# --- the krant (praatplaat.krant) --------------------------------------------------------------------------

MONTHS = {
    1: {"nl": "januari", "en": "January"},
    2: {"nl": "februari", "en": "February"},
    3: {"nl": "maart", "en": "March"},
    4: {"nl": "april", "en": "April"},
    5: {"nl": "mei", "en": "May"},
    6: {"nl": "juni", "en": "June"},
    7: {"nl": "juli", "en": "July"},
    8: {"nl": "augustus", "en": "August"},
    9: {"nl": "september", "en": "September"},
    10: {"nl": "oktober", "en": "October"},
    11: {"nl": "november", "en": "November"},
    12: {"nl": "december", "en": "December"},
}
KRANT = {
    "editie": {"nl": "Editie {n}", "en": "Edition {n}"},
    "lead": {"nl": "Onze belofte", "en": "Our promise"},
    "plaat": {"nl": "De praatplaat", "en": "The praatplaat"},
    "plaat_hint": {
        "nl": "Alles wat op de plaat staat, leest u ook in deze krant.",
        "en": "Everything in the picture can also be read in this newsletter.",
    },
    "kanalen": {"nl": "Zo bereikt u ons", "en": "How to reach us"},
    "agenda": {"nl": "Wat we beloofden, wat we deden", "en": "What we promised, what we did"},
    "veranderd": {"nl": "Veranderd sinds editie {n}", "en": "Changed since edition {n}"},
    "niets_veranderd": {
        "nl": "Sinds editie {n} is er geen status veranderd.",
        "en": "No status changed since edition {n}.",
    },
    "eerste": {
        "nl": "Dit is de eerste editie; de volgende laat zien wat er veranderd is.",
        "en": "This is the first edition; the next one will show what changed.",
    },
    "verhalen": {"nl": "Dit zeggen inwoners en medewerkers", "en": "What residents and staff say"},
    "principes": {
        "nl": "Waar wij voor staan, en wat u ervan merkt",
        "en": "What we stand for, and what you notice of it",
    },
    "fundament": {"nl": "Ons fundament", "en": "Our foundation"},
    "door": {"nl": "Door {who}", "en": "By {who}"},
    "principe": {"nl": "Principe: {name}", "en": "Principle: {name}"},
    "reis": {"nl": "Klantreis: {name}", "en": "Journey: {name}"},
    "status": {
        "nl": {"gepland": "gepland", "bezig": "bezig", "klaar": "klaar"},
        "en": {"gepland": "planned", "bezig": "in progress", "klaar": "done"},
    },
    "bereikbaarheid": {"nl": "Bereikbaar", "en": "Available"},
    "servicenorm": {"nl": "Onze belofte", "en": "Our promise"},
    "wanneer": {"nl": "Wanneer", "en": "When"},
    "soort": {
        "nl": {
            "nieuws": "Nieuws", "verhaal": "Verhaal", "inwoner-aan-zet": "Inwoners aan zet", "agenda": "Agenda",
            "kanalen": "Kanalen",
        },
        "en": {
            "nieuws": "News", "verhaal": "Story", "inwoner-aan-zet": "Residents take the lead", "agenda": "Agenda",
            "kanalen": "Channels",
        },
    },
    "verder": {"nl": "Lees verder op pagina {n} »", "en": "Continued on page {n} »"},
    "vervolg": {"nl": "{title} (vervolg van pagina {n})", "en": "{title} (continued from page {n})"},
    "pagina": {"nl": "pagina", "en": "page"},
    "inhoud": {"nl": "In deze editie", "en": "In this edition"},
    "was": {"nl": "was {before}, nu {after}", "en": "was {before}, now {after}"},
}


# --- the comparison of a few visions (praatplaat.layout.vergelijk) and the national overview --------------------

VERGELIJK = {
    "titel": {"nl": "Vergelijking van visies", "en": "Visions compared"},
    "principes": {"nl": "Principes", "en": "Principles"},
    "kanalen": {"nl": "Kanalen", "en": "Channels"},
    "fundament": {"nl": "Fundament", "en": "Foundation"},
    "gedeeld": {"nl": "gedeeld door {n} van {total}", "en": "shared by {n} of {total}"},
    "alleen": {"nl": "alleen {org}", "en": "only {org}"},
    "basis": {"nl": "zelfde basis-element", "en": "same base element"},
    "id": {"nl": "zelfde id · {pct}%", "en": "same id · {pct}%"},
    "naam": {"nl": "lijkt op elkaar · {pct}%", "en": "similar · {pct}%"},
    "overgenomen": {"nl": "basis", "en": "base"},
    "aangepast": {"nl": "aangepast", "en": "changed"},
    "eigen": {"nl": "eigen", "en": "own"},
    "m_overgenomen": {"nl": "B", "en": "B"},
    "m_aangepast": {"nl": "A", "en": "C"},
    "m_eigen": {"nl": "E", "en": "O"},
    "legenda": {"nl": "Legenda:", "en": "Legend:"},
    "l_overgenomen": {"nl": "basis: overgenomen uit de basis", "en": "base: taken over from the base"},
    "l_aangepast": {"nl": "aangepast: uit de basis, hier aangepast", "en": "changed: from the base, changed here"},
    "l_eigen": {"nl": "eigen: van de organisatie zelf", "en": "own: the organisation's own"},
    "l_rij": {
        "nl": "volle balk: bij iedereen · lichte balk: bij enkelen · open kaart: uniek",
        "en": "solid band: everyone · light band: some · open card: unique",
    },
    "bereikbaarheid": {"nl": "Bereikbaarheid", "en": "Availability"},
    "servicenorm": {"nl": "Servicenorm", "en": "Service norm"},
    "match": {"nl": "Overeenkomst", "en": "Match"},
    "niet": {"nl": "—", "en": "—"},
}

LANDELIJK: dict[str, dict[str, str]] = {
    "titel": {"nl": "Landelijk overzicht van dienstverleningsvisies", "en": "National overview of service visions"},
    "ondertitel": {"nl": "{n} visies: {orgs}", "en": "{n} visions: {orgs}"},
    "balk": {
        "nl": "balk: het deel van die soort organisaties dat het principe heeft",
        "en": "bar: the share of that kind of organisation that has the principle",
    },
    "intro": {
        "nl": "{n} visies van {orgs}. Per basis: welke organisaties de principes overnemen, aanpassen of weglaten; "
              "en eigen principes die veel organisaties delen, maar die in geen basis staan.",
        "en": "{n} visions of {orgs}. Per base: which organisations adopt, change or leave out its principles; and "
              "own principles that many organisations share though no base has them.",
    },
    "gemeente": {"nl": "gemeente", "en": "municipality"},
    "provincie": {"nl": "provincie", "en": "province"},
    "waterschap": {"nl": "waterschap", "en": "water authority"},
    "uitvoeringsorganisatie": {"nl": "uitvoeringsorganisatie", "en": "implementing agency"},
    "k_gemeente": {"nl": "gemeenten", "en": "municipalities"},
    "k_provincie": {"nl": "provincies", "en": "provinces"},
    "k_waterschap": {"nl": "waterschappen", "en": "water authorities"},
    "k_uitvoeringsorganisatie": {"nl": "uitvoeringsorganisaties", "en": "implementing agencies"},
    "overgenomen": {"nl": "overgenomen", "en": "adopted"},
    "aangepast": {"nl": "aangepast", "en": "changed"},
    "weggelaten": {"nl": "weggelaten", "en": "left out"},
    "basis": {"nl": "Basis {name}", "en": "Base {name}"},
    "geen_basis": {"nl": "Zonder basis", "en": "Without a base"},
    "orgs": {"nl": "{n} organisaties", "en": "{n} organisations"},
    "principe": {"nl": "Principe", "en": "Principle"},
    "principes": {"nl": "principes", "en": "principles"},
    "soort": {"nl": "Soort organisatie", "en": "Kind of organisation"},
    "totaal": {"nl": "alle soorten", "en": "all kinds"},
    "gedeeld": {
        "nl": "Eigen principes die veel organisaties delen (in geen basis)",
        "en": "Own principles that many organisations share (in no base)",
    },
    "gedeeld_kort": {"nl": "Gedeeld, in geen basis", "en": "Shared, in no base"},
    "namen": {"nl": "Zo genoemd", "en": "Named"},
    "aantal": {"nl": "Organisaties", "en": "Organisations"},
    "organisaties": {"nl": "Alle organisaties", "en": "All organisations"},
    "organisatie": {"nl": "Organisatie", "en": "Organisation"},
    "basis_kol": {"nl": "Basis", "en": "Base"},
    "eigen": {"nl": "Eigen principes", "en": "Own principles"},
    "geen": {"nl": "geen", "en": "none"},
    "filter": {"nl": "Zoek een organisatie of principe", "en": "Search an organisation or principle"},
    "zichtbaar": {"nl": "{n} van {total} rijen zichtbaar", "en": "{n} of {total} rows shown"},
    "legenda": {"nl": "Legenda:", "en": "Legend:"},
    "niets_gedeeld": {
        "nl": "Geen eigen principe wordt door {n} of meer organisaties gedeeld.",
        "en": "No own principle is shared by {n} or more organisations.",
    },
    "mislukt": {"nl": "{n} bestand(en) niet gelezen: {files}", "en": "{n} file(s) not read: {files}"},
    "drempel": {"nl": "gedeeld door ten minste {n} organisaties", "en": "shared by at least {n} organisations"},
}


# --- the studio (components/, app.py), read through components.i18n.t (table('app')) -------------------------
# Written per key as {"nl": ..., "en": ...}, so that a block of new strings moves in as it is.

APP: dict[str, dict[str, str]] = {
    # page and navigation
    "language": {"nl": "Taal", "en": "Language"},
    "mode": {"nl": "Werkwijze", "en": "Mode"},
    "mode_edit": {"nl": "Bewerken", "en": "Edit"},
    "mode_forms": {"nl": "Formulieren", "en": "Forms"},
    "mode_gallery": {"nl": "Galerij", "en": "Gallery"},
    # workspace
    "workspace": {"nl": "Werkruimte", "en": "Workspace"},
    "undo": {"nl": "Ongedaan maken", "en": "Undo"},
    "redo": {"nl": "Opnieuw", "en": "Redo"},
    "download_yaml": {"nl": "Download YAML", "en": "Download YAML"},
    "autosaved": {
        "nl": "Alles wordt automatisch bewaard. Bewaar de link van deze pagina om later verder te werken.",
        "en": "Everything is saved automatically. Keep this page's link to continue later.",
    },
    "workspace_id": {"nl": "Werkruimte-id: `{id}`", "en": "Workspace id: `{id}`"},
    # editor and diagnostics
    "editor_label": {"nl": "Visie in YAML", "en": "Vision in YAML"},
    "errors_title": {"nl": "{n} fout(en) in de tekst", "en": "{n} error(s) in the text"},
    "more_errors": {"nl": "en nog {n} fout(en) verderop", "en": "and {n} more error(s) further down"},
    "warnings_title": {"nl": "{n} waarschuwing(en)", "en": "{n} warning(s)"},
    "at_line": {"nl": "Regel {line}, kolom {col}", "en": "Line {line}, column {col}"},
    "showing_last_good": {
        "nl": "De plaat toont de laatste geldige versie. Uw tekst blijft staan; herstel de fouten en de plaat volgt.",
        "en": "The picture shows the last valid version. Your text is kept; fix the errors and the picture follows.",
    },
    "no_picture_yet": {
        "nl": "Nog geen plaat: herstel eerst de fouten in de tekst.",
        "en": "No picture yet: first fix the errors in the text.",
    },
    "empty_workspace": {
        "nl": "Deze werkruimte is leeg. Kies een voorbeeld of het lege sjabloon in de galerij.",
        "en": "This workspace is empty. Pick an example or the empty template in the gallery.",
    },
    # picture
    "view": {"nl": "Weergave", "en": "View"},
    "view_overzicht": {"nl": "Overzicht", "en": "Overview"},
    "view_huis": {"nl": "Huis", "en": "House"},
    "view_kanalen": {"nl": "Kanalen", "en": "Channels"},
    "view_reis": {"nl": "Klantreis", "en": "Journey"},
    "journey": {"nl": "Klantreis", "en": "Journey"},
    "picture_alt": {"nl": "Praatplaat: {title}", "en": "Talking picture: {title}"},
    "render_failed": {
        "nl": "Deze plaat kon niet worden getekend. Uw tekst is bewaard; probeer een andere weergave of "
              "maak de laatste wijziging ongedaan.",
        "en": "This picture could not be drawn. Your text is saved; try another view or undo the last change.",
    },
    "click_hint": {
        "nl": "Klik op een onderdeel van de plaat voor de details en wat ermee samenhangt.",
        "en": "Click a part of the picture for its details and what is linked to it.",
    },
    # details
    "details": {"nl": "Details", "en": "Details"},
    "clear_selection": {"nl": "Selectie opheffen", "en": "Clear selection"},
    "linked": {"nl": "Hangt samen met", "en": "Linked to"},
    "open_journey": {"nl": "Toon deze klantreis", "en": "Show this journey"},
    "f_uitleg": {"nl": "Uitleg", "en": "Explanation"},
    "f_voorbeelden": {"nl": "Voorbeelden", "en": "Examples"},
    "f_icoon": {"nl": "Icoon", "en": "Icon"},
    "f_toelichting": {"nl": "Toelichting", "en": "Explanation"},
    "f_soort": {"nl": "Soort", "en": "Kind"},
    "f_bereikbaarheid": {"nl": "Bereikbaarheid", "en": "Availability"},
    "f_servicenorm": {"nl": "Servicenorm", "en": "Service norm"},
    "f_kanaal": {"nl": "Kanaal", "en": "Channel"},
    "f_principes": {"nl": "Principes", "en": "Principles"},
    "f_principe": {"nl": "Principe", "en": "Principle"},
    "f_beleving": {"nl": "Beleving", "en": "Experience"},
    "f_wie": {"nl": "Wie", "en": "Who"},
    "f_wanneer": {"nl": "Wanneer", "en": "When"},
    "f_status": {"nl": "Status", "en": "Status"},
    "f_doelgroep": {"nl": "Doelgroep", "en": "Target group"},
    "step_of": {"nl": "Stap {n} van {total}", "en": "Step {n} of {total}"},
    "status_gepland": {"nl": "gepland", "en": "planned"},
    "status_bezig": {"nl": "bezig", "en": "in progress"},
    "status_klaar": {"nl": "klaar", "en": "done"},
    # forms
    "forms_intro": {
        "nl": "Wijzig de tabellen; de YAML-tekst en de plaat volgen. Een lege regel onderaan voegt een rij toe.",
        "en": "Change the tables; the YAML text and the picture follow. The empty row at the bottom adds a row.",
    },
    "section_algemeen": {"nl": "Algemeen", "en": "General"},
    "section_principes": {"nl": "Principes", "en": "Principles"},
    "section_kanalen": {"nl": "Kanalen", "en": "Channels"},
    "section_doelgroepen": {"nl": "Doelgroepen", "en": "Target groups"},
    "section_klantreizen": {"nl": "Klantreizen", "en": "Journeys"},
    "section_verhalen": {"nl": "Verhalen", "en": "Quotes"},
    "section_agenda": {"nl": "Agenda", "en": "Agenda"},
    "steps_of": {"nl": "Stappen van de klantreis", "en": "Steps of the journey"},
    "no_journeys": {"nl": "Nog geen klantreizen: voeg er hierboven een toe.", "en": "No journeys yet: add one above."},
    "col_naam": {"nl": "Naam", "en": "Name"},
    "col_citaat": {"nl": "Citaat", "en": "Quote"},
    "f_titel": {"nl": "Titel", "en": "Title"},
    "f_ondertitel": {"nl": "Ondertitel", "en": "Subtitle"},
    "f_organisatie": {"nl": "Organisatie", "en": "Organisation"},
    "f_kern": {"nl": "Kern van de visie", "en": "Core of the vision"},
    "f_visie_toelichting": {"nl": "Toelichting op de visie", "en": "Explanation of the vision"},
    "f_fundament": {"nl": "Fundament", "en": "Foundation"},
    "f_fundament_uitleg": {"nl": "Uitleg bij het fundament", "en": "Explanation of the foundation"},
    "new_item": {"nl": "Nieuw", "en": "New"},
    "new_quote": {"nl": "Nieuw citaat", "en": "New quote"},
    "help_list": {"nl": "Meerdere waarden: typ en kies, of voeg nieuwe toe.", "en": "Several values: type and pick."},
    # gallery
    "gallery_title": {"nl": "Kies een vertrekpunt", "en": "Pick a starting point"},
    "gallery_intro": {
        "nl": "Open een voorbeeld, begin met het lege sjabloon of laad uw eigen bestand. "
              "Uw huidige tekst gaat niet verloren: met Ongedaan maken komt hij terug.",
        "en": "Open an example, start from the empty template or load your own file. "
              "Your current text is not lost: Undo brings it back.",
    },
    "open": {"nl": "Openen", "en": "Open"},
    "template_title": {"nl": "Leeg sjabloon", "en": "Empty template"},
    "template_text": {
        "nl": "Een korte opzet met uitleg in de tekst. Vul zelf uw visie in.",
        "en": "A short outline with explanations in the text. Fill in your own vision.",
    },
    "start_empty": {"nl": "Begin leeg", "en": "Start empty"},
    "upload": {"nl": "Eigen bestand openen (YAML, of een PNG uit Praatplaat)", "en": "Open your own file (YAML, or a "
               "PNG made by Praatplaat)"},
    "upload_png_no_source": {
        "nl": "Deze PNG bevat geen praatplaat-tekst. Alleen PNG's die Praatplaat zelf maakte kunt u weer openen.",
        "en": "This PNG carries no praatplaat text. Only PNGs made by Praatplaat can be opened again.",
    },
    "upload_too_large": {"nl": "Het bestand is te groot (maximaal {limit}).", "en": "The file is too large (at most "
                         "{limit})."},
    "upload_unreadable": {"nl": "Dit bestand kan niet worden gelezen: {reason}", "en": "This file cannot be read: "
                          "{reason}"},
    "upload_done": {"nl": "'{name}' is geopend.", "en": "'{name}' has been opened."},
    "example_broken": {"nl": "(dit voorbeeld bevat fouten)", "en": "(this example has errors)"},
    "no_thumbnail": {"nl": "Geen voorbeeldafbeelding", "en": "No preview"},
    # huisstijl
    "huisstijl": {"nl": "Huisstijl", "en": "House style"},
    "c_primair": {"nl": "Primair", "en": "Primary"},
    "c_accent": {"nl": "Accent", "en": "Accent"},
    "c_achtergrond": {"nl": "Achtergrond", "en": "Background"},
    "c_tekst": {"nl": "Tekst", "en": "Text"},
    "c_hex": {"nl": "{colour}: HEX-code (Enter)", "en": "{colour}: HEX code (Enter)"},
    "hex_bad": {
        "nl": "'{value}' is geen HEX-code; schrijf een # en zes tekens 0-9 of A-F, zoals #00558C.",
        "en": "'{value}' is not a HEX code; write a # and six characters 0-9 or A-F, such as #00558C.",
    },
    "tokens_upload": {
        "nl": "Huisstijl uit NL Design System-tokens (JSON of CSS, bijvoorbeeld dist/index.json van het "
              "npm-pakket van uw organisatie)",
        "en": "House style from NL Design System tokens (JSON or CSS, for example dist/index.json of your "
              "organisation's npm package)",
    },
    "tokens_saved": {"nl": "Huisstijl overgenomen: {fields}.", "en": "House style taken over: {fields}."},
    "tokens_bad": {
        "nl": "Deze tokens zijn niet te gebruiken: {reason}.", "en": "These tokens cannot be used: {reason}.",
    },
    "logo": {"nl": "Logo (PNG, JPG, GIF of WebP; tot 2 MB)", "en": "Logo (PNG, JPG, GIF or WebP; up to 2 MB)"},
    "logo_remove": {"nl": "Logo verwijderen", "en": "Remove logo"},
    "logo_saved": {"nl": "Logo opgeslagen en in de YAML gezet.", "en": "Logo saved and set in the YAML."},
    "logo_too_large": {
        "nl": "Dit logo is te groot ({size}); het mag hoogstens 2 MB zijn.",
        "en": "This logo is too large ({size}); it may be at most 2 MB.",
    },
    "logo_too_wide": {
        "nl": "Dit logo is te groot ({w}×{h} pixels); hoogstens 4000 pixels breed en hoog.",
        "en": "This logo is too large ({w}×{h} pixels); at most 4000 pixels wide and high.",
    },
    "logo_not_image": {
        "nl": "Dit bestand is geen afbeelding die we kunnen lezen. Kies een PNG, JPG, GIF of WebP.",
        "en": "This file is not an image we can read. Choose a PNG, JPG, GIF or WebP.",
    },
    "huisstijl_needs_valid": {
        "nl": "De huisstijl is te wijzigen zodra de tekst leesbare YAML is.",
        "en": "The house style can be changed once the text is readable YAML.",
    },
    # export
    "export": {"nl": "Exporteren", "en": "Export"},
    "export_format": {"nl": "Formaat", "en": "Format"},
    "export_make": {"nl": "Bestand maken", "en": "Create file"},
    "export_download": {"nl": "Download {name}", "en": "Download {name}"},
    "exporting": {"nl": "Bezig met {label}…", "en": "Creating {label}…"},
    "export_failed": {
        "nl": "Dit bestand kon niet worden gemaakt. Probeer een ander formaat of een andere weergave.",
        "en": "This file could not be created. Try another format or view.",
    },
    "export_needs_valid": {
        "nl": "Exporteren kan zodra de tekst geen fouten meer heeft.",
        "en": "Exporting is possible once the text has no errors.",
    },
    "export_view": {"nl": "Weergave: {view}", "en": "View: {view}"},
    "export_shortened": {
        "nl": "In dit bestand past niet alle tekst; ingekort wordt:", "en": "Not every text fits this file; shortened:",
    },
    "export_herkomst": {"nl": "Herkomst tonen (B/A/E-tekens)", "en": "Show origins (B/C/O marks)"},
    "export_herkomst_help": {
        "nl": "Zet de tekens en de legenda 'uit de basis …' in het bestand. Standaard staan ze er niet in: een "
              "export is voor het publiek.",
        "en": "Puts the marks and the legend 'from the base …' in the file. By default they are left out: an "
              "export is for the public.",
    },
    "fmt_png_scherm": {"nl": "PNG – scherm (1920 × 1080)", "en": "PNG – screen (1920 × 1080)"},
    "fmt_png_2x": {"nl": "PNG – 2× scherm (3840 × 2160)", "en": "PNG – 2× screen (3840 × 2160)"},
    "fmt_png_a4": {"nl": "PNG – A4 drukwerk (300 dpi)", "en": "PNG – A4 print (300 dpi)"},
    "fmt_png_a3": {"nl": "PNG – A3 drukwerk (300 dpi)", "en": "PNG – A3 print (300 dpi)"},
    "fmt_svg": {"nl": "SVG – vector", "en": "SVG – vector"},
    "fmt_pdf_a4": {"nl": "PDF – A4", "en": "PDF – A4"},
    "fmt_pdf_a3": {"nl": "PDF – A3", "en": "PDF – A3"},
    "fmt_html": {"nl": "HTML – interactief en toegankelijk", "en": "HTML – interactive and accessible"},
    "fmt_pptx": {"nl": "PowerPoint – dia's voor een training", "en": "PowerPoint – slides for a training"},
    "fmt_yaml": {"nl": "YAML – de brontekst", "en": "YAML – the source text"},
    "png_editable": {
        "nl": "PNG's bevatten de YAML-tekst: open zo'n PNG later weer in de galerij om verder te werken.",
        "en": "PNGs carry the YAML text: open such a PNG in the gallery later to continue working.",
    },
    # --- picture ---
    "projector": {"nl": "Projecteren", "en": "Project"},
    "projector_help": {
        "nl": "Alleen de plaat, schermvullend, voor een beamer. Stap met ← → of een presenter; Esc gaat terug.",
        "en": "The picture alone, full screen, for a projector. Step with ← → or a clicker; Esc goes back.",
    },
    "projector_keys": {
        "nl": "← → spatie: vorige / volgende · Esc:",
        "en": "← → space: previous / next · Esc:",
    },
    "projector_leave": {"nl": "Terug naar bewerken", "en": "Back to editing"},
    "position": {"nl": "{n} van {total}", "en": "{n} of {total}"},
    "nothing_to_present": {
        "nl": "Er is nog niets om te presenteren: herstel eerst de fouten in de tekst.",
        "en": "Nothing to present yet: first fix the errors in the text.",
    },
    # general
    "unexpected": {
        "nl": "Er ging iets mis. Uw werk is bewaard; probeer het opnieuw.",
        "en": "Something went wrong. Your work is saved; please try again.",
    },
    # --- rooms-ui ---
    # start page, recent workspaces, share links
    "start_title": {"nl": "Uw praatplaten", "en": "Your talking pictures"},
    "start_intro": {
        "nl": "Deze lijst staat alleen in deze browser, zonder inloggen. Bewaar de link van een praatplaat om hem "
              "ook op een andere computer te openen.",
        "en": "This list is kept in this browser only, without a login. Keep a picture's link to open it on "
              "another computer too.",
    },
    "start_none": {
        "nl": "In deze browser is nog geen praatplaat gemaakt. Kies hieronder een voorbeeld of begin leeg.",
        "en": "No talking picture was made in this browser yet. Pick an example below or start empty.",
    },
    "start_open": {"nl": "Openen", "en": "Open"},
    "start_copy": {"nl": "Kopie openen", "en": "Open a copy"},
    "start_delete": {"nl": "Verwijderen", "en": "Delete"},
    "start_delete_confirm": {"nl": "Echt verwijderen", "en": "Really delete"},
    "start_deleted": {"nl": "Verwijderd: {title}", "en": "Deleted: {title}"},
    "start_changed": {"nl": "Laatst gewijzigd: {when}", "en": "Last changed: {when}"},
    "start_untitled": {"nl": "(nog zonder titel)", "en": "(no title yet)"},
    "start_to_list": {"nl": "Mijn praatplaten", "en": "My talking pictures"},
    "ws_not_found": {
        "nl": "Deze link hoort niet bij een praatplaat. U ziet nu uw lijst.",
        "en": "This link does not belong to a talking picture. You now see your list.",
    },
    "share": {"nl": "Delen", "en": "Share"},
    "share_edit_link": {
        "nl": "Bewerklink: iedereen met deze link kan de praatplaat veranderen. Deel hem alleen met uw team.",
        "en": "Editing link: anyone with this link can change the picture. Share it with your team only.",
    },
    "share_read_link": {
        "nl": "Leeslink: bekijken en downloaden, niet bewerken.",
        "en": "Read-only link: view and download, no editing.",
    },
    "share_published": {
        "nl": "Gepubliceerde plaat: de klikbare plaat op zichzelf, altijd de nieuwste versie (ook op telefoons).",
        "en": "Published picture: the clickable picture on its own, always the newest version (also on phones).",
    },
    "share_embed": {
        "nl": "Insluiten op uw website: plak dit in uw CMS.",
        "en": "Embed on your website: paste this into your CMS.",
    },
    "share_make": {"nl": "Leeslink maken", "en": "Make a read-only link"},
    "share_revoke": {"nl": "Leeslink intrekken", "en": "Revoke the read-only link"},
    "share_revoked": {
        "nl": "De leeslink is ingetrokken: wie hem nog heeft, ziet de plaat niet meer.",
        "en": "The read-only link is revoked: whoever still has it no longer sees the picture.",
    },
    "share_invalid": {
        "nl": "Deze leeslink werkt niet (meer). Vraag de maker om een nieuwe link.",
        "en": "This read-only link does not work (any more). Ask the maker for a new link.",
    },
    "share_readonly": {
        "nl": "U bekijkt een gedeelde praatplaat. Bewerken kan hier niet.",
        "en": "You are viewing a shared talking picture. Editing is not possible here.",
    },
    # saving together: the shared document (live/) and its editors
    "status_pending": {
        "nl": "Nog niet bewaard: wordt opnieuw geprobeerd. Uw werk blijft op de server en in deze browser.",
        "en": "Not saved yet: trying again. Your work stays on the server and in this browser.",
    },
    "status_too_big": {
        "nl": "De tekst is te groot om te bewaren (meer dan 512 KiB). Maak hem korter; tot dan blijft hij in deze "
              "browser.",
        "en": "The text is too large to save (over 512 KiB). Make it shorter; until then it stays in this browser.",
    },
    "sync_saved": {"nl": "Alles bewaard", "en": "Everything saved"},
    "sync_pending": {"nl": "Nog niet bewaard: wordt opnieuw geprobeerd", "en": "Not saved yet: trying again"},
    "sync_offline": {
        "nl": "Geen verbinding: uw werk blijft in deze browser en wordt bewaard zodra er weer verbinding is",
        "en": "No connection: your work stays in this browser and is saved as soon as the connection is back",
    },
    "sync_connecting": {"nl": "Verbinden…", "en": "Connecting…"},
    "sync_alone": {"nl": "Alleen u bewerkt deze plaat", "en": "Only you are editing this picture"},
    "sync_editors": {
        "nl": "{n} mensen bewerken deze plaat: {names}",
        "en": "{n} people are editing this picture: {names}",
    },
    "sync_you": {"nl": "u", "en": "you"},
    "sync_name": {"nl": "Uw naam", "en": "Your name"},
    "sync_guest": {"nl": "Gast", "en": "Guest"},
    "text_unsavable": {
        "nl": "Deze tekst bevat een teken dat niet bewaard kan worden (een NUL-teken). Haal het weg en probeer het "
              "opnieuw.",
        "en": "This text contains a character that cannot be saved (a NUL character). Remove it and try again.",
    },
    "text_too_long": {
        "nl": "De tekst wordt te lang ({n} tekens; hoogstens {limit} bytes). Deze wijziging is niet gedaan.",
        "en": "The text would be too long ({n} characters; at most {limit} bytes). This change was not made.",
    },
    # werksessie: facilitator
    "room_start": {"nl": "Werksessie starten", "en": "Start a workshop session"},
    "room_title": {"nl": "Werksessie", "en": "Workshop session"},
    "room_join_how": {"nl": "Doe mee met uw telefoon", "en": "Take part with your phone"},
    "room_join_code": {"nl": "Code", "en": "Code"},
    "room_qr_alt": {"nl": "QR-code van de link om mee te doen", "en": "QR code of the link to take part"},
    "room_tab_join": {"nl": "Meedoen", "en": "Join"},
    "room_tab_inbox": {"nl": "Bijdragen", "en": "Contributions"},
    "room_tab_results": {"nl": "Resultaten", "en": "Results"},
    "room_activities": {"nl": "Wat kunnen deelnemers doen?", "en": "What can participants do?"},
    "room_close": {"nl": "Sessie sluiten", "en": "Close the session"},
    "room_closed_note": {
        "nl": "Deze sessie is gesloten. De bijdragen blijven bewaard.",
        "en": "This session is closed. The contributions are kept.",
    },
    "room_none_yet": {
        "nl": "Nog geen bijdragen. Ze verschijnen hier vanzelf.",
        "en": "No contributions yet. They appear here by themselves.",
    },
    "room_count": {"nl": "{n} bijdragen van {people} deelnemers", "en": "{n} contributions from {people} participants"},
    "room_page_newer": {"nl": "Nieuwere", "en": "Newer"},
    "room_page_older": {"nl": "Oudere", "en": "Older"},
    "room_page_of": {"nl": "Kaart {first}–{last} van {n}", "en": "Card {first}–{last} of {n}"},
    "room_accept": {"nl": "Opnemen in de visie", "en": "Add to the vision"},
    "room_accepted": {"nl": "Opgenomen", "en": "Added"},
    "room_accepted_note": {
        "nl": "Opgenomen in de visie. Ongedaan maken kan met Ongedaan maken in de studio.",
        "en": "Added to the vision. Undo in the studio takes it back out.",
    },
    "room_accept_failed": {
        "nl": "Opnemen lukt niet: de visie heeft nu fouten. Herstel die eerst in de studio.",
        "en": "Cannot add it: the vision has errors now. Fix them in the studio first.",
    },
    "room_hide": {"nl": "Verbergen", "en": "Hide"},
    "room_unhide": {"nl": "Weer tonen", "en": "Show again"},
    "room_edit": {"nl": "Aanpassen", "en": "Edit"},
    "room_save": {"nl": "Opslaan", "en": "Save"},
    "room_merge": {"nl": "Dubbele samenvoegen", "en": "Merge duplicates"},
    "room_merge_pick": {"nl": "Kies bijdragen die hetzelfde zeggen", "en": "Pick contributions that say the same"},
    "room_merged": {"nl": "Samengevoegd ({n})", "en": "Merged ({n})"},
    "room_show_hidden": {"nl": "Verborgen bijdragen tonen", "en": "Show hidden contributions"},
    "room_export_csv": {"nl": "Bijdragen als CSV", "en": "Contributions as CSV"},
    "room_export_yaml": {"nl": "Bijdragen als YAML", "en": "Contributions as YAML"},
    "room_full_view": {"nl": "Volledig scherm", "en": "Full view"},
    "room_needs_vision": {
        "nl": "Een werksessie heeft een geldige visie nodig. Herstel eerst de fouten in de tekst.",
        "en": "A workshop session needs a valid vision. First fix the errors in the text.",
    },
    "room_kind_verhaal": {"nl": "Ervaring", "en": "Experience"},
    "room_kind_beleving": {"nl": "Beoordeling", "en": "Rating"},
    "room_kind_stem": {"nl": "Stem", "en": "Vote"},
    "room_kind_voorstel": {"nl": "Voorstel", "en": "Proposal"},
    "res_votes": {"nl": "Stemmen per principe", "en": "Votes per principle"},
    "res_ratings": {"nl": "Beoordeling per stap: {journey}", "en": "Rating per step: {journey}"},
    "res_curve": {"nl": "Beleving in de visie", "en": "Experience in the vision"},
    "res_participants": {"nl": "Deelnemers", "en": "Participants"},
    "res_over_time": {"nl": "Bijdragen in de tijd", "en": "Contributions over time"},
    "res_minutes": {"nl": "Minuten sinds de start", "en": "Minutes since the start"},
    "res_count": {"nl": "Aantal", "en": "Count"},
    "res_none": {"nl": "Nog geen resultaten.", "en": "No results yet."},
    # werksessie: participant (plain language, B1)
    "mee_title": {"nl": "Doe mee", "en": "Take part"},
    "mee_code": {"nl": "Code van de sessie", "en": "Session code"},
    "mee_code_help": {"nl": "De code staat op het scherm in de zaal.", "en": "The code is on the screen in the room."},
    "mee_join": {"nl": "Meedoen", "en": "Join"},
    "mee_wrong_code": {
        "nl": "Deze code kennen we niet. Kijk nog eens goed op het scherm.",
        "en": "We don't know this code. Please look at the screen again.",
    },
    "mee_closed": {
        "nl": "Deze sessie is gesloten. Bedankt voor het meedoen!",
        "en": "This session is closed. Thank you for taking part!",
    },
    "mee_welcome": {"nl": "Welkom bij: {title}", "en": "Welcome to: {title}"},
    "mee_intro": {
        "nl": "Vertel ons wat u meemaakt. Uw naam invullen hoeft niet.",
        "en": "Tell us what you experience. You don't have to give your name.",
    },
    "mee_name": {"nl": "Uw voornaam (mag leeg blijven)", "en": "Your first name (optional)"},
    "mee_role": {"nl": "Wie bent u?", "en": "Who are you?"},
    "role_inwoner": {"nl": "Inwoner", "en": "Resident"},
    "role_ondernemer": {"nl": "Ondernemer", "en": "Business owner"},
    "role_medewerker": {"nl": "Medewerker", "en": "Staff member"},
    "role_bestuurder": {"nl": "Bestuurder", "en": "Board member"},
    "role_anders": {"nl": "Iets anders", "en": "Something else"},
    "mee_nothing_open": {
        "nl": "Er staat nu nog niets open. Zo meteen zet de begeleider iets klaar.",
        "en": "Nothing is open yet. The host will open something soon.",
    },
    "act_verhaal": {"nl": "Vertel over uw ervaring", "en": "Share an experience"},
    "act_beleving": {"nl": "Hoe ging het bij elke stap?", "en": "How did each step go?"},
    "act_stemmen": {"nl": "Wat vindt u het belangrijkst?", "en": "What matters most to you?"},
    "act_voorstel": {"nl": "Wat kan beter?", "en": "What could be better?"},
    "mee_quote": {"nl": "Wat heeft u meegemaakt?", "en": "What happened to you?"},
    "mee_quote_help": {"nl": "Schrijf het zoals u het zou vertellen.", "en": "Write it the way you would tell it."},
    "mee_about": {"nl": "Waar gaat het over? (mag leeg blijven)", "en": "What is it about? (optional)"},
    "mee_journey": {"nl": "Welke situatie?", "en": "Which situation?"},
    "mee_step_remark": {"nl": "Wilt u iets uitleggen? (mag leeg blijven)", "en": "Anything to explain? (optional)"},
    "mee_votes_left": {
        "nl": "Kies er hoogstens 3. U koos er {n}.",
        "en": "Pick at most 3. You picked {n}.",
    },
    "mee_votes_pick": {"nl": "Kies er hoogstens 3", "en": "Pick at most 3"},
    "mee_proposal": {"nl": "Wat zou u verbeteren?", "en": "What would you improve?"},
    "mee_send": {"nl": "Versturen", "en": "Send"},
    "mee_sent": {"nl": "Dank u! We hebben het ontvangen.", "en": "Thank you! We received it."},
    "mee_empty": {"nl": "U heeft nog niets ingevuld.", "en": "You have not filled anything in yet."},
    "mee_too_long": {
        "nl": "Uw tekst is te lang. Gebruik hoogstens {n} tekens.",
        "en": "Your text is too long. Use at most {n} characters.",
    },
    "mee_rate_none": {"nl": "Geef minstens één stap een gezichtje.", "en": "Give at least one step a face."},
    "face_-2": {"nl": "Heel slecht", "en": "Very bad"},
    "face_-1": {"nl": "Slecht", "en": "Bad"},
    "face_0": {"nl": "Gewoon", "en": "Neutral"},
    "face_1": {"nl": "Goed", "en": "Good"},
    "face_2": {"nl": "Heel goed", "en": "Very good"},
    "mee_you": {"nl": "Over u (mag leeg blijven)", "en": "About you (optional)"},
    "mee_who": {"nl": "Wie vertelt dit? (mag leeg blijven)", "en": "Who is telling this? (optional)"},
    "mee_who_hint": {"nl": "bijvoorbeeld: inwoner, 72 jaar", "en": "for example: resident, 72"},
    "room_accept_gone": {"nl": "Deze bijdrage bestaat niet meer.", "en": "This contribution no longer exists."},
    "room_accept_already": {
        "nl": "Deze bijdrage staat al in de visie.", "en": "This contribution is already in the vision.",
    },
    "room_accept_failed_why": {
        "nl": "Opnemen lukt niet. De visie zou deze fout krijgen: {why}",
        "en": "Cannot add it. The vision would get this error: {why}",
    },
    "room_accept_not_saved": {
        "nl": "Opnemen lukt niet: de visie kon niet worden bewaard. Probeer het opnieuw.",
        "en": "Cannot add it: the vision could not be saved. Please try again.",
    },
    "room_accept_warnings": {
        "nl": "Let op: de visie heeft {n} waarschuwing(en). Dat zijn geen fouten; u ziet ze in de studio.",
        "en": "Note: the vision has {n} warning(s). They are not errors; you see them in the studio.",
    },
    "room_lock": {"nl": "Sessie op slot", "en": "Lock the session"},
    "room_lock_help": {
        "nl": "Wie al meedoet, kan verder. Nieuwe telefoons horen dat de sessie op slot is.",
        "en": "Phones that joined go on. New phones are told the session is locked.",
    },
    "room_phones": {
        "nl": "{joined} telefoons doen mee, {active} actief", "en": "{joined} phones joined, {active} active",
    },
    "room_hide_phone": {"nl": "Alles van deze telefoon verbergen", "en": "Hide everything from this phone"},
    "room_phone_hidden": {
        "nl": "Alles van deze telefoon is verborgen, ook wat er nog komt.",
        "en": "Everything from this phone is hidden, also what it sends later.",
    },
    "mee_tries_wait": {
        "nl": "Er is te vaak een verkeerde code geprobeerd, met deze telefoon of op dit netwerk. Wacht {m} minuten. "
              "Of scan de QR-code op het scherm: dat werkt wel.",
        "en": "A wrong code was tried too often, on this phone or on this network. Wait {m} minutes. "
              "Or scan the QR code on the screen: that does work.",
    },
    "mee_locked": {
        "nl": "De begeleider heeft de sessie op slot gezet. Nieuwe deelnemers kunnen niet meer meedoen.",
        "en": "The host has locked the session. New participants cannot join any more.",
    },
    "mee_full": {
        "nl": "Er doen al heel veel telefoons mee. Vraag de begeleider om hulp.",
        "en": "A great many phones already take part. Please ask the host for help.",
    },
    "mee_bad_link": {
        "nl": "Deze link werkt niet. Vul de code in die op het scherm staat.",
        "en": "This link does not work. Enter the code that is on the screen.",
    },
    "mee_busy": {
        "nl": "Er komen nu heel veel bijdragen binnen vanaf dit netwerk. Wacht {s} seconden en probeer het opnieuw.",
        "en": "A lot is being sent from this network right now. Wait {s} seconds, then try again.",
    },
    "mee_wait": {
        "nl": "U stuurde veel achter elkaar. Wacht {s} seconden en probeer het dan opnieuw.",
        "en": "You sent a lot in a row. Wait {s} seconds, then try again.",
    },
    "mee_max": {
        "nl": "U heeft het hoogste aantal bijdragen voor deze sessie gestuurd ({n}). Dank u wel!",
        "en": "You have sent the most contributions this session takes ({n}). Thank you!",
    },
    "mee_off": {
        "nl": "Dit onderdeel is nu gesloten. Uw bijdrage is niet verstuurd.",
        "en": "This part is closed now. Your contribution was not sent.",
    },
    "mee_failed": {
        "nl": "Versturen lukte niet. Probeer het zo nog eens.",
        "en": "Sending did not work. Please try again in a moment.",
    },
    "mee_offline": {
        "nl": "Er is even geen verbinding. We proberen het opnieuw.",
        "en": "There is no connection right now. We keep trying.",
    },
    "mee_sent_vote": {
        "nl": "Dank u! We hebben uw stem ontvangen: {names}.", "en": "Thank you! We received your vote: {names}.",
    },
    "mee_sent_rating": {
        "nl": "Dank u! We hebben uw oordeel over {n} stappen ontvangen.",
        "en": "Thank you! We received how {n} steps went for you.",
    },
    "mee_sent_rating_1": {
        "nl": "Dank u! We hebben uw oordeel over 1 stap ontvangen.",
        "en": "Thank you! We received how 1 step went for you.",
    },
    "mee_sent_hidden": {
        "nl": "We hebben het ontvangen. De begeleider laat bijdragen van deze telefoon niet aan de groep zien.",
        "en": "We received it. The host does not show contributions from this phone to the group.",
    },
    "mee_save": {"nl": "Opslaan", "en": "Save"},
    "mee_saved": {"nl": "Opgeslagen. Dank u!", "en": "Saved. Thank you!"},
    "mee_yours": {"nl": "Wat u stuurde", "en": "What you sent"},
    "mee_yours_none": {"nl": "U heeft nog niets gestuurd.", "en": "You have not sent anything yet."},
    "mee_hidden_note": {"nl": "niet zichtbaar voor de groep", "en": "not shown to the group"},
    "mee_language": {"nl": "Taal", "en": "Language"},
    "mode_room": {"nl": "Werksessie", "en": "Workshop"},
    # --- sidepanel ---
    "edit_refused": {"nl": "Deze wijziging maakt de plaat ongeldig en is niet gedaan.",
                     "en": "This change would make the picture invalid and was not made."},
    "edit_empty": {"nl": "Een naam mag niet leeg zijn.", "en": "A name cannot be empty."},
    "edit_taken": {"nl": "Die naam is al in gebruik. Kies een andere naam.",
                   "en": "That name is already in use. Choose another name."},
    "edit_invalid": {"nl": "Herstel eerst de fouten in de tekst.", "en": "First fix the errors in the text."},
    "edit_last_item": {"nl": "Een klantreis heeft minstens één stap: deze stap kan niet weg.",
                       "en": "A journey has at least one step: this step cannot be removed."},
    "edit_missing": {"nl": "Dit onderdeel bestaat niet meer.", "en": "This element no longer exists."},
    "edit_flow": {"nl": "Deze wijziging kon niet worden gedaan.", "en": "This change could not be made."},
    "side_basis": {
        "nl": "Deze visie bouwt op een basis. Past u een onderdeel uit de basis aan, dan schrijft de studio alleen "
              "wat u verandert in uw eigen visie; verwijderen zet het bij 'weglaten'.",
        "en": "This vision builds on a base. When you change a part of the base, the studio writes only what you "
              "change into your own vision; deleting puts it under 'weglaten'.",
    },
    "side_needs_valid": {
        "nl": "Bewerken kan weer zodra de tekst geen fouten meer heeft (of gebruik de formulieren).",
        "en": "Editing works again once the text has no errors (or use the forms).",
    },
    "help_lines": {"nl": "Eén per regel.", "en": "One per line."},
    "none": {"nl": "— geen —", "en": "— none —"},
    "choose": {"nl": "Kies…", "en": "Choose…"},
    "rename_everywhere": {"nl": "Overal hernoemen", "en": "Rename everywhere"},
    "rename_help": {
        "nl": "Nieuwe naam, ook op alle {n} plekken die ernaar verwijzen.",
        "en": "New name, also in all {n} places that refer to it.",
    },
    "show_in_yaml": {"nl": "Toon in YAML", "en": "Show in YAML"},
    "delete": {"nl": "Verwijderen", "en": "Delete"},
    "deleted": {"nl": "Verwijderd: {name}", "en": "Deleted: {name}"},
    "qa_title": {"nl": "Snel toevoegen", "en": "Quick add"},
    "qa_what": {"nl": "Wat voegt u toe?", "en": "What are you adding?"},
    "qa_kind_kern": {"nl": "Kernzin", "en": "Core sentence"},
    "qa_kind_fundament": {"nl": "Fundament", "en": "Foundation"},
    "qa_kind_principe": {"nl": "Principe", "en": "Principle"},
    "qa_kind_kanaal": {"nl": "Kanaal", "en": "Channel"},
    "qa_kind_klantreis": {"nl": "Nieuwe klantreis", "en": "New journey"},
    "qa_kind_verhaal": {"nl": "Verhaal", "en": "Quote"},
    "qa_kind_agenda": {"nl": "Agendapunt", "en": "Agenda item"},
    "qa_hint_kern": {"nl": "Typ uw kernzin en druk op Enter", "en": "Type your core sentence and press Enter"},
    "qa_hint_fundament": {"nl": "Naam: uitleg (de uitleg mag weg)", "en": "Name: explanation (optional)"},
    "qa_hint_principe": {"nl": "Naam: uitleg (de uitleg mag weg)", "en": "Name: explanation (optional)"},
    "qa_hint_kanaal": {"nl": "Naam van het kanaal", "en": "Name of the channel"},
    "qa_hint_klantreis": {"nl": "Naam — voor wie, bijvoorbeeld Verhuizen — Inwoners",
                          "en": "Name — for whom, for example Moving house — Residents"},
    "qa_hint_step": {"nl": "Naam van de stap, met -2 … +2 of 😟 … 😀 erachter",
                     "en": "Name of the step, with -2 … +2 or 😟 … 😀 after it"},
    "qa_hint_verhaal": {"nl": "Wat iemand zei — wie, bijvoorbeeld Ik werd snel geholpen — Inwoner",
                        "en": "What someone said — who, for example I got help fast — Resident"},
    "qa_hint_agenda": {"nl": "Wat beter wordt, jaar en status: Brieven in gewone taal 2026 bezig",
                       "en": "What improves, year and status: Letters in plain language 2026 in progress"},
    "qa_soort_guess": {"nl": "Soort: raad", "en": "Kind: guess"},
    "qa_add": {"nl": "Toevoegen", "en": "Add"},
    "qa_step_in": {"nl": "Stap in: {journey}", "en": "Step in: {journey}"},
    "forms_last_good": {
        "nl": "De tekst heeft een fout, daarom tonen de formulieren de laatste geldige versie. Opslaan in een "
              "formulier vervangt de tekst met de fout door die versie; met Ongedaan maken krijgt u hem terug.",
        "en": "The text has an error, so the forms show the last valid version. Saving a form replaces the "
              "text with the error by that version; Undo brings it back.",
    },
    "forms_no_good": {
        "nl": "De tekst heeft een fout en er is nog geen geldige versie om in formulieren te tonen.",
        "en": "The text has an error and there is no valid version yet to show in forms.",
    },
    # --- editor ---
    "no_problems": {"nl": "Geen fouten of waarschuwingen", "en": "No errors or warnings"},
    "review_title": {"nl": "Controleren ({n})", "en": "To check ({n})"},
    "review_export": {
        "nl": "Nog nergens aan gekoppeld; controleer dit voordat u de plaat publiceert.",
        "en": "Not linked to anything yet; check this before you publish the picture.",
    },
    "review_explain": {
        "nl": "Nog niet af? Dat mag. Hier staat wat nog nergens aan gekoppeld is; kijk ernaar als u klaar bent.",
        "en": "Not finished yet? That is fine. Here is what nothing links to yet; look at it when you are done.",
    },
    "last_good_short": {"nl": "de plaat toont de laatste geldige versie",
                        "en": "the picture shows the last valid version"},
    "no_picture_short": {"nl": "nog geen plaat", "en": "no picture yet"},
    "editor_tips": {
        "nl": "Ctrl+Spatie toont wat hier kan staan. Tab of een klik kiest een suggestie; Enter begint altijd een "
              "nieuwe regel. Klik op een fout om ernaartoe te gaan.",
        "en": "Ctrl+Space shows what can go here. Tab or a click picks a suggestion; Enter always starts a new line. "
              "Click an error to go to it.",
    },
    # --- basis ---
    "hint_seen": {
        "nl": "Lijkt op ‘{naam}’ uit de basis {bron} ({pct}% gelijk) — overnemen?",
        "en": "Looks like ‘{naam}’ from the base {bron} ({pct}% alike) — take it over?",
    },
    "hint_row": {"nl": "‘{naam}’ lijkt op ‘{base}’ uit de basis {bron} — bekijken",
                 "en": "‘{naam}’ looks like ‘{base}’ from the base {bron} — have a look"},
    "hint_adopt": {"nl": "Overnemen uit de basis", "en": "Take over from the base"},
    "hint_adopt_help": {
        "nl": "Uw eigen principe verdwijnt; wat ernaar verwees, wijst naar het principe uit de basis. "
              "Ongedaan maken kan.",
        "en": "Your own principle goes; what referred to it now refers to the base's principle. You can undo this.",
    },
    "adopted": {"nl": "‘{name}’ is vervangen door het principe uit de basis.",
                "en": "‘{name}’ was replaced by the base's principle."},
    "edit_in_base": {
        "nl": "Dit onderdeel staat alleen in de basis. Pas het daar aan, of neem het geheel over in uw visie.",
        "en": "This part is only in the base. Change it there, or copy it whole into your vision.",
    },
    "edit_inherited_empty": {
        "nl": "Een veld uit de basis kan niet leeg blijven: dan komt de tekst van de basis terug. Pas het aan, of "
              "verwijder het onderdeel.",
        "en": "A field from the base cannot be left empty: the base's text would come back. Change it, or delete "
              "the part.",
    },
    "mode_compare": {"nl": "Vergelijken", "en": "Compare"},
    "vergelijk_kies": {"nl": "Voorbeelden van andere organisaties", "en": "Examples of other organisations"},
    "vergelijk_werkruimtes": {"nl": "Uw eigen praatplaten (deze browser)", "en": "Your own praatplaten (this browser)"},
    "vergelijk_deze": {"nl": "{name} (deze praatplaat)", "en": "{name} (this praatplaat)"},
    "vergelijk_upload": {"nl": "Of upload visies (YAML)", "en": "Or upload visions (YAML)"},
    "vergelijk_fout": {"nl": "{name} bevat fouten en doet niet mee:", "en": "{name} has errors and is left out:"},
    "vergelijk_te_weinig": {
        "nl": "Kies minstens twee geldige visies om ze naast elkaar te zien.",
        "en": "Choose at least two valid visions to see them side by side.",
    },
    "vergelijk_uitleg": {
        "nl": "Kolommen zijn organisaties, rijen wat zij delen. Donkerder: bij meer organisaties. "
              "B = overgenomen uit de basis, A = aangepast, E = eigen. Klik op een vakje voor de teksten.",
        "en": "Columns are organisations, rows what they share. Darker: shared by more organisations. "
              "B = taken over from the base, C = changed, O = own. Click a square for the texts.",
    },
    # --- krant ---
    "mode_krant": {"nl": "Krant", "en": "Newsletter"},
    "k_intro": {
        "nl": "Maak van de visie een dienstverleningskrant: per editie artikelen, de agenda, de kanalen en de "
              "verhalen, als PDF om te drukken en als webpagina.",
        "en": "Turn the vision into a service newsletter: per edition articles, the agenda, the channels and the "
              "quotes, as a PDF for print and as a web page.",
    },
    "k_name": {"nl": "Naam van de krant", "en": "Name of the newsletter"},
    "k_start": {"nl": "Krant beginnen", "en": "Start a newsletter"},
    "k_default_name": {"nl": "Dienstverleningskrant", "en": "Dienstverleningskrant"},
    "k_edition": {"nl": "Editie", "en": "Edition"},
    "k_edition_label": {"nl": "Editie {n} · {date}", "en": "Edition {n} · {date}"},
    "k_new_edition": {"nl": "Nieuwe editie", "en": "New edition"},
    "k_new_edition_help": {
        "nl": "Begint editie {n}. De huidige stand van de agenda wordt bewaard bij editie {prev}, zodat de nieuwe "
              "editie laat zien wat er verandert.",
        "en": "Starts edition {n}. The agenda's current statuses are kept with edition {prev}, so the new edition "
              "shows what changes.",
    },
    "k_date": {"nl": "Datum", "en": "Date"},
    "k_opening": {"nl": "Openingstekst", "en": "Opening text"},
    "k_save": {"nl": "Opslaan", "en": "Save"},
    "k_articles": {"nl": "Artikelen", "en": "Articles"},
    "k_add_article": {"nl": "Artikel toevoegen", "en": "Add article"},
    "k_new_title": {"nl": "Nieuw artikel", "en": "New article"},
    "k_new_text": {"nl": "Schrijf hier het artikel.", "en": "Write the article here."},
    "k_title": {"nl": "Kop", "en": "Headline"},
    "k_kind": {"nl": "Soort", "en": "Kind"},
    "k_intro_field": {"nl": "Intro (vet onder de kop)", "en": "Intro (bold below the headline)"},
    "k_text": {"nl": "Tekst (alinea's gescheiden door een lege regel)",
               "en": "Text (paragraphs separated by an empty line)"},
    "k_quote": {"nl": "Uitgelicht citaat", "en": "Pull quote"},
    "k_principle": {"nl": "Principe", "en": "Principle"},
    "k_journey": {"nl": "Klantreis", "en": "Journey"},
    "k_photo": {"nl": "Foto", "en": "Photo"},
    "k_photo_alt": {"nl": "Beschrijving van de foto (alt-tekst)", "en": "Description of the photo (alt text)"},
    "k_author": {"nl": "Auteur", "en": "Author"},
    "k_none": {"nl": "(geen)", "en": "(none)"},
    "k_upload": {"nl": "Foto uploaden (JPEG, PNG of WebP)", "en": "Upload a photo (JPEG, PNG or WebP)"},
    "k_upload_bad": {"nl": "Dit bestand is geen bruikbare foto.", "en": "This file is not a usable photo."},
    "k_up": {"nl": "Omhoog", "en": "Up"},
    "k_down": {"nl": "Omlaag", "en": "Down"},
    "k_delete": {"nl": "Verwijderen", "en": "Delete"},
    "k_preview": {"nl": "Voorbeeld", "en": "Preview"},
    "k_size": {"nl": "Papier", "en": "Paper"},
    "k_page": {"nl": "Pagina {n} van {total}", "en": "Page {n} of {total}"},
    "k_page_alt": {
        "nl": "Pagina {n} van {total} van de krant. Dezelfde tekst staat in de webpagina (HTML) om te downloaden.",
        "en": "Page {n} of {total} of the newsletter. The same text is in the web page (HTML) to download.",
    },
    "k_download_pdf": {"nl": "PDF ({size})", "en": "PDF ({size})"},
    "k_download_html": {"nl": "Webpagina (HTML)", "en": "Web page (HTML)"},
    "k_making": {"nl": "De krant wordt opgemaakt…", "en": "Laying out the newsletter…"},
    "k_fix_errors": {
        "nl": "Herstel eerst de fouten in de tekst; dan volgen voorbeeld en export.",
        "en": "Fix the errors in the text first; the preview and export follow.",
    },
    # --- live ---
    "hint_enter_send": {"nl": "Druk op Enter om te versturen", "en": "Press Enter to send"},
    "hint_enter_save": {"nl": "Druk op Enter om op te slaan", "en": "Press Enter to save"},
    "hint_ctrl_enter_send": {"nl": "Ctrl+Enter om te versturen", "en": "Ctrl+Enter to send"},
    "hint_ctrl_enter_save": {"nl": "Ctrl+Enter om op te slaan", "en": "Ctrl+Enter to save"},
    # --- rooms ---
    "room_cancel": {"nl": "Annuleren", "en": "Cancel"},
    "room_show_results": {"nl": "Resultaten tonen aan deelnemers", "en": "Show results to participants"},
    "room_show_results_help": {
        "nl": "Deelnemers zien dan op hun telefoon de stemmen, de beoordelingen en de verhalen en ideeën.",
        "en": "Participants then see the votes, the ratings and the stories and ideas on their phones.",
    },
    "room_show_names": {"nl": "Met namen", "en": "With names"},
    "pres_title": {"nl": "Wat de groep vindt", "en": "What the group thinks"},
    "pres_people": {"nl": "{n} mensen doen mee.", "en": "{n} people take part."},
    "pres_people_1": {"nl": "1 persoon doet mee.", "en": "1 person takes part."},
    "pres_votes": {"nl": "Wat vinden mensen het belangrijkst?", "en": "What matters most to people?"},
    "pres_votes_n": {"nl": "{n} stemmen", "en": "{n} votes"},
    "pres_votes_1": {"nl": "1 stem", "en": "1 vote"},
    "pres_steps": {"nl": "Hoe ging elke stap?", "en": "How did each step go?"},
    "pres_step_n": {"nl": "{face} {label} ({n} mensen)", "en": "{face} {label} ({n} people)"},
    "pres_step_1": {"nl": "{face} {label} (1 persoon)", "en": "{face} {label} (1 person)"},
    "pres_stories": {"nl": "Verhalen en ideeën", "en": "Stories and ideas"},
    "pres_none": {"nl": "Er is nog niets te zien. Kijk straks nog eens.", "en": "Nothing to see yet. Look again soon."},
}


# --- many pictures in one run (praatplaat.batch) ----------------------------------------------------------------------

BATCH: dict[str, dict[str, str]] = {
    "help_out_dir": {
        "nl": "map voor de uitvoer van meerdere visies: <map>/<naam>-<weergave>.<formaat>",
        "en": "folder for the output of several visions: <folder>/<name>-<view>.<format>",
    },
    "help_views": {
        "nl": "weergaven, met komma's: overzicht,huis,kanalen,reis",
        "en": "views, comma-separated: overzicht,huis,kanalen,reis",
    },
    "help_format": {
        "nl": "formaten bij --out-dir, met komma's: {choices} (standaard png)",
        "en": "formats with --out-dir, comma-separated: {choices} (default png)",
    },
    "help_jobs": {
        "nl": "aantal processen (standaard: het aantal processorkernen)",
        "en": "number of processes (default: the number of processor cores)",
    },
    "help_every_journey": {
        "nl": "bij de weergave reis: een plaat per klantreis",
        "en": "with the view reis: one picture per journey",
    },
    "no_files": {"nl": "geen visies gevonden in {paths}", "en": "no visions found in {paths}"},
    "need_out_dir": {
        "nl": "meerdere visies of een map: geef --out-dir in plaats van --out",
        "en": "several visions or a folder: give --out-dir instead of --out",
    },
    "both_out": {"nl": "geef --out of --out-dir, niet allebei", "en": "give --out or --out-dir, not both"},
    "same_stem": {
        "nl": "twee visies met dezelfde naam {stem}: {a} en {b}",
        "en": "two visions with the same name {stem}: {a} and {b}",
    },
    "bad_view": {
        "nl": "onbekende weergave {view}; kies uit {choices}",
        "en": "unknown view {view}; choose from {choices}",
    },
    "bad_format": {
        "nl": "onbekend formaat {fmt}; kies uit {choices}",
        "en": "unknown format {fmt}; choose from {choices}",
    },
    "jobs": {"nl": "--jobs moet 1 of meer zijn", "en": "--jobs must be 1 or more"},
    "only_single": {"nl": "alleen bij een enkele visie met --out", "en": "only for a single vision with --out"},
    "failed_file": {"nl": "{file}: niet gemaakt", "en": "{file}: not made"},
    "internal": {"nl": "{file}: interne fout ({kind})", "en": "{file}: internal error ({kind})"},
    "summary": {
        "nl": "{pictures} platen van {ok} visies gemaakt in {out}; {failed} visie(s) mislukt",
        "en": "{pictures} pictures of {ok} visions made in {out}; {failed} vision(s) failed",
    },
    "progress": {"nl": "visies", "en": "visions"},
}


TABLES: dict[str, dict] = {
    "cli": CLI, "krant_cli": KRANT_CLI, "app": APP, "messages": MESSAGES, "severity": SEVERITY, "kinds": KIND_NAMES,
    "types": TYPE_NAMES, "syntax": SYNTAX_PROBLEMS, "os_reasons": OS_REASONS, "file_reasons": FILE_REASONS,
    "token_reasons": TOKEN_REASONS, "contrast": CONTRAST, "fit": FIT, "fit_fields": FIT_FIELDS, "sizes": SIZE_NAMES,
    "herkomst": HERKOMST, "months": MONTHS, "krant": KRANT, "vergelijk": VERGELIJK, "landelijk": LANDELIJK,
    "batch": BATCH,
}
