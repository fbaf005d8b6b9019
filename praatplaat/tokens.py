"""The municipality's own house style from NL Design System design tokens.

Organisations publish their tokens per organisation as npm packages (e.g. ``@gemeente-denhaag/design-tokens-
components``) with a JSON of tokens (Style Dictionary: nested groups, each token ``{"value": ...}``) and a CSS of
custom properties (``--utrecht-document-color: ...``). ``read_tokens`` reads either and ``huisstijl_from``
maps the common component tokens (the ``utrecht-`` names that NL Design System themes implement) onto the
vision's ``huisstijl``: colours, font family and corner radius. Colours may be written as hex, ``rgb()`` or
``hsl()`` (comma or space syntax); ``var(--x)`` references within the file are followed.

The same names are what the HTML export and the newsletter read their colours and font from
(``CSS_PROPS``), with the theme's values as fallbacks, so a CMS theme that sets them restyles an embedded
picture's page.
"""

from __future__ import annotations

import colorsys
import json
import re

from .words import table

MAX_TOKEN_BYTES = 4 * 1024 * 1024  # a whole package's index.json is ~1.3 MB

# Huisstijl field -> token names, first found wins.
MAPPING = {
    "primair": ("utrecht-button-primary-action-background-color", "utrecht-heading-color"),
    "accent": ("utrecht-link-color", "utrecht-focus-outline-color"),
    "achtergrond": ("utrecht-document-background-color", "utrecht-page-background-color"),
    "tekst": ("utrecht-document-color",),
    "lettertype": ("utrecht-document-font-family", "utrecht-heading-font-family"),
    "hoekstraal": ("utrecht-button-border-radius", "utrecht-textbox-border-radius", "utrecht-border-radius-md"),
}
# The custom properties the HTML export and the newsletter read (with our theme's values as fallbacks).
CSS_PROPS = {
    "bg": "--utrecht-document-background-color",
    "ink": "--utrecht-document-color",
    "heading": "--utrecht-heading-color",
    "link": "--utrecht-link-color",
    "font": "--utrecht-document-font-family",
}
NAMED = {"white": "#FFFFFF", "black": "#000000"}
FAMILY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _-]{0,59}$")




class TokenError(ValueError):
    """A tokens file that cannot be used: ``code`` is a key of praatplaat.words.TOKEN_REASONS."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code

    def reason(self, lang: str = "nl") -> str:
        return table("token_reasons", lang)[self.code]


def read_tokens_file(path) -> dict[str, str]:
    """read_tokens of the file at ``path`` (its size checked before reading)."""
    from pathlib import Path

    path = Path(path)
    try:
        if path.stat().st_size > MAX_TOKEN_BYTES:
            raise TokenError("too_large")
        return read_tokens(path.read_bytes(), path.name)
    except OSError:
        raise TokenError("unreadable") from None


def read_tokens(data: bytes | str, name: str = "tokens.json") -> dict[str, str]:
    """{token name without '--': raw value} of a Style Dictionary JSON or a CSS file of custom properties."""
    if isinstance(data, bytes):
        if len(data) > MAX_TOKEN_BYTES:
            raise TokenError("too_large")
        data = data.decode("utf-8", "replace")
    if len(data) > MAX_TOKEN_BYTES:
        raise TokenError("too_large")
    text = data.lstrip("\ufeff").strip()
    if name.lower().endswith(".json") or text.startswith("{"):
        try:
            tree = json.loads(text)
        except ValueError:
            raise TokenError("not_tokens") from None
        found: dict[str, str] = {}
        _walk(tree, (), found)
    else:
        found = {m.group(1): m.group(2).strip() for m in re.finditer(r"--([A-Za-z0-9_-]+)\s*:\s*([^;{}]+)", text)}
    if not found:
        raise TokenError("not_tokens")
    return found


def _walk(node, path: tuple[str, ...], out: dict[str, str]) -> None:
    if isinstance(node, dict):
        value = node.get("value", node.get("$value"))
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            out.setdefault("-".join(path), str(value))
            return
        for key, child in node.items():
            if isinstance(key, str) and not key.startswith("$"):
                _walk(child, (*path, key), out)


def _resolve(tokens: dict[str, str], value: str, depth: int = 0) -> str:
    """``value`` with var(--x, fallback) and {a.b.c} references followed (at most 10 deep)."""
    if depth > 10:
        return value
    match = re.fullmatch(r"var\(\s*--([A-Za-z0-9_-]+)\s*(?:,\s*(.+))?\)", value.strip())
    if match:
        name, fallback = match.groups()
        target = tokens.get(name, fallback)
        return _resolve(tokens, target, depth + 1) if target is not None else value
    match = re.fullmatch(r"\{([A-Za-z0-9_.-]+)\}", value.strip())
    if match and match.group(1).replace(".", "-") in tokens:
        return _resolve(tokens, tokens[match.group(1).replace(".", "-")], depth + 1)
    return value


def colour(value: str) -> str | None:
    """'#RRGGBB' of a CSS colour (hex, rgb(), hsl(), white, black), alpha ignored; None otherwise."""
    v = value.strip().lower()
    if v in NAMED:
        return NAMED[v]
    if re.fullmatch(r"#[0-9a-f]{3,4}", v):
        return "#" + "".join(c * 2 for c in v[1:4]).upper()
    if re.fullmatch(r"#[0-9a-f]{6}([0-9a-f]{2})?", v):
        return v[:7].upper()
    match = re.fullmatch(r"(rgba?|hsla?)\(([^)]*)\)", v)
    if not match:
        return None
    parts = [p for p in re.split(r"[\s,/]+", match.group(2).strip()) if p][:3]
    if len(parts) != 3:
        return None
    try:
        if match.group(1).startswith("rgb"):
            rgb = [float(p[:-1]) * 2.55 if p.endswith("%") else float(p) for p in parts]
        else:
            h = float(parts[0].removesuffix("deg")) / 360 % 1
            s, lightness = (float(p.rstrip("%")) / 100 for p in parts[1:])
            r, g, b = colorsys.hls_to_rgb(h, lightness, s)
            rgb = [r * 255, g * 255, b * 255]
    except ValueError:
        return None
    return "#{:02X}{:02X}{:02X}".format(*(max(0, min(255, round(c))) for c in rgb))


def _family(value: str) -> str | None:
    """The first family of a font-family list, without quotes, when it is a plain name."""
    first = value.split(",")[0].strip().strip("'\"").strip()
    return first if FAMILY.match(first) and first.lower() not in ("sans-serif", "serif", "inherit") else None


def _radius(value: str) -> int | None:
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(px|rem)?", value.strip())
    if not match:
        return None
    px = float(match.group(1)) * (16 if match.group(2) == "rem" else 1)
    return max(0, min(40, round(px)))


def huisstijl_from(tokens: dict[str, str]) -> dict[str, str | int]:
    """The huisstijl fields the tokens give (colours '#RRGGBB', lettertype, hoekstraal in px)."""
    out: dict[str, str | int] = {}
    for field, names in MAPPING.items():
        for name in names:
            if name not in tokens:
                continue
            value = _resolve(tokens, tokens[name])
            parsed = (_family(value) if field == "lettertype" else _radius(value) if field == "hoekstraal"
                      else colour(value))
            if parsed is not None:
                out[field] = parsed
                break
    if not out:
        raise TokenError("empty")
    return out


def apply_tokens(vision, tokens: dict[str, str]):
    """``vision`` with its huisstijl taken from ``tokens`` (read_tokens; fields they do not give are kept)."""
    from .model import Huisstijl

    style = Huisstijl.model_validate(vision.huisstijl.model_dump() | huisstijl_from(tokens))
    return vision.model_copy(update={"huisstijl": style})
