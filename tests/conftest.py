"""Fixtures for every test."""

from __future__ import annotations

import sys

import pytest


@pytest.fixture(autouse=True)
def _own_main_module():
    """Streamlit's AppTest runs its script as ``__main__`` and leaves it in ``sys.modules``; a process started
    later with multiprocessing's "spawn" would run that script again and die (its pool starting new ones without
    end). Every test gives the worker its own ``__main__`` back."""
    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main
