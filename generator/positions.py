"""Lines and columns of many pointers in one YAML or JSON file, from its event stream.

`SourceMap.position` finds one pointer in the file's node tree, and building that tree
is most of the cost: 0.6 s for OpenAI's 3 MB spec in a fresh process (0.25 s under a
run's collector settings), paid on every run that reports warnings. libyaml's event
stream is the same parse without the tree, a quarter of the time, and one pass over it
answers every pointer of a run. The answers are the tree
walk's: the deepest node the pointer reaches, shown at its key unless it is a scalar.
A pointer the stream cannot answer the same way (through an alias, or with an index
the tree walk reads differently, `01`) is left to the tree walk.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import yaml

from generator.diagnostics import split_pointer
from generator.parse import YAML_LOADER

_SCALAR, _MAPPING, _SEQUENCE, _ALIAS = 0, 1, 2, 3
# (key mark or None, node mark, what the node is) of a node a pointer reaches.
_Seen = tuple[Any, Any, int]


def event_positions(text: str, pointers: Iterable[str]) -> dict[str, tuple[int, int]]:
    """1-based (line, column) of each pointer the stream answers as the tree walk does;
    the others are left out."""
    wanted: dict[str, list[str]] = {}
    for pointer in pointers:
        try:
            wanted[pointer] = split_pointer(pointer)
        except ValueError:
            continue
    if not wanted:
        return {}
    trie: dict[str, Any] = {}
    for tokens in wanted.values():
        node = trie
        for token in tokens:
            node = node.setdefault(token, {})
    walked = _walk(text, trie)
    if walked is None:
        return {}
    found = {}
    for pointer, tokens in wanted.items():
        answer = _answer(*walked, tokens)
        if answer is not None:
            found[pointer] = answer
    return found


def _walk(
    text: str, trie: dict[str, Any]
) -> tuple[dict[tuple[str, ...], _Seen], set[tuple[str, ...]]] | None:
    """What the stream shows of every node on the way to a wanted pointer, and the
    mappings there with an alias for a key; None when it cannot be read as one document."""
    seen: dict[tuple[str, ...], _Seen] = {}
    unsure: set[tuple[str, ...]] = set()
    # One frame per open collection: [trie node or None, path, is a mapping, next is a
    # key, index of the last item, token of the key just read, its mark].
    stack: list[list[Any]] = []
    try:
        for event in yaml.parse(text, Loader=YAML_LOADER):
            kind = type(event)
            if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                stack.pop()
                continue
            is_mapping = kind is yaml.MappingStartEvent
            opens = is_mapping or kind is yaml.SequenceStartEvent
            if not opens and kind is not yaml.ScalarEvent and kind is not yaml.AliasEvent:
                continue
            if opens:
                what = _MAPPING if is_mapping else _SEQUENCE
            else:
                what = _SCALAR if kind is yaml.ScalarEvent else _ALIAS
            if not stack:
                if () in seen:
                    return None  # a second document
                seen[()] = (None, event.start_mark, what)
                if opens:
                    stack.append([trie, (), is_mapping, True, -1, None, None])
                continue
            frame = stack[-1]
            if frame[2] and frame[3]:  # a key: only a scalar one is followed
                frame[3] = False
                frame[5] = event.value if kind is yaml.ScalarEvent else None
                if kind is yaml.AliasEvent and frame[0] is not None:
                    unsure.add(frame[1])  # the tree walk reads the key the alias names
                frame[6] = event.start_mark
                if opens:
                    stack.append([None, (), is_mapping, True, -1, None, None])
                continue
            if frame[2]:
                frame[3] = True
                token, key_mark = frame[5], frame[6]
            else:
                frame[4] += 1
                token, key_mark = str(frame[4]), None
            child = None
            path: tuple[str, ...] = ()
            if frame[0] is not None and token is not None:
                child = frame[0].get(token)
                if child is not None:
                    path = (*frame[1], token)
                    if path in seen:
                        child = None  # a key met again: the walk takes the first
                    else:
                        seen[path] = (key_mark, event.start_mark, what)
            if opens:
                stack.append([child, path, is_mapping, True, -1, None, None])
    except yaml.YAMLError:
        return None
    return (seen, unsure) if () in seen else None


def _answer(
    seen: dict[tuple[str, ...], _Seen], unsure: set[tuple[str, ...]], tokens: list[str]
) -> tuple[int, int] | None:
    """The tree walk's answer for `tokens`, or None when it met an alias on the way or
    an index the stream cannot tell."""
    path: tuple[str, ...] = ()
    key_mark, mark, what = seen[()]
    for token in tokens:
        if path in unsure:
            return None
        step = seen.get((*path, token))
        if step is None:
            if what == _SEQUENCE and token.isdecimal():
                return None  # an index written otherwise (`01`): the walk reads it as a number
            break
        path = (*path, token)
        key_mark, mark, what = step
        if what == _ALIAS:
            return None
    if key_mark is not None and what != _SCALAR:
        mark = key_mark
    return mark.line + 1, mark.column + 1
