"""Generated hostile input (Hypothesis) against load, check, render (every view and format) and the
studio's upload: no exception escapes, every message is located, time and memory stay bounded.

Inputs are mutations of the example visions plus hostile pieces: huge YAML 1.1 numbers, deep
nesting, tags, alias bombs, NUL and control characters, long names, odd logos; and PNGs that
carry such YAML, are truncated, or claim enormous sizes. Example counts are modest so the suite
stays fast; ``HYPOTHESIS_SCALE=20 python -m pytest tests/test_fuzz.py`` runs twenty times more.
"""

from __future__ import annotations

import io
import json
import os
import signal
import tempfile
import tracemalloc
import zlib
from contextlib import contextmanager
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, PngImagePlugin
from streamlit.testing.v1 import AppTest

from praatplaat import cli
from praatplaat.embed import SOURCE_KEY, source_from_png
from praatplaat.layout import VIEWS
from praatplaat.load import SURROGATE, load_file, load_text

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "praatplaten").glob("*.yaml"))}
TIME_LIMIT_S = 120  # a hang guard, not a speed assertion
MEMORY_LIMIT = 600 * 1024 * 1024  # traced Python allocations; far above what any input needs
SCALE = int(os.environ.get("HYPOTHESIS_SCALE", "1"))  # e.g. 20 for a long local run



def examples(n: int):
    return settings(max_examples=n * SCALE, deadline=None, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


# --- hostile pieces -----------------------------------------------------------------------------------

DIGITS = {"0x": "0123456789abcdef", "0b": "01", "0": "01234567", "": "0123456789"}


@st.composite
def huge_numbers(draw) -> str:
    kind = draw(st.sampled_from(["0x", "0b", "0", "", "sexagesimal", "float", "underscore"]))
    n = draw(st.sampled_from([41, 500, 5000, 50_000]))
    if kind == "sexagesimal":
        return ":".join(["1"] * (n // 2 + 1))
    if kind == "float":
        return "1." + "5" * n + draw(st.sampled_from(["", "e+99999"]))
    if kind == "underscore":
        return "1_" * (n // 2) + "1"
    return kind + draw(st.sampled_from(DIGITS[kind][1:])) * n


LOGOS = ["/etc/passwd", "/proc/self/environ", "../../../../etc/passwd", "..", ".", "a\\b.png", "a\0b.png",
         "\u202egnp.exe", "a" * 300, "é" * 128, "🙂" * 70, "logo.png", "ontbreekt.png", "map", "link.png", ""]

ODD_TEXT = st.one_of(
    st.text(min_size=0, max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=150, max_size=3000),
    st.sampled_from(["[x](https://example.org)**b**", "<script>alert(1)</script>", "{{7*7}}", "\0", "\x1b[31m",
                     "a\u202eb", "\ufeff", "\ud800", "  ", "~", "null", "yes", "1e400", ".nan", "2026-01-01"]),
)


@st.composite
def hostile_values(draw) -> str:
    """A YAML value (as written after 'key: ')."""
    kind = draw(st.sampled_from(["number", "text", "tag", "alias", "nest", "logo", "flow"]))
    if kind == "number":
        return draw(huge_numbers())
    if kind == "text":
        return json.dumps(draw(ODD_TEXT), ensure_ascii=draw(st.booleans()))
    if kind == "tag":
        return draw(st.sampled_from(["!!python/object/apply:os.system [id]", "!foo x", "!!binary aGVsbG8=",
                                     "!!timestamp 2001-12-14", "!!set {a, b}", "!<tag:evil> x"]))
    if kind == "alias":
        return "*" + draw(st.sampled_from(["a", "undefined", "x" * 200]))
    if kind == "nest":
        depth = draw(st.sampled_from([10, 33, 200, 5000]))
        return "[" * depth + "1" + "]" * draw(st.sampled_from([depth, depth - 1, 0]))
    if kind == "logo":
        return json.dumps(draw(st.sampled_from(LOGOS)), ensure_ascii=False)
    return draw(st.sampled_from(["{a: 1, a: 2}", "[a, {b: [c, {d: e}]}]", "{? [a]: b}", "- x", "|\n  blok",
                                 "'unclosed", '"\\q"', "&a [*a]"]))


BOMB = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
    f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
    for i in range(8))


@st.composite
def hostile_texts(draw) -> str:
    """An example vision, mutated one to four times."""
    lines = draw(st.sampled_from(sorted(EXAMPLES.values()))).splitlines()
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["value", "value", "insert", "top", "delete", "cut", "char", "bomb"]))
        at = draw(st.integers(0, max(0, len(lines) - 1)))
        if op == "value" and lines and ":" in lines[at]:
            key = lines[at].split(":", 1)[0]
            lines[at] = f"{key}: {draw(hostile_values())}"
        elif op == "insert":
            lines.insert(at, " " * draw(st.sampled_from([0, 2, 4, 6])) + f"{draw(st.sampled_from(['naam', 'logo', 'x', 'versie', 'soort', 'beleving']))}: {draw(hostile_values())}")  # noqa: E501
        elif op == "top":
            key = draw(st.sampled_from(["logo", "versie", "titel", "onbekend", "k" * 5000]))
            lines = [f"{key}: {draw(hostile_values())}", *[ln for ln in lines if not ln.startswith(key + ":")]]
        elif op == "delete" and lines:
            del lines[at]
        elif op == "cut":
            text = "\n".join(lines)
            return text[: draw(st.integers(0, len(text)))]
        elif op == "char" and lines:
            pos = draw(st.integers(0, len(lines[at])))
            char = draw(st.sampled_from(["\t", "\0", "\ufeff", "\u2028", "\r", "#", ":", "&", "*", "!", "%", "@"]))
            lines[at] = lines[at][:pos] + char + lines[at][pos:]
        elif op == "bomb":
            lines = BOMB.splitlines() + lines
    return "\n".join(lines) + "\n"


TEXT_KEYS = ("titel", "ondertitel", "organisatie", "kern", "uitleg", "toelichting", "citaat", "wie")


@st.composite
def odd_visions(draw) -> str:
    """An example vision whose texts are replaced by odd but allowed ones (markup, control characters,
    bidi marks, long words): mostly valid, so that every renderer gets to draw them."""
    lines = draw(st.sampled_from(sorted(EXAMPLES.values()))).splitlines()
    candidates = [i for i, ln in enumerate(lines) if ln.strip().lstrip("- ").split(":", 1)[0] in TEXT_KEYS
                  and ln.split(":", 1)[1].strip() not in ("", ">", ">-", "|", "|-")]
    for i in draw(st.lists(st.sampled_from(candidates), min_size=1, max_size=8)):
        key = lines[i].split(":", 1)[0]
        odd = draw(ODD_TEXT)[:150].strip() or "x"
        lines[i] = f"{key}: {yaml_quoted(SURROGATE.sub('?', odd))}"
    return "\n".join(lines) + "\n"


def yaml_quoted(text: str) -> str:
    """``text`` as a double-quoted YAML scalar; characters YAML cannot hold raw are escaped."""

    def char(c: str) -> str:
        n = ord(c)
        if c in '"\\':
            return "\\" + c
        if 0x20 <= n <= 0x7E or 0xA0 <= n <= 0xD7FF or 0xE000 <= n <= 0xFFFD or n >= 0x10000:
            return c
        return f"\\u{n:04x}"

    return '"' + "".join(map(char, text)) + '"'


def png_bytes(size=(8, 8), chunks: dict[str, str] | None = None, zip_text: bool = True) -> bytes:
    info = PngImagePlugin.PngInfo()
    for key, value in (chunks or {}).items():
        info.add_itxt(key, value, zip=zip_text)
    out = io.BytesIO()
    Image.new("RGB", size, "#00558C").save(out, "PNG", pnginfo=info)
    return out.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")


def claimed_size_png(width: int, height: int, chunks: dict[str, str]) -> bytes:
    """A PNG header claiming width × height pixels, with a text chunk and (almost) no image data."""
    ihdr = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    text = b"".join(_chunk(b"iTXt", k.encode() + b"\0\0\0\0\0" + v.encode("utf-8", "surrogatepass"))
                    for k, v in chunks.items())
    idat = _chunk(b"IDAT", zlib.compress(b"\0" * 64))
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + text + idat + _chunk(b"IEND", b"")


@st.composite
def hostile_pngs(draw) -> bytes:
    source = draw(hostile_texts()).encode("utf-8", "replace").decode("utf-8")  # a PNG text chunk holds UTF-8
    kind = draw(st.sampled_from(["embedded", "embedded_plain", "truncated", "claimed", "noise", "no_source"]))
    if kind == "embedded":
        return png_bytes(chunks={SOURCE_KEY: source})
    if kind == "embedded_plain":
        return png_bytes(chunks={SOURCE_KEY: source}, zip_text=False)
    if kind == "truncated":
        data = png_bytes(chunks={SOURCE_KEY: source})
        return data[: draw(st.integers(0, len(data)))]
    if kind == "claimed":
        side = draw(st.sampled_from([1, 7000, 100_000, 2**31 - 1]))
        return claimed_size_png(side, side, {SOURCE_KEY: source})
    if kind == "noise":
        return b"\x89PNG\r\n\x1a\n" + draw(st.binary(max_size=2000))
    return png_bytes()


# --- guards --------------------------------------------------------------------------------------------


@contextmanager
def bounded(memory: bool = True):
    """Fail (rather than hang or swap) when one input takes minutes or hundreds of megabytes."""

    def timeout(*_):
        raise TimeoutError(f"no answer within {TIME_LIMIT_S} s")

    previous = signal.signal(signal.SIGALRM, timeout)
    signal.setitimer(signal.ITIMER_REAL, TIME_LIMIT_S)
    if memory:
        tracemalloc.start()
    try:
        yield
        if memory:
            peak = tracemalloc.get_traced_memory()[1]
            assert peak < MEMORY_LIMIT, f"peak {peak / 1e6:.0f} MB"
    finally:
        if memory:
            tracemalloc.stop()
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def assert_located(result) -> None:
    """A clean result, or errors; every message located and short, in both languages."""
    assert result.ok == (result.vision is not None)
    assert result.ok or result.errors, "an invalid text says why"
    for d in result.diagnostics:
        assert d.line >= 1 and d.col >= 1, d
        for lang in ("nl", "en"):
            message = d.message(lang)
            assert isinstance(message, str) and 0 < len(message) < 1000, message[:200]
            assert "\0" not in message


# --- load -----------------------------------------------------------------------------------------------


@examples(80)
@given(hostile_texts())
def test_load_text_answers_every_hostile_text_with_located_messages(text):
    with bounded():
        result = load_text(text, base_dir=ROOT / "praatplaten")
    assert_located(result)


@examples(30)
@given(st.lists(hostile_values(), min_size=1, max_size=6))
def test_load_text_answers_hostile_values_in_every_field(values):
    fields = ["versie", "titel", "organisatie", "logo", "ondertitel"]
    text = "\n".join(f"{k}: {v}" for k, v in zip(fields, values)) + "\nvisie: {kern: k}\nprincipes: [{naam: a}]\n"
    with bounded():
        result = load_text(text)
    assert_located(result)


@examples(40)
@given(hostile_pngs())
def test_load_file_answers_every_hostile_png(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plaat.png"
        path.write_bytes(data)
        with bounded():
            result = load_file(path)
    assert_located(result)


# --- check and render, every view and format --------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf", "html"])
@pytest.mark.parametrize("view", VIEWS)
@examples(4)
@given(text=st.one_of(hostile_texts(), odd_visions()))
def test_check_and_render_never_crash(view, fmt, text, capsys):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "visie.yaml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        (Path(folder) / "logo.png").write_bytes(png_bytes((40, 20)))
        out = Path(folder) / "uit" / f"plaat.{fmt}"
        with bounded(memory=False):
            checked = cli.main(["check", str(path)])
            rendered = cli.main(["render", str(path), "--out", str(out), "--view", view, "--scale", "0.25"])
        err = capsys.readouterr().err
        assert checked in (0, 1) and rendered in (0, 1), err[-500:]
        assert "Traceback" not in err
        assert (rendered == 0) == (checked == 0)
        if rendered == 0:
            assert out.stat().st_size > 0
            if fmt == "svg":
                ElementTree.parse(out)  # well-formed XML, whatever the text held
        else:
            assert any(line.startswith(f"{path}:") for line in err.splitlines()), "a located message"


# --- the studio's upload -------------------------------------------------------------------------------------


@pytest.fixture
def studio(tmp_path, monkeypatch):
    monkeypatch.setenv("PRAATPLAAT_WORKSPACES", str(tmp_path / "ws"))
    monkeypatch.setenv("PRAATPLAAT_DATABASE_URL", f"sqlite:///{tmp_path / 'praatplaat.db'}")


@examples(6)
@given(data=st.one_of(hostile_texts().map(lambda t: t.encode("utf-8", "surrogatepass")), hostile_pngs()))
def test_the_studio_opens_or_refuses_every_upload(studio, data):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    name = "plaat.png" if data.startswith(b"\x89PNG") else "plaat.yaml"
    upload = next(u for u in at.get("file_uploader") if u.key == "upload")
    with bounded(memory=False):
        upload.upload(name, data, "application/octet-stream").run()
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    assert "Er ging iets mis" not in errors
    if "mode" in at.session_state and at.session_state["mode"] == "edit":
        source = source_from_png(data) if data.startswith(b"\x89PNG") else data
        assert at.session_state["workspace"].text == source.decode("utf-8-sig"), "the upload is opened as it is"
    else:
        assert at.error, "a refused upload says why"
