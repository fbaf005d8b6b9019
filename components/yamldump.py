"""Write parts of a vision back into its YAML text, leaving the rest of the text untouched.

Forms, the huisstijl panel and the logo upload change one top-level section (``principes``,
``huisstijl``, ``logo``...). Only that section's lines are regenerated, so comments and the
layout of every other section survive. Output is clean block YAML in the format's key order,
without empty or null values.
"""

from __future__ import annotations

import re

import yaml

KEY_ORDER = (
    "versie", "titel", "ondertitel", "organisatie", "logo", "huisstijl", "visie", "principes",
    "fundament", "kanalen", "doelgroepen", "klantreizen", "verhalen", "agenda",
)
_TOP_KEY = re.compile(r"^(?P<key>[^\s#\-'\"{\[][^:#]*?)\s*:(\s|$)")
_FLOW_MAX = 70


class _Dumper(yaml.SafeDumper):
    """Block style with list items indented under their key."""

    def increase_indent(self, flow: bool = False, indentless: bool = False):
        return super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str):
    style = None
    if "\n" in value.strip("\n"):
        style = "|"
    elif value:
        analysis = dumper.analyze_scalar(value)
        implicit = dumper.resolve(yaml.ScalarNode, value, (True, False)) == "tag:yaml.org,2002:str"
        if not (implicit and analysis.allow_block_plain):
            style = '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_list(dumper: yaml.SafeDumper, value: list):
    short = all(isinstance(v, (str, int)) and "\n" not in str(v) for v in value)
    flow = short and len(", ".join(map(str, value))) <= _FLOW_MAX
    node = dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)
    if flow:
        for item in node.value:
            if item.style is None and not dumper.analyze_scalar(item.value).allow_flow_plain:
                item.style = '"'
    return node


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)


def clean(value):
    """Drop None, empty text and empty lists/mappings (list items are always kept)."""
    if isinstance(value, dict):
        out = {k: clean(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        return [clean(v) for v in value]
    if isinstance(value, str):
        return value.strip()
    return value


def dump_section(key: str, value) -> str:
    """``key: value`` as block YAML ending in a newline ('' when the value is empty)."""
    value = clean(value)
    if value in (None, "", [], {}):
        return ""
    return yaml.dump({key: value}, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10_000)


def _sections(lines: list[str]) -> dict[str, tuple[int, int]]:
    """Line ranges [start, end) of each top-level key (first occurrence)."""
    starts = [(i, m.group("key")) for i, line in enumerate(lines) if (m := _TOP_KEY.match(line))]
    out: dict[str, tuple[int, int]] = {}
    for n, (start, key) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
            end -= 1
        out.setdefault(key, (start, end))
    return out


def replace_section(text: str, key: str, value) -> str:
    """``text`` with the top-level ``key`` set to ``value`` (removed when the value is empty)."""
    block = dump_section(key, value)
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    sections = _sections(lines)
    if key in sections:
        start, end = sections[key]
        return "".join(lines[:start]) + block + "".join(lines[end:])
    later = [sections[k][0] for k in KEY_ORDER[KEY_ORDER.index(key) + 1:] if k in sections] if key in KEY_ORDER else []
    at = min(later) if later else len(lines)
    return "".join(lines[:at]) + block + "".join(lines[at:])
