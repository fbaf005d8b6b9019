"""The vision's YAML as a Yjs text: the shared document's layout and text changes as minimal edits.

pycrdt addresses a text by UTF-8 byte offsets (the browser's Yjs by UTF-16 units; the document is the same), so
edits are computed on characters and turned into byte offsets here, in one place.
"""

from __future__ import annotations

from difflib import SequenceMatcher

import pycrdt

TEXT = "yaml"  # the name of the Y.Text in every praatplaat document (editor.js uses the same)
_CHAR_DIFF_MAX = 4000  # a changed region longer than this (in characters) is compared line by line first


def new_doc() -> tuple[pycrdt.Doc, pycrdt.Text]:
    doc = pycrdt.Doc()
    return doc, doc.get(TEXT, type=pycrdt.Text)


def first_update(text: str) -> bytes:
    """The update that gives an empty document ``text`` (the log's first row; made once per workspace)."""
    doc, ytext = new_doc()
    ytext += text
    return doc.get_update()


def text_of(updates: list[bytes]) -> str:
    """The text the given updates make together."""
    doc, ytext = new_doc()
    for update in updates:
        doc.apply_update(update)
    return str(ytext)


def _trim(old: str, new: str, lo: int, hi_old: int, hi_new: int) -> tuple[int, int, int]:
    """Shrink old[lo:hi_old] vs new[lo:hi_new] by their common prefix and suffix."""
    while lo < hi_old and lo < hi_new and old[lo] == new[lo]:
        lo += 1
    while hi_old > lo and hi_new > lo and old[hi_old - 1] == new[hi_new - 1]:
        hi_old, hi_new = hi_old - 1, hi_new - 1
    return lo, hi_old, hi_new


def edits(old: str, new: str) -> list[tuple[int, int, str]]:
    """Minimal edits that turn ``old`` into ``new``: (start, end, insert) in character offsets of ``old``,
    ascending and not overlapping. Unchanged text is never touched, so the edits merge with someone typing
    elsewhere in the same document."""
    start, end_old, end_new = _trim(old, new, 0, len(old), len(new))
    if start == end_old == end_new:
        return []
    if max(end_old, end_new) - start <= _CHAR_DIFF_MAX:
        return _char_edits(old, new, start, end_old, start, end_new)
    a = old[start:end_old].splitlines(keepends=True)
    b = new[start:end_new].splitlines(keepends=True)
    out: list[tuple[int, int, str]] = []
    pos_a = [start]
    for line in a:
        pos_a.append(pos_a[-1] + len(line))
    pos_b = [start]
    for line in b:
        pos_b.append(pos_b[-1] + len(line))
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        shift = pos_b[j1] - pos_a[i1]  # new offset - old offset at the start of this block
        s, e_old, e_new = pos_a[i1], pos_a[i2], pos_b[j2]  # trimmed below to the changed characters
        while s < e_old and s + shift < e_new and old[s] == new[s + shift]:
            s += 1
        while e_old > s and e_new > s + shift and old[e_old - 1] == new[e_new - 1]:
            e_old, e_new = e_old - 1, e_new - 1
        out.append((s, e_old, new[s + shift:e_new]))
    return out


def _char_edits(old: str, new: str, a0: int, a1: int, b0: int, b1: int) -> list[tuple[int, int, str]]:
    matcher = SequenceMatcher(None, old[a0:a1], new[b0:b1], autojunk=False)
    return [(a0 + i1, a0 + i2, new[b0 + j1:b0 + j2])
            for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def rebase(base: str, new: str, current: str) -> str:
    """``current`` with the change from ``base`` to ``new`` made in it: a tab that saw ``base`` and wants ``new``
    (a form, quick capture) does not undo what others changed since (``base`` → ``current``). Where both changed
    the same characters, this change comes after theirs; text they added elsewhere is never lost."""
    if base == current:
        return new
    theirs = edits(base, current)

    def move(i: int, end: bool) -> int:
        shift = 0
        for s, e, insert in theirs:
            if e < i or (e == i and s < e) or (s == e == i and not end):  # wholly before i (their insertion at
                # the start of this change goes first; at its end it stays after it)
                shift += len(insert) - (e - s)
            elif s < i:  # i lies in text they replaced: after their new text
                return s + shift + len(insert)
            else:
                break
        return i + shift

    out, at = [], 0
    for s, e, insert in edits(base, new):
        start = move(s, False)
        end = max(start, move(e, True) if e > s else start)
        out.append(current[at:start] + insert)
        at = max(at, end)
    out.append(current[at:])
    return "".join(out)


def set_text(ytext: pycrdt.Text, new: str) -> bool:
    """Change ``ytext`` into ``new`` by minimal edits (in the caller's transaction); returns whether it changed."""
    old = str(ytext)
    changes = edits(old, new)
    for start, end, insert in reversed(changes):
        at = len(old[:start].encode("utf-8"))
        if end > start:
            del ytext[at:at + len(old[start:end].encode("utf-8"))]
        if insert:
            ytext.insert(at, insert)
    return bool(changes)
