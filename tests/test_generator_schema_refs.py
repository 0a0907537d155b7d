"""Which schemas the requests reach: the params run of the model generator is given only those."""

from __future__ import annotations

import copy
from typing import Any

from generator import pipeline
from generator.cache import Cache
from generator.models import generate_models, sources_to_cache
from generator.models_incremental import try_update
from generator.schema_refs import request_roots, request_schemas
from tests.models_fixtures import PACKAGE, cache, document, warm  # noqa: F401 - fixtures


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/things/{id}": {
                "parameters": [{"$ref": "#/components/parameters/Id"}],
                "post": {
                    "parameters": [{"name": "mode", "in": "query", "schema": _ref("Mode")}],
                    "requestBody": {"$ref": "#/components/requestBodies/NewThing"},
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": _ref("Thing")}},
                        }
                    },
                },
                "get": {"responses": {"200": {"description": "ok"}}},
                "x-note": {"requestBody": _ref("Unrelated")},
            }
        },
        "components": {
            "parameters": {"Id": {"name": "id", "in": "path", "required": True, "schema": _ref("ThingId")}},
            "requestBodies": {
                "NewThing": {"content": {"application/json": {"schema": _ref("NewThing")}}},
                "Loop": {"$ref": "#/components/requestBodies/Loop"},
            },
            "schemas": {
                "ThingId": {"type": "string"},
                "Mode": {"type": "string", "enum": ["a", "b"]},
                "NewThing": {
                    "type": "object",
                    "properties": {"part": _ref("Part"), "self": _ref("NewThing")},
                },
                "Part": {
                    "oneOf": [_ref("Leaf")],
                    "discriminator": {"propertyName": "kind", "mapping": {"x": "Other"}},
                },
                "Leaf": {"type": "object", "properties": {"kind": {"type": "string"}}},
                "Other": {"type": "object", "properties": {"kind": {"type": "string"}}},
                "Thing": {"type": "object", "properties": {"part": _ref("Part")}},
                "Unrelated": {"type": "string"},
            },
        },
    }


def test_the_requests_reach_their_bodies_parameters_and_all_these_name() -> None:
    document = _document()
    # Through a parameter and a request body component; not through the answers or an extension.
    assert request_roots(document) == ["Mode", "NewThing", "ThingId"]
    # Through properties, a union, a discriminator's mapping and a cycle.
    assert request_schemas(document) == {"Mode", "NewThing", "ThingId", "Part", "Leaf", "Other"}


def test_a_reference_it_cannot_follow_gives_every_schema() -> None:
    document = _document()
    document["components"]["schemas"]["Leaf"]["properties"]["far"] = {"$ref": "other.yaml#/Far"}
    assert request_schemas(document) is None
    assert request_roots({"openapi": "3.1.0"}) == [] and request_schemas({"paths": {}}) is None


def test_the_params_hold_what_the_requests_reach_and_the_models_everything() -> None:
    sources = generate_models(_document(), PACKAGE)
    assert {"Thing", "Unrelated", "NewThing", "Other"} <= sources.model_names
    assert {"NewThing", "Part", "Other"} <= sources.param_names
    assert not {"Thing", "Unrelated"} & sources.param_names
    nothing = _document()
    nothing["paths"] = {}
    assert generate_models(nothing, PACKAGE).param_names == set()


def test_a_reference_that_brings_a_schema_to_the_requests_is_a_full_run(
    document: dict[str, Any], cache: Cache
) -> None:
    """An edit may make an answer's schema part of a request: the params gain it."""
    assert "TranscriptTextUsageTokens" not in (request_schemas(document) or set())
    edited = copy.deepcopy(document)
    properties = edited["components"]["schemas"]["CreateEmbeddingRequest"]["properties"]
    properties["usage"] = _ref("TranscriptTextUsageTokens")
    attempt = try_update(edited, PACKAGE, cache)
    assert attempt == "the schemas the requests reach changed"
    full = generate_models(edited, PACKAGE)
    assert "TranscriptTextUsageTokens" in full.param_names
    assert sources_to_cache(pipeline._models(edited, PACKAGE, cache)) == sources_to_cache(full)
