"""``render`` of many visions at once (praatplaat.batch): a folder with one broken file still gives every other
picture, reports the broken one with its location, and exits 1."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image

from praatplaat.batch import BLOCK_SIZE, Options, collect, run_batch, split_list
from praatplaat.cli import main
from praatplaat.export import export
from praatplaat.load import load_file
from praatplaat.logo import read_logo

ROOT = Path(__file__).resolve().parent.parent
GOOD = ("gemeente-beekdal", "provincie-zuidwold")


@pytest.fixture(autouse=True)
def _pillow_memory():
    """A batch run in this process (--jobs 1) tunes Pillow's image memory (batch.warm): undone after each test."""
    kept = Image.core.get_block_size(), Image.core.get_blocks_max()
    yield
    Image.core.set_blocks_max(kept[1])
    Image.core.set_block_size(kept[0])


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "visies"
    folder.mkdir()
    for name in GOOD:
        shutil.copy(ROOT / "praatplaten" / f"{name}.yaml", folder)
    (folder / "kapot.yaml").write_text("versie: 1\ntitel: [\n", encoding="utf-8")
    (folder / "notities.txt").write_text("geen visie", encoding="utf-8")
    return folder


def test_a_folder_with_one_broken_file_renders_the_others_and_exits_1(tmp_path, capsys):
    out = tmp_path / "uit"
    code = main(["render", str(_folder(tmp_path)), "--out-dir", str(out), "--views", "overzicht,reis",
                 "--view", "huis", "--format", "png", "--jobs", "2"])
    assert code == 1
    made = sorted(p.name for p in out.iterdir())
    assert made == sorted(f"{n}-{v}.png" for n in GOOD for v in ("overzicht", "reis"))
    assert all((out / name).read_bytes().startswith(b"\x89PNG") for name in made)
    err = capsys.readouterr().err
    assert "kapot.yaml: niet gemaakt" in err and "kapot.yaml:3:1" in err  # located, with its line and column
    assert "beekdal" not in err


def test_all_good_exits_0_and_every_journey_gets_its_own_picture(tmp_path, capsys):
    out = tmp_path / "uit"
    vision = ROOT / "praatplaten" / "provincie-lindeland.yaml"
    code = main(["--lang", "en", "render", str(vision), "--out-dir", str(out), "--views", "reis", "--format",
                 "svg", "--every-journey", "--jobs", "1"])
    assert code == 0, capsys.readouterr().err
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 3 and all(n.startswith("provincie-lindeland-reis-") and n.endswith(".svg") for n in names)
    assert "failed" in capsys.readouterr().out


def test_usage_errors(tmp_path, capsys):
    folder = _folder(tmp_path)
    assert main(["render", str(folder), "--out", str(tmp_path / "x.png")]) == 2  # a folder needs --out-dir
    assert main(["render", str(folder), "--out-dir", str(tmp_path / "o"), "--views", "nee"]) == 2
    assert main(["render", str(folder), "--out-dir", str(tmp_path / "o"), "--format", "gif"]) == 2
    assert main(["render", str(folder), "--out-dir", str(tmp_path / "o"), "--jobs", "0"]) == 2
    twin = tmp_path / "twee"
    twin.mkdir()
    shutil.copy(folder / "kapot.yaml", twin)
    assert main(["render", str(folder), str(twin), "--out-dir", str(tmp_path / "o")]) == 2  # two kapot outputs
    assert "kapot" in capsys.readouterr().err


def test_helpers(tmp_path):
    assert split_list(["overzicht,huis", "huis", " reis "]) == ["overzicht", "huis", "reis"]
    folder = _folder(tmp_path)
    assert [p.name for p in collect([str(folder)])] == ["gemeente-beekdal.yaml", "kapot.yaml",
                                                        "provincie-zuidwold.yaml"]
    outcomes, failed = run_batch(collect([str(folder), str(tmp_path / "weg.yaml")]),
                                 Options(str(tmp_path / "o")), 1, progress=False)
    assert failed == 2 and [o.failed for o in outcomes] == [False, True, False, True]


def test_a_batch_draws_the_same_bytes_as_one_render(tmp_path):
    """The batch's memory settings (1 MB blocks, kept when freed) change nothing in the pictures."""
    Image.core.set_block_size(16 << 20)  # Pillow's defaults, as in one `render`
    Image.core.set_blocks_max(0)
    path = ROOT / "praatplaten" / "gemeente-groothaven.yaml"  # with a logo
    result = load_file(path)
    logo = read_logo(result.vision.logo, path.parent)
    expected = {view: export(result.vision, "png", view=view, logo=logo, source=result.text)
                for view in ("overzicht", "reis")}
    # twice, so that two forked workers draw it (both write the same bytes to the same files)
    outcomes, failed = run_batch([path, path], Options(str(tmp_path), views=tuple(expected)), 2, progress=False)
    assert failed == 0 and Image.core.get_block_size() == BLOCK_SIZE
    for view, data in expected.items():
        assert (tmp_path / f"gemeente-groothaven-{view}.png").read_bytes() == data, view
