"""Safe YAML loading from the event stream, keeping the position of every node.

Nothing is ever constructed from tags: only plain strings, numbers, booleans, null, lists and
mappings. A number longer than MAX_NUMBER_CHARS is never converted (YAML 1.1's hex, octal and
sexagesimal integers have no digit limit) but kept as its text, a LongNumber. Building from
events (instead of PyYAML's recursive composer) bounds nesting depth and alias expansion before
they can crash or exhaust the process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from .diagnostics import Diagnostic, short
from .limits import MAX_DEPTH, MAX_NODES, MAX_NUMBER_CHARS
from .words import SYNTAX_PROBLEMS

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Path = tuple  # of str keys and int indexes

# A character YAML does not allow in a stream (NUL and other control characters), as libyaml's reader refuses it.
_NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

_STD = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {_STD + t for t in ("str", "int", "float", "bool", "null", "seq", "map")} | {"!"}
_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_STR = _STD + "str"
# The implicit resolvers of a plain scalar by its first character ('' for an empty one), wildcard ones appended:
# what yaml.resolver.Resolver.resolve tries, looked up once instead of per scalar.
_IMPLICIT = {first: resolvers + _RESOLVER.yaml_implicit_resolvers.get(None, [])
             for first, resolvers in _RESOLVER.yaml_implicit_resolvers.items() if first is not None}
_WILDCARD = _RESOLVER.yaml_implicit_resolvers.get(None, [])
_SCALARS = {
    _STD + "int": _CONSTRUCTOR.construct_yaml_int,
    _STD + "float": _CONSTRUCTOR.construct_yaml_float,
    _STD + "bool": _CONSTRUCTOR.construct_yaml_bool,
    _STD + "null": _CONSTRUCTOR.construct_yaml_null,
}


class LongNumber(str):
    """A number written with more than MAX_NUMBER_CHARS characters, kept as written: it is text where
    text is expected, and 'number too large' where a number is."""


@dataclass
class Document:
    """Plain data plus the (line, col) of every value and every mapping key, 1-based."""

    data: object = None
    marks: dict = field(default_factory=dict)
    key_marks: dict = field(default_factory=dict)
    diagnostics: list = field(default_factory=list)

    def mark(self, path: Path, key: bool = False) -> tuple[int, int]:
        """Position of the node at path (its key if key=True), else of its nearest ancestor."""
        path = tuple(path)
        if key and path in self.key_marks:
            return self.key_marks[path]
        while path not in self.marks and path:
            path = path[:-1]
        return self.marks.get(path, (1, 1))


class _Fatal(Exception):
    def __init__(self, diagnostic: Diagnostic):
        self.diagnostic = diagnostic


def _pos(mark) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1


def _shown_tag(tag: str) -> str:
    """A tag as it is written in YAML: '!!python/...' rather than 'tag:yaml.org,2002:python/...'."""
    return "!!" + tag[len(_STD):] if tag.startswith(_STD) else tag


def _scalar(event, doc: Document) -> object:
    tag = event.tag
    if tag is not None and tag not in _ALLOWED_TAGS:
        doc.diagnostics.append(Diagnostic("error", "tag", *_pos(event.start_mark), {"tag": _shown_tag(tag)}))
        return None
    value = event.value
    if tag is None:
        if not event.implicit[0]:
            return value
        tag = next((t for t, regexp in _IMPLICIT.get(value[:1], _WILDCARD) if regexp.match(value)), _STR)
    elif tag == "!":
        return value
    construct = _SCALARS.get(tag)
    if construct is None:
        return value  # str, and timestamps kept as written
    if len(value) > MAX_NUMBER_CHARS and tag in (_STD + "int", _STD + "float"):
        return LongNumber(value)
    try:
        return construct(yaml.ScalarNode(tag, value))
    except (ValueError, yaml.YAMLError):
        return value


class _Builder:
    def __init__(self, doc: Document):
        self.doc = doc
        self.stack: list[list] = []  # [container, path, pending_key, anchor, size_at_start]
        self.anchors: dict[str, tuple[object, int]] = {}
        self.size = 0
        self.root_set = False

    def _count(self, n: int, event) -> None:
        self.size += n
        if self.size > MAX_NODES:
            raise _Fatal(Diagnostic("error", "too_many_nodes", *_pos(event.start_mark), {"limit": MAX_NODES}))

    def _child_path(self, event) -> Path | None:
        """Path of the node this event starts; None if it is a mapping key."""
        if not self.stack:
            return ()
        frame = self.stack[-1]
        container, path = frame[0], frame[1]
        if isinstance(container, list):
            return path + (len(container),)
        if frame[2] is _NO_KEY:
            return None
        return path + (frame[2],)

    def _attach(self, value: object) -> None:
        if not self.stack:
            self.doc.data = value
            self.root_set = True
            return
        frame = self.stack[-1]
        if isinstance(frame[0], list):
            frame[0].append(value)
        else:
            frame[0][frame[2]] = value
            frame[2] = _NO_KEY

    def _key(self, event) -> None:
        frame = self.stack[-1]
        if not isinstance(event, yaml.ScalarEvent):
            raise _Fatal(Diagnostic("error", "bad_key", *_pos(event.start_mark)))
        key = _scalar(event, self.doc)
        key = "" if key is None else str(key)
        path = frame[1] + (key,)
        if key in frame[0]:
            first = self.doc.key_marks.get(path, (0, 0))[0]
            self.doc.diagnostics.append(
                Diagnostic("error", "duplicate_key", *_pos(event.start_mark), {"key": key, "first": first})
            )
        else:
            self.doc.key_marks[path] = _pos(event.start_mark)
        frame[2] = key

    def feed(self, event) -> None:
        if event.__class__ is _SCALAR_EVENT and self.stack and event.anchor is None:
            self._plain_scalar(event)
            return
        if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)):
            return
        if isinstance(event, yaml.DocumentStartEvent):
            if self.root_set:
                raise _Fatal(Diagnostic("error", "multiple_documents", *_pos(event.start_mark)))
            return
        if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            container, _path, _key, anchor, start = self.stack.pop()
            if anchor:
                self.anchors[anchor] = (container, self.size - start)
            self._attach(container)
            return
        path = self._child_path(event)
        if path is None:
            self._key(event)
            return
        self._count(1, event)
        self.doc.marks[path] = _pos(event.start_mark)
        if isinstance(event, yaml.AliasEvent):
            if event.anchor not in self.anchors:
                params = {"problem": SYNTAX_PROBLEMS["found undefined alias"]}
                self.doc.diagnostics.append(Diagnostic("error", "syntax", *_pos(event.start_mark), params))
            value, size = self.anchors.get(event.anchor, (None, 0))
            self._count(size, event)
            self._attach(value)
        elif isinstance(event, yaml.ScalarEvent):
            value = _scalar(event, self.doc)
            if event.anchor:
                self.anchors[event.anchor] = (value, 1)
            self._attach(value)
        else:
            tag = event.tag
            if tag is not None and tag not in _ALLOWED_TAGS:
                params = {"tag": _shown_tag(tag)}
                self.doc.diagnostics.append(Diagnostic("error", "tag", *_pos(event.start_mark), params))
            if len(self.stack) >= MAX_DEPTH:
                raise _Fatal(Diagnostic("error", "too_deep", *_pos(event.start_mark), {"limit": MAX_DEPTH}))
            container = [] if isinstance(event, yaml.SequenceStartEvent) else {}
            self.stack.append([container, path, _NO_KEY, event.anchor, self.size])


    def _plain_scalar(self, event) -> None:
        """What ``feed`` does for a scalar without an anchor inside a container (most events), inlined."""
        frame = self.stack[-1]
        container = frame[0]
        if container.__class__ is list:
            path = frame[1] + (len(container),)
        elif frame[2] is _NO_KEY:
            self._key(event)
            return
        else:
            path = frame[1] + (frame[2],)
        self.size += 1
        if self.size > MAX_NODES:
            raise _Fatal(Diagnostic("error", "too_many_nodes", *_pos(event.start_mark), {"limit": MAX_NODES}))
        mark = event.start_mark
        self.doc.marks[path] = (mark.line + 1, mark.column + 1)
        value = _scalar(event, self.doc)
        if container.__class__ is list:
            container.append(value)
        else:
            container[frame[2]] = value
            frame[2] = _NO_KEY


_NO_KEY = object()
_SCALAR_EVENT = yaml.ScalarEvent


def _syntax(exc: yaml.MarkedYAMLError, text: str) -> Diagnostic:
    """A syntax error at the place a person would look: an unclosed quote where it opens, a missing ':'
    on the line that lacks it (libyaml only notices on the next line)."""
    mark = exc.problem_mark or exc.context_mark
    if exc.context and exc.context_mark and exc.context.startswith("while scanning a quoted"):
        mark = exc.context_mark
    line, col = _pos(mark) if mark else (1, 1)
    problem = exc.problem or exc.context or "?"
    if mark and problem.startswith("found character") and text[mark.index:mark.index + 1] == "\t":
        problem = "found character '\\t' that cannot start any token"
    if (problem.startswith("could not find expected ':'") and exc.context_mark
            and (exc.context or "").startswith("while scanning a simple key")):
        start = exc.context_mark.index
        word = text[start:].split("\n", 1)[0].split(maxsplit=1)
        if word:
            key = short(word[0])  # a message quotes at most a short prefix of what the author wrote
            words = {lang: w.format(key=key) for lang, w in SYNTAX_PROBLEMS["missing colon after"].items()}
            line, col = _pos(exc.context_mark)
            return Diagnostic("error", "syntax", line, col + len(word[0]), {"problem": words})
    plain = next((words for key, words in SYNTAX_PROBLEMS.items() if problem.startswith(key)), None)
    return Diagnostic("error", "syntax", line, col, {"problem": plain or problem})


def _reader_error(exc: yaml.YAMLError, text: str) -> Diagnostic:
    """A character the YAML reader refuses (NUL, another control character), at its own line and column."""
    bad = _NOT_PRINTABLE.search(text)
    if bad is None:
        return Diagnostic("error", "syntax", 1, 1, {"problem": str(exc).splitlines()[0]})
    at = bad.start()
    line, col = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
    n = ord(bad.group())
    return Diagnostic("error", "control_char", line, col, {"char": f"\\x{n:02x}" if n <= 0xFF else f"\\u{n:04x}"})


def load_yaml(text: str) -> Document:
    """Parse text into a Document; syntax and safety problems become diagnostics."""
    doc = Document()
    builder = _Builder(doc)
    loader = None
    try:
        loader = Loader(text)
        feed = builder.feed
        while (event := loader.get_event()).__class__ is not yaml.StreamEndEvent:
            feed(event)
    except _Fatal as fatal:
        doc.diagnostics.append(fatal.diagnostic)
        doc.data = None
    except yaml.MarkedYAMLError as exc:
        doc.diagnostics.append(_syntax(exc, text))
        doc.data = None
    except yaml.YAMLError as exc:
        doc.diagnostics.append(_reader_error(exc, text))
        doc.data = None
    finally:
        if loader is not None:
            loader.dispose()
    return doc
