"""Read one spec file (YAML or JSON) into Python values, refusing hostile input.

Every problem is a located `Diagnostic`. Before the loader builds anything, the
file's libyaml event stream is checked (`_check_events`) for what the loader
would not report or could not survive: nesting deep enough to overflow the C
composer's stack, YAML aliases that expand exponentially, huge values, and
duplicate keys (which PyYAML silently resolves to the last value). Only the
safe loader is used, so a tag like `!!python/object` is an error, never code.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from generator.cache import NO_CACHE, Cache, content_key
from generator.diagnostics import Diagnostic, SpecError, display_path, join_pointer
from generator.limits import MAX_DEPTH, MAX_FILE_BYTES, MAX_NODES, MAX_SCALAR_CHARS

try:
    YAML_LOADER: type[Any] = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - pyyaml built without libyaml
    YAML_LOADER = yaml.SafeLoader

# Python refuses to convert longer decimal strings to int (a ValueError from
# deep inside the YAML constructor); report it as a located error instead.
MAX_INT_DIGITS = sys.get_int_max_str_digits()
_DECIMAL_INT = re.compile(r"[-+]?[0-9][0-9_]*")
# Plain keys YAML 1.1 reads as a boolean or null, which no author means.
_BOOLEAN_OR_NULL = re.compile(
    r"(?:[Yy]es|YES|[Nn]o|NO|[Tt]rue|TRUE|[Ff]alse|FALSE|[Oo]n|ON|[Oo]ff|OFF|~|[Nn]ull|NULL)"
)


def read_document(path: Path, cache: Cache = NO_CACHE) -> tuple[Any, str]:
    """Parse one YAML or JSON file, with the SHA-256 of the bytes it was parsed from;
    errors carry the file's line and column.

    With a cache, bytes parsed before are not parsed again: their values come back
    from `marshal` (exact for every type the safe loader builds but timestamps, whose
    files are simply not cached), some fifty times faster than libyaml. Entries are
    checksummed; the cache folder is trusted as the client code stored in it is.
    """
    shown = display_path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError([Diagnostic("error", f"cannot read file: {exc.strerror}", file=shown)]) from None
    digest = hashlib.sha256(raw).hexdigest()
    key = content_key("parsed", digest, path.suffix == ".json")
    stored = cache.get_bytes("parsed", key)
    if stored is not None:
        try:
            return marshal.loads(stored), digest
        except (EOFError, ValueError, TypeError):
            pass  # not ours after all: parse
    document = _parse(raw, path, shown)
    try:
        cache.put_bytes("parsed", key, marshal.dumps(document))
    except ValueError:  # a value marshal cannot hold (a timestamp)
        pass
    return document, digest


def _parse(raw: bytes, path: Path, shown: str) -> Any:
    if len(raw) > MAX_FILE_BYTES:
        raise SpecError([Diagnostic("error", f"file is larger than {MAX_FILE_BYTES} bytes", file=shown)])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _position(raw, exc.start)
        message = f"file is not UTF-8 (byte {exc.start}): a binary file?"
        raise SpecError([Diagnostic("error", message, file=shown, line=line, column=column)]) from None
    if not text.strip():
        raise SpecError([Diagnostic("error", "the file is empty: not an OpenAPI document", file=shown)])
    is_json = path.suffix == ".json"
    problems = _check_events(text, shown)
    if problems:
        raise SpecError(problems)
    try:
        if is_json:
            return json.loads(text)
        return yaml.load(text, Loader=YAML_LOADER)
    except json.JSONDecodeError as exc:
        raise SpecError(
            [Diagnostic("error", f"invalid JSON: {exc.msg}", file=shown, line=exc.lineno, column=exc.colno)]
        ) from None
    except yaml.YAMLError as exc:
        raise SpecError([_yaml_error(exc, raw, shown)]) from None
    except RecursionError:
        message = f"invalid JSON: nests deeper than {MAX_DEPTH} levels"
        raise SpecError([Diagnostic("error", message, file=shown)]) from None
    except (ValueError, TypeError, OverflowError) as exc:  # a constructor refused a value
        message = f"invalid YAML: {type(exc).__name__}: {exc}"
        raise SpecError([Diagnostic("error", message, file=shown)]) from None


def _yaml_error(exc: yaml.YAMLError, raw: bytes, shown: str) -> Diagnostic:
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        return Diagnostic(
            "error", f"invalid YAML: {exc.problem or exc.context}", file=shown, line=line, column=column
        )
    if isinstance(exc, yaml.reader.ReaderError):
        # libyaml reports a byte offset into the UTF-8 text.
        line, column = _position(raw, exc.position)
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
        message = f"invalid YAML: {exc.reason} (character #x{code:04x}): a binary file?"
        return Diagnostic("error", message, file=shown, line=line, column=column)
    return Diagnostic("error", f"invalid YAML: {type(exc).__name__}", file=shown)


def _position(raw: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset."""
    before = raw[:offset]
    line_start = before.rfind(b"\n") + 1
    return before.count(b"\n") + 1, len(before[line_start:].decode("utf-8", "replace")) + 1


def _check_events(text: str, shown: str) -> list[Diagnostic]:
    """Problems the loader would not report, found on libyaml's event stream.

    The stream is flat: nothing is built, no alias is expanded and nothing
    recurses, so a hostile document costs time linear in its size. Too deep or
    too large stops at once; every duplicate key (which PyYAML silently
    resolves to the last value) is reported. JSON is read the same way, as
    YAML; if libyaml cannot read a JSON file, `json` reports why.
    """
    errors: list[Diagnostic] = []
    # One frame per open collection: a mapping's keys seen so far (None for a
    # sequence), whether its next child is a key, its size so far with aliases
    # expanded, its anchor, and the pointer token of the child being read.
    stack: list[_Frame] = []
    anchored: dict[str, int] = {}
    total = 0

    def located(message: str, mark: Any) -> Diagnostic:
        tokens = [frame.token for frame in stack]
        return Diagnostic("error", message, join_pointer(*tokens), shown, mark.line + 1, mark.column + 1)

    try:
        for event in yaml.parse(text, Loader=YAML_LOADER):
            kind = type(event)
            if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                done = stack.pop()
                if done.anchor is not None:
                    anchored[done.anchor] = done.size
                if stack:
                    stack[-1].size += done.size
                continue
            if (
                kind is not yaml.ScalarEvent
                and kind is not yaml.AliasEvent
                and kind is not yaml.MappingStartEvent
                and kind is not yaml.SequenceStartEvent
            ):
                continue
            size = anchored.get(event.anchor, 1) if kind is yaml.AliasEvent else 1
            total += size
            parent = stack[-1] if stack else None
            if parent is not None:
                if parent.keys is None:
                    parent.index += 1
                    parent.token = str(parent.index)
                elif parent.at_key:
                    parent.at_key = False
                    key = event.value if kind is yaml.ScalarEvent else "?"
                    parent.token = key
                    first = parent.keys.get(key) if kind is yaml.ScalarEvent else None
                    if first is not None:
                        message = f"duplicate key {key!r}: it is already in this mapping at line {first}"
                        errors.append(located(message, event.start_mark))
                    elif kind is yaml.ScalarEvent:
                        parent.keys[key] = event.start_mark.line + 1
                        if event.implicit[0] and _BOOLEAN_OR_NULL.fullmatch(key):
                            message = f"key {key!r} is read as a boolean or null, not as a string: quote it"
                            errors.append(located(message, event.start_mark))
                else:
                    parent.at_key = True
            if total > MAX_NODES:
                message = (
                    f"the document has more than {MAX_NODES} values once its aliases are expanded "
                    "(an alias bomb?)"
                )
                return [located(message, event.start_mark)]
            if kind is yaml.ScalarEvent:
                value = event.value
                if len(value) > MAX_SCALAR_CHARS:
                    message = (
                        f"a value of {len(value)} characters is longer than the limit of {MAX_SCALAR_CHARS}"
                    )
                    return [located(message, event.start_mark)]
                if len(value) > MAX_INT_DIGITS and event.implicit[0] and _DECIMAL_INT.fullmatch(value):
                    message = f"an integer with more than {MAX_INT_DIGITS} digits"
                    errors.append(located(message, event.start_mark))
                if parent is not None:
                    parent.size += 1
                if event.anchor is not None:
                    anchored[event.anchor] = 1
            elif kind is yaml.AliasEvent:
                if parent is not None:
                    parent.size += size
            else:
                if len(stack) >= MAX_DEPTH:
                    return [located(f"the document nests deeper than {MAX_DEPTH} levels", event.start_mark)]
                stack.append(_Frame({} if kind is yaml.MappingStartEvent else None, event.anchor))
    except yaml.YAMLError:
        return []  # the loader (or `json`) reports the syntax error, with its position
    return errors


class _Frame:
    __slots__ = ("keys", "anchor", "at_key", "size", "index", "token")

    def __init__(self, keys: dict[str, int] | None, anchor: str | None) -> None:
        self.keys = keys
        self.anchor = anchor
        self.at_key = True
        self.size = 1
        self.index = -1
        self.token = ""
