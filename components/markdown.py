"""Show user text safely inside Streamlit markdown."""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~$])")


def esc(text: object) -> str:
    """``text`` with markdown (and HTML) syntax escaped, so it shows literally."""
    return _SPECIAL.sub(r"\\\1", str(text)).replace("\n", "  \n")
