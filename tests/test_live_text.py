"""Properties of the shared document (Hypothesis): editors that edit concurrently converge through the server
whatever the timing, and lose no inserted character; a studio change is a minimal edit that touches nothing else; a
change rebased on what others did keeps both."""

from __future__ import annotations

import pycrdt
from hypothesis import given, settings
from hypothesis import strategies as st

from live.text import TEXT, edits, first_update, rebase, set_text, text_of

ALPHABET = st.sampled_from(list("ab \n:-é😀"))
texts = st.text(ALPHABET, max_size=40)

# One step: (peer, kind, position fraction, insert) - kind 0 inserts, 1 deletes one character.
steps = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 1), st.floats(0, 1), st.text(ALPHABET, min_size=1,
                                                                                        max_size=3)),
                 min_size=1, max_size=30)


def _byte_offset(text: str, fraction: float) -> tuple[int, int]:
    """A character position by ``fraction`` of the text, as (character index, UTF-8 byte offset)."""
    i = int(fraction * len(text))
    return i, len(text[:i].encode("utf-8"))


@settings(max_examples=150, deadline=None)
@given(start=texts, plan=steps, order=st.randoms(use_true_random=False))
def test_peers_editing_at_once_converge_whatever_the_timing(start, plan, order):
    """Four editors and the server, as in the studio: each editor's updates reach the server in the order it made
    them, at any moment relative to the others'; the server's updates reach each editor in the server's order,
    also at any moment. Every editor ends with the server's text, which is the text the log gives a new tab."""
    seed = first_update(start)
    server = pycrdt.Doc()
    server.apply_update(seed)
    broadcast: list[bytes] = []  # what the server integrated, in its order
    server.observe(lambda event: broadcast.append(event.update))
    peers = []
    for _ in range(4):
        doc = pycrdt.Doc()
        doc.apply_update(seed)
        peers.append({"doc": doc, "text": doc.get(TEXT, type=pycrdt.Text), "outbox": [], "heard": 0})

    def deliver_some() -> None:
        for peer in peers:
            if peer["outbox"] and order.random() < 0.5:
                server.apply_update(peer["outbox"].pop(0))
            if order.random() < 0.5:
                for update in broadcast[peer["heard"]:]:
                    peer["doc"].apply_update(update)
                peer["heard"] = len(broadcast)

    for who, kind, where, insert in plan:
        peer = peers[who]
        before = peer["doc"].get_state()
        text = str(peer["text"])
        if kind == 0 or not text:
            peer["text"].insert(_byte_offset(text, where)[1], insert)
        else:
            i, at = _byte_offset(text, min(where, 0.999))
            del peer["text"][at:at + len(text[i].encode("utf-8"))]
        peer["outbox"].append(peer["doc"].get_update(before))
        deliver_some()
    for peer in peers:
        while peer["outbox"]:
            server.apply_update(peer["outbox"].pop(0))
    for peer in peers:
        for update in broadcast[peer["heard"]:]:
            peer["doc"].apply_update(update)
    final = str(server.get(TEXT, type=pycrdt.Text))
    assert {str(peer["text"]) for peer in peers} == {final}, "every editor shows the server's text"
    assert text_of([seed, *broadcast]) == final, "the log (the server's updates in order) gives the same text"


@settings(max_examples=150, deadline=None)
@given(start=texts, pieces=st.lists(st.tuples(st.integers(0, 2), st.text(st.sampled_from("xyzé😀\n"), min_size=1,
                                                                          max_size=4)), min_size=1, max_size=12))
def test_concurrent_insertions_keep_every_character(start, pieces):
    seed = first_update(start)
    docs = []
    for _ in range(3):
        doc = pycrdt.Doc()
        doc.apply_update(seed)
        docs.append(doc)
    updates = []
    for peer, insert in pieces:
        doc = docs[peer]
        ytext = doc.get(TEXT, type=pycrdt.Text)
        before = doc.get_state()
        ytext.insert(len(str(ytext).encode("utf-8")), insert)  # all at the end, at the same moment
        updates.append(doc.get_update(before))
    result = text_of([seed, *updates])
    for char in set("".join(p for _, p in pieces)):
        assert result.count(char) == start.count(char) + sum(p.count(char) for _, p in pieces)


@settings(max_examples=300, deadline=None)
@given(old=texts, new=texts)
def test_a_change_is_made_by_minimal_edits(old, new):
    doc = pycrdt.Doc()
    ytext = doc.get(TEXT, type=pycrdt.Text)
    ytext += old
    changed = set_text(ytext, new)
    assert str(ytext) == new and changed == (old != new)
    touched = sum(end - start for start, end, _ in edits(old, new))
    assert touched <= len(old) and (old == new) == (touched == 0 and not edits(old, new))


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(st.text(st.sampled_from("abc é"), max_size=8), min_size=3, max_size=8),
       mine=st.data())
def test_a_rebased_change_keeps_what_others_changed_on_other_lines(lines, mine):
    base = "".join(f"{i}: {line}\n" for i, line in enumerate(lines))
    a = mine.draw(st.integers(0, len(lines) - 1))
    b = mine.draw(st.integers(0, len(lines) - 1).filter(lambda i: abs(i - a) > 1))
    ours = base.replace(f"{a}: {lines[a]}\n", f"{a}: ONS\n")
    theirs = base.replace(f"{b}: {lines[b]}\n", f"{b}: HUN\n")
    result = rebase(base, ours, theirs)
    assert f"{a}: ONS\n" in result and f"{b}: HUN\n" in result
    assert rebase(base, ours, base) == ours, "nothing changed meanwhile: the change as it is"
