"""Models after a small edit: spliced from a run on a sub-document, equal to a full run.

Every test runs the real model generator on our spec, edited, both ways: from a cache
holding the result for the unedited spec, and with no cache at all.
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Callable
from typing import Any

import pytest

from generator import models_incremental, pipeline
from generator.cache import Cache, content_key
from generator.models import generate_models, sources_to_cache
from generator.models_incremental import Update, try_update
from tests.models_fixtures import PACKAGE, cache, document, warm  # noqa: F401 - fixtures

Schemas = dict[str, Any]


def _edited(document: dict[str, Any], change: Callable[[Schemas], object]) -> dict[str, Any]:
    edited = copy.deepcopy(document)
    change(edited["components"]["schemas"])
    return edited


def _both_ways(document: dict[str, Any], cache: Cache) -> Update | str:
    """The incremental attempt, after checking that it and the pipeline's models (from
    the cache) equal the models of a full run."""
    attempt = try_update(document, PACKAGE, cache)
    full = sources_to_cache(generate_models(document, PACKAGE))
    if isinstance(attempt, Update):
        assert sources_to_cache(attempt.sources) == full
    assert sources_to_cache(pipeline._models(document, PACKAGE, cache)) == full
    return attempt


def _definition_order(source: str) -> list[str]:
    names = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            names.append(node.targets[0].id)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


def test_a_field_added_regenerates_only_its_schema(document: dict[str, Any], cache: Cache) -> None:
    # A list field: one the in-place edit of scalar fields (models_fields) leaves alone.
    edited = _edited(
        document,
        lambda s: s["CreateEmbeddingRequest"]["properties"].update(
            benchmark_field_1={"type": "array", "items": {"type": "string"}}
        ),
    )
    attempt = _both_ways(edited, cache)
    assert isinstance(attempt, Update), attempt
    assert attempt.given == {"CreateEmbeddingRequest"}
    assert "benchmark_field_1: list[str] | None = None" in attempt.sources.models


def test_a_scalar_field_added_is_written_in_place(document: dict[str, Any], cache: Cache) -> None:
    edited = _edited(
        document,
        lambda s: s["CreateEmbeddingRequest"]["properties"].update(benchmark_field_1={"type": "string"}),
    )
    attempt = _both_ways(edited, cache)
    assert isinstance(attempt, Update), attempt
    assert attempt.given == frozenset()  # the model generator was not run
    assert "benchmark_field_1: str | None = None" in attempt.sources.models


def test_a_field_removed(document: dict[str, Any], cache: Cache) -> None:
    def remove(schemas: Schemas) -> None:
        properties = schemas["CreateEmbeddingRequest"]["properties"]
        del properties["dimensions"]  # `Annotated[int | None, Field(ge=1)]`: not a scalar field

    attempt = _both_ways(_edited(document, remove), cache)
    assert isinstance(attempt, Update), attempt
    assert attempt.given == {"CreateEmbeddingRequest"}


def test_a_description_changed_where_inline_names_collide(document: dict[str, Any], cache: Cache) -> None:
    # Alone with what it refers to, the chat request's inline `function` objects are
    # numbered otherwise than in the whole document: the schemas holding the other
    # `Function*` objects join the sub-document and the names agree.
    def describe(schemas: Schemas) -> None:
        schemas["CreateChatCompletionRequest"]["properties"]["messages"]["description"] = "Changed."

    attempt = _both_ways(_edited(document, describe), cache)
    assert isinstance(attempt, Update), attempt
    assert {"CreateChatCompletionRequest", "ChatCompletionMessageToolCallChunk"} <= attempt.given
    assert len(attempt.given) < len(document["components"]["schemas"]) / 2


def test_an_enum_value_added(document: dict[str, Any], cache: Cache) -> None:
    # Its values alone: written in place (models_fields).
    attempt = _both_ways(
        _edited(document, lambda s: s["AudioResponseFormat"]["enum"].append("benchmark")), cache
    )
    assert isinstance(attempt, Update) and attempt.given == frozenset(), attempt


def test_an_enum_default_changed(document: dict[str, Any], cache: Cache) -> None:
    def change(schemas: Schemas) -> None:
        schemas["AudioResponseFormat"]["enum"].append("benchmark")
        schemas["AudioResponseFormat"]["default"] = "text"

    attempt = _both_ways(_edited(document, change), cache)
    assert isinstance(attempt, Update), attempt
    # The schemas referring to it are regenerated with it.
    assert "AudioResponseFormat" in attempt.given and len(attempt.given) > 1


def test_a_schema_made_nullable_regenerates_the_schemas_referring_to_it(
    document: dict[str, Any], cache: Cache
) -> None:
    # The referring TypedDict's field becomes `... | None`: a definition's text depends
    # on the schemas it refers to, not only on its own.
    edited = _edited(
        document, lambda s: s["FineTuneSupervisedHyperparameters"].update(type=["object", "null"])
    )
    attempt = _both_ways(edited, cache)
    assert isinstance(attempt, Update), attempt
    assert "FineTuneSupervisedMethod" in attempt.given
    assert "hyperparameters: NotRequired[FineTuneSupervisedHyperparameters | None]" in (
        attempt.sources.params
    )


def test_a_schema_no_request_reaches_leaves_the_params_as_they_were(
    document: dict[str, Any], cache: Cache
) -> None:
    """The params hold what the requests reach; an answer's schema changed is a models edit."""
    before = pipeline._models(document, PACKAGE, cache)
    edited = _edited(
        document, lambda s: s["TranscriptTextUsageInputTokenDetails"].update(type=["object", "null"])
    )
    attempt = _both_ways(edited, cache)
    assert isinstance(attempt, Update), attempt
    assert "TranscriptTextUsageTokens" in attempt.given
    assert "TranscriptTextUsageTokens" in attempt.sources.models
    assert attempt.sources.params == before.params and "TranscriptTextUsageTokens" not in before.params


def test_a_reference_added_can_move_the_definition_so_it_is_refused(
    document: dict[str, Any], cache: Cache
) -> None:
    # The model generator puts a definition after those it refers to: a reference to a
    # schema defined later moves it, so a changed set of references means a full run.
    edited = _edited(
        document,
        lambda s: s["CreateEmbeddingRequest"]["properties"].update(
            later={"$ref": "#/components/schemas/ResponseTypedInputItem"}
        ),
    )
    attempt = _both_ways(edited, cache)
    assert isinstance(attempt, str) and "refers to other definitions" in attempt
    before = _definition_order(generate_models(document, PACKAGE).models)
    after = _definition_order(generate_models(edited, PACKAGE).models)
    assert sorted(before) == sorted(after) and before != after


def test_an_inline_object_named_like_others_is_refused(document: dict[str, Any], cache: Cache) -> None:
    edited = _edited(
        document,
        lambda s: s["CreateEmbeddingRequest"]["properties"].update(
            function={"type": "object", "properties": {"name": {"type": "string"}}}
        ),
    )
    attempt = _both_ways(edited, cache)
    assert isinstance(attempt, str) and "definitions differ" in attempt


def test_an_edit_that_leaves_an_import_unused_is_refused(
    document: dict[str, Any], cache: Cache, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The key length limit is the models module's only use of StringConstraints: a full
    # run no longer imports it, and the previous header would. (Most of the Responses
    # schemas refer to these attributes: the sub-document is let grow past the usual share.)
    monkeypatch.setattr(models_incremental, "MAX_SUBSET_SHARE", 1.0)
    edited = _edited(document, lambda s: s["VectorStoreFileAttributes"]["propertyNames"].pop("maxLength"))
    attempt = _both_ways(edited, cache)
    assert attempt == "models: the import of StringConstraints would be left unused"


@pytest.mark.parametrize("change", ["added", "removed"])
def test_a_schema_added_or_removed_means_a_full_run(
    document: dict[str, Any], cache: Cache, change: str
) -> None:
    def edit(schemas: Schemas) -> None:
        if change == "added":
            schemas["BenchmarkExtra"] = {"type": "object", "properties": {"a": {"type": "string"}}}
        else:
            del schemas["AddUploadPartRequest"]

    attempt = _both_ways(_edited(document, edit), cache)
    assert attempt == "no earlier result for these schema names"


def _base_key(document: dict[str, Any]) -> str:
    schemas = document["components"]["schemas"]
    return models_incremental._base_key(document, PACKAGE, schemas)


def test_a_damaged_base_entry_is_treated_as_missing(document: dict[str, Any], cache: Cache) -> None:
    edited = _edited(
        document, lambda s: s["CreateEmbeddingRequest"]["properties"].update(extra={"type": "integer"})
    )
    key = _base_key(edited)
    assert key == _base_key(document)  # the base does not depend on the schemas' contents
    assert cache.root is not None
    path = cache.root / models_incremental.BASE_KIND / key[:2] / key
    path.write_bytes(path.read_bytes()[:-10])  # truncated: its checksum no longer matches
    assert _both_ways(edited, cache) == "no earlier result for these schema names"


@pytest.mark.parametrize(
    "entry",
    [
        {"schemas": 3, "result": "x"},
        {"schemas": {}, "result": "x"},
        {"result": "x"},
        ["schemas"],
        "points-nowhere",
    ],
)
def test_a_base_entry_that_is_not_ours_is_treated_as_missing(
    document: dict[str, Any], cache: Cache, entry: object
) -> None:
    edited = _edited(
        document, lambda s: s["CreateEmbeddingRequest"]["properties"].update(extra={"type": "integer"})
    )
    if entry == "points-nowhere":
        stored = cache.get_json(models_incremental.BASE_KIND, _base_key(edited))
        entry = {**stored, "result": content_key("models", "nothing stored here")}
    cache.put_json(models_incremental.BASE_KIND, _base_key(edited), entry)
    attempt = try_update(edited, PACKAGE, cache)
    assert isinstance(attempt, str)
    assert attempt in (
        "no earlier result for these schema names",
        "the stored digests name other schemas",
        "the earlier result is gone",
    )


def test_a_damaged_models_entry_is_treated_as_missing(document: dict[str, Any], cache: Cache) -> None:
    edited = _edited(
        document, lambda s: s["CreateEmbeddingRequest"]["properties"].update(extra={"type": "integer"})
    )
    stored = cache.get_json(models_incremental.BASE_KIND, _base_key(edited))
    cache.put_json("models", stored["result"], {"models": "not all of it"})
    assert try_update(edited, PACKAGE, cache) == "the earlier result is gone"


def test_two_edits_in_a_row_each_start_from_the_last_result(document: dict[str, Any], cache: Cache) -> None:
    first = _edited(document, lambda s: s["CreateEmbeddingRequest"].update(description="First."))
    assert isinstance(_both_ways(first, cache), Update)
    second = _edited(first, lambda s: s["AudioResponseFormat"]["enum"].append("second"))
    attempt = _both_ways(second, cache)
    assert isinstance(attempt, Update) and "CreateEmbeddingRequest" not in attempt.given
