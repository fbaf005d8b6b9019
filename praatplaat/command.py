"""What the subcommands share: their two failures (a usage error, exit code 2; an output that cannot be written,
exit code 4), the checks and the writing of ``--out``, and ``--tokens``."""

from __future__ import annotations

import errno
from contextlib import contextmanager
from pathlib import Path

from .words import os_reason, table


class UsageError(Exception):
    """A mistake in how the command was called (exit code 2)."""


class OutputError(Exception):
    """The output file cannot be written (exit code 4)."""


def check_out(out: str, lang: str) -> None:
    """An existing folder as ``--out`` cannot be written (exit 4), whatever its name ends with."""
    try:
        is_dir = Path(out).is_dir()
    except (OSError, ValueError):
        is_dir = False
    if is_dir:
        raise OutputError(table("cli", lang)["out_dir"].format(path=out))


def with_tokens(vision, file: str | None, lang: str):
    """``vision`` in the house style of the tokens ``file`` (--tokens); a usage error when they cannot be used."""
    if not file:
        return vision
    from .tokens import TokenError, apply_tokens, read_tokens_file

    try:
        return apply_tokens(vision, read_tokens_file(file))
    except TokenError as exc:
        raise UsageError(table("cli", lang)["tokens_bad"].format(file=file, reason=exc.reason(lang))) from None


@contextmanager
def writing(path: str, lang: str):
    """Turns a failure to write the output into an OutputError with a plain one-line message."""
    try:
        yield
    except (OSError, ValueError) as exc:
        t = table("cli", lang)
        code = getattr(exc, "errno", None)
        if isinstance(exc, IsADirectoryError):
            message = t["out_dir"]
        elif isinstance(exc, (NotADirectoryError, FileExistsError)) or code == errno.ENOTDIR:
            message = t["out_not_dir"]
        elif isinstance(exc, PermissionError) or code == errno.EROFS:
            message = t["out_denied"]
        else:
            message = t["out_failed"]
        raise OutputError(message.format(path=path, reason=os_reason(exc)[lang])) from None
