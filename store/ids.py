"""Random ids, share tokens and join codes, and their full-match checks (no trailing newline passes)."""

from __future__ import annotations

import re
import secrets

from praatplaat.filenames import IMAGE_SUFFIXES, is_plain

from .bounds import CODE_ALPHABET, CODE_LENGTH
from .model import InvalidId

ID_RE = re.compile(r"[A-Za-z0-9_-]{16,64}")
TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{22,64}")
CODE_RE = re.compile(f"[{CODE_ALPHABET}]{{{CODE_LENGTH}}}")


def new_id() -> str:
    """A new workspace id / browser id / participant key: 128 random bits, URL-safe (22 chars)."""
    return secrets.token_urlsafe(16)


def new_token() -> str:
    """A new read-only share token: 192 random bits (32 chars), unrelated to the workspace id."""
    return secrets.token_urlsafe(24)


def new_code() -> str:
    """A new join code: CODE_LENGTH characters from an alphabet without look-alikes."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def is_id(value: object) -> bool:
    return isinstance(value, str) and ID_RE.fullmatch(value) is not None


def normal_code(value: str) -> str | None:
    """A typed join code in canonical form (upper case, spaces and dashes dropped), None when malformed."""
    if not isinstance(value, str):
        return None
    code = value.strip().upper().replace(" ", "").replace("-", "")
    return code if CODE_RE.fullmatch(code) else None


def check_id(value: object, what: str = "id") -> str:
    if not is_id(value):
        raise InvalidId(what)
    return value


def check_token(value: object) -> str:
    if not (isinstance(value, str) and TOKEN_RE.fullmatch(value)):
        raise InvalidId("token")
    return value


def is_file_name(value: object) -> bool:
    """A workspace file (a logo or a photo): the one file-name rule (praatplaat.filenames), with an image suffix."""
    return is_plain(value, IMAGE_SUFFIXES)


def check_file_name(value: object) -> str:
    if not is_file_name(value):
        raise InvalidId("file name")
    return value
