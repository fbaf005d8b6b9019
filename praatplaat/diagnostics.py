"""Located, translated messages about a vision file, formatted like a compiler's."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from .limits import MAX_LOGO_BYTES, MAX_LOGO_SIDE, MAX_QUOTED_CHARS

LANGS = ("nl", "en")

SEVERITY = {
    "error": {"nl": "fout", "en": "error"},
    "warning": {"nl": "waarschuwing", "en": "warning"},
}

# code -> {lang: template}; templates use str.format with the diagnostic's params.
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
}


def type_name(value: object, lang: str) -> str:
    """Human name of a YAML value's type."""
    names = TYPE_NAMES.get(type(value).__name__, {"nl": "iets anders", "en": "something else"})
    return names[lang]


# Parameters the program words itself; every other parameter quotes the author and is shortened.
_OWN_PARAMS = frozenset({"problem", "choices", "hint", "kind", "got", "items", "fixes", "field", "element",
                         "bg_name", "reason", "detail", "char"})


def short(value: object) -> object:
    """A value the author wrote, as text of at most MAX_QUOTED_CHARS characters plus '…'.

    Numbers and short texts are returned as they are; converting a huge integer never fails.
    """
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        if value.bit_length() <= 128:
            return value
        text = str(value) if value.bit_length() < 10_000 else f"{value:#x}"
    elif isinstance(value, float):
        return value
    else:
        text = value if isinstance(value, str) else repr(value)[: MAX_QUOTED_CHARS * 4]
    shown = "".join(_visible(c) for c in text[:MAX_QUOTED_CHARS])
    return shown if len(text) <= MAX_QUOTED_CHARS else shown + "…"


def _visible(char: str) -> str:
    """A control, format or surrogate character as an escape (\\x00), any other as itself."""
    return f"\\x{ord(char):02x}" if unicodedata.category(char) in ("Cc", "Cf", "Cs") else char


# Warnings that only say a vision is not finished yet (an element no step, quote or agenda item refers to): while a
# vision is being written they wait in a folded "Controleren" list until asked for, or until export.
REVIEW_CODES = frozenset({"unused_principle", "unused_channel", "unused_group"})


@dataclass(frozen=True)
class Diagnostic:
    """One error or warning at a 1-based line and column of a file."""

    severity: str
    code: str
    line: int
    col: int
    params: dict = field(default_factory=dict, compare=False, hash=False)
    file: str | None = None  # set when the problem is in another file than the one loaded (a base)

    @property
    def review(self) -> bool:
        """A warning about an unfinished vision: shown on request (see REVIEW_CODES), not while typing."""
        return self.severity == "warning" and self.code in REVIEW_CODES

    def message(self, lang: str = "nl") -> str:
        lang = lang if lang in LANGS else "nl"
        params = {k: (v[lang] if isinstance(v, dict) and lang in v else v) for k, v in self.params.items()}
        params = {k: (v if k in _OWN_PARAMS else short(v)) for k, v in params.items()}
        if params.get("hint") is None:
            params["hint"] = ""
        return MESSAGES[self.code][lang].format(**params)

    def format(self, filename: str, lang: str = "nl") -> str:
        sev = SEVERITY[self.severity][lang if lang in LANGS else "nl"]
        return f"{self.file or filename}:{self.line}:{self.col}: {sev}: {self.message(lang)}"


def hint(guess: str | None) -> dict | None:
    """A translated 'did you mean' suffix, or None."""
    if guess is None:
        return None
    return {lang: MESSAGES["hint"][lang].format(guess=short(guess)) for lang in LANGS}
