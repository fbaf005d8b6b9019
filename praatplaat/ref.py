"""References to the elements of a vision: ``kind:id``, the one key for hotspots, groups and links.

Kinds and ids: ``visie:visie``, ``fundament:fundament``, ``principe:<id>``, ``kanaal:<id>``,
``doelgroep:<id>``, ``agenda:<id>``, ``klantreis:<id>``, ``stap:<journey id>/<n>`` (n 1-based) and
``verhaal:verhaal-<n>`` (n 1-based; quotes have no id of their own).

Refs are made with ``Ref`` (``str()`` gives ``kind:id``) and read with ``Ref.parse``, nowhere by hand
(tests/test_architecture.py holds this).
"""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("visie", "principe", "fundament", "kanaal", "doelgroep", "klantreis", "stap", "verhaal", "agenda")


@dataclass(frozen=True, slots=True)
class Ref:
    kind: str
    id: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.id}"

    @classmethod
    def parse(cls, text: str) -> Ref | None:
        """The ref written as ``kind:id``; None when the kind is unknown or the id empty."""
        kind, sep, ident = (text or "").partition(":")
        return cls(kind, ident) if sep and kind in KINDS and ident else None

    @classmethod
    def step(cls, journey_id: str, index: int) -> Ref:
        """The index-th (0-based) step of a journey."""
        return cls("stap", step_id(journey_id, index))

    @classmethod
    def quote(cls, index: int) -> Ref:
        """The index-th (0-based) quote."""
        return cls("verhaal", verhaal_id(index))

    def step_position(self) -> tuple[str, int] | None:
        """(journey id, 0-based index) of a step ref; None for other refs or malformed ids."""
        journey, _, number = self.id.rpartition("/")
        if self.kind != "stap" or not journey or not number.isdigit() or int(number) < 1:
            return None
        return journey, int(number) - 1

    def quote_index(self) -> int | None:
        """0-based index of a quote ref; None for other refs or malformed ids."""
        number = self.id.removeprefix("verhaal-")
        if self.kind != "verhaal" or number == self.id or not number.isdigit() or int(number) < 1:
            return None
        return int(number) - 1


def step_id(journey_id: str, index: int) -> str:
    """Id of the index-th (0-based) step of a journey: "<journey>/<n>", n 1-based."""
    return f"{journey_id}/{index + 1}"


def verhaal_id(index: int) -> str:
    """Id of the index-th (0-based) quote: "verhaal-<n>", n 1-based."""
    return f"verhaal-{index + 1}"
