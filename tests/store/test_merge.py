"""The three-way line merge: separate changes combine, overlapping ones conflict, nothing invented."""

from hypothesis import given
from hypothesis import strategies as st

from store.merge import merge3

BASE = "titel: A\norganisatie: B\nvisie:\n  kern: C\n"


def test_changes_on_different_lines_merge():
    mine = BASE.replace("titel: A", "titel: AA")
    theirs = BASE.replace("kern: C", "kern: CC")
    assert merge3(BASE, mine, theirs) == ("titel: AA\norganisatie: B\nvisie:\n  kern: CC\n", False)


def test_changes_on_the_same_line_conflict_and_keep_theirs():
    mine, theirs = BASE.replace("B", "X"), BASE.replace("B", "Y")
    assert merge3(BASE, mine, theirs) == (theirs, True)


def test_same_change_on_both_sides_is_no_conflict():
    both = BASE.replace("C", "Z")
    assert merge3(BASE, both, both) == (both, False)


def test_insertions_at_the_same_place_conflict_but_apart_merge():
    assert merge3("a\nb\n", "a\nb\nmine\n", "a\nb\ntheirs\n").conflict
    assert merge3("a\nb\n", "top\na\nb\n", "a\nb\nend\n") == ("top\na\nb\nend\n", False)


def test_last_line_without_newline():
    assert merge3("a", "a\nb", "x\na") == ("x\na\nb", False)


def test_delete_against_edit_of_that_line_conflicts():
    assert merge3("a\nb\nc\n", "a\nc\n", "a\nB\nc\n").conflict


lines = st.lists(st.sampled_from(["a\n", "b\n", "c\n", "  d: 1\n", "\n"]), max_size=8)
unique_lines = st.lists(st.text("abcdef: ", min_size=1, max_size=6).map(lambda s: s + "\n"), unique=True, max_size=8)


@given(unique_lines, st.data())
def test_property_one_sided_edits_and_separate_line_edits(base_lines, data):
    """Repeated lines can align ambiguously (a conservative conflict then), so the base has unique lines."""
    base = "".join(base_lines)
    other = "".join(data.draw(lines))
    assert merge3(base, other, base) == (other, False)
    assert merge3(base, base, other) == (other, False)
    if len(base_lines) >= 2:
        i = data.draw(st.integers(0, len(base_lines) - 2))
        mine = base_lines.copy()
        theirs = base_lines.copy()
        mine[i] = "MINE\n"
        theirs[-1] = "THEIRS\n"
        merged = merge3(base, "".join(mine), "".join(theirs))
        assert not merged.conflict
        assert merged.text.splitlines(keepends=True) == mine[:-1] + ["THEIRS\n"]
