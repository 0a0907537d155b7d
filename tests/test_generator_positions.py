"""Positions of many pointers from libyaml's event stream (generator.positions) are the
node tree walk's (`SourceMap.position`), pointer for pointer, on awkward YAML, on JSON,
on every spec file of ours and on a sample of OpenAI's published spec."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diagnostics import join_pointer
from generator.load import SourceMap
from generator.parse import YAML_LOADER
from generator.positions import event_positions
from tests.generator_helpers import ROOT

REFERENCE = ROOT.parent / "shared" / "reference" / "openai-openapi.yaml"

AWKWARD = """\
openapi: 3.1.0
plain: {a: 1, "b c": [x, {d: 2}], '': empty key}
anchored: &shared
  name: shared
  list: [1, 2, 3]
aliased: *shared
through:
  value: *shared
scalar_anchor: &word hello
scalar_alias: *word
alias_key:
  *word : the alias is a key
  other: 1
? [complex, key]
: after a complex key
? {mapping: key}
: {after: mapping key}
merge:
  <<: *shared
  own: 1
"a/b": slash
"m~n": tilde
"01": a key of digits
nested:
  - - [deep, deeper]
    - {in: list}
  - |
    a block scalar
    over two lines
  - >-
    folded
  - 'quoted: value'
ünïcode: ✓
"""

JSON = '{"a": {"b": [1, {"c": null}], "d/e": "x"}, "list": [[0], [1, [2]]]}'


def _pointers(node: Any, tokens: list[str] | None = None) -> list[str]:
    """Every node's pointer in a composed tree (aliases followed, as the walk follows
    them; a key that is not a scalar gives no token)."""
    tokens = tokens or []
    out = [join_pointer(*tokens)]
    if isinstance(node, yaml.MappingNode):
        for key, child in node.value:
            if isinstance(key, yaml.ScalarNode):
                out += _pointers(child, [*tokens, key.value])
    elif isinstance(node, yaml.SequenceNode):
        for index, child in enumerate(node.value):
            out += _pointers(child, [*tokens, str(index)])
    return out


def _every(text: str) -> list[str]:
    return _pointers(yaml.compose(text, Loader=YAML_LOADER))


def _probes(text: str) -> list[str]:
    every = _every(text)
    odd = [p + suffix for p in every for suffix in ("/missing", "/0", "/01", "/0/x")]
    return (
        every
        + odd
        + ["/nested/00", "/nested/٣", "/nested/²", "/merge/name", "/plain/b c/1/d", "/m~0n", "/a~1b"]
    )


def _compare(tmp_path: Path, text: str, name: str) -> tuple[list[str], dict[str, tuple[int, int]]]:
    file = tmp_path / name
    file.write_text(text, encoding="utf-8")
    source_map = SourceMap(file)
    pointers = _probes(text)
    batch = source_map.positions(pointers)
    for pointer, answer in zip(pointers, batch):
        assert answer == source_map.position(pointer), pointer
    return pointers, event_positions(text, pointers)


def test_awkward_yaml_gives_the_tree_walks_answers(tmp_path: Path) -> None:
    pointers, fast = _compare(tmp_path, AWKWARD, "awkward.yaml")
    # The stream answers the plain pointers itself...
    for pointer in ("/plain/b c/1/d", "/plain/", "/nested/0/0/1", "/nested/1", "/m~0n", "/a~1b", "/01"):
        assert pointer in fast, pointer
    assert fast["/nested/1"] == (27, 5)  # a block scalar: where its value starts
    assert fast["/through"] == (7, 1)  # a mapping: where its key is
    # ...and leaves what goes through an alias, or an index read as another, to the tree.
    for pointer in (
        "/aliased",
        "/aliased/name",
        "/through/value/list/1",
        "/scalar_alias",
        "/nested/01",
        "/nested/٣",
    ):
        assert pointer not in fast, pointer
    # The mapping with an alias for a key: the tree walk may find a key there the stream cannot.
    assert "/alias_key/hello" not in fast and "/alias_key/other" not in fast
    assert len(fast) > len(pointers) // 2


def test_json_gives_the_tree_walks_answers(tmp_path: Path) -> None:
    _, fast = _compare(tmp_path, JSON, "spec.json")
    assert set(_every(JSON)) <= set(fast)


def test_a_file_the_stream_cannot_read_is_left_to_the_tree(tmp_path: Path) -> None:
    assert event_positions("a: [1, 2\n", ["/a"]) == {}
    assert event_positions("a: 1\n---\nb: 2\n", ["/a"]) == {}
    _compare(tmp_path, "just a scalar\n", "scalar.yaml")


def test_our_spec_files(tmp_path: Path) -> None:
    for file in sorted((ROOT / "spec").glob("*.yaml")):
        text = file.read_text(encoding="utf-8")
        pointers = _every(text)
        fast = event_positions(text, pointers)
        assert len(fast) == len(pointers), file.name
        source_map = SourceMap(file)
        for pointer in pointers:
            assert fast[pointer] == source_map.position(pointer)[1:], (file.name, pointer)


def test_a_sample_of_the_published_spec() -> None:
    if not REFERENCE.is_file():
        pytest.skip(f"{REFERENCE} is not there")
    text = REFERENCE.read_text(encoding="utf-8")
    every = _every(text)
    sample = random.Random(6).sample(every, 300)
    sample += [p + "/missing/0" for p in sample[:100]]
    fast = event_positions(text, sample)
    assert len(fast) == len(sample)
    source_map = SourceMap(REFERENCE)
    for pointer in sample:
        assert fast[pointer] == source_map.position(pointer)[1:], pointer


def test_a_runs_warnings_come_located_without_the_node_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator import load
    from generator.cache import Cache
    from generator.pipeline import generate_client
    from tests.test_generator_incremental import TWO_FILES, write_spec

    spec = write_spec(tmp_path / "spec", TWO_FILES)
    first = generate_client(spec, "petclient", Cache(tmp_path / "a"), lenient=True)
    # Each located again by the tree walk, from its pointer alone.
    expected = [replace(w, file=None, line=None, column=None).format(first.locator) for w in first.warnings]
    assert expected and all(":1:1:" not in line for line in expected)

    def no_tree(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the node tree was built")

    monkeypatch.setattr(load.yaml, "compose", no_tree)
    generated = generate_client(spec, "petclient", Cache(tmp_path / "b"), lenient=True)
    # Formatted without a locator: the places came with them, from the event stream.
    assert [w.format(None) for w in generated.warnings] == expected
