"""Age-based clean-up (store/cleanup.py) on both backends: unused workspaces, old closed rooms, expired share
links and stale rate-limit attempts go; everything a person still uses stays. Ages are made by moving the
stored times back, never by waiting."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa

from store import bounds, new_id
from store import schema as t
from store.__main__ import main as store_cli
from store.cleanup import cleanup, maybe_cleanup
from store.clock import now
from store.engine import transaction

TEXT = "versie: 1\ntitel: Oud werk\norganisatie: O\nvisie:\n  kern: k\n"
QUOTE = {"quote": "Ik werd snel geholpen."}


def backdate(db, table: sa.Table, column: str, days: float, **where) -> None:
    """Set ``column`` of the matching rows of ``table`` to ``days`` ago (as if that much time had passed)."""
    condition = sa.and_(sa.true(), *(table.c[k] == v for k, v in where.items()))
    with transaction(db.engine, write=True) as c:
        c.execute(sa.update(table).where(condition).values({column: now() - timedelta(days=days)}))


def old_unlisted(db, days: float = bounds.UNLISTED_KEEP_DAYS + 1) -> str:
    """A workspace no browser lists, last changed ``days`` ago."""
    ws_id = db.create(TEXT).id
    backdate(db, t.workspaces, "updated_at", days, id=ws_id)
    return ws_id


def room_with_quote(db, ws_id: str):
    room = db.start_room(ws_id)
    db.add_contribution(db.join(room.id, name="Anna"), "verhaal", QUOTE)
    return room


def test_an_unlisted_unchanged_workspace_goes_with_its_history_files_and_share_link(db):
    ws_id = old_unlisted(db)
    db.put_file(ws_id, "logo.png", b"\x89PNG")
    backdate(db, t.files, "updated_at", bounds.UNLISTED_KEEP_DAYS + 1, ws_id=ws_id)
    token = db.share(ws_id)
    done = cleanup(db.engine)
    assert done.workspaces >= 1
    assert db.get(ws_id) is None and db.get_file(ws_id, "logo.png") is None and db.by_share_token(token) is None
    with transaction(db.engine) as c:
        assert c.execute(sa.select(sa.func.count()).select_from(t.revisions).where(t.revisions.c.ws_id == ws_id)
                         ).scalar() == 0


def test_workspaces_in_use_are_kept(db):
    browser = new_id()
    young = old_unlisted(db, days=bounds.UNLISTED_KEEP_DAYS - 1)  # changed within the retention
    created = db.create(TEXT, browser=browser).id  # on its creator's start page
    backdate(db, t.workspaces, "updated_at", 1000, id=created)
    opened = old_unlisted(db, days=1000)
    db.touch(new_id(), opened)  # someone else opened it by its link: on their recent list
    backdate(db, t.browser_workspaces, "opened_at", 1000, ws_id=opened)  # however long ago
    open_room = old_unlisted(db, days=1000)
    room = room_with_quote(db, open_room)
    backdate(db, t.rooms, "created_at", 1000, id=room.id)  # a quiet open room still holds it
    closed_room = old_unlisted(db, days=1000)
    db.close_room(room_with_quote(db, closed_room).id)  # its results are still wanted
    new_logo = old_unlisted(db, days=1000)
    db.put_file(new_logo, "logo.png", b"\x89PNG")  # a file changed now is a change
    cleanup(db.engine)
    for ws_id in (young, created, opened, open_room, closed_room, new_logo):
        assert db.get(ws_id) is not None, ws_id
    assert [c.payload["quote"] for c in db.contributions(room.id)] == [QUOTE["quote"]]
    assert [w.id for w in db.recent(browser)] == [created]


def test_deleting_from_the_last_list_then_waiting_removes_it(db):
    """Unlisted by deletion elsewhere is the common way in: the store already deletes a workspace no browser
    lists when its last browser deletes it; one evicted from a full recent list waits for the retention."""
    browser = new_id()
    ws_id = db.create(TEXT).id
    db.touch(browser, ws_id)
    for _ in range(bounds.RECENT_LIMIT):
        db.touch(browser, db.create(TEXT).id)
    assert ws_id not in [w.id for w in db.recent(browser, limit=bounds.RECENT_LIMIT)]
    cleanup(db.engine)
    assert db.get(ws_id) is not None  # changed just now
    backdate(db, t.workspaces, "updated_at", bounds.UNLISTED_KEEP_DAYS + 1, id=ws_id)
    cleanup(db.engine)
    assert db.get(ws_id) is None


def test_a_removed_legacy_workspace_is_not_imported_again(db):
    ws_id = new_id()
    folder = db.legacy_root / ws_id
    folder.mkdir(parents=True)
    (folder / "praatplaat.yaml").write_text(TEXT, encoding="utf-8")
    assert db.get(ws_id).text == TEXT  # imported, listed nowhere
    backdate(db, t.workspaces, "updated_at", bounds.UNLISTED_KEEP_DAYS + 1, id=ws_id)
    cleanup(db.engine)
    assert db.get(ws_id) is None and (folder / "praatplaat.yaml").is_file()


def test_old_closed_rooms_go_with_their_contributions_open_and_recent_ones_stay(db):
    ws_id = db.create(TEXT, browser=new_id()).id
    old, recent, still_open = (room_with_quote(db, ws_id) for _ in range(3))
    db.close_room(old.id)
    db.close_room(recent.id)
    backdate(db, t.rooms, "closed_at", bounds.CLOSED_ROOM_KEEP_DAYS + 1, id=old.id)
    backdate(db, t.rooms, "closed_at", bounds.CLOSED_ROOM_KEEP_DAYS - 1, id=recent.id)
    backdate(db, t.rooms, "created_at", 1000, id=still_open.id)
    done = cleanup(db.engine)
    assert done.rooms >= 1
    assert db.room(old.id) is None and db.contributions(old.id) == []
    with transaction(db.engine) as c:
        assert not c.execute(sa.select(t.participants.c.id).where(t.participants.c.room_id == old.id)).first()
    for room in (recent, still_open):
        assert db.room(room.id) is not None and len(db.contributions(room.id)) == 1
    assert db.get(ws_id) is not None


def test_a_share_link_expires_only_when_unchanged_and_unopened(db):
    days = bounds.SHARE_KEEP_DAYS + 1
    browser = new_id()
    stale, opened, changed = (db.create(TEXT, browser=browser).id for _ in range(3))
    tokens = {ws_id: db.share(ws_id) for ws_id in (stale, opened, changed)}
    for ws_id in (stale, opened, changed):
        backdate(db, t.workspaces, "updated_at", days, id=ws_id)
        backdate(db, t.browser_workspaces, "opened_at", days, ws_id=ws_id)
    db.snapshot(changed, TEXT + "missie: nieuw\n")  # edited today
    db.touch(new_id(), opened)  # opened today by someone (this may run the hourly clean-up already)
    cleanup(db.engine)
    assert db.by_share_token(tokens[stale]) is None and db.get(stale) is not None  # the work itself stays
    assert db.share(stale) != tokens[stale]  # sharing again gives a new link
    for ws_id in (opened, changed):
        assert db.by_share_token(tokens[ws_id]) == ws_id


def test_stale_rate_limit_attempts_go(db):
    ws_id = db.create(TEXT, browser=new_id()).id
    db.start_room(ws_id)
    client = new_id()
    assert db.room_by_code("ZZZZZZ", client_key=client) is None  # one wrong code, counted
    backdate(db, t.attempts, "at", 2)
    assert cleanup(db.engine).attempts >= 1
    with transaction(db.engine) as c:
        old = t.attempts.c.at < now() - timedelta(days=1)
        assert c.execute(sa.select(sa.func.count()).select_from(t.attempts).where(old)).scalar() == 0


def test_the_cleanup_runs_at_most_once_an_hour_per_process(db):
    assert maybe_cleanup(db.engine) is not None
    ws_id = old_unlisted(db)
    assert maybe_cleanup(db.engine) is None  # not again within CLEANUP_EVERY_S
    db.touch(new_id(), db.create(TEXT).id)  # opening a workspace asks too; still within the hour
    assert db.get(ws_id) is not None
    assert cleanup(db.engine, at=now()).workspaces >= 1 and db.get(ws_id) is None


def test_opening_a_workspace_runs_the_cleanup_and_keeps_what_it_opens(db):
    old, other = old_unlisted(db), old_unlisted(db)
    db.touch(new_id(), old)  # the first touch of this process runs the clean-up, after listing ``old``
    assert db.get(old) is not None and db.get(other) is None


def test_the_command_line_cleans_the_named_database(db, url, capsys):
    ws_id = old_unlisted(db)
    assert store_cli(["cleanup", "--url", url]) == 0
    assert capsys.readouterr().out.startswith("removed: ")
    assert db.get(ws_id) is None
