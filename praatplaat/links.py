"""Which elements of a vision belong together, as refs "kind:id" (used for highlighting)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from .model import Vision
from .ref import Ref


def links(vision: Vision) -> dict[str, set[str]]:
    """For every element ref, the refs of the elements linked to it (both directions)."""
    out: dict[str, set[str]] = defaultdict(set)

    def link(a: str, b: str) -> None:
        out[a].add(b)
        out[b].add(a)

    for reis in vision.klantreizen:
        journey = str(Ref("klantreis", reis.id))
        if reis.doelgroep:
            link(journey, str(Ref("doelgroep", reis.doelgroep)))
        for i, stap in enumerate(reis.stappen):
            step = str(Ref.step(reis.id, i))
            link(journey, step)
            if stap.kanaal:
                link(step, str(Ref("kanaal", stap.kanaal)))
            for p in stap.principes:
                link(step, str(Ref("principe", p)))
    for i, verhaal in enumerate(vision.verhalen):
        if verhaal.principe:
            link(str(Ref.quote(i)), str(Ref("principe", verhaal.principe)))
    for punt in vision.agenda:
        for p in punt.principes:
            link(str(Ref("agenda", punt.id)), str(Ref("principe", p)))
    return out


def lit(selected: str, linked: Iterable[str]) -> set[str]:
    """Refs to keep in full colour when ``selected`` (with the given links) is selected.

    Everything directly linked lights up, and the journey of every step that does (so a lit step
    keeps its journey's name readable).
    """
    keep = {selected, *linked}
    steps = [r.step_position() for r in map(Ref.parse, keep) if r]
    keep |= {str(Ref("klantreis", step[0])) for step in steps if step}
    return keep


def highlighted(vision: Vision, selected: str | None) -> set[str] | None:
    """``lit`` for ``selected`` in ``vision`` (None: nothing selected)."""
    if not selected:
        return None
    return lit(selected, links(vision).get(selected, ()))
