"""Workspaces on both backends: creation on first write, saves, merge, kept conflicts, undo/redo, history,
settings, files, a browser's list, copies, deletion, share tokens, ids and bounds."""

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
        db.save(ws_id, TEXT, base_revision=0)
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


def test_save_on_head_then_unchanged(db):
    ws = db.create(TEXT)
    r = db.save(ws.id, TEXT + "x: 1\n", base_revision=1, author="Anna", session="s")
    assert (r.status, r.revision, r.text) == ("saved", 2, TEXT + "x: 1\n")
    assert db.save(ws.id, TEXT + "x: 1\n", base_revision=1).status == "unchanged"
    assert db.head(ws.id) == 2
    assert [(h.n, h.kind, h.author) for h in db.history(ws.id)] == [(2, "edit", "Anna"), (1, "create", "")]
    assert db.revision(ws.id, 1).text == TEXT


def test_concurrent_edits_on_other_lines_merge(db):
    ws = db.create(TEXT)
    a = db.save(ws.id, TEXT.replace("Snel", "Snel en goed"), base_revision=1, session="a")
    b = db.save(ws.id, TEXT.replace("versie: 1", "versie: 2"), base_revision=1, session="b")
    assert a.status == "saved" and b.status == "merged"
    assert b.text == TEXT.replace("Snel", "Snel en goed").replace("versie: 1", "versie: 2")
    assert db.get(ws.id).text == b.text
    assert db.history(ws.id)[0].kind == "merge"


def test_conflict_keeps_both_versions_and_overwrites_nothing(db):
    ws = db.create(TEXT)
    theirs = db.save(ws.id, TEXT.replace("Snel", "Vlot"), base_revision=1, session="a")
    mine_text = TEXT.replace("Snel", "Snel!")
    r = db.save(ws.id, mine_text, base_revision=1, session="b")
    assert r.status == "conflict"
    assert (r.mine, r.theirs, r.text, r.revision) == (mine_text, theirs.text, theirs.text, theirs.revision)
    assert db.get(ws.id).text == theirs.text
    kept = db.revision(ws.id, r.kept)
    assert (kept.kind, kept.text, kept.session) == ("conflict", mine_text, "b")
    # the person chooses theirs+mine: a save on the head wins, and theirs stays in the history
    chosen = db.save(ws.id, mine_text, base_revision=r.revision, session="b")
    assert chosen.status == "saved" and db.get(ws.id).text == mine_text
    assert db.revision(ws.id, theirs.revision).text == theirs.text


def test_unknown_or_pruned_base_is_a_conflict_not_an_overwrite(db):
    ws = db.create(TEXT)
    db.save(ws.id, TEXT + "a: 1\n", base_revision=1)
    r = db.save(ws.id, TEXT + "b: 1\n", base_revision=99)
    assert r.status == "conflict" and db.get(ws.id).text == TEXT + "a: 1\n"


def test_undo_redo_are_new_revisions(db):
    ws = db.create("a: 1\n")
    r2 = db.save(ws.id, "a: 2\n", base_revision=1)
    r3 = db.save(ws.id, "a: 3\n", base_revision=r2.revision)
    assert db.get(ws.id).can_undo and not db.get(ws.id).can_redo
    u1 = db.undo(ws.id, base_revision=r3.revision)
    assert (u1.status, u1.text) == ("saved", "a: 2\n")
    u2 = db.undo(ws.id, base_revision=u1.revision)
    assert u2.text == "a: 1\n"
    assert db.undo(ws.id, base_revision=u2.revision).status == "unchanged"
    state = db.get(ws.id)
    assert not state.can_undo and state.can_redo
    d1 = db.redo(ws.id, base_revision=u2.revision)
    d2 = db.redo(ws.id, base_revision=d1.revision)
    assert (d1.text, d2.text) == ("a: 2\n", "a: 3\n")
    assert db.redo(ws.id, base_revision=d2.revision).status == "unchanged"
    assert db.undo(ws.id, base_revision=d2.revision).text == "a: 2\n"
    assert [h.kind for h in db.history(ws.id)][:5] == ["undo", "redo", "redo", "undo", "undo"]
    # an edit ends the redo chain
    e = db.save(ws.id, "b\n", base_revision=db.head(ws.id))
    assert not db.get(ws.id).can_redo
    assert db.redo(ws.id, base_revision=e.revision).status == "unchanged"


def test_undo_on_a_stale_base_does_nothing(db):
    ws = db.create("a: 1\n")
    db.save(ws.id, "a: 2\n", base_revision=1)
    r = db.undo(ws.id, base_revision=1)
    assert (r.status, r.revision, r.text) == ("unchanged", 2, "a: 2\n")


def test_typing_burst_is_one_undo_step(db):
    ws = db.create("")
    rev = 1
    for text in ("h", "ha", "hal", "hallo"):
        rev = db.save(ws.id, text, base_revision=rev, session="tab", typing=True).revision
    assert db.undo(ws.id, base_revision=rev).text == ""
    assert len(db.history(ws.id)) == 6  # every keystroke save is kept all the same


def test_restore_an_old_revision(db):
    ws = db.create("a\n")
    r = db.save(ws.id, "b\n", base_revision=1)
    back = db.restore(ws.id, 1, base_revision=r.revision)
    assert (back.status, back.text) == ("saved", "a\n")
    assert db.history(ws.id)[0].kind == "restore"
    with pytest.raises(NotFound):
        db.restore(ws.id, 77, base_revision=back.revision)


def test_text_bounds(db):
    too_big = "x" * (bounds.MAX_TEXT_BYTES + 1)
    with pytest.raises(LimitExceeded) as e:
        db.create(too_big)
    assert e.value.what == "text_size"
    ws = db.create("a")
    with pytest.raises(LimitExceeded):
        db.save(ws.id, too_big, base_revision=1)
    for bad in ("a\x00b", "a\ud800b"):
        with pytest.raises(InvalidText):
            db.save(ws.id, bad, base_revision=1)
    assert db.save(ws.id, "x" * bounds.MAX_TEXT_BYTES, base_revision=1).status == "saved"


def test_history_is_pruned_but_recent_and_head_kept(db, monkeypatch):
    import store.workspaces as w

    monkeypatch.setattr(w, "KEEP_REVISIONS", 30)
    monkeypatch.setattr(w, "KEEP_MIN_REVISIONS", 5)
    monkeypatch.setattr(w, "MAX_HISTORY_BYTES", 10**9)
    ws = db.create("0")
    rev = 1
    for i in range(1, 60):
        rev = db.save(ws.id, str(i), base_revision=rev).revision
    numbers = [h.n for h in db.history(ws.id, limit=1000)]
    assert numbers[0] == 60 and len(numbers) <= 30 + bounds.PRUNE_EVERY
    assert numbers == list(range(60, 60 - len(numbers), -1))
    assert db.revision(ws.id, 1) is None
    monkeypatch.setattr(w, "MAX_HISTORY_BYTES", 10)
    for i in range(60, 80):
        rev = db.save(ws.id, str(i), base_revision=rev).revision
    assert len(db.history(ws.id, limit=1000)) <= 5 + bounds.PRUNE_EVERY
    assert db.get(ws.id).text == "79"


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
