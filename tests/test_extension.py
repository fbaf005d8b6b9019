"""The two recipes of docs/architecture.md, followed as written: a throw-away view (a layout function, a text
alternative, one ``register``, its name in the words) and a throw-away format (a renderer of the drawing contract,
one FORMATS entry), rendered through ``export`` and the command line, and the view as a page of every view."""

from __future__ import annotations

from pathlib import Path

import pytest

from praatplaat import cli
from praatplaat.export import FORMATS, Format, Job, all_views, export
from praatplaat.layout import VIEWS, View, register
from praatplaat.load import load_file
from praatplaat.render.base import Renderer
from praatplaat.scene import Rect, Scene, Text
from praatplaat.words import WORDS

EXAMPLE = Path(__file__).resolve().parent.parent / "praatplaten" / "gemeente-groothaven.yaml"


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


def render_txt(job: Job) -> bytes:
    renderer = TextRenderer()
    renderer.draw(job.scene)
    return "\n".join(renderer.lines).encode("utf-8")


@pytest.fixture
def extended(monkeypatch):
    """The view and the format registered as the recipes say; both gone again afterwards."""
    monkeypatch.setitem(WORDS["view"]["nl"], "principes", "principes")
    monkeypatch.setitem(WORDS["view"]["en"], "principes", "principles")
    register(View("principes", f"{__name__}:principles_layout", f"{__name__}:principles_alt"))
    monkeypatch.setitem(FORMATS, "txt", Format("txt", render_txt, "text/plain", ".txt"))
    yield load_file(EXAMPLE).vision
    del VIEWS["principes"]


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
