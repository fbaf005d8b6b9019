"""Accessibility and plain-language (B1) checks of a vision, as located warnings."""

from __future__ import annotations

from .model import Vision
from .yamlload import Document


def check(vision: Vision, doc: Document) -> list:
    """Warnings about contrast, text size and B1 language (placeholder, see issue 4)."""
    return []
