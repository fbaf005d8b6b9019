"""The one file-name rule (praatplaat.filenames) under generated names (Hypothesis): what it lets through
stays inside its folder, and every caller (the model and loader, logos, bases, the newsletter's photos
and the store's files) answers the same as the rule."""

from __future__ import annotations

import os
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from praatplaat.filenames import IMAGE_SUFFIXES, MAX_NAME_BYTES, MAX_NAME_CHARS, REASONS, SPACES, is_plain, problem
from praatplaat.krant.photo import read_photo, safe_name
from praatplaat.load import load_text
from praatplaat.logo import LogoError, logo_bytes, read_logo
from store import InvalidId, Store
from store.ids import check_file_name, is_file_name

SCALE = int(os.environ.get("HYPOTHESIS_SCALE", "1"))
HEAD = "versie: 1\ntitel: T\norganisatie: O\nvisie: {kern: k}\nprincipes: [{naam: a}]\n"


def examples(n: int):
    return settings(max_examples=n * SCALE, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


# Names: any text, path-like pieces glued together, and plain names with a suffix.
PIECES = ["..", ".", "/", "\\", ":", "a", "é", "logo", ".png", ".jpg", ".yaml", " ", "\0", "\n", "\u202e", "\u2028",
          "\ud800", "decoy.png", "outside", "C:", "~", "🙂"]
NAMES = st.one_of(
    st.text(max_size=20),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=90, max_size=130),
    st.lists(st.sampled_from(PIECES), max_size=8).map("".join),
    st.tuples(st.text(min_size=1, max_size=30), st.sampled_from(IMAGE_SUFFIXES + (".PNG", ".txt", ""))).map("".join),
)


def yaml_quoted(value: str) -> str:
    """``value`` as a YAML double-quoted scalar that reads back as exactly ``value`` (escapes for the rest)."""
    out = []
    for c in value:
        o = ord(c)
        printable = c in "\t" or 0x20 <= o <= 0x7E or 0xA0 <= o <= 0xD7FF or 0xE000 <= o <= 0xFFFD or o > 0xFFFF
        if c in '"\\' or not printable or unicodedata.category(c) in ("Cf", "Zl", "Zp"):
            out.append(f"\\U{o:08x}" if o > 0xFFFF else f"\\u{o:04x}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    """An empty vision folder and, beside it, an 'outside' folder whose decoy image must never be read."""
    root = tmp_path_factory.mktemp("names")
    vision, outside = root / "visie", root / "outside"
    vision.mkdir()
    outside.mkdir()
    Image.new("RGB", (8, 8), "#00558C").save(outside / "decoy.png")
    return vision, outside


@examples(400)
@given(name=NAMES)
def test_a_plain_name_keeps_every_part_of_the_rule(name):
    reason = problem(name)
    assert reason is None or reason in REASONS
    if reason is None:
        assert 0 < len(name) <= MAX_NAME_CHARS and len(name.encode("utf-8")) <= MAX_NAME_BYTES
        assert not any(c in name for c in "/\\:") and not name.startswith(".") and name.strip() == name
        assert not any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp") for c in name)


@examples(400)
@given(name=NAMES)
def test_a_plain_name_stays_directly_in_its_folder(name, folders):
    vision, _ = folders
    if is_plain(name):
        path = os.path.join(vision, name)
        assert os.path.dirname(os.path.normpath(path)) == str(vision)
        assert os.path.basename(path) == name and name not in (".", "..")


@examples(200)
@given(name=NAMES)
def test_no_name_reads_a_file_outside_the_folder(name, folders):
    """The vision folder is empty: whatever the name, nothing is read (a decoy waits outside)."""
    vision, _ = folders
    assert read_logo(name, vision) is None
    assert read_photo(name, vision) is None
    with pytest.raises(LogoError) as err:
        logo_bytes(name, vision)
    assert err.value.code == ("missing" if is_plain(name) else "bad_name")


@examples(200)
@given(name=NAMES, suffix=st.sampled_from(IMAGE_SUFFIXES))
def test_photos_and_store_files_follow_the_rule_with_an_image_suffix(name, suffix):
    for candidate in (name, name + suffix):
        expected = problem(candidate, IMAGE_SUFFIXES) is None
        assert safe_name(candidate) is expected
        assert is_file_name(candidate) is expected
        if not expected:
            with pytest.raises(InvalidId):
                check_file_name(candidate)


@examples(150)
@given(name=NAMES)
def test_the_model_and_loader_answer_as_the_rule(name):
    result = load_text(HEAD + f"logo: {yaml_quoted(name)}\n")
    codes = [d.code for d in result.errors]
    reason = problem(name.strip(SPACES))  # the model strips spaces around every text
    if any(unicodedata.category(c) == "Cs" for c in name):  # the loader refuses a lone surrogate anywhere first
        assert codes == ["syntax"]
        return
    assert codes == ([] if reason is None else ["logo_name"])
    if reason is not None:
        for lang in ("nl", "en"):
            assert REASONS[problem(name) or reason][lang] in result.errors[0].message(lang)


@examples(60)
@given(name=NAMES)
def test_a_base_is_named_by_the_same_rule(name, folders):
    vision, _ = folders
    codes = [d.code for d in load_text(HEAD + f"basis: {yaml_quoted(name)}\n", base_dir=vision).errors]
    if name in ("overheid", "mens-centraal") or any(unicodedata.category(c) == "Cs" for c in name):
        return
    if problem(name.strip(SPACES)) is None:
        assert "basis_name" not in codes  # a plain name is looked for next to the vision (and missing here)
    else:
        assert codes and set(codes) <= {"basis_name", "empty_text"}


@pytest.fixture(scope="module")
def sqlite_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("store")
    db = Store(f"sqlite:///{folder / 'praatplaat.db'}", legacy=folder / "workspaces")
    yield db
    db.close()


@examples(40)
@given(name=NAMES.map(lambda n: n + ".png"))
def test_the_store_keeps_exactly_the_names_the_rule_allows(name, sqlite_store):
    db = sqlite_store
    ws = db.create("a")
    if is_file_name(name):
        db.put_file(ws.id, name, b"\x89PNG")
        assert db.get_file(ws.id, name) == b"\x89PNG"
    else:
        with pytest.raises(InvalidId):
            db.put_file(ws.id, name, b"\x89PNG")
        assert db.get_file(ws.id, name) is None


def test_every_reason_is_said_in_dutch_and_english():
    for reason in REASONS.values():
        assert set(reason) == {"nl", "en"} and all(reason.values())
