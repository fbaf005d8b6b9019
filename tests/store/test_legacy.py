"""Old ``workspaces/<id>/`` directories are imported once, on first open, with their undo/redo stacks (as
revisions before the head), settings and logo, and left in place."""

from __future__ import annotations

import json

from store import new_id


def _legacy(root, ws_id, text="titel: Oud\n", undo=("een\n", "twee\n"), redo=("vier\n",), files=None):
    folder = root / ws_id
    folder.mkdir(parents=True)
    (folder / "praatplaat.yaml").write_text(text, encoding="utf-8")
    (folder / "geschiedenis.json").write_text(json.dumps({"undo": list(undo), "redo": list(redo)}))
    (folder / "instellingen.json").write_text(json.dumps({"lang": "en", "view": "reis"}))
    for name, data in (files or {"logo.png": b"\x89PNG-logo"}).items():
        (folder / name).write_bytes(data)
    return folder


def test_import_once_with_history_settings_and_logo(db):
    ws_id = new_id()
    folder = _legacy(db.legacy_root, ws_id)
    before = sorted((p.name, p.read_bytes()) for p in folder.iterdir())
    ws = db.get(ws_id)
    assert (ws.text, ws.title, ws.settings) == ("titel: Oud\n", "Oud", {"lang": "en", "view": "reis"})
    assert db.get_file(ws_id, "logo.png") == b"\x89PNG-logo"
    assert sorted((p.name, p.read_bytes()) for p in folder.iterdir()) == before  # left in place, untouched
    # nothing is lost: the undo stack (oldest first), then the redo stack, then the text as the head
    assert ws.revision == db.head(ws_id) == 4
    history = db.history(ws_id)
    assert [(h.n, h.kind) for h in history] == [(4, "import"), (3, "import"), (2, "import"), (1, "import")]
    assert [db.revision(ws_id, h.n).text for h in reversed(history)] == ["een\n", "twee\n", "vier\n", "titel: Oud\n"]
    # once: changes in the directory afterwards are not imported again
    (folder / "praatplaat.yaml").write_text("titel: Later\n")
    assert db.get(ws_id).text == "titel: Oud\n"
    assert len(db.history(ws_id)) == 4


def test_redo_stack_is_kept_in_redo_order(db):
    ws_id = new_id()
    _legacy(db.legacy_root, ws_id, undo=("een\n",), redo=("vijf\n", "vier\n"))  # the last one is the next redo
    ws = db.get(ws_id)
    texts = [db.revision(ws_id, h.n).text for h in reversed(db.history(ws_id))]
    assert texts == ["een\n", "vier\n", "vijf\n", "titel: Oud\n"]
    assert (ws.text, ws.revision) == ("titel: Oud\n", 4)
    assert db.snapshot(ws_id, "titel: Nieuw\n") == 5  # the document's snapshots follow on


def test_no_history_imports_the_text_alone(db):
    ws_id = new_id()
    _legacy(db.legacy_root, ws_id, undo=(), redo=())
    assert db.get(ws_id).revision == 1
    assert [(h.n, h.kind) for h in db.history(ws_id)] == [(1, "import")]


def test_deleted_import_is_not_imported_again(db):
    ws_id, me = new_id(), new_id()
    _legacy(db.legacy_root, ws_id)
    assert db.get(ws_id) is not None
    db.delete(ws_id, browser=me)
    assert db.get(ws_id) is None


def test_only_plain_files_inside_the_directory_are_read(db, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("geheim")
    ws_id = new_id()
    folder = _legacy(db.legacy_root, ws_id, files={"logo.png": b"L", ".verborgen": b"x", "groot.png": b"x" * 3_000_000})
    (folder / "link.png").symlink_to(secret)
    (folder / "sub").mkdir()
    db.get(ws_id)
    assert db.get_file(ws_id, "logo.png") == b"L"
    for name in ("link.png", ".verborgen", "groot.png", "sub"):
        assert db.get_file(ws_id, name) is None


def test_broken_history_still_imports_the_text(db):
    ws_id = new_id()
    folder = _legacy(db.legacy_root, ws_id)
    (folder / "geschiedenis.json").write_text("{niet json")
    (folder / "instellingen.json").write_text("[1, 2]")
    ws = db.get(ws_id)
    assert (ws.text, ws.settings, ws.revision) == ("titel: Oud\n", {}, 1)
    assert len(db.history(ws_id)) == 1


def test_no_directory_no_workspace(db):
    ws_id = new_id()
    (db.legacy_root / ws_id).mkdir(parents=True)  # a directory without a text is no workspace
    assert db.get(ws_id) is None


def test_many_threads_opening_one_old_directory_import_it_once(db):
    from concurrent.futures import ThreadPoolExecutor

    ws_id = new_id()
    _legacy(db.legacy_root, ws_id)
    with ThreadPoolExecutor(6) as pool:
        states = list(pool.map(lambda _: db.get(ws_id), range(6)))
    assert all(s is not None and s.text == "titel: Oud\n" for s in states)
    assert len(db.history(ws_id)) == 4  # two undo, the text, one redo: imported once
