"""Hostile input, one class at a time (issue 7): logo names and files, huge numbers, sizes, the CLI's
exit codes and output paths, user text shown as plain text, and proof that nothing outside a
vision's folder is opened. The generated (Hypothesis) side is in test_fuzz.py."""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
import tracemalloc
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin
from streamlit.testing.v1 import AppTest

from praatplaat import cli, limits
from praatplaat.diagnostics import Diagnostic, short
from praatplaat.export import export
from praatplaat.filenames import NAME_PATTERN
from praatplaat.filenames import problem as name_problem
from praatplaat.load import load_file, load_text
from praatplaat.logo import LogoError, load_logo, logo_bytes, read_logo
from praatplaat.schema import json_schema

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
EXAMPLE_LOGO = ROOT / "praatplaten" / "groothaven-logo.png"
HEAD = "versie: 1\ntitel: T\norganisatie: O\nvisie: {kern: k}\nprincipes: [{naam: a}]\n"
LOGO_AT = (6, 7)  # where the value of the 'logo:' line written after HEAD starts

# Logo values that are no plain file name, each refused before any file system access.
HOSTILE_LOGOS = {
    "absolute": "/etc/passwd",
    "proc": "/proc/self/environ",
    "dotdot": "../../../../etc/passwd",
    "dotdot_decoy": "../outside/decoy.png",
    "backslash": "..\\outside\\decoy.png",
    "hidden": ".logo.png",
    "dot": ".",
    "nul": "a\0b.png",
    "control": "a\x1bb.png",
    "bidi": "logo\u202egnp.exe",
    "long_ascii": "a" * 256,
    "long_bytes": "é" * 128,
    "long_emoji": "🙂" * 70,  # 70 characters, 280 bytes
}


def with_logo(value: str) -> str:
    return HEAD + f"logo: {quoted(value)}\n"


def quoted(value: str) -> str:
    """``value`` as a double-quoted YAML scalar."""
    return json.dumps(value, ensure_ascii=False)


def located(result) -> list[tuple[str, int, int]]:
    return [(d.code, d.line, d.col) for d in result.diagnostics]


def png(size=(40, 20), fmt="PNG", **kwargs) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "#00558C").save(out, fmt, **kwargs)
    return out.getvalue()


@pytest.fixture
def folders(tmp_path):
    """A vision folder and, beside it, an 'outside' folder with a decoy image that must never be read."""
    vision, outside = tmp_path / "visie", tmp_path / "outside"
    vision.mkdir()
    outside.mkdir()
    (outside / "decoy.png").write_bytes(png((64, 64)))
    return vision, outside


# --- 1. the one logo rule --------------------------------------------------------------------------


@pytest.mark.parametrize("name", HOSTILE_LOGOS.values(), ids=HOSTILE_LOGOS.keys())
def test_a_logo_that_is_no_plain_file_name_is_a_located_error(name, folders):
    vision, _ = folders
    assert name_problem(name) is not None
    for result in (load_text(with_logo(name)), load_text(with_logo(name), base_dir=vision)):
        assert not result.ok
        assert located(result) == [("logo_name", *LOGO_AT)]
        for lang in ("nl", "en"):
            message = result.errors[0].message(lang)
            assert len(message) < 400 and "\0" not in message and "\x1b" not in message
    assert read_logo(name, vision) is None
    with pytest.raises(LogoError) as err:
        logo_bytes(name, vision)
    assert err.value.code == "bad_name"


@pytest.mark.parametrize("name", ["logo.png", "Logo van de gemeente.png", "é" * 100, "a.b.c.jpg", "x"])
def test_plain_names_pass_the_rule(name):
    assert name_problem(name) is None
    assert load_text(with_logo(name)).ok


def test_a_good_logo_next_to_the_vision_is_read_and_normalised(folders):
    vision, _ = folders
    (vision / "logo.png").write_bytes(EXAMPLE_LOGO.read_bytes())
    path = vision / "visie.yaml"
    path.write_text(with_logo("logo.png"), encoding="utf-8")
    result = load_file(path)
    assert result.ok and result.diagnostics == []
    with Image.open(io.BytesIO(read_logo("logo.png", vision))) as image:
        assert image.format == "PNG" and max(image.size) <= limits.LOGO_KEEP_SIDE


def test_a_symlinked_logo_is_refused_whether_or_not_its_target_exists(folders):
    """The answer never tells whether a file exists outside the folder."""
    vision, outside = folders
    (vision / "bestaat.png").symlink_to(outside / "decoy.png")
    (vision / "bestaat-niet.png").symlink_to(outside / "nothing.png")
    (vision / "map.png").mkdir()
    answers = []
    for name in ("bestaat.png", "bestaat-niet.png", "map.png"):
        result = load_text(with_logo(name), base_dir=vision)
        assert located(result) == [("logo_not_plain", *LOGO_AT)]
        answers.append(result.errors[0].message("nl").replace(name, "…"))
        assert read_logo(name, vision) is None
    assert len(set(answers)) == 1


def test_outside_paths_get_the_same_answer_whether_or_not_they_exist(folders):
    vision, _ = folders
    exists = load_text(with_logo("../outside/decoy.png"), base_dir=vision).errors[0].message("en")
    missing = load_text(with_logo("../outside/nothing.png"), base_dir=vision).errors[0].message("en")
    assert exists.replace("decoy", "nothing") == missing


def test_a_fifo_logo_is_refused_without_hanging(folders):
    vision, _ = folders
    os.mkfifo(vision / "logo.png")
    assert located(load_text(with_logo("logo.png"), base_dir=vision)) == [("logo_not_plain", *LOGO_AT)]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\x89PNG\r\n\x1a\n", "logo_not_image"),  # truncated
        (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n", "logo_not_image"),  # never to Ghostscript
        (png(fmt="BMP"), "logo_not_image"),  # a real image, but not an allowed format
        (png((limits.MAX_LOGO_SIDE + 1, 2)), "logo_too_big_pixels"),
        (None, "logo_missing"),
    ],
    ids=["truncated", "eps", "bmp", "too_wide", "missing"],
)
def test_an_unusable_logo_is_a_located_warning_and_left_out(folders, data, code):
    vision, _ = folders
    if data is not None:
        (vision / "logo.png").write_bytes(data)
    result = load_text(with_logo("logo.png"), base_dir=vision)
    assert result.ok and located(result) == [(code, *LOGO_AT)]
    assert read_logo("logo.png", vision) is None


def test_an_oversized_logo_is_refused_by_its_size_before_it_is_read(folders):
    vision, _ = folders
    with open(vision / "logo.png", "wb") as file:
        file.truncate(1024 * 1024 * 1024)  # 1 GB, sparse
    tracemalloc.start()
    try:
        result = load_text(with_logo("logo.png"), base_dir=vision)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert located(result) == [("logo_too_large", *LOGO_AT)]
    assert peak < 10 * 1024 * 1024


def test_a_logo_that_grows_past_the_limit_is_read_only_to_the_limit(folders, monkeypatch):
    vision, _ = folders
    (vision / "logo.png").write_bytes(b"x" * (limits.MAX_LOGO_BYTES + 5000))
    monkeypatch.setattr(os, "fstat", lambda fd, real=os.fstat: os.stat_result((*real(fd)[:6], 10, *real(fd)[7:])))
    with pytest.raises(LogoError) as err:
        logo_bytes("logo.png", vision)
    assert err.value.code == "too_large"


def test_model_schema_and_rule_agree():
    logo = next(s for s in json_schema()["properties"]["logo"]["anyOf"] if s.get("type") == "string")
    assert logo == {"type": "string", "maxLength": limits.MAX_LOGO_NAME_CHARS, "pattern": NAME_PATTERN}
    assert json.loads((ROOT / "assets" / "praatplaat.schema.json").read_text(encoding="utf-8")) == json_schema()


def test_the_app_and_the_gallery_use_the_one_rule(folders):
    from components import picture

    vision, outside = folders
    (vision / "logo.png").write_bytes(EXAMPLE_LOGO.read_bytes())
    (vision / "link.png").symlink_to(outside / "decoy.png")
    src = picture.Source("", str(vision))

    class Named:
        def __init__(self, logo):
            self.logo = logo

    assert picture.logo_of(src, Named("logo.png")) == load_logo("logo.png", vision)
    for name in ("link.png", "../outside/decoy.png", str(outside / "decoy.png"), "a\0b.png", "a" * 300):
        assert picture.logo_of(src, Named(name)) is None


# --- 2. huge numbers and long values ---------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    ["0x" + "f" * 5000, "0" + "7" * 5000, "0b" + "1" * 20000, ":".join(["1"] * 262_000), "1" * 5000,
     "1_" * 3000 + "1", "1." + "5" * 5000, "!!int " + "9" * 5000],
    ids=["hex", "octal", "binary", "sexagesimal", "decimal", "underscores", "float", "tagged"],
)
def test_huge_numbers_are_located_where_a_number_is_meant_and_text_where_text_is(number):
    where = {"versie": (1, 9), "beleving": (6, 71)}
    version = load_text(f"versie: {number}\n" + HEAD.split("\n", 1)[1])
    assert located(version) == [("number_too_large", *where["versie"])]
    journey = HEAD + f"klantreizen: [{{naam: r, stappen: [{{naam: s, principes: [a], beleving: {number}}}]}}]\n"
    step = load_text(journey)
    assert ("number_too_large", *where["beleving"]) in located(step)
    soort = load_text(HEAD + f"kanalen: [{{naam: k, soort: {number}}}]\n")
    assert [c for c, *_ in located(soort)] == ["number_too_large"]
    for d in version.diagnostics + step.diagnostics + soort.diagnostics:
        assert len(d.message("nl")) < 300 and len(d.message("en")) < 300
    if not number.startswith("!!"):
        title = number[:150].rstrip(":_.")
        titled = load_text(HEAD.replace("titel: T", f"titel: {title}"))
        assert titled.ok and titled.vision.titel == title


def test_a_262k_group_version_answers_with_one_located_message():
    text = "versie: " + ":".join(["1"] * 262_000) + "\n"
    result = load_text(text)
    assert ("number_too_large", 1, 9) in located(result)
    assert "getal te groot (523999 tekens)" in result.report("nl")


def test_version_must_be_the_whole_number_one():
    for written in ("1.0", "1e0", "true", "'1'"):
        result = load_text(f"versie: {written}\n" + HEAD.split("\n", 1)[1])
        assert located(result) == [("version", 1, 9)], written
    assert load_text(HEAD).ok


@pytest.mark.parametrize("long", ["x" * 100_000, "é" * 60_000, "a\0" * 50_000])
def test_every_message_quotes_only_a_short_prefix(long):
    cases = [
        f"{quoted(long)}: 1\n" + HEAD,  # unknown key
        HEAD + f"kanalen: [{{naam: k, soort: {quoted(long)}}}]\n",  # choice
        f"versie: {quoted(long)}\n" + HEAD.split("\n", 1)[1],  # version
        HEAD + f"huisstijl: {{primair: {quoted(long)}}}\n",  # colour
        HEAD + f"klantreizen: [{{naam: r, stappen: [{{naam: s, kanaal: {quoted(long[:150])}}}]}}]\n",  # ref
        HEAD.replace("titel: T", f"titel: {quoted(long)}"),  # too long
    ]
    for text in cases:
        result = load_text(text)
        assert result.errors, text[:80]
        for d in result.diagnostics:
            for lang in ("nl", "en"):
                message = d.message(lang)
                assert len(message) < 400 and "\0" not in message


def test_short_never_fails_and_stays_short():
    for value in (10**5000 if sys.get_int_max_str_digits() == 0 else 2**100_000, "x" * 10**6, ["y"] * 10**5,
                  {"k": "v" * 10**5}, "a\0b", 7, None, 1.5):
        shown = short(value)
        assert len(str(shown)) <= limits.MAX_QUOTED_CHARS * 2
    d = Diagnostic("error", "choice", 1, 1, {"value": 2**100_000, "choices": "a, b", "hint": None})
    assert len(d.message("en")) < 200


# --- 3. sizes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("head", "limit"), [(b"versie: 1\n", limits.MAX_YAML_BYTES),
                                             (b"\x89PNG\r\n\x1a\n", limits.MAX_PNG_BYTES)], ids=["yaml", "png"])
def test_load_file_checks_the_size_before_reading(tmp_path, head, limit):
    path = tmp_path / "groot"
    with open(path, "wb") as file:
        file.write(head)
        file.truncate(1536 * 1024 * 1024)  # 1.5 GB, sparse
    tracemalloc.start()
    try:
        result = load_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert located(result) == [("too_large", 1, 1)]
    assert result.errors[0].params["limit"] == limit
    assert peak < 10 * 1024 * 1024


def test_load_file_of_a_special_file_is_a_located_error(tmp_path):
    os.mkfifo(tmp_path / "fifo.yaml")
    for path in (tmp_path / "fifo.yaml", tmp_path, Path("/dev/zero"), tmp_path / "missing.yaml"):
        result = load_file(path)
        assert located(result) == [("unreadable", 1, 1)], path


def test_a_png_bomb_and_truncated_pngs_are_refused(tmp_path):
    bomb = io.BytesIO()
    Image.new("1", (30_000, 30_000)).save(bomb, "PNG")  # 900 M pixels, a few hundred kB
    info = PngImagePlugin.PngInfo()
    info.add_itxt("Comment", "x")
    path = tmp_path / "bomb.png"
    path.write_bytes(bomb.getvalue())
    assert located(load_file(path)) == [("png_without_source", 1, 1)]
    exported = export(load_text(HEAD).vision, "png", scale=0.2, source=HEAD)
    for cut in (8, 33, len(exported) // 2, len(exported) - 12):
        path.write_bytes(exported[:cut])
        result = load_file(path)
        assert result.ok or located(result) == [("png_without_source", 1, 1)]


def test_the_output_pixel_budget_holds_for_every_export_the_studio_offers():
    from components import export_panel
    from praatplaat.export import SIZES

    assert limits.output_pixels(*SIZES["a3"], 1.5) <= limits.MAX_OUTPUT_PIXELS
    assert limits.output_pixels(*SIZES["a3"], 2) > limits.MAX_OUTPUT_PIXELS
    for fmt in export_panel.offers():
        if fmt.fmt != "yaml":
            assert limits.output_pixels(*SIZES[fmt.size], fmt.scale) <= limits.MAX_OUTPUT_PIXELS, fmt.id


# --- 4. the command line ---------------------------------------------------------------------------


@pytest.fixture
def vision_file(tmp_path):
    path = tmp_path / "visie.yaml"
    path.write_text(HEAD, encoding="utf-8")
    return path


def run(capsys, *argv) -> tuple[int, str]:
    code = cli.main([str(a) for a in argv])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.err


def test_cli_pixel_budget_is_a_usage_error_naming_the_budget(vision_file, tmp_path, capsys):
    code, err = run(capsys, "render", vision_file, "--out", tmp_path / "x.png", "--size", "a3", "--scale", "8")
    assert code == 2 and "40,000,000" in err and "pixels" in err
    assert not (tmp_path / "x.png").exists()
    code, err = run(capsys, "--lang", "en", "render", vision_file, "--out", tmp_path / "x.svg", "--size", "a4",
                    "--scale", "3")
    assert code == 2 and "the maximum is 40,000,000 pixels" in err


def test_cli_bad_output_paths(vision_file, tmp_path, capsys):
    (tmp_path / "afile").write_text("x")
    (tmp_path / "adir.svg").mkdir()
    cases = {
        tmp_path / "afile" / "x.svg": "een deel van het pad is een bestand",
        tmp_path / "adir.svg": "dat is een bestaande map",
        tmp_path / ("a" * 300 + ".svg"): "kan ",
    }
    for out, words in cases.items():
        code, err = run(capsys, "render", vision_file, "--out", out)
        assert code == 4 and words in err and len(err.strip().splitlines()) == 1, err
    code, _ = run(capsys, "render", vision_file, "--out", tmp_path / "nieuw" / "map" / "x.svg")
    assert code == 0 and (tmp_path / "nieuw" / "map" / "x.svg").is_file(), "a missing parent folder is created"


def test_cli_read_only_output(vision_file, tmp_path, capsys, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    if not os.access(locked, os.W_OK):  # not root: a real read-only folder
        code, err = run(capsys, "render", vision_file, "--out", locked / "x.svg")
        assert code == 4 and "geen toestemming" in err
    locked.chmod(0o700)

    def refuse(self, data):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "write_bytes", refuse)
    code, err = run(capsys, "--lang", "en", "render", vision_file, "--out", locked / "x.svg")
    assert code == 4 and err.strip() == f"error: cannot write {locked / 'x.svg'}: permission denied"


def test_cli_nul_in_logo_is_a_located_error(tmp_path, capsys):
    path = tmp_path / "visie.yaml"
    path.write_text(with_logo("a\0b.png"), encoding="utf-8")
    code, err = run(capsys, "render", path, "--out", tmp_path / "x.png")
    assert code == 1 and f"{path}:6:7: fout: 'a\\x00b.png' is geen gewone bestandsnaam" in err


def test_cli_journey_without_reis_and_version_one_point_zero(vision_file, tmp_path, capsys):
    code, err = run(capsys, "render", vision_file, "--out", tmp_path / "x.svg", "--journey", "nope")
    assert code == 2 and "--journey hoort bij --view reis" in err
    vision_file.write_text("versie: 1.0\n" + HEAD.split("\n", 1)[1], encoding="utf-8")
    code, err = run(capsys, "check", vision_file)
    assert code == 1 and f"{vision_file}:1:9: fout: versie 1.0 wordt niet ondersteund" in err


def test_cli_internal_error_has_its_own_code_and_one_line(vision_file, tmp_path, capsys, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "export", broken)
    code, err = run(capsys, "render", vision_file, "--out", tmp_path / "x.svg")
    assert code == 3 and len(err.strip().splitlines()) == 1 and "interne fout (RuntimeError)" in err


def test_cli_debug_shows_the_traceback(vision_file, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(cli, "export", lambda *a, **k: 1 / 0)
    assert cli.main(["--debug", "render", str(vision_file), "--out", str(tmp_path / "x.svg")]) == 3
    err = capsys.readouterr().err
    assert "Traceback" in err and "ZeroDivisionError" in err


def test_exit_codes_are_documented_everywhere(capsys):
    with pytest.raises(SystemExit):
        cli.main(["render", "--help"])
    help_text = capsys.readouterr().out
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code in range(5):
        assert f"  {code}  " in cli.__doc__
        assert f"{code} " in help_text
        assert f"| {code} |" in readme


# --- no file outside the vision's folder is opened -------------------------------------------------

_WATCH: list[str] | None = None


def _audit(event: str, args: tuple) -> None:
    watching = _WATCH is not None and event in ("open", "os.listdir", "os.scandir")
    if watching and args and isinstance(args[0], (bytes, str, os.PathLike)):
        _WATCH.append(os.fsdecode(args[0]))


sys.addaudithook(_audit)


@pytest.fixture
def watched(monkeypatch):
    """Every path opened, listed or stat'ed while the test runs."""
    global _WATCH
    seen: list[str] = []
    for name in ("stat", "lstat"):
        real = getattr(os, name)

        def spy(path, *args, _real=real, **kwargs):
            if not isinstance(path, int):
                seen.append(os.fsdecode(path))
            return _real(path, *args, **kwargs)

        monkeypatch.setattr(os, name, spy)
    _WATCH = seen
    yield seen
    _WATCH = None


def _program_file(path: str) -> bool:
    """Python, installed packages and the project itself (fonts, assets): what the program is made of."""
    roots = {sys.prefix, sys.base_prefix, str(ROOT), "/usr", "/dev/urandom"}
    return any(path == r or path.startswith(r + "/") or r.startswith(path.rstrip("/") + "/") for r in roots)


def assert_inside(seen: list[str], vision: Path, outside: Path) -> None:
    folder = os.path.abspath(vision)
    ancestors = {os.path.dirname(folder)}
    while (parent := os.path.dirname(min(ancestors, key=len))) not in ancestors:
        ancestors.add(parent)
    assert seen, "the watch sees file access"
    for raw in seen:
        assert "\0" not in raw
        path = os.path.abspath(raw)
        inside = path == folder or path.startswith(folder + os.sep)
        engine = path.startswith(os.path.join(tempfile.gettempdir(), "weasyprint-"))  # its copies of our fonts
        assert inside or path in ancestors or _program_file(path) or engine, f"opened outside the folder: {raw}"
        assert not path.startswith(str(outside)), raw


def test_no_path_outside_the_folder_is_opened(folders, watched, capsys):
    vision, outside = folders
    (vision / "link.png").symlink_to(outside / "decoy.png")
    names = [*HOSTILE_LOGOS.values(), "link.png", str(outside / "decoy.png")]
    for i, name in enumerate(names):
        path = vision / f"visie{i}.yaml"
        path.write_text(with_logo(name), encoding="utf-8")
        assert cli.main(["check", str(path)]) == 1
        assert cli.main(["render", str(path), "--out", str(vision / "uit" / f"{i}.svg")]) == 1
        embedded = vision / f"visie{i}.png"
        good = export(load_text(HEAD).vision, "png", scale=0.1, source=with_logo(name))
        embedded.write_bytes(good)
        assert not load_file(embedded).ok, "a PNG's embedded YAML obeys the same rule"
    capsys.readouterr()
    assert_inside(watched, vision, outside)


@pytest.fixture
def pdf_engine():
    """WeasyPrint imported before the watch starts: its import looks for Pango's libraries (ldconfig, PATH)."""
    from praatplaat.render.pdf import weasyprint

    weasyprint()


def test_rendering_with_a_good_logo_touches_only_the_folder(folders, pdf_engine, watched, capsys):
    vision, outside = folders
    (vision / "logo.png").write_bytes(EXAMPLE_LOGO.read_bytes())
    path = vision / "visie.yaml"
    path.write_text(with_logo("logo.png"), encoding="utf-8")
    for fmt in ("png", "svg", "pdf", "html"):
        assert cli.main(["render", str(path), "--out", str(vision / f"uit.{fmt}"), "--scale", "0.2"]) == 0
    capsys.readouterr()
    assert any(p == str(vision / "logo.png") for p in watched)
    assert_inside(watched, vision, outside)


# --- 5. the studio: hostile text in a workspace, plain-text names -----------------------------------


def seed_workspace(text: str, files: dict[str, bytes] | None = None) -> str:
    """A saved workspace holding ``text`` (and ``files``); its id for ``?ws=``.

    The one place these tests know how workspaces are stored.
    """
    import store

    db = store.open_store()
    ws_id = db.create(text).id
    for name, data in (files or {}).items():
        db.put_file(ws_id, name, data)
    return ws_id


@pytest.fixture
def studio(tmp_path, monkeypatch):
    monkeypatch.setenv("PRAATPLAAT_WORKSPACES", str(tmp_path / "ws"))
    monkeypatch.setenv("PRAATPLAAT_DATABASE_URL", f"sqlite:///{tmp_path / 'praatplaat.db'}")


HOSTILE_TEXTS = {
    **{f"logo_{k}": (with_logo(v), LOGO_AT) for k, v in HOSTILE_LOGOS.items()},
    "version_groups": ("versie: " + ":".join(["1"] * 262_000) + "\n" + HEAD.split("\n", 1)[1], (1, 9)),
    "version_hex": ("versie: 0x" + "f" * 100_000 + "\n" + HEAD.split("\n", 1)[1], (1, 9)),
    "version_float": ("versie: 1.0\n" + HEAD.split("\n", 1)[1], (1, 9)),
    "soort_huge": (HEAD + "kanalen: [{naam: k, soort: 0" + "7" * 50_000 + "}]\n", (6, 28)),
    "unknown_key_long": ("k" * 100_000 + ": 1\n" + HEAD, (1, 1)),
    "python_tag": (HEAD + "ondertitel: !!python/object/apply:os.system [id]\n", (6, 13)),
}


@pytest.mark.parametrize(("text", "where"), HOSTILE_TEXTS.values(), ids=HOSTILE_TEXTS.keys())
def test_the_studio_shows_the_editor_and_a_located_message(studio, text, where):
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["ws"] = seed_workspace(text, {"logo.png": EXAMPLE_LOGO.read_bytes()})
    at.run()
    assert not at.exception
    assert at.session_state["mode"] == "edit"
    assert at.session_state["workspace"].text == text, "nothing is lost"
    errors = " ".join([e.value for e in at.error] + [editor_problems(at)])
    assert f"Regel {where[0]}, kolom {where[1]}" in errors
    assert "Er ging iets mis" not in errors and len(errors) < 3000
    assert editor_holds(at, text), "the editor is there, with the text"


def editor_data(at: AppTest) -> dict:
    """What the studio gave the YAML editor component (components/editor.py)."""
    return next((json.loads(e.proto.json) for e in at.get("bidi_component")
                 if e.proto.component_name == "praatplaat_editor"), {})


def editor_holds(at: AppTest, text: str) -> bool:
    """Whether the YAML editor is on the page and was given ``text``."""
    return editor_data(at).get("text") == text


def editor_problems(at: AppTest) -> str:
    """The editor's problem list: each problem's place and message."""
    return " ".join(f"{p['where']}: {p['message']}" for p in editor_data(at).get("problems", []))


def test_an_uploaded_file_name_is_shown_as_plain_text(studio):
    at = AppTest.from_file(APP, default_timeout=120).run()
    name = "[x](https://example.org)**b**.yaml"
    next(u for u in at.get("file_uploader") if u.key == "upload").upload(name, HEAD.encode(), "text/yaml").run()
    assert not at.exception
    at.session_state["mode"] = "gallery"
    at.run()
    # the flash shows once, right after the upload: it went through esc(), so no link or bold is made
    shown = [s.value for s in at.success]
    assert shown and all("\\[x\\]" in v and "\\*\\*b\\*\\*" in v for v in shown), shown
    from components.markdown import esc

    assert esc(name) == "\\[x\\]\\(https://example\\.org\\)\\*\\*b\\*\\*\\.yaml"
