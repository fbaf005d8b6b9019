"""The studio's export menu and house style panel (AppTest): what an export shortens is said before the
download, origin marks are a switch, tokens and typed HEX codes set the house style, upload limits are true."""

from __future__ import annotations

from pathlib import Path

from praatplaat.yamlload import load_yaml
from tests.test_app import db, opened, text, type_text, uploader  # noqa: F401 - db: each test its own store
from tests.test_fit_sizes import VISION

ROOT = Path(__file__).resolve().parents[1]


def test_export_menu_warns_before_the_download():
    at = type_text(opened("gemeente-kleindorp"), VISION, "long-name")
    assert not at.exception
    at.selectbox(key="export-format").select("pdf-a4").run()
    shown = " ".join(w.value for w in at.warning)
    assert "Op A4 wordt 'Wij handelen altijd en overal in het…' ingekort (naam in overzicht)" in shown
    at.selectbox(key="export-format").select("yaml").run()
    assert not any("ingekort" in w.value for w in at.warning)


def test_origin_switch_only_for_a_vision_on_a_base():
    at = opened("gemeente-beekdal")
    toggle = at.toggle(key="export-herkomst")
    assert toggle.value is False  # public by default
    at = opened("gemeente-kleindorp")
    assert not [t for t in at.toggle if t.key == "export-herkomst"]


def test_tokens_set_the_house_style():
    at = opened("gemeente-kleindorp")
    data = (ROOT / "assets" / "tokens" / "denhaag.tokens.css").read_bytes()
    uploader(at, "tokens-upload").upload("denhaag.tokens.css", data, "text/css").run()
    style = load_yaml(text(at)).data["huisstijl"]
    assert style == {"primair": "#238541", "accent": "#1260A1", "achtergrond": "#FFFFFF", "tekst": "#2E2E2E",
                     "lettertype": "TheSans", "hoekstraal": 3}
    assert any("Huisstijl overgenomen" in s.value for s in at.success)
    uploader(at, "tokens-upload").upload("leeg.css", b":root{--x: 1px}", "text/css").run()
    assert any("niet te gebruiken" in e.value for e in at.error)


def test_typed_hex_code_sets_the_colour():
    at = opened("gemeente-kleindorp")
    field = next(f for f in at.text_input if f.key and f.key.startswith("hex-accent-"))
    field.input("aa2200").run()
    assert load_yaml(text(at)).data["huisstijl"]["accent"] == "#AA2200"
    field = next(f for f in at.text_input if f.key and f.key.startswith("hex-primair-"))
    field.input("#12345").run()
    assert any("geen HEX-code" in e.value for e in at.error)


def test_upload_limits_are_what_the_labels_say():
    at = opened("gemeente-kleindorp")
    logo = uploader(at, "logo-upload")
    assert "tot 2 MB" in logo.label and logo.proto.max_upload_size_mb == 2
    assert uploader(at, "tokens-upload").proto.max_upload_size_mb == 4
