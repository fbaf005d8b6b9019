"""Loading a vision: every kind of error located at its exact line and column, safety limits, examples."""

from __future__ import annotations

import re
import textwrap
import tracemalloc
from pathlib import Path

import pytest

from praatplaat.load import MAX_BYTES, LoadResult, decode, load_file, load_text
from praatplaat.yamlload import MAX_DEPTH, MAX_NODES

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "praatplaten").glob("*.yaml"))
FILENAME = "visie.yaml"


def load(src: str) -> LoadResult:
    """Load dedented YAML whose first line is line 1."""
    return load_text(textwrap.dedent(src).lstrip("\n"), FILENAME)


def located(result: LoadResult) -> list[tuple[str, int, int]]:
    return [(d.code, d.line, d.col) for d in result.diagnostics]


def only(result: LoadResult):
    """The single diagnostic of a result that must have exactly one, and no vision."""
    assert len(result.diagnostics) == 1, result.report()
    assert result.vision is None and not result.ok
    return result.diagnostics[0]


HEAD = """\
versie: 1
titel: Zo helpen wij u
organisatie: Gemeente Proefstad
visie:
  kern: Wij helpen u snel en persoonlijk.
"""


def vision(body: str) -> LoadResult:
    """HEAD (lines 1-5) followed by body, which therefore starts on line 6."""
    return load_text(HEAD + textwrap.dedent(body).lstrip("\n"), FILENAME)


# --- valid input ------------------------------------------------------------------------------


def test_minimal_vision_is_valid_without_diagnostics():
    result = vision("""
        principes:
          - naam: Wij zijn er voor u
    """)
    assert result.ok and result.diagnostics == [] and result.report() == ""
    assert result.vision.principes[0].id == "wij-zijn-er-voor-u"
    assert result.vision.huisstijl.primair == "#00558C"


def test_references_by_id_name_or_loosely_resolve_to_ids():
    result = vision("""
        principes:
          - naam: Duidelijk en eenvoudig
            id: duidelijk
          - naam: Wij zijn er voor u
        kanalen:
          - {naam: Mijn Gemeente, soort: online}
        doelgroepen:
          - {naam: Ondernemers, id: ondernemers}
        klantreizen:
          - naam: Vergunning
            doelgroep: Ondernemers
            stappen:
              - naam: Aanvragen
                kanaal: mijn gemeente
                principes: [Duidelijk en eenvoudig, wij-zijn-er-voor-u, DUIDELIJK EN EENVOUDIG]
        verhalen:
          - {citaat: Fijn geholpen., principe: Wij zijn er voor u}
        agenda:
          - {naam: Brieven herschrijven, wanneer: 2026, principes: [duidelijk]}
    """)
    assert result.ok, result.report()
    reis = result.vision.klantreizen[0]
    assert reis.id == "vergunning" and reis.doelgroep == "ondernemers"
    assert reis.stappen[0].kanaal == "mijn-gemeente"
    assert reis.stappen[0].principes == ["duidelijk", "wij-zijn-er-voor-u", "duidelijk"]
    assert result.vision.verhalen[0].principe == "wij-zijn-er-voor-u"
    assert result.vision.agenda[0].wanneer == "2026" and result.vision.agenda[0].status == "gepland"


# --- YAML syntax ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "where"),
    [
        ("versie: 1\ntitel: [Zo helpen wij u\norganisatie: G\n", (3, 12)),  # unclosed flow list
        ("versie: 1\nvisie:\n  kern: k\n toelichting: t\n", (4, 2)),  # bad indentation
    ],
)
def test_yaml_syntax_error_is_located(src, where):
    d = only(load_text(src, FILENAME))
    assert (d.code, d.line, d.col) == ("syntax", *where)
    assert d.message("nl").startswith("YAML-syntaxfout: ")
    assert d.message("en").startswith("YAML syntax error: ")


def test_unterminated_quote_points_at_the_opening_quote():
    d = only(load('''
        versie: 1
        titel: "Zo helpen wij u
        organisatie: G
    '''))
    assert (d.code, d.line, d.col) == ("syntax", 2, 8)


def test_tab_indentation_message_mentions_tabs():
    d = only(load_text("versie: 1\nvisie:\n\tkern: k\n", FILENAME))
    assert (d.line, d.col) == (3, 1)
    assert "tab" in d.message("nl").lower() and "tab" in d.message("en").lower()


# --- types ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "code", "where", "nl", "en"),
    [
        ("principes:\n  - naam: [Helder]\n", "expected_text", (7, 11), "hier hoort tekst, maar er staat een lijst",
         "text expected here, but found a list"),
        ("principes:\n  - naam: Helder\n    uitleg: {a: 1}\n", "expected_text", (8, 13), "sleutels met waarden",
         "keys with values"),
        ("principes: [{naam: a}]\nklantreizen:\n  - naam: r\n    stappen:\n      - naam: s\n        beleving: veel\n",
         "expected_int", (11, 19), "hier hoort een geheel getal, maar er staat tekst",
         "a whole number expected here, but found text"),
        ("principes: [{naam: a}]\nklantreizen:\n  - naam: r\n    stappen:\n      - naam: s\n        beleving: 1.5\n",
         "expected_int", (11, 19), "een geheel getal", "a whole number"),
        ("principes:\n  naam: Helder\n", "expected_list", (7, 3), "hier hoort een lijst", "a list expected here"),
        ("principes:\n  - naam: Helder\n    voorbeelden: Een voorbeeld\n", "expected_list", (8, 18),
         "maar er staat tekst", "but found text"),
        ("principes:\n  - Helder\n", "expected_mapping", (7, 5), "hier horen sleutels met waarden",
         "keys with values expected here"),
        ("principes: [{naam: a}]\nfundament: Menselijke waardigheid\n", "expected_mapping", (7, 12),
         "maar er staat tekst", "but found text"),
        # (an empty 'principes:' is a vision still to be typed, not an error: test_an_empty_start_is_no_error)
        ("principes: [{naam: a}]\nkanalen:\n", "expected_list", (7, 9), "maar er staat niets", "but found nothing"),
    ],
)
def test_wrong_type_is_located(body, code, where, nl, en):
    d = only(vision(body))
    assert (d.code, d.line, d.col) == (code, *where)
    assert nl in d.message("nl")
    assert en in d.message("en")


def test_wrong_type_at_top_level():
    result = load("""
        versie: 1
        titel:
          - Zo helpen
        organisatie: {naam: G}
        visie: Wij helpen u.
        principes: [{naam: a}]
    """)
    assert located(result) == [
        ("expected_text", 3, 3),
        ("expected_text", 4, 14),
        ("expected_mapping", 5, 8),
    ]


def test_numbers_count_as_text_but_booleans_do_not():
    assert vision("principes: [{naam: 2026}]\n").vision.principes[0].naam == "2026"
    d = only(vision("principes: [{naam: yes}]\n"))
    assert (d.code, d.line, d.col) == ("expected_text", 6, 20)
    assert d.message("nl") == "'naam': hier hoort tekst, maar er staat ja/nee"


def test_root_must_be_a_mapping():
    for src in ("- versie: 1\n- titel: T\n", "Zo helpen wij u\n"):
        d = only(load_text(src, FILENAME))
        assert (d.code, d.line, d.col) == ("root_not_mapping", 1, 1)


def test_key_that_is_not_text():
    d = only(load("""
        versie: 1
        [titel]: Zo helpen wij u
    """))
    assert (d.code, d.line, d.col) == ("bad_key", 2, 1)


# --- missing and unknown keys -----------------------------------------------------------------


def test_missing_required_keys_point_at_the_enclosing_mapping():
    result = load("""
        versie: 1
        titel: Zo helpen wij u
        visie:
          toelichting: Zonder kern.
        principes:
          - uitleg: Zonder naam.
        kanalen:
          - naam: Website
        klantreizen:
          - naam: Verhuizen
    """)
    assert located(result) == [
        ("missing", 1, 1),  # organisatie, at the top
        ("missing", 6, 5),  # principes[0].naam
        ("missing", 8, 5),  # kanalen[0].soort
    ]  # a core sentence and a journey's steps may still be missing: an unfinished vision (empty places)
    messages = [d.message("nl") for d in result.diagnostics]
    assert messages[0] == "'organisatie' ontbreekt maar is verplicht"
    assert messages[1:] == [f"'{k}' ontbreekt maar is verplicht" for k in ("naam", "soort")]
    assert result.diagnostics[2].message("en") == "'soort' is missing but required"


@pytest.mark.parametrize(
    ("body", "where", "key", "guess"),
    [
        ("principes:\n  - naam: Helder\n    icon: lamp\n", (8, 5), "icon", "icoon"),
        ("principes: [{naam: a}]\norganisation: G\n", (7, 1), "organisation", "organisatie"),
        ("principes: [{naam: a}]\nkanalen:\n  - {naam: Web, soort: online, servicenrom: 2 dagen}\n", (8, 32),
         "servicenrom", "servicenorm"),
        ("principes: [{naam: a}]\nklantreizen:\n  - naam: r\n    stappen:\n      - naam: s\n        kanal: Web\n",
         (11, 9), "kanal", "kanaal"),
        ("principes: [{naam: a}]\nhuisstijl:\n  primiar: \"#123456\"\n", (8, 3), "primiar", "primair"),
    ],
)
def test_unknown_key_with_suggestion(body, where, key, guess):
    d = only(vision(body))
    assert (d.code, d.line, d.col) == ("unknown_key", *where)
    assert d.message("nl") == f"onbekende sleutel '{key}'; bedoelde u '{guess}'?"
    assert d.message("en") == f"unknown key '{key}'; did you mean '{guess}'?"


def test_unknown_key_without_close_match_has_no_suggestion():
    d = only(vision("principes: [{naam: a}]\nkleurenschema: blauw\n"))
    assert (d.code, d.line, d.col) == ("unknown_key", 7, 1)
    assert d.message("nl") == "onbekende sleutel 'kleurenschema'"
    assert d.message("en") == "unknown key 'kleurenschema'"


def test_duplicate_keys():
    result = load("""
        versie: 1
        titel: Zo helpen wij u
        organisatie: G
        titel: Nog een titel
        visie:
          kern: Eerste kern.
          kern: Tweede kern.
        principes: [{naam: a}]
    """)
    assert located(result) == [("duplicate_key", 4, 1), ("duplicate_key", 7, 3)]
    assert result.diagnostics[0].message("nl") == "de sleutel 'titel' komt twee keer voor (eerst op regel 2)"
    assert result.diagnostics[1].message("en") == "the key 'kern' appears twice (first on line 6)"


# --- ids and references -----------------------------------------------------------------------


def test_duplicate_ids():
    result = vision("""
        principes:
          - naam: Helder
          - naam: helder!
        kanalen:
          - naam: Website
            soort: online
          - naam: Webformulier
            id: website
            soort: online
    """)
    assert located(result) == [("duplicate_id", 8, 11), ("duplicate_id", 13, 9)]
    assert result.diagnostics[0].message("nl") == (
        "het id 'helder' komt al voor op regel 7; een id moet uniek zijn binnen 'principes'")
    assert result.diagnostics[1].message("en") == (
        "the id 'website' already appears on line 10; an id must be unique within 'kanalen'")


def test_duplicate_explicit_id_points_at_the_id():
    result = vision("""
        principes:
          - naam: Web
            id: web
          - naam: Web
            id: web
    """)
    assert located(result) == [("duplicate_id", 10, 9)]
    assert "op regel 8" in result.diagnostics[0].message("nl")


REFS = """
principes:
  - naam: Duidelijk en eenvoudig
kanalen:
  - naam: Website
    soort: online
doelgroepen:
  - naam: Ondernemers
klantreizen:
  - naam: Vergunning
    doelgroep: {doelgroep}
    stappen:
      - naam: Aanvragen
        kanaal: {kanaal}
        principes: [{stap}]
verhalen:
  - citaat: Fijn geholpen.
    principe: {verhaal}
agenda:
  - naam: Brieven herschrijven
    principes:
      - {agenda}
"""
GOOD = {
    "doelgroep": "Ondernemers",
    "kanaal": "Website",
    "stap": "Duidelijk en eenvoudig",
    "verhaal": "duidelijk-en-eenvoudig",
    "agenda": "Duidelijk en eenvoudig",
}


@pytest.mark.parametrize(
    ("field", "bad", "where", "nl", "en"),
    [
        ("doelgroep", "Ondernemer", (15, 16),
         "er is geen doelgroep met naam of id 'Ondernemer'; bedoelde u 'Ondernemers'?",
         "there is no target group with name or id 'Ondernemer'; did you mean 'Ondernemers'?"),
        ("kanaal", "Websit", (18, 17), "er is geen kanaal met naam of id 'Websit'; bedoelde u 'Website'?",
         "there is no channel with name or id 'Websit'; did you mean 'Website'?"),
        ("stap", "Duidelijk en eenvoudg", (19, 21),
         "er is geen principe met naam of id 'Duidelijk en eenvoudg'; bedoelde u 'Duidelijk en eenvoudig'?",
         "there is no principle with name or id 'Duidelijk en eenvoudg'; did you mean 'Duidelijk en eenvoudig'?"),
        ("verhaal", "duidelijk-en-eenvoudg", (22, 15),
         "er is geen principe met naam of id 'duidelijk-en-eenvoudg'; bedoelde u 'duidelijk-en-eenvoudig'?",
         "there is no principle with name or id 'duidelijk-en-eenvoudg'; did you mean 'duidelijk-en-eenvoudig'?"),
        ("agenda", "Duidelijk eenvoudig", (26, 9),
         "er is geen principe met naam of id 'Duidelijk eenvoudig'; bedoelde u 'Duidelijk en eenvoudig'?",
         "there is no principle with name or id 'Duidelijk eenvoudig'; did you mean 'Duidelijk en eenvoudig'?"),
    ],
)
def test_unknown_reference_with_suggestion(field, bad, where, nl, en):
    assert vision(REFS.format(**GOOD)).ok
    d = only(vision(REFS.format(**(GOOD | {field: bad}))))
    assert (d.code, d.line, d.col) == ("unknown_ref", *where)
    assert d.message("nl").endswith(nl)
    assert d.message("en") == en


def test_unknown_reference_without_close_match_has_no_suggestion():
    d = only(vision(REFS.format(**(GOOD | {"kanaal": "Postduif"}))))
    assert d.message("nl") == "er is geen kanaal met naam of id 'Postduif'"
    assert d.message("en") == "there is no channel with name or id 'Postduif'"


def test_dutch_messages_inflect_de_words():
    ref = only(vision(REFS.format(**(GOOD | {"doelgroep": "Ondernemer"}))))
    assert "onbekend doelgroep" not in ref.message("nl")
    dup = only(vision("""
        principes: [{naam: a}]
        klantreizen:
          - {naam: Verhuizen, stappen: [{naam: s}]}
          - {naam: Verhuizen, stappen: [{naam: t}]}
    """))
    assert dup.code == "duplicate_id" and "een ander klantreis" not in dup.message("nl")


# --- values -----------------------------------------------------------------------------------


STEP = "principes: [{naam: a}]\nklantreizen:\n  - naam: r\n    stappen:\n      - naam: s\n        beleving: %s\n"


@pytest.mark.parametrize("value", ["3", "-3", "100"])
def test_beleving_out_of_range(value):
    d = only(vision(STEP % value))
    assert (d.code, d.line, d.col) == ("range", 11, 19)
    assert d.message("nl") == f"de waarde {value} ligt niet tussen -2 en 2"
    assert d.message("en") == f"the value {value} is not between -2 and 2"


def test_beleving_rejects_booleans():
    d = only(vision(STEP % "true"))
    assert (d.code, d.line, d.col) == ("expected_int", 11, 19)


@pytest.mark.parametrize(
    ("body", "where", "value", "choices", "guess"),
    [
        ("principes: [{naam: a}]\nkanalen:\n  - naam: Web\n    soort: onlien\n", (9, 12), "onlien",
         "online, email, chat, sociale-media, telefoon, video, balie, thuis, post", "online"),
        ("principes: [{naam: a}]\nagenda:\n  - naam: Brieven\n    status: klaarr\n", (9, 13), "klaarr",
         "gepland, bezig, klaar", "klaar"),
        ("principes:\n  - naam: Helder\n    icoon: harten\n", (8, 12), "harten",
         "hart, hand, mens, mensen, oog, ster, schild, sleutel, lamp, kompas, weegschaal, klok, check, praat, "
         "boek, huis", "hart"),
    ],
)
def test_value_not_in_the_list(body, where, value, choices, guess):
    d = only(vision(body))
    assert (d.code, d.line, d.col) == ("choice", *where)
    assert d.message("nl") == f"'{value}' is geen geldige keuze; kies uit: {choices}; bedoelde u '{guess}'?"
    assert d.message("en") == f"'{value}' is not a valid choice; choose from: {choices}; did you mean '{guess}'?"


def test_wrong_versie():
    d = only(load_text(HEAD.replace("versie: 1", "versie: 2") + "principes: [{naam: a}]\n", FILENAME))
    assert (d.code, d.line, d.col) == ("version", 1, 9)
    assert d.message("nl") == (
        "versie 2 wordt niet ondersteund; schrijf 'versie: 1' (het getal 1, zonder aanhalingstekens)")
    assert d.message("en") == "version 2 is not supported; write 'versie: 1' (the number 1, without quotes)"


def test_versie_message_shows_the_value_as_written():
    quoted = only(load_text(HEAD.replace("versie: 1", 'versie: "1"') + "principes: [{naam: a}]\n", FILENAME))
    assert "versie 1 wordt" not in quoted.message("nl")
    empty = only(load_text(HEAD.replace("versie: 1", "versie:") + "principes: [{naam: a}]\n", FILENAME))
    assert "None" not in empty.message("nl") and "None" not in empty.message("en")


@pytest.mark.parametrize(("colour", "col"), [("blauw", 12), ('"#00558"', 12), ("00558C", 12), ('"#00558CFF"', 12)])
def test_bad_colour(colour, col):
    d = only(vision(f"principes: [{{naam: a}}]\nhuisstijl:\n  primair: {colour}\n"))
    assert (d.code, d.line, d.col) == ("colour", 8, col)
    shown = colour.strip('"')
    assert d.message("nl") == f"'{shown}' is geen kleur; schrijf bijvoorbeeld \"#00558C\" (met aanhalingstekens)"
    assert d.message("en") == f"'{shown}' is not a colour; write for example \"#00558C\" (quoted)"


def test_unquoted_colour_says_to_add_quotes():
    d = only(vision("principes: [{naam: a}]\nhuisstijl:\n  primair: #00558C\n"))
    assert (d.line, d.col) == (8, 11)  # an empty value is located right after its colon
    assert "aanhalingstekens" in d.message("nl")


def test_too_many_items():
    d = only(vision("principes:\n" + "".join(f"  - naam: Principe {i}\n" for i in range(13))))
    assert (d.code, d.line, d.col) == ("too_many", 7, 3)
    assert d.message("nl") == "deze lijst mag hoogstens 12 elementen bevatten"


def test_a_journey_may_start_without_steps():
    """A new journey has no phantom step: 'stappen:' with nothing (or nothing at all) is a journey just begun."""
    for steps in ("    stappen: []\n", "    stappen:\n", ""):
        result = vision("principes: [{naam: a}]\nklantreizen:\n  - naam: Verhuizen\n" + steps)
        assert result.ok and result.diagnostics == [] and result.vision.klantreizen[0].stappen == []


def test_an_empty_start_is_no_error_and_its_empty_places_are_no_elements():
    """'Begin leeg': no core sentence and no principles yet. The studio's picture shows friendly empty places
    (not elements: no hotspot, no ref); an export and the text alternative leave them out."""
    from praatplaat.alttext import outline
    from praatplaat.layout import build_scene

    result = load_file(ROOT / "praatplaten" / "leeg-sjabloon.yaml")
    assert result.ok and result.diagnostics == [], result.report()
    v = result.vision
    assert v.principes == [] and v.visie.kern is None
    for view in ("overzicht", "huis"):
        studio = build_scene(v, view, placeholders=True)
        texts = " ".join(" ".join(t.lines) for t in studio.texts())
        assert "Typ hier uw kernzin" in texts and "Typ hier uw eerste principe" in texts
        assert not [h for h in studio.hotspots if h.kind in ("visie", "principe")]
        assert not [t for t in studio.texts() if "Typ hier" in " ".join(t.lines) and (t.ref or t.field)]
        exported = " ".join(" ".join(t.lines) for t in build_scene(v, view).texts())
        assert "Typ hier" not in exported
    assert [s.key for s in outline(v)] == []  # nothing to read out yet (title and organisation are in the header)


def test_text_length_messages():
    long = only(vision("principes: [{naam: a}]\nondertitel: " + "x" * 161 + "\n"))
    assert (long.code, long.line, long.col) == ("too_long", 7, 13)
    assert long.message("nl") == "deze tekst is te lang (161 tekens; maximaal 160)"
    empty = only(vision('principes: [{naam: ""}]\n'))
    assert (empty.code, empty.line, empty.col) == ("empty_text", 6, 20)
    assert empty.message("nl") == "deze tekst mag niet leeg zijn"


# --- whole-file problems ----------------------------------------------------------------------


@pytest.mark.parametrize("src", ["", "   \n\n\t\n", "# alleen commentaar\n", "---\n", "~\n"])
def test_empty_file(src):
    d = only(load_text(src, FILENAME))
    assert (d.code, d.line, d.col) == ("empty", 1, 1)
    assert d.format(FILENAME) == "visie.yaml:1:1: fout: het bestand is leeg; begin met 'versie: 1'"
    assert d.format(FILENAME, "en") == "visie.yaml:1:1: error: the file is empty; start with 'versie: 1'"


def test_empty_file_on_disk(tmp_path):
    path = tmp_path / "leeg.yaml"
    path.write_bytes(b"")
    result = load_file(path)
    assert [d.code for d in result.diagnostics] == ["empty"]
    assert result.report() == f"{path}:1:1: fout: het bestand is leeg; begin met 'versie: 1'"


def test_non_utf8_file_is_refused_with_position(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("versie: 1\ntitel: Caf\u00e9 Groothaven\n".encode("latin-1"))
    d = only(load_file(path))
    assert (d.code, d.line, d.col) == ("not_utf8", 2, 11)
    assert d.message("nl") == "het bestand is geen geldige UTF-8-tekst (byte 20)"
    assert d.message("en") == "the file is not valid UTF-8 text (byte 20)"


def test_decode_accepts_a_byte_order_mark():
    assert decode(b"\xef\xbb\xbfversie: 1\n") == ("versie: 1\n", None)


def test_non_utf8_column_counts_characters():
    text, problem = decode("titel: \u00e9".encode() + b"\xff\n")
    assert text is None and (problem.line, problem.col) == (1, 9)


def test_too_large_input_is_refused_before_parsing(tmp_path):
    big = "versie: 1\n" + "# " + "x" * MAX_BYTES + "\n"
    d = only(load_text(big, FILENAME))
    assert (d.code, d.line, d.col) == ("too_large", 1, 1)
    assert d.message("nl") == f"het bestand is te groot ({len(big)} bytes; maximaal {MAX_BYTES})"
    path = tmp_path / "groot.yaml"
    path.write_bytes(b"\xff" * (MAX_BYTES + 1))  # size is checked before decoding
    assert [d.code for d in load_file(path).diagnostics] == ["too_large"]


def test_multiple_documents():
    result = load("""
        versie: 1
        titel: Eerste
        ---
        versie: 1
        titel: Tweede
    """)
    d = only(result)
    assert (d.code, d.line, d.col) == ("multiple_documents", 3, 1)
    assert d.message("nl") == "het bestand bevat meer dan één YAML-document"


# --- safety -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        '!!python/object/apply:os.system ["touch {marker}"]',
        "!!python/object/apply:os.system\n  args: ['touch {marker}']",
        "!!python/object/new:subprocess.Popen [['touch', '{marker}']]",
    ],
)
def test_python_tag_is_refused_and_never_executed(tmp_path, value):
    marker = tmp_path / "uitgevoerd"
    src = HEAD.replace("titel: Zo helpen wij u", "titel: " + value.format(marker=marker)) + "principes: [{naam: a}]\n"
    path = tmp_path / "aanval.yaml"
    path.write_text(src, encoding="utf-8")
    for result in (load_text(src, FILENAME), load_file(path)):
        d = only(result)
        assert (d.code, d.line, d.col) == ("tag", 2, 8)
        assert "python/object" in d.message("nl") and "niet toegestaan" in d.message("nl")
        assert "is not allowed" in d.message("en")
    assert not marker.exists()


def test_tag_is_shown_as_written():
    d = only(vision("principes: [{naam: a}]\nondertitel: !!python/object/apply:os.system ['true']\n"))
    assert "'!!python/object/apply:os.system'" in d.message("nl")


def test_other_tags_are_refused_at_their_position():
    result = load("""
        versie: 1
        titel: !!binary aGFsbG8=
        organisatie: !gemeente Proefstad
        visie: !!set {kern: k}
        principes: [{naam: a}]
    """)
    assert located(result) == [("tag", 2, 8), ("tag", 3, 14), ("tag", 4, 8)]


def test_dates_stay_text():
    result = vision("principes: [{naam: a}]\nagenda:\n  - {naam: Start, wanneer: 2026-01-01}\n")
    assert result.ok and result.vision.agenda[0].wanneer == "2026-01-01"


def billion_laughs(levels: int = 9) -> str:
    lines = ['lol0: &lol0 ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]']
    for i in range(1, levels + 1):
        lines.append(f"lol{i}: &lol{i} [" + ", ".join([f"*lol{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_with_bounded_memory():
    tracemalloc.start()
    try:
        result = load_text(billion_laughs(), FILENAME)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    d = only(result)
    # 1 + 10 + 91 + 820 + 7381 + 66430 nodes fit; the first alias on line 6 (col 14) goes over the limit.
    assert (d.code, d.line, d.col) == ("too_many_nodes", 6, 14)
    assert d.message("nl") == f"te veel elementen (meer dan {MAX_NODES}, aliassen meegeteld)"
    assert peak < 50_000_000


@pytest.mark.parametrize(
    ("src", "where"),
    [
        ("[" * 100_000, (1, MAX_DEPTH + 1)),
        ("- " * 50_000 + "x", (1, 2 * MAX_DEPTH + 1)),
        ("a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 40)), (MAX_DEPTH + 1, 2 * MAX_DEPTH + 1)),
    ],
)
def test_deep_nesting_is_refused_without_crash(src, where):
    d = only(load_text(src, FILENAME))
    assert (d.code, d.line, d.col) == ("too_deep", *where)
    assert d.message("nl") == f"te diep genest (meer dan {MAX_DEPTH} niveaus)"


def test_deep_flow_mappings_do_not_crash():
    result = load_text("{" * 100_000, FILENAME)
    assert not result.ok and result.errors


# --- several problems, warnings and formatting ------------------------------------------------


def test_all_errors_reported_at_once_sorted_by_line():
    result = load("""
        versie: 1
        titel: Zo helpen wij u
        organisatie: Gemeente Proefstad
        huisstijl:
          accent: oranje
        visie:
          kern: Wij helpen u.
        principes:
          - naam: Helder
            icon: lamp
        kanalen:
          - naam: Website
            soort: website
        klantreizen:
          - naam: Verhuizen
            stappen:
              - naam: Adres doorgeven
                beleving: 5
        agenda:
          - naam: Brieven
            status: klaarr
        titel: Nog een titel
    """)
    assert located(result) == [
        ("colour", 5, 11),
        ("unknown_key", 10, 5),
        ("choice", 13, 12),
        ("range", 18, 19),
        ("choice", 21, 13),
        ("duplicate_key", 22, 1),
    ]
    lines = result.report().splitlines()
    assert len(lines) == 6
    assert all(re.fullmatch(r"visie\.yaml:\d+:\d+: fout: .+", line) for line in lines)
    assert all(re.fullmatch(r"visie\.yaml:\d+:\d+: error: .+", line) for line in result.report("en").splitlines())
    assert lines[1] == "visie.yaml:10:5: fout: onbekende sleutel 'icon'; bedoelde u 'icoon'?"


def test_warnings_on_a_valid_vision():
    result = vision("""
        principes:
          - naam: Duidelijk
          - naam: Vergeten principe
        kanalen:
          - {naam: Website, soort: online}
          - {naam: Post, soort: post}
        doelgroepen:
          - naam: Inwoners
          - naam: Ondernemers
        klantreizen:
          - naam: Verhuizen
            doelgroep: Inwoners
            stappen:
              - {naam: Adres doorgeven, kanaal: Website, principes: [Duidelijk]}
    """)
    assert result.ok and result.vision is not None and result.errors == []
    assert located(result) == [("unused_principle", 8, 5), ("unused_channel", 11, 5), ("unused_group", 14, 5)]
    assert [d.severity for d in result.diagnostics] == ["warning"] * 3
    assert result.report().splitlines() == [
        "visie.yaml:8:5: waarschuwing: principe 'Vergeten principe' komt in geen stap, verhaal of agendapunt terug",
        "visie.yaml:11:5: waarschuwing: kanaal 'Post' wordt in geen enkele klantreis gebruikt",
        "visie.yaml:14:5: waarschuwing: doelgroep 'Ondernemers' heeft geen klantreis",
    ]
    assert result.report("en").splitlines()[1] == "visie.yaml:11:5: warning: channel 'Post' is not used in any journey"


def test_missing_logo_is_a_warning(tmp_path):
    path = tmp_path / "visie.yaml"
    path.write_text(HEAD + "logo: logo.png\nprincipes: [{naam: a}]\n", encoding="utf-8")
    result = load_file(path)
    assert result.ok and located(result) == [("logo_missing", 6, 7)]
    (tmp_path / "logo.png").write_bytes((ROOT / "praatplaten" / "groothaven-logo.png").read_bytes())
    assert load_file(path).diagnostics == []
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # unreadable: left out, with a warning
    assert located(load_file(path)) == [("logo_not_image", 6, 7)]


# --- examples and documentation ---------------------------------------------------------------


def test_there_are_examples():
    names = {p.name for p in EXAMPLES}
    assert {"gemeente-groothaven.yaml", "uitvoeringsorganisatie.yaml", "gemeente-kleindorp.yaml",
            "leeg-sjabloon.yaml"} <= names


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_loads_without_errors_or_warnings(path):
    assert path.read_text(encoding="utf-8").startswith("# Praatplaat: ")
    result = load_file(path)
    assert result.ok and result.diagnostics == [], result.report()
    if result.vision.logo:
        logo = path.parent / result.vision.logo
        assert logo.read_bytes().startswith(b"\x89PNG") and logo.stat().st_size < 20_000


def test_large_example_uses_every_section():
    v = load_file(ROOT / "praatplaten" / "gemeente-groothaven.yaml").vision
    assert v.ondertitel and v.logo and v.fundament and v.visie.toelichting
    assert {k.soort for k in v.kanalen} == {
        "online", "email", "chat", "sociale-media", "telefoon", "video", "balie", "thuis", "post"}
    assert {a.status for a in v.agenda} == {"gepland", "bezig", "klaar"}
    assert all(p.uitleg and p.voorbeelden and p.icoon for p in v.principes)
    assert len(v.doelgroepen) == 3 and len(v.klantreizen) >= 5 and len(v.verhalen) >= 5
    assert all(s.beleving is not None for r in v.klantreizen for s in r.stappen)


def test_template_with_every_example_uncommented_is_valid():
    """The commented-out sections of the empty template are valid YAML for the format."""
    text = (ROOT / "praatplaten" / "leeg-sjabloon.yaml").read_text(encoding="utf-8")
    head, _, rest = text.partition("versie: 1\n")
    rest = "\n".join(re.sub(r"^(\s*)# (?=\s*([a-z]+:|- ))", r"\1", line) for line in rest.splitlines())
    result = load_text("versie: 1\n" + rest, FILENAME)
    assert result.ok and result.diagnostics == [], result.report()
    v = result.vision
    assert v.huisstijl and v.fundament and v.kanalen and v.doelgroepen and v.klantreizen and v.verhalen and v.agenda


def test_documented_complete_example_is_valid():
    doc = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    examples = [b for b in re.findall(r"```yaml\n(.*?)```", doc, re.S) if b.startswith("# Praatplaat")]
    assert examples
    for src in examples:
        result = load_text(src, "format.md", base_dir=ROOT / "praatplaten")
        assert result.ok and result.diagnostics == [], result.report()
