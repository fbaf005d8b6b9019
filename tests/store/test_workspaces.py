"""Workspaces on both backends: creation on first write, snapshots of the text as revisions, history and its
pruning, settings, files, a browser's list, copies, deletion, share tokens, ids and bounds."""

from __future__ import annotations

import pytest

from store import InvalidId, InvalidText, LimitExceeded, NotFound, bounds, new_id

TEXT = "versie: 1\ntitel: Zo helpen wij u\norganisatie: \"Gemeente Groothaven\"\nvisie:\n  kern: Snel\n"


def test_workspace_exists_only_once_written(db):
    ws_id = new_id()
    assert db.get(ws_id) is None
    assert db.head(ws_id) == 0
    assert db.save_settings(ws_id, {"lang": "en"}) is False
    assert db.get(ws_id) is None
    with pytest.raises(NotFound):
        db.snapshot(ws_id, TEXT)
    ws = db.create(TEXT, author="Anna", session="tab1", settings={"lang": "en"})
    assert ws.id != ws_id and len(ws.id) >= 22
    assert (ws.text, ws.revision, ws.settings) == (TEXT, 1, {"lang": "en"})
    assert (ws.title, ws.organisation) == ("Zo helpen wij u", "Gemeente Groothaven")
    assert db.get(ws.id) == ws


def test_ids_are_full_matches(db):
    ws = db.create(TEXT)
    for bad in (ws.id + "\n", ws.id + " ", "../" + ws.id, "short", "", "a" * 65, ws.id[:-1] + "/"):
        with pytest.raises(InvalidId):
            db.get(bad)
        with pytest.raises(InvalidId):
            db.head(bad)
    assert db.by_share_token(db.share(ws.id) + "\n") is None
    with pytest.raises(InvalidId):
        db.touch(new_id() + "\n", ws.id)


def test_snapshot_then_unchanged(db):
    ws = db.create(TEXT, author="Anna")
    assert db.snapshot(ws.id, TEXT + "x: 1\n", session="s") == 2
    assert db.snapshot(ws.id, TEXT + "x: 1\n", session="s") == 2  # unchanged: nothing written, the head returned
    state = db.get(ws.id)
    assert (state.text, state.revision, db.head(ws.id)) == (TEXT + "x: 1\n", 2, 2)
    assert [(h.n, h.kind, h.author, h.session) for h in db.history(ws.id)] == [(2, "edit", "", "s"),
                                                                              (1, "create", "Anna", "")]
    assert db.revision(ws.id, 1).text == TEXT and db.revision(ws.id, 2).text == TEXT + "x: 1\n"
    assert db.revision(ws.id, 3) is None


def test_snapshot_follows_the_title(db):
    me = new_id()
    ws = db.create(TEXT, browser=me)
    db.snapshot(ws.id, TEXT.replace("Zo helpen wij u", "Samen verder"))
    assert (db.get(ws.id).title, db.recent(me)[0].title) == ("Samen verder", "Samen verder")


def test_text_bounds(db):
    too_big = "x" * (bounds.MAX_TEXT_BYTES + 1)
    with pytest.raises(LimitExceeded) as e:
        db.create(too_big)
    assert e.value.what == "text_size"
    ws = db.create("a")
    with pytest.raises(LimitExceeded) as e:
        db.snapshot(ws.id, too_big)
    assert e.value.what == "text_size"
    for bad in ("a\x00b", "a\ud800b"):
        with pytest.raises(InvalidText):
            db.snapshot(ws.id, bad)
    assert db.head(ws.id) == 1 and db.get(ws.id).text == "a"  # nothing written
    assert db.snapshot(ws.id, "x" * bounds.MAX_TEXT_BYTES) == 2


def test_history_is_pruned_but_recent_and_head_kept(db, monkeypatch):
    import store.workspaces as w

    monkeypatch.setattr(w, "KEEP_REVISIONS", 30)
    monkeypatch.setattr(w, "KEEP_MIN_REVISIONS", 5)
    monkeypatch.setattr(w, "MAX_HISTORY_BYTES", 10**9)
    ws = db.create("0")
    for i in range(1, 60):
        assert db.snapshot(ws.id, str(i)) == i + 1
    numbers = [h.n for h in db.history(ws.id, limit=1000)]
    assert numbers[0] == 60 and len(numbers) <= 30 + bounds.PRUNE_EVERY
    assert numbers == list(range(60, 60 - len(numbers), -1))
    assert db.revision(ws.id, 1) is None
    monkeypatch.setattr(w, "MAX_HISTORY_BYTES", 10)
    for i in range(60, 80):
        db.snapshot(ws.id, str(i))
    assert len(db.history(ws.id, limit=1000)) <= 5 + bounds.PRUNE_EVERY
    assert db.get(ws.id).text == "79" and db.revision(ws.id, db.head(ws.id)).text == "79"


def test_settings_merge_and_bound(db):
    ws = db.create("a")
    assert db.save_settings(ws.id, {"lang": "en", "view": "reis"})
    assert db.save_settings(ws.id, {"lang": "nl"})
    assert db.get(ws.id).settings == {"lang": "nl", "view": "reis"}
    with pytest.raises(LimitExceeded):
        db.save_settings(ws.id, {"big": "x" * bounds.MAX_SETTINGS_BYTES})
    assert db.head(ws.id) == 1  # settings are no revisions


def test_files_by_plain_name_only(db):
    ws = db.create("a")
    db.put_file(ws.id, "logo.png", b"\x89PNG1")
    db.put_file(ws.id, "logo.png", b"\x89PNG2")
    assert db.get_file(ws.id, "logo.png") == b"\x89PNG2"
    assert db.get_file(ws.id, "other.png") is None
    for bad in ("../logo.png", "a/b.png", ".hidden", "logo.png\n", "", None):
        assert db.get_file(ws.id, bad) is None
        if bad is not None:
            with pytest.raises(InvalidId):
                db.put_file(ws.id, bad, b"x")
    with pytest.raises(LimitExceeded):
        db.put_file(ws.id, "big.png", b"x" * (bounds.MAX_FILE_BYTES + 1))
    for i in range(bounds.MAX_FILES - 1):
        db.put_file(ws.id, f"f{i}.png", b"x")
    with pytest.raises(LimitExceeded):
        db.put_file(ws.id, "one-too-many.png", b"x")
    with pytest.raises(NotFound):
        db.put_file(new_id(), "logo.png", b"x")


def test_recent_list_copy_and_delete(db):
    me, other = new_id(), new_id()
    first = db.create("titel: Eerste\norganisatie: Org\n", browser=me)
    second = db.create("titel: Tweede\n", browser=me)
    db.touch(me, first.id)
    recent = db.recent(me)
    assert [(r.id, r.title, r.organisation) for r in recent] == [(first.id, "Eerste", "Org"),
                                                                 (second.id, "Tweede", "")]
    assert recent[0].text.startswith("titel: Eerste")
    assert db.recent(other) == []
    db.touch(other, new_id())  # unknown workspace: nothing listed
    assert db.recent(other) == []

    db.put_file(first.id, "logo.png", b"logo")
    db.save_settings(first.id, {"lang": "en"})
    copy_id = db.copy(first.id, browser=other)
    copy = db.get(copy_id)
    assert copy_id != first.id and copy.text == first.text and copy.settings == {"lang": "en"}
    assert db.get_file(copy_id, "logo.png") == b"logo" and copy.revision == 1
    assert [r.id for r in db.recent(other)] == [copy_id]

    db.touch(other, first.id)  # shared by link: deleting in one browser keeps it for the other
    db.delete(first.id, browser=me)
    assert first.id not in [r.id for r in db.recent(me)]
    assert db.get(first.id) is not None
    db.delete(first.id, browser=other)
    assert db.get(first.id) is None and db.get_file(first.id, "logo.png") is None
    assert db.history(first.id) == []


def test_workspaces_per_browser_bound(db, monkeypatch):
    import store.workspaces as w

    monkeypatch.setattr(w, "MAX_WORKSPACES_PER_BROWSER", 2)
    me = new_id()
    a = db.create("a", browser=me)
    db.create("b", browser=me)
    with pytest.raises(LimitExceeded) as e:
        db.create("c", browser=me)
    assert e.value.what == "workspaces_per_browser"
    with pytest.raises(LimitExceeded):
        db.copy(a.id, browser=me)
    db.delete(a.id, browser=me)
    db.create("c", browser=me)


def test_share_tokens_are_separate_and_revocable(db):
    ws = db.create("a")
    assert db.share_token(ws.id) is None
    token = db.share(ws.id)
    assert token != ws.id and ws.id not in token and db.share(ws.id) == token
    assert db.by_share_token(token) == ws.id
    assert db.by_share_token(ws.id) is None  # the editing id is no share token
    db.revoke_share(ws.id)
    assert db.by_share_token(token) is None and db.share_token(ws.id) is None
    assert db.share(ws.id) not in (token, None)


def test_two_tabs_of_one_browser_touching_at_once(db):
    from concurrent.futures import ThreadPoolExecutor

    me, ws = new_id(), db.create("a")
    with ThreadPoolExecutor(6) as pool:
        list(pool.map(lambda _: db.touch(me, ws.id), range(12)))
    assert [r.id for r in db.recent(me)] == [ws.id]
