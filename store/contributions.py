"""Validation of contribution payloads (pure): plain trimmed text within bounds, known fields only."""

from __future__ import annotations

from .bounds import MAX_QUOTE, MAX_REF, MAX_REMARK, VOTES
from .model import InvalidContribution, LimitExceeded
from .text import clean


def _text(payload: dict, key: str, limit: int, required: bool = False) -> str:
    value = payload.get(key)
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidContribution(key)
    value = clean(value)
    if len(value) > limit:
        raise LimitExceeded("length", limit)
    if required and not value:
        raise InvalidContribution(key)
    return value


def _ref(payload: dict, key: str, required: bool = False) -> str | None:
    value = _text(payload, key, MAX_REF, required)
    return value or None


def validate(kind: str, payload: object) -> dict:
    """The cleaned payload of a contribution of ``kind`` (see model.Contribution for the fields)."""
    if not isinstance(payload, dict):
        raise InvalidContribution("payload")
    if kind == "verhaal":
        return {"quote": _text(payload, "quote", MAX_QUOTE, True), "who": _text(payload, "who", MAX_REMARK),
                "principle": _ref(payload, "principle"), "journey": _ref(payload, "journey"),
                "step": _ref(payload, "step")}
    if kind == "beoordeling":
        score = payload.get("score")
        if isinstance(score, bool) or not isinstance(score, int) or not -2 <= score <= 2:
            raise InvalidContribution("score")
        return {"journey": _ref(payload, "journey", True), "step": _ref(payload, "step", True), "score": score,
                "remark": _text(payload, "remark", MAX_REMARK)}
    if kind == "stem":
        votes = payload.get("principles")
        if not isinstance(votes, list | tuple) or not 1 <= len(votes) <= VOTES:
            raise InvalidContribution("principles")
        cleaned = [_ref({"p": v}, "p", True) for v in votes]
        return {"principles": cleaned}
    if kind == "voorstel":
        return {"text": _text(payload, "text", MAX_QUOTE, True), "principle": _ref(payload, "principle")}
    raise InvalidContribution("kind")
