"""The two recipes of docs/architecture.md, followed as written: a throw-away view (a layout function, a text
alternative, one ``register``, its name in the words) and a throw-away format (a renderer of the drawing contract,
one FORMATS entry, its menu entry's name in the words), rendered through ``export``, the command line's render and
comparison and the studio's export menu, and the view as a page of every view."""

from __future__ import annotations

from pathlib import Path

import pytest

from praatplaat import cli, words
from praatplaat.export import FORMATS, Format, Job, Offer, Sheet, all_views, export
from praatplaat.layout import VIEWS, View, register
from praatplaat.load import load_file
from praatplaat.render.base import Renderer
from praatplaat.scene import Rect, Scene, Text
from praatplaat.words import APP, WORDS

EXAMPLES = Path(__file__).resolve().parent.parent / "praatplaten"
EXAMPLE = EXAMPLES / "gemeente-groothaven.yaml"


# --- the view: a layout, a text alternative ------------------------------------------------------------------

def principles_layout(vision, width, height, lang="nl", logo=None, journey=None) -> Scene:
    """Every principle's name, one line each."""
    scene = Scene(width, height, "#FFFFFF", "principes", vision.titel, lang)
    for i, principle in enumerate(vision.principes):
        scene.add(Rect(40, 40 + 60 * i, width - 80, 50, fill="#EEEEEE"),
                  Text(60, 50 + 60 * i, [principle.naam], 24, "#1A1A1A"))
    return scene


def principles_alt(vision, lang, reis) -> tuple[str, list[str]]:
    return "{t} ({o}), every principle", [p.naam for p in vision.principes]


# --- the format: a renderer of the drawing contract ----------------------------------------------------------

class TextRenderer(Renderer):
    """The scene's text, one line per line, in paint order (a format for a screen reader test)."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def rect(self, r) -> None: ...

    def path(self, p) -> None: ...

    def circle(self, c) -> None: ...

    def image(self, im) -> None: ...

    def text(self, t) -> None:
        self.lines += t.lines


def text_of(scene: Scene) -> bytes:
    renderer = TextRenderer()
    renderer.draw(scene)
    return "\n".join(renderer.lines).encode("utf-8")


def render_txt(job: Job) -> bytes:
    return text_of(job.scene)


def compare_txt(sheet: Sheet) -> bytes:
    return text_of(sheet.scene())


@pytest.fixture
def extended(monkeypatch):
    """The view and the format registered as the recipes say; both gone again afterwards."""
    monkeypatch.setitem(WORDS["view"]["nl"], "principes", "principes")
    monkeypatch.setitem(WORDS["view"]["en"], "principes", "principles")
    register(View("principes", f"{__name__}:principles_layout", f"{__name__}:principles_alt"))
    monkeypatch.setitem(FORMATS, "txt", Format("txt", render_txt, "text/plain", ".txt", offers=(Offer("txt"),),
                                               compare=compare_txt))
    monkeypatch.setitem(APP, "fmt_txt", {"nl": "Tekst", "en": "Text"})
    words._view.cache_clear()  # a table read before holds no new word
    yield load_file(EXAMPLE).vision
    del VIEWS["principes"]
    words._view.cache_clear()


def test_a_new_view_in_a_new_format(extended):
    text = export(extended, "txt", view="principes").decode("utf-8")
    assert text.splitlines()[: len(extended.principes)] == [p.naam for p in extended.principes]
    assert export(extended, "png", view="principes").startswith(b"\x89PNG")  # an old format draws it too


def test_the_command_line_knows_both(extended, tmp_path, capsys):
    out = tmp_path / "plaat.txt"
    assert cli.main(["render", str(EXAMPLE), "--view", "principes", "--out", str(out), "--alt"]) == cli.EXIT_OK
    assert extended.principes[0].naam in out.read_text(encoding="utf-8")
    assert "every principle" in (tmp_path / "plaat.alt.txt").read_text(encoding="utf-8")


def test_the_new_view_is_a_page_of_every_view(extended):
    names = [name for name, _ in all_views(extended, "scherm")]
    assert names[:3] == ["Overzicht", "Huis", "Kanalen"] and names[-1] == "Principes"
    html = export(extended, "html").decode("utf-8")  # every view in one page, also in the phone's size
    assert ">Principes</a>" in html and html.count("every principle") >= 2  # wide and tall, each with its alt


def test_the_command_line_offers_the_new_format(extended, tmp_path, capsys):
    assert cli.main(["render", str(EXAMPLE), "--out", str(tmp_path / "plaat.doc")]) == cli.EXIT_USAGE
    assert "kies uit: .png, .svg, .pdf, .html, .pptx, .txt" in capsys.readouterr().err
    assert "png,svg,pdf,html,pptx,txt" in _render_help()  # --format's help
    assert cli.main(["render", str(EXAMPLE), "--out-dir", str(tmp_path), "--format", "txt,png"]) == cli.EXIT_OK
    assert {p.name for p in tmp_path.iterdir()} >= {"gemeente-groothaven-overzicht.txt",
                                                    "gemeente-groothaven-overzicht.png"}
    assert cli.main(["render", str(EXAMPLE), "--out", str(tmp_path / "alles.txt"), "--all"]) == cli.EXIT_USAGE
    assert "--all kan alleen bij .pdf" in capsys.readouterr().err  # it cannot hold every view in one document


def _render_help() -> str:
    import argparse

    sub = next(a for a in cli._parser("nl")._actions if isinstance(a, argparse._SubParsersAction))
    return sub.choices["render"].format_help()


def test_the_new_format_draws_a_comparison_and_the_national_overview(extended, tmp_path, capsys):
    files = [str(EXAMPLE), str(EXAMPLES / "gemeente-beekdal.yaml")]
    assert cli.main(["vergelijk", *files, "--out", str(tmp_path / "v.txt")]) == cli.EXIT_OK
    assert extended.organisatie in (tmp_path / "v.txt").read_text(encoding="utf-8")
    assert cli.main(["vergelijk", str(EXAMPLES), "--out", str(tmp_path / "l.txt")]) in (cli.EXIT_OK, cli.EXIT_INVALID)
    assert (tmp_path / "l.txt").read_text(encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["vergelijk", *files, "--out", str(tmp_path / "v.pptx")]) == cli.EXIT_USAGE  # pptx has no compare
    assert "kies uit: .png, .svg, .pdf, .html, .txt" in capsys.readouterr().err


def test_the_studio_offers_the_new_format(extended):
    from components import export_panel
    from components.picture import Source

    assert [f.id for f in export_panel.offers()][-2:] == ["txt", "yaml"]
    assert export_panel.t("fmt_txt") == "Tekst"  # the menu's label
    fmt = export_panel.by_id("txt")
    assert (fmt.mime, export_panel.file_name("Zo helpen wij u", "huis", None, fmt)) == \
        ("text/plain", "zo-helpen-wij-u-huis.txt")
    src = Source(EXAMPLE.read_text(encoding="utf-8"), str(EXAMPLE.parent))
    text = export_panel.make(src, fmt, "principes", None, "nl").decode("utf-8")
    assert text.splitlines()[0] == extended.principes[0].naam
