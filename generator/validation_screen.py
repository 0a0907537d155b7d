"""A first look with jsonschema-rs, so that jsonschema only looks at what is invalid.

Most of a cold run's CPU on a large spec is openapi-spec-validator checking, with
jsonschema in Python, the whole document against the OpenAPI schema and each schema
against its dialect's meta-schema (7.8 s on OpenAI's published spec). jsonschema-rs
answers "valid or not" for the same schemas in a fraction of that. A value it finds
valid needs no second look; one it refuses, or cannot read, goes to jsonschema, so every
message is still jsonschema's, word for word.

The screen checks structure only, never `format`: jsonschema asserts a format only when
given a checker that knows it, and `screen_for` is told which formats the validator
behind it asserts (`Formats`), so a value is screened only where no asserted format can
apply. tests/test_generator_validation_screen.py holds the two validators to the same
verdicts on mutated schemas and documents. Without jsonschema-rs, or for a schema it
cannot compile, there is no screen and jsonschema does all the work, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from generator.validation_parts import every_value

Screen = Callable[[Any], bool]
# Where the JSON Schema meta-schemas put `format: regex`: a schema's `pattern`, and the
# names of its `patternProperties` (the test derives this from the meta-schemas).
REGEX_KEYWORDS = frozenset({"pattern", "patternProperties"})


@dataclass(frozen=True)
class Formats:
    """The formats the validator behind a screen asserts, and those its schema uses."""

    asserted: frozenset[str]
    used: frozenset[str]

    def screenable(self) -> frozenset[str] | None:
        """The keywords a value screened must not hold, or None when no value can be
        screened (an asserted format other than `regex` is used)."""
        checked = self.asserted & self.used
        if checked - {"regex"}:
            return None
        return REGEX_KEYWORDS if checked else frozenset()


def screen_for(
    schema: Mapping[str, Any], resources: Mapping[str, Any], formats: Formats | None = None
) -> Screen | None:
    """True for values certainly valid against `schema`; None when there is no screen.

    `resources`: the contents of every schema `schema` refers to, by URI: nothing is
    fetched. `formats`: what the validator behind the screen asserts (None: nothing).
    The draft is the one `schema` names in `$schema`: without one there is no screen, as
    the two libraries might assume different drafts."""
    avoid = frozenset() if formats is None else formats.screenable()
    if avoid is None or not isinstance(schema.get("$schema"), str):
        return None
    validator = _compiled(schema, resources)
    if validator is None:
        return None

    def passes(value: Any) -> bool:
        if avoid and _mentions(value, avoid):
            return False
        try:
            return bool(validator.is_valid(value))
        except Exception:  # a value it cannot read (a YAML date, non-string keys): jsonschema's turn
            return False

    return passes


def used_formats(resources: Iterable[Any]) -> frozenset[str]:
    """Every `format` a schema among `resources` names."""
    found: set[str] = set()
    for resource in resources:
        for node in every_value(resource):
            if isinstance(node, Mapping) and isinstance(node.get("format"), str):
                found.add(node["format"])
    return frozenset(found)


def _compiled(schema: Mapping[str, Any], resources: Mapping[str, Any]) -> Any:
    try:
        import jsonschema_rs
    except ImportError:
        return None

    def retrieve(uri: str) -> Any:
        found = resources.get(uri) or resources.get(uri.rstrip("#"))
        if found is None:
            raise LookupError(f"{uri} is not among the known schemas")  # never fetched
        return found

    try:
        return jsonschema_rs.validator_for(dict(schema), validate_formats=False, retriever=retrieve)
    except Exception:  # a schema it cannot compile: no screen
        return None


def _mentions(value: Any, keys: frozenset[str]) -> bool:
    return any(isinstance(node, Mapping) and not keys.isdisjoint(node) for node in every_value(value))


@cache
def openapi_resources() -> Mapping[str, Any]:
    """The JSON Schema and OpenAPI meta-schemas openapi-schema-validator knows, by URI."""
    from openapi_schema_validator._specifications import REGISTRY

    return {uri: REGISTRY[uri].contents for uri in REGISTRY}
