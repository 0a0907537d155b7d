"""What the cache's keys tell apart: `encoded` gives two values the same bytes only when
they are equal, of the same types and in the same order, however their objects are shared."""

from __future__ import annotations

import datetime
import math
from typing import Any

import pytest

from generator.cache import content_key, encoded, value_digest
from generator.load import load_spec
from tests.generator_helpers import ROOT


def _fresh(value: Any) -> Any:
    """An equal copy of `value` sharing no object with it (not even its strings)."""
    if isinstance(value, dict):
        return {_fresh(key): _fresh(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_fresh(item) for item in value]
    if isinstance(value, str):
        return "".join(list(value)) if len(value) != 1 else value  # a new object for longer ones
    return value


def test_equal_values_give_equal_bytes_however_their_objects_are_shared() -> None:
    word = "".join(["descr", "iption"])
    shared = {"a": word, "b": word, "c": [word, word]}
    separate = {
        "a": "description",
        "b": "".join(["de", "scription"]),
        "c": ["description", "descriptio" + "n"],
    }
    assert shared["a"] is shared["b"] and separate["a"] is not separate["b"]
    assert encoded(shared) == encoded(separate)


def test_a_whole_spec_and_an_unshared_copy_of_it_have_one_key() -> None:
    document = load_spec(ROOT / "spec" / "openapi.yaml").document
    copy = _fresh(document)
    assert copy == document
    assert content_key("client", copy) == content_key("client", document)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (math.nan, None),  # JSON would write both as null
        (math.inf, None),
        (-math.inf, math.inf),
        (1, 1.0),
        (True, 1),
        (False, 0),
        (0.0, -0.0),
        ("1", 1),
        ([1, 2], [2, 1]),
        ({"a": 1, "b": 2}, {"b": 2, "a": 1}),  # the order of properties is the order of fields
        ([1], (1,)),
        ({"1": 1}, {1: 1}),
        (datetime.date(2024, 1, 2), "2024-01-02"),  # YAML's date, and its text
        ({"d": datetime.date(2024, 1, 2)}, {"d": datetime.date(2024, 1, 3)}),
        ("café", "cafe\u0301"),
        ("\ud800", "?"),  # a lone surrogate is kept, not replaced
    ],
)
def test_values_that_differ_give_different_bytes(one: Any, other: Any) -> None:
    assert encoded(one) != encoded(other)
    assert value_digest(one) != value_digest(other)
    assert content_key("x", one) != content_key("x", other)


def test_a_value_marshal_cannot_write_is_keyed_by_type_and_repr() -> None:
    day = {"created": datetime.date(2024, 1, 2), "n": [1, 2.5, None]}
    assert encoded(day) == encoded({"created": datetime.date(2024, 1, 2), "n": [1, 2.5, None]})
    assert encoded(day).startswith(b"j") and encoded({"n": 1}).startswith(b"m")


def test_keys_depend_on_every_part_and_its_place() -> None:
    assert content_key("a", "b") != content_key("ab")
    assert content_key("a", ["b"]) != content_key(["a", "b"])
    assert content_key("a", "b") == content_key("a", "b")
