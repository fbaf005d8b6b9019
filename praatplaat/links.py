"""Which elements of a vision belong together, as refs "kind:id" (used for highlighting)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from .model import Vision
from .ref import Ref, step_id, verhaal_id  # noqa: F401 - step_id, verhaal_id: also imported from here


def links(vision: Vision) -> dict[str, set[str]]:
    """For every element ref, the refs of the elements linked to it (both directions)."""
    out: dict[str, set[str]] = defaultdict(set)

    def link(a: str, b: str) -> None:
        out[a].add(b)
        out[b].add(a)

    for reis in vision.klantreizen:
        journey = f"klantreis:{reis.id}"
        if reis.doelgroep:
            link(journey, f"doelgroep:{reis.doelgroep}")
        for i, stap in enumerate(reis.stappen):
            step = f"stap:{step_id(reis.id, i)}"
            link(journey, step)
            if stap.kanaal:
                link(step, f"kanaal:{stap.kanaal}")
            for p in stap.principes:
                link(step, f"principe:{p}")
    for i, verhaal in enumerate(vision.verhalen):
        if verhaal.principe:
            link(f"verhaal:{verhaal_id(i)}", f"principe:{verhaal.principe}")
    for punt in vision.agenda:
        for p in punt.principes:
            link(f"agenda:{punt.id}", f"principe:{p}")
    return out


def lit(selected: str, linked: Iterable[str]) -> set[str]:
    """Refs to keep in full colour when ``selected`` (with the given links) is selected.

    Everything directly linked lights up, and the journey of every step that does (so a lit step
    keeps its journey's name readable).
    """
    keep = {selected, *linked}
    steps = [Ref.parse(ref) for ref in keep if ref.startswith("stap:")]
    keep |= {f"klantreis:{r.step_position()[0]}" for r in steps if r and r.step_position()}
    return keep


def highlighted(vision: Vision, selected: str | None) -> set[str] | None:
    """``lit`` for ``selected`` in ``vision`` (None: nothing selected)."""
    if not selected:
        return None
    return lit(selected, links(vision).get(selected, ()))
