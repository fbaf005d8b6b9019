"""Accessibility checks: located contrast warnings with passing suggestions, B1 hints, text size."""

from __future__ import annotations

import re

import pytest

from praatplaat.a11y import long_sentence, long_words, min_text_px
from praatplaat.alttext import alt_text, long_description, write_alt_files
from praatplaat.layout import build_scene
from praatplaat.load import load_text
from praatplaat.theme import contrast, mix

BASE = """\
versie: 1
titel: Zo helpen wij u
organisatie: Gemeente Test
{huisstijl}visie:
  kern: {kern}
principes:
  - naam: Wij helpen
    uitleg: {uitleg}
verhalen:
  - citaat: "{citaat}"
"""

THIRTY = ("Wij willen dat iedere inwoner van onze gemeente ons altijd snel en zonder moeite kan bereiken "
          "via het kanaal dat het beste past bij zijn of haar eigen vraag vandaag")


def load(huisstijl="", kern="Wij helpen u.", uitleg="We denken mee.", citaat="Fijn geholpen."):
    result = load_text(BASE.format(huisstijl=huisstijl, kern=kern, uitleg=uitleg, citaat=citaat))
    assert result.ok, result.report()
    return result


def codes(result, *wanted):
    return [d for d in result.warnings if d.code in wanted]


def test_low_contrast_text_colour_is_located_with_a_passing_suggestion():
    result = load(huisstijl='huisstijl:\n  achtergrond: "#FFFFFF"\n  tekst: "#AAAAAA"\n')
    [warning] = codes(result, "contrast", "contrast_defaults")
    assert (warning.line, warning.col) == (6, 10)  # the value of 'tekst:'
    message = warning.message("nl")
    assert "gewone tekst" in message and "4.5:1" in message
    suggestion = re.search(r'tekst: "(#[0-9A-F]{6})"', message).group(1)
    assert contrast(suggestion, "#FFFFFF") >= 4.5
    assert contrast(suggestion, "#AAAAAA") < 3  # nearby: a darker shade of the same grey, not simply black
    assert "body text" in warning.message("en")


def test_light_primary_fails_for_headings_and_the_suggestion_passes_every_use():
    result = load(huisstijl='huisstijl: {primair: "#8FC1E3"}\n')
    [warning] = codes(result, "contrast")
    assert warning.line == 4 and warning.params["key"] == "primair"
    fix = warning.params["suggestion"]
    assert contrast(fix, mix("#FFFFFF", fix, 0.06)) >= 4.5 and contrast(fix, "#FFFFFF") >= 3


def test_pale_accent_is_flagged_for_graphics_at_3_to_1():
    result = load(huisstijl='huisstijl: {accent: "#FFD54F"}\n')
    [warning] = codes(result, "contrast")
    assert warning.params["key"] == "accent" and warning.params["need"] == "3"
    assert contrast(warning.params["suggestion"], "#FFFFFF") >= 3


def test_dark_background_with_default_colours_gets_one_warning_at_the_background():
    result = load(huisstijl='huisstijl: {achtergrond: "#1A1A1A"}\n')
    [warning] = codes(result, "contrast", "contrast_defaults")
    assert warning.code == "contrast_defaults" and warning.line == 4
    for fix in re.findall(r'"(#[0-9A-F]{6})"', warning.message("nl")):
        assert contrast(fix, "#1A1A1A") >= 3


@pytest.mark.parametrize("huisstijl", ["", 'huisstijl: {primair: "#00558C", tekst: "#1B1B1B"}\n'])
def test_defaults_and_good_colours_give_no_contrast_warning(huisstijl):
    assert not codes(load(huisstijl=huisstijl), "contrast", "contrast_defaults")


def test_thirty_word_sentence_is_flagged_where_it_is():
    result = load(uitleg=f"{THIRTY}. Dat is kort.")
    [warning] = codes(result, "b1_sentence")
    assert (warning.line, warning.col) == (8, 13)
    assert warning.params["words"] == 30 and warning.params["field"] == "uitleg"
    assert "Wij willen dat iedere inwoner" in warning.message("nl")


def test_long_words_are_flagged_but_not_addresses_or_hyphenated_parts():
    address = "www.gemeente-voorbeeldstad.nl/dienstverleningsvisie"
    result = load(kern=f"Onze dienstverleningsvisieontwikkeling staat op {address}.")
    [warning] = codes(result, "b1_word")
    assert warning.params["words"] == "dienstverleningsvisieontwikkeling" and warning.line == 5
    assert long_words("klantcontactcentrum-medewerkersoverleg en info@dienstverleningsorganisatie.nl") == []


def test_plain_text_gives_no_b1_warning():
    result = load(kern="Wij helpen u snel. Bel ons of kom langs.", citaat="Ik werd goed geholpen!")
    assert not codes(result, "b1_sentence", "b1_word")
    assert long_sentence("Een. Twee drie. " * 30) is None


def test_min_text_px_scales_with_the_export_width():
    scene = build_scene(load().vision, "overzicht")
    smallest = min(t.size for t in scene.texts())
    assert min_text_px(scene, scene.width) == pytest.approx(smallest)
    assert min_text_px(scene, scene.width * 2) == pytest.approx(smallest * 2)
    assert min_text_px(scene, scene.width) >= 14  # the layouts' promise at 1920 wide


def test_alt_text_is_short_and_names_the_picture():
    v = load().vision
    v.titel = "Een bijzonder lange titel die maar doorgaat en doorgaat over dienstverlening " * 3
    for view in ("overzicht", "huis", "kanalen", "reis"):
        for lang in ("nl", "en"):
            text = alt_text(v, view, lang)
            assert len(text) <= 150 and "Gemeente Test" in text
    expected = "Praatplaat 'Zo helpen wij u' van Gemeente Test: 1 principe, 1 verhaal"
    assert alt_text(load().vision, "overzicht", "nl") == expected


def test_alt_files_beside_the_export(tmp_path):
    v = load().vision
    paths = write_alt_files(tmp_path / "plaat.png", v, "overzicht", "en")
    assert [p.name for p in paths] == ["plaat.alt.txt", "plaat.description.md"]
    assert paths[1].read_text(encoding="utf-8") == long_description(v, "en")
    assert "## Principles" in long_description(v, "en") and "## Principes" in long_description(v, "nl")
