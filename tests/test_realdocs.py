"""Real documents judged by Prism: every operation of every document passes, or is a known failure.

The sweep itself lives in `tests/realdocs/`; its allow-list in
`tests/realdocs/known_failures.py` names each operation that does not pass yet,
with the reason. These tests fail on a failure that is not on the list, and on
a listed operation that passes now (take it off the list). The argument
builder is tested here too: the values it builds must be valid instances.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from generator.cache import default_cache_dir
from generator.diagnostics import Diagnostic
from tests.realdocs.arguments import ArgumentBuilder
from tests.realdocs.documents import Document, all_documents
from tests.realdocs.known_failures import KNOWN_FAILURES
from tests.realdocs.schema_values import (
    FILE_CONTENT,
    SchemaValues,
    UnbuildableSchema,
    sample_for_pattern,
    without_bytes,
)
from tests.realdocs.generation import GeneratedClient
from tests.realdocs.sweep import NO_WARNING, DocumentReport, Outcome, run_document, sweep_operations

# -------------------------------------------------------------- the sweep


def _listing(results: list[Any]) -> str:
    return "\n".join(
        f"  {r.operation} ({r.method or 'no method'}): {r.outcome.value}: {r.detail[:400]}\n    sent: {r.sent[:300]}"
        for r in results
    )


@pytest.mark.contract
@pytest.mark.parametrize("document", all_documents(), ids=lambda document: document.name)
def test_every_operation_passes_prism_or_is_a_known_failure(document: Document) -> None:
    report = run_document(document, default_cache_dir())
    assert report.generated, f"{document.name}: generation failed:\n" + "\n".join(report.errors)
    assert report.imports, f"{document.name}: the client does not import:\n" + "\n".join(report.errors)
    assert not report.errors, "\n".join(report.errors)
    silent = [r for r in report.by_outcome(Outcome.NOT_CALLABLE) if r.detail == NO_WARNING]
    assert not silent, "operations left out of the client without a warning:\n" + _listing(silent)

    known = KNOWN_FAILURES.get(document.name, {})
    operations = {r.operation for r in report.results}
    unknown_entries = sorted(set(known) - operations)
    assert (
        not unknown_entries
    ), f"allow-list entries for operations {document.name} does not have: {unknown_entries}"
    failed = [r for r in report.results if r.outcome is not Outcome.PASSED]
    unexpected = [r for r in failed if r.operation not in known]
    now_passing = sorted(set(known) - {r.operation for r in failed})
    problems = []
    if unexpected:
        problems.append("operations that fail and are not in known_failures.py:\n" + _listing(unexpected))
    if now_passing:
        problems.append(
            "operations in known_failures.py that pass now (take them off the list):\n  "
            + "\n  ".join(now_passing)
        )
    assert not problems, f"{document.name}: {report.passed}/{len(report.results)} passed\n" + "\n".join(
        problems
    )


SMALL_DOCUMENT = """\
openapi: 3.1.0
info: {title: Sweep check, version: "1"}
paths:
  /things/{thing_id}:
    get:
      operationId: getThing
      parameters:
        - {name: thing_id, in: path, required: true, schema: {type: string, pattern: "^th_[0-9]{3}$"}}
        - {name: limit, in: query, schema: {type: integer, minimum: 5, maximum: 9}}
      responses:
        "200":
          description: a thing
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
  /silent:
    get:
      operationId: silent
components:
  schemas:
    Thing:
      type: object
      required: [id, size]
      properties:
        id: {type: string}
        size: {type: integer, minimum: 1}
"""


@pytest.mark.contract
def test_the_sweep_tells_outcomes_apart(tmp_path: Any) -> None:
    """A valid call passes, with arguments that meet the schemas' constraints; an operation
    Prism cannot answer is a failed call."""
    path = tmp_path / "sweep-check.yaml"
    path.write_text(SMALL_DOCUMENT, "utf-8")
    report = run_document(Document("sweep-check", path), tmp_path / "cache")
    outcomes = {result.operation: result for result in report.results}
    assert report.generated and report.imports and not report.errors
    assert outcomes["GET /things/{thing_id}"].outcome is Outcome.PASSED, outcomes["GET /things/{thing_id}"]
    assert "/things/th_000?limit=5" in outcomes["GET /things/{thing_id}"].sent
    assert outcomes["GET /silent"].outcome is Outcome.CALL_FAILED
    assert "NO_RESPONSE" in outcomes["GET /silent"].detail


def test_an_operation_without_a_method_is_not_callable_and_needs_a_warning() -> None:
    document: dict[str, Any] = {"paths": {"/a": {"get": {}}, "/b": {"post": {}}}}
    warned = Diagnostic(
        "warning", "request body is not supported; operation skipped", "/paths/~1a/get/requestBody"
    )
    client = GeneratedClient("nothing", Path("."), SimpleNamespace(operations=[]), [warned])
    package = SimpleNamespace(OpenAI=lambda **options: contextlib.nullcontext())
    report = DocumentReport(Document("stub", Path("stub.yaml")))
    sweep_operations(report, document, client, package, "http://127.0.0.1:9")  # type: ignore[arg-type]
    assert [(r.operation, r.outcome, r.detail) for r in report.results] == [
        ("GET /a", Outcome.NOT_CALLABLE, warned.message),
        ("POST /b", Outcome.NOT_CALLABLE, NO_WARNING),
    ]


# ------------------------------------------------------- the argument builder


def _valid(schema: dict[str, Any], value: Any, document: dict[str, Any] | None = None) -> list[str]:
    """Why `value` is not an instance of `schema` (whose `$ref`s point into `document`)."""
    from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    resource = DRAFT202012.create_resource({**(document or {}), "schema": schema})
    registry: Registry[Any] = Registry().with_resource("urn:doc", resource)
    validator = Draft202012Validator(
        {"$ref": "urn:doc#/schema"}, registry=registry, format_checker=FormatChecker()
    )
    return [error.message for error in validator.iter_errors(value)]


SCHEMAS: list[tuple[str, dict[str, Any]]] = [
    (
        "formats",
        {
            "type": "object",
            "required": ["a", "b", "c", "d", "e"],
            "properties": {
                "a": {"type": "string", "format": "date-time"},
                "b": {"type": "string", "format": "email"},
                "c": {"type": "string", "format": "uuid"},
                "d": {"type": "string", "format": "uri"},
                "e": {"type": "string", "format": "date"},
            },
        },
    ),
    ("lengths", {"type": "string", "minLength": 12, "maxLength": 14}),
    ("short", {"type": "string", "maxLength": 3}),
    ("pattern", {"type": "string", "pattern": "^[A-Z]{3}-\\d{2,4}$"}),
    ("pattern with groups", {"type": "string", "pattern": "^(ab|cd)+_[a-z0-9]*x$"}),
    ("bounds", {"type": "integer", "minimum": 5, "maximum": 9}),
    ("below zero", {"type": "number", "maximum": -2.5}),
    ("3.1 exclusive", {"type": "number", "exclusiveMinimum": 1}),
    ("multiple", {"type": "integer", "minimum": 7, "multipleOf": 5}),
    ("unique items", {"type": "array", "minItems": 3, "uniqueItems": True, "items": {"type": "string"}}),
    ("enum", {"enum": ["x", "y"]}),
    ("const", {"const": {"k": 1}}),
    ("nullable type list", {"type": ["null", "integer"]}),
    (
        "allOf merged",
        {
            "allOf": [
                {"type": "object", "required": ["a"], "properties": {"a": {"type": "integer"}}},
                {"type": "object", "required": ["b"], "properties": {"b": {"type": "boolean"}}},
            ]
        },
    ),
    ("oneOf skips null", {"oneOf": [{"type": "null"}, {"type": "string", "minLength": 2}]}),
    (
        "discriminated",
        {
            "oneOf": [{"$ref": "#/$defs/Cat"}, {"$ref": "#/$defs/Dog"}],
            "discriminator": {"propertyName": "kind"},
        },
    ),
    ("min properties", {"type": "object", "minProperties": 2, "additionalProperties": {"type": "integer"}}),
]
DEFS = {
    "$defs": {
        "Cat": {
            "type": "object",
            "required": ["kind", "lives"],
            "properties": {
                "kind": {"type": "string", "enum": ["cat"]},
                "lives": {"type": "integer", "minimum": 1},
            },
        },
        "Dog": {"type": "object", "required": ["kind"], "properties": {"kind": {"const": "dog"}}},
    }
}


@pytest.mark.parametrize(("name", "schema"), SCHEMAS, ids=[name for name, _ in SCHEMAS])
def test_built_values_are_valid_instances(name: str, schema: dict[str, Any]) -> None:
    value = SchemaValues(DEFS).value(schema)
    assert not _valid(schema, value, DEFS), f"{name}: {value!r} is not valid"


def test_the_documents_own_values_come_first() -> None:
    values = SchemaValues({})
    assert values.value({"type": "integer", "example": 42, "default": 3}) == 42
    assert values.value({"type": "string", "examples": ["first", "second"]}) == "first"
    assert values.value({"type": "string", "default": "auto", "enum": ["none", "auto"]}) == "auto"
    # An example of the wrong type is not trusted.
    assert values.value({"type": "integer", "example": "ten", "minimum": 3}) == 3


def test_binary_strings_become_file_content_and_building_is_deterministic() -> None:
    schema = {
        "type": "object",
        "required": ["file"],
        "properties": {"file": {"type": "string", "format": "binary"}},
    }
    assert SchemaValues({}).value(schema) == {"file": FILE_CONTENT}
    assert SchemaValues({}).value(SCHEMAS[0][1]) == SchemaValues({}).value(SCHEMAS[0][1])


def test_an_impossible_schema_is_reported_not_guessed() -> None:
    loop = {
        "$defs": {
            "Node": {"type": "object", "required": ["next"], "properties": {"next": {"$ref": "#/$defs/Node"}}}
        }
    }
    with pytest.raises(UnbuildableSchema):
        SchemaValues(loop).value({"$ref": "#/$defs/Node"})
    assert sample_for_pattern("^[^a]+$") is None  # negated classes are not attempted


def test_credentials_follow_the_operations_security() -> None:
    document = {
        "components": {
            "securitySchemes": {
                "key": {"type": "apiKey", "in": "header", "name": "api-key"},
                "basic": {"type": "http", "scheme": "basic"},
                "token": {"type": "apiKey", "in": "query", "name": "token"},
            }
        },
        "security": [{"token": []}],
    }
    builder = ArgumentBuilder(document)
    assert builder.credentials({"security": [{"key": []}, {"basic": []}]}) == ({"api-key": "sk-realdocs"}, {})
    headers, _ = builder.credentials({"security": [{"basic": []}]})
    assert headers["Authorization"].startswith("Basic ")
    assert builder.credentials({}) == ({}, {"token": "sk-realdocs"})
    assert builder.credentials({"security": []}) == ({}, {})


@pytest.mark.parametrize("document", all_documents(), ids=lambda document: document.name)
def test_values_for_every_json_request_body_are_valid(document: Document) -> None:
    """Every JSON request body a document declares gets a value its schema accepts."""
    import yaml  # type: ignore[import-untyped]

    with open(document.path, "rb") as handle:
        spec = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    builder = SchemaValues(spec)
    as_json_schema = _nullable_as_null(spec)
    invalid = []
    for template, item in (spec.get("paths") or {}).items():
        for method, operation in item.items():
            content = (
                (operation.get("requestBody") or {}).get("content") if isinstance(operation, dict) else None
            )
            media = (content or {}).get("application/json")
            if not media or "schema" not in media:
                continue
            value = without_bytes(builder.value(media["schema"], optional=True))
            errors = _valid(_nullable_as_null(media["schema"]), value, as_json_schema)
            if errors:
                invalid.append(f"{method.upper()} {template}: {errors[:2]}")
    assert not invalid, "\n".join(invalid)


def _nullable_as_null(node: Any) -> Any:
    """OpenAPI 3.0's `nullable: true` as 'or null', so that JSON Schema reads it as meant."""
    if isinstance(node, list):
        return [_nullable_as_null(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _nullable_as_null(value) for key, value in node.items()}
    if out.pop("nullable", None) is True:
        return {"anyOf": [out, {"type": "null"}]}
    return out


def test_a_json_body_that_differs_from_the_arguments_is_caught() -> None:
    import httpx

    from tests.realdocs.sweep import Wire

    wire = Wire()
    wire.on_request(httpx.Request("POST", "http://127.0.0.1/x", json={"a": 1, "b": [2], "extra": True}))
    assert wire.json_body_changes({"a": 1, "b": [2], "extra": True}) == ""
    assert wire.json_body_changes(None) == ""
    changes = wire.json_body_changes({"a": 1, "b": (2, 3)})
    assert changes.startswith("b: sent [2], passed [2, 3]") and "extra: sent true" in changes
