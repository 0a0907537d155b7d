"""The jsonschema-rs screen (generator/validation_screen.py) never passes what jsonschema
refuses, and the findings are the same with it as without it.

The screen decides alone only when it finds a value valid, so the property that matters
is one-sided: whatever it passes, jsonschema passes too. The cases are the published
spec's schemas and document, and ours, each damaged in many places.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from functools import partial
from typing import Any

import pytest
import yaml

from generator import validate, validation_screen
from generator.validate import _meta_screen, _meta_validator, _ScreenedDocumentCheck, validate_document
from generator.validation_screen import (
    REGEX_KEYWORDS,
    Formats,
    _mentions,
    openapi_resources,
    screen_for,
    used_formats,
)
from tests.generator_helpers import ROOT

REFERENCE = ROOT.parent / "shared" / "reference" / "openai-openapi.yaml"
DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"
# Values a schema keyword may not take, and some it may.
SCHEMA_FAULTS: list[tuple[str, Any]] = [
    ("type", "strin"),
    ("type", 5),
    ("type", ["string", "strin"]),
    ("required", "x"),
    ("required", [1]),
    ("properties", []),
    ("properties", {"a": 5}),
    ("items", 5),
    ("enum", {}),
    ("minimum", "1"),
    ("maxLength", -1),
    ("maxLength", 1.5),
    ("additionalProperties", "no"),
    ("discriminator", {"propertyName": 5}),
    ("discriminator", {}),
    ("discriminator", {"propertyName": "kind", "mapping": {"a": 5}}),
    ("anyOf", []),
    ("oneOf", {}),
    ("allOf", [5]),
    ("uniqueItems", "y"),
    ("$ref", 5),
    ("xml", {"name": 5}),
    ("externalDocs", {}),
    ("externalDocs", {"url": 5}),
    ("format", 5),
    ("description", 7),
    ("nullable", "yes"),
    ("deprecated", "no"),
    ("examples", {}),
    ("pattern", "("),
    ("pattern", "^[a-z]+$"),
    ("patternProperties", {"(": {}}),
    ("const", None),
    ("x-anything", {"type": 5}),
]
DOCUMENT_VALUES: list[Any] = [5, "x", [], {}, None, True, {"x-a": 1}, {"bogus": 1}]
# jsonschema takes 0.7 s a round for a 3.1 document like ours (its `$dynamicRef`s), 0.03 s for 3.0.
DOCUMENT_ROUNDS = {"3.1.0": 12, "3.0.3": 40}


def _reference() -> dict[str, Any]:
    if not REFERENCE.is_file():
        pytest.skip("the reference spec is not beside the project")
    document: dict[str, Any] = yaml.load(REFERENCE.read_bytes(), Loader=yaml.CSafeLoader)
    return document


def _own() -> dict[str, Any]:
    from generator.load import load_spec

    return load_spec(ROOT / "spec" / "openapi.yaml").document


def _subschemas(node: Any) -> Iterator[dict[str, Any]]:
    if not isinstance(node, dict):
        return
    yield node
    for key in ("properties", "patternProperties", "$defs"):
        if isinstance(node.get(key), dict):
            for value in node[key].values():
                yield from _subschemas(value)
    for key in ("items", "additionalProperties", "not"):
        yield from _subschemas(node.get(key))
    for key in ("anyOf", "oneOf", "allOf", "prefixItems"):
        if isinstance(node.get(key), list):
            for value in node[key]:
                yield from _subschemas(value)


def _damaged(schemas: list[Any], rounds: int, seed: int) -> Iterator[Any]:
    """Each schema as it is, then damaged `rounds` times at a random subschema."""
    rng = random.Random(seed)
    for schema in schemas:
        yield schema
        for key, value in rng.sample(SCHEMA_FAULTS, rounds):
            damaged = copy.deepcopy(schema)
            rng.choice(list(_subschemas(damaged)))[key] = copy.deepcopy(value)
            yield damaged


def _meta(checker: Any) -> tuple[Any, Any]:
    meta = _meta_validator(checker)
    screen = _meta_screen(meta)
    assert screen is not None, "no screen: is jsonschema-rs installed?"
    return meta, screen


def _oas31_checker() -> Any:
    from openapi_schema_validator import OAS31Validator
    from openapi_spec_validator.validation.keywords import OpenAPIV31SchemaValidator

    return partial(
        OAS31Validator.check_schema, format_checker=OpenAPIV31SchemaValidator.schema_validator_format_checker
    )


def _oas30_checker() -> Any:
    from openapi_schema_validator import OAS30Validator

    return OAS30Validator.check_schema


@pytest.mark.parametrize("checker", [_oas31_checker, _oas30_checker], ids=["3.1", "3.0"])
def test_a_schema_the_screen_passes_is_valid_for_jsonschema(checker: Any) -> None:
    meta, screen = _meta(checker())
    schemas = list(_reference()["components"]["schemas"].values())
    schemas += list(_own()["components"]["schemas"].values())
    cases = passed = refused_alike = 0
    for schema in _damaged(schemas, 2, seed=7):
        valid = next(iter(meta.iter_errors(schema)), None) is None
        screened = screen(schema)
        cases += 1
        assert not (screened and not valid), schema
        passed += screened
        # Where no asserted format can apply, it also refuses what jsonschema refuses:
        # the screen is worth having.
        if not _mentions(schema, REGEX_KEYWORDS):
            assert screened == valid, schema
            refused_alike += not valid
    assert cases > 4000 and passed > 1000 and refused_alike > 1000, (cases, passed, refused_alike)


def test_a_pattern_is_left_to_jsonschema() -> None:
    """`pattern` holds a regex, which jsonschema checks with Python's `re`."""
    meta, screen = _meta(_oas31_checker())
    bad = {"type": "string", "pattern": "(?<x"}
    assert next(iter(meta.iter_errors(bad)), None) is not None
    assert not screen(bad)
    assert not screen({"type": "object", "patternProperties": {"^a": {}}})
    assert screen({"type": "object", "properties": {"a": {"type": "string"}}})


@pytest.mark.parametrize("version", list(DOCUMENT_ROUNDS))
def test_a_document_the_screen_passes_is_valid_for_jsonschema(version: str) -> None:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    spec_validator = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    check = _ScreenedDocumentCheck(validate._document_schema(spec_validator))
    assert check.passes is not None
    document = _own()
    if version.startswith("3.0"):
        document = _plain_schemas(document)  # ours use 3.1's JSON Schema
    document["openapi"] = version
    assert next(iter(check.validator.iter_errors(document)), None) is None
    rng = random.Random(11)
    places = [path for path, _ in _walk(document) if path]
    passed = 0
    for _ in range(DOCUMENT_ROUNDS[version]):
        path = rng.choice(places)
        holder = document
        for token in path[:-1]:
            holder = holder[token]
        before = holder[path[-1]]
        holder[path[-1]] = copy.deepcopy(rng.choice(DOCUMENT_VALUES))
        valid = next(iter(check.validator.iter_errors(document)), None) is None
        screened = check.passes(document)
        assert screened == valid, path  # no format is asserted: the verdicts agree
        passed += screened
        holder[path[-1]] = before
    assert 0 < passed < DOCUMENT_ROUNDS[version], passed


def _plain_schemas(node: Any, key: Any = None) -> Any:
    """`node` with every schema made `{"type": "object"}`."""
    if key == "schema" or (isinstance(key, tuple) and key[0] == "schemas"):
        return {"type": "object"}
    if isinstance(node, dict):
        return {k: _plain_schemas(v, ("schemas", k) if key == "schemas" else k) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain_schemas(value) for value in node]
    return node


def _walk(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*path, index))


def test_the_findings_are_the_same_without_the_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    reference = _reference()
    damaged = copy.deepcopy(reference)
    schemas = damaged["components"]["schemas"]
    for (key, value), name in zip(SCHEMA_FAULTS, list(schemas)[::40]):
        schemas[name][key] = copy.deepcopy(value)
    damaged["paths"]["/bogus"] = {"get": {"responses": {"200": {"description": 5}}}}
    documents = [damaged, {"openapi": "3.1.0", "paths": {}}]
    screened = [validate_document(document) for document in documents]
    monkeypatch.setattr(validation_screen, "_compiled", lambda schema, resources: None)
    monkeypatch.setattr(validate, "_LOCATING", {})
    monkeypatch.setattr(validate, "_META_SCREENS", {})
    assert validate._locating(_spec_validator_31()).schema_validator.passes is None
    unscreened = [validate_document(document) for document in documents]
    assert screened == unscreened
    assert len(screened[0]) > 35 and screened[1]


def _spec_validator_31() -> type:
    from openapi_spec_validator import OpenAPIV31SpecValidator

    return OpenAPIV31SpecValidator


def test_regex_is_the_only_format_the_meta_schemas_can_assert_here() -> None:
    """The screen leaves out only the keywords that hold a regex; that is enough while the
    meta-schemas put `format: regex` nowhere else and the other formats they name are not
    asserted by the checkers openapi-spec-validator gives."""
    from openapi_schema_validator import OAS30Validator

    resources = openapi_resources()
    places = [
        path
        for contents in resources.values()
        for path, node in _walk(contents)
        if isinstance(node, dict) and node.get("format") == "regex"
    ]
    assert places and {path[-2:] for path in places} <= {
        ("properties", "pattern"),
        ("patternProperties", "propertyNames"),
    }, places
    used = used_formats(resources.values())
    for format_checker in (_oas31_checker().keywords["format_checker"], OAS30Validator.FORMAT_CHECKER):
        formats = Formats(frozenset(format_checker.checkers), used)
        assert formats.screenable() == REGEX_KEYWORDS, formats
    assert Formats(frozenset({"uri"}), frozenset({"uri"})).screenable() is None
    assert Formats(frozenset(), used).screenable() == frozenset()


def test_nothing_is_fetched_and_odd_values_go_to_jsonschema() -> None:
    assert screen_for({"$schema": DRAFT_2020_12, "$ref": "http://127.0.0.1:9/elsewhere.json"}, {}) is None
    # The draft is named, or the two libraries could assume different ones.
    assert screen_for({"type": "string"}, {}) is None
    assert screen_for({"$schema": "http://json-schema.org/draft-03/schema#", "type": "string"}, {}) is None
    screen = screen_for(
        {"$schema": DRAFT_2020_12, "type": "object", "additionalProperties": {"type": "string"}}, {}
    )
    assert screen is not None
    assert screen({"a": "b"})
    from datetime import date

    assert not screen({"a": date(2024, 1, 1)})  # jsonschema's verdict, not a guess
    assert not screen({1: "b"})


def test_without_jsonschema_rs_there_is_no_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "jsonschema_rs", None)  # `import` raises ImportError
    assert screen_for({"$schema": DRAFT_2020_12, "type": "string"}, {}) is None
