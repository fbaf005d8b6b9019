"""The one file-name rule: a plain name of a file directly in a vision's folder or in a workspace.

Used for logos (praatplaat.logo), shared bases (praatplaat.basis), the newsletter's photos
(praatplaat.krant.photo) and the files a workspace stores (store.ids). A plain name

- is not empty and at most MAX_NAME_CHARS characters and MAX_NAME_BYTES bytes of UTF-8 ('length');
- has no directory part: no '/', '\\' or ':' ('separator');
- does not start with a dot ('dot');
- has no space at its start or end ('space');
- has no control, format, surrogate or line/paragraph separator characters, NUL included ('control');
- ends in one of the caller's suffixes, when the caller names them (case-insensitive; 'suffix').

The rule never touches the file system; the callers open a checked name only inside their folder.
"""

from __future__ import annotations

import unicodedata

from .limits import MAX_LOGO_NAME_BYTES as MAX_NAME_BYTES
from .limits import MAX_LOGO_NAME_CHARS as MAX_NAME_CHARS
from .words import FILE_REASONS, both

__all__ = ["IMAGE_SUFFIXES", "MAX_NAME_BYTES", "MAX_NAME_CHARS", "NAME_PATTERN", "REASONS", "SPACES", "is_plain",
           "problem"]

# The part of the rule a JSON Schema can say (the model and assets/praatplaat.schema.json use it).
NAME_PATTERN = r"^[^./\\\x00-\x1f\x7f-\x9f][^/\\\x00-\x1f\x7f-\x9f]*$"

# What the model strips around a text (pydantic trims Unicode White_Space): unlike str.strip() it keeps the
# information separators U+001C..U+001F, so a name made of them is refused, never read as no name at all.
SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c not in "\x1c\x1d\x1e\x1f")

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp")  # what praatplaat.logo.decode_image may decode
_SEPARATORS = frozenset("/\\:")
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})

# Why a name is not plain, for located messages (the value of a diagnostic's {reason}).
REASONS = {code: both(entry, chars=MAX_NAME_CHARS, suffixes=", ".join(IMAGE_SUFFIXES))
           for code, entry in FILE_REASONS.items()}


def problem(name: object, suffixes: tuple[str, ...] = ()) -> str | None:
    """Why ``name`` is no plain file name (a key of REASONS), or None when it is one."""
    if not isinstance(name, str) or not name or len(name) > MAX_NAME_CHARS:
        return "length"
    if len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
        return "length"
    if any(c in _SEPARATORS for c in name):
        return "separator"
    if name.startswith("."):
        return "dot"
    if any(unicodedata.category(c) in _INVISIBLE for c in name):
        return "control"
    if name.strip() != name:
        return "space"
    if suffixes and not name.lower().endswith(suffixes):
        return "suffix"
    return None


def is_plain(name: object, suffixes: tuple[str, ...] = ()) -> bool:
    """True when ``name`` is a plain file name (and ends in one of ``suffixes`` when given)."""
    return problem(name, suffixes) is None
