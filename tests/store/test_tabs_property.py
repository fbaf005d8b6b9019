"""Property: any interleaving of saves from tabs on stale bases loses nothing. Each save is the new head, merged
into it, or kept as a conflict version; the history has one revision per save that wrote."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

LINES = 5
steps = st.lists(st.tuples(st.integers(0, 2), st.integers(0, LINES - 1), st.sampled_from(["x", "y", "z", ""])),
                 min_size=1, max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps)
def test_interleaved_tabs_lose_nothing(db, plan):
    start = "".join(f"regel {i}\n" for i in range(LINES))
    ws = db.create(start)
    tabs = [[ws.revision, start] for _ in range(3)]  # each tab's base revision and text
    head_text, head_rev, wrote = start, ws.revision, 0
    for tab, line, word in plan:
        base, text = tabs[tab]
        lines = text.splitlines(keepends=True)
        lines[line] = f"regel {line} {word}{tab}\n"
        mine = "".join(lines)
        r = db.save(ws.id, mine, base_revision=base, session=f"tab{tab}")
        if r.status == "unchanged":
            assert r.text == head_text
        elif r.status == "conflict":
            wrote += 1
            assert (r.theirs, r.text) == (head_text, head_text)
            assert db.revision(ws.id, r.kept).text == mine
        else:
            wrote += r.revision != head_rev  # 'merged' into an unchanged head when the head had mine already
            assert db.revision(ws.id, r.revision).text == r.text
            if mine != text:  # this tab changed the line: the change is in the result
                assert lines[line] in r.text.splitlines(keepends=True)
            if r.status == "saved":
                assert r.text == mine
            head_text, head_rev = r.text, r.revision
        tabs[tab] = [r.revision, r.text]
        assert db.get(ws.id).text == head_text
    assert len(db.history(ws.id, limit=1000)) == 1 + wrote
