"""Scalar fields written in place (generator/models_fields.py), against the model generator.

What the module writes is compared with what the real model generator writes: field by
field for every form it accepts, and for a whole spec with every plain object schema
edited at once.
"""

from __future__ import annotations

import ast
import copy
import random
import re
from pathlib import Path
from typing import Any

import pytest

from generator import models_fields, pipeline
from generator.cache import Cache
from generator.models import ModelSources, _generate, generate_models, sources_to_cache
from generator.models_fields import RENAMED, edit_in_place, field_lines
from generator.models_incremental import BASE_KIND, SchemaDigests, Update, _base_key, try_update
from generator.schema_refs import request_schemas
from generator.statements import LINE_END, read_module
from tests.models_fixtures import PACKAGE, cache, document, warm  # noqa: F401 - fixtures

KINDS = ("models", "params")


def _object_parts(parts: Any) -> bool:
    """Whether `schema_parts` gave the parts of a plain object schema (not of an enum)."""
    return parts[0] != models_fields.ENUM_PARTS and not parts[0].startswith(models_fields.VALUES_PARTS)


def _document(properties: dict[str, Any], required: list[str], version: str = "3.1.0") -> dict[str, Any]:
    schema = {"type": "object", "properties": properties, "required": required}
    return {
        "openapi": version,
        "info": {"title": "T", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Thing": schema}},
    }


def _fields_written(source: str) -> dict[str, list[str]]:
    """Each field of class Thing in a generated module: its lines, docstring included."""
    lines = LINE_END.split(source)  # the line ends Python counts
    thing = next(n for n in ast.parse(source).body if isinstance(n, ast.ClassDef) and n.name == "Thing")
    found: dict[str, list[str]] = {}
    body = thing.body
    for index, node in enumerate(body):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            end = node.end_lineno or node.lineno
            following = body[index + 1] if index + 1 < len(body) else None
            if isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant):
                end = following.end_lineno or end
            found[node.target.id] = lines[node.lineno - 1 : end]
    return found


def _compare(properties: dict[str, Any], required: list[str], version: str = "3.1.0") -> int:
    """Checks every field `field_lines` writes against the model generator's; returns
    how many it wrote (per module)."""
    written = 0
    for kind in KINDS:
        source, warnings, _ = _generate(_document(properties, required, version), PACKAGE, kind)
        assert not warnings
        generated = _fields_written(source)
        for name, schema in properties.items():
            ours = field_lines(kind, name, schema, name in required)
            if ours is not None:
                assert ours == generated[name], (kind, name, schema)
                written += 1
    return written


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_every_scalar_form_is_written_as_the_model_generator_writes_it(version: str) -> None:
    properties: dict[str, Any] = {}
    required = []
    for json_type in ("string", "integer", "number", "boolean"):
        types: list[Any] = [json_type] + (
            [[json_type, "null"], ["null", json_type]] if version >= "3.1" else []
        )
        for index, declared in enumerate(types):
            for description in (
                None,
                "",
                "One line.",
                "Two\nlines.",
                "\nA blank first line and a last one\n",
            ):
                for is_required in (False, True):
                    name = f"{json_type}_{index}_{len(properties)}"
                    schema: dict[str, Any] = {"type": declared}
                    if description is not None:
                        schema["description"] = description
                    properties[name] = schema
                    if is_required:
                        required.append(name)
    assert _compare(properties, required, version) == 2 * len(properties)


def test_descriptions_are_written_as_the_model_generator_writes_them_or_left_to_it() -> None:
    # Seeded: the same descriptions on every run. Quotes, backslashes, blank lines,
    # spaces, tabs and characters Python reads as line ends are the ones to get wrong.
    pieces = ['"', '""', '"""', "'", "\\", "\\n", "\n", "\n\n", " ", "  ", "\t", "\r", "\u2028", "\x0b"]
    pieces += ["é", "☃", "{x}", "%s", "word", "Two words.", "`code`", "#", "a\n  b"]
    chooser = random.Random(6)
    properties = {
        f"field_{index}": {
            "type": "string",
            "description": "".join(chooser.choice(pieces) for _ in range(chooser.randint(1, 6))),
        }
        for index in range(400)
    }
    written = _compare(properties, [])
    # Most are left to the model generator; enough are written to mean something.
    assert 60 < written < 2 * len(properties)
    refused = {
        "\n",
        "\n\n",
        "a \\ b",
        'say ""hi""',
        'a """ b',
        "tab\there",
        "cr\rhere",
        "line\u2028sep",
        "a\n  \nb",
    }
    for description in refused:
        assert field_lines("models", "f", {"type": "string", "description": description}, False) is None


@pytest.mark.parametrize(
    "name, schema",
    [
        ("f", {"type": "string", "format": "date-time"}),
        ("f", {"type": "string", "enum": ["a"]}),
        ("f", {"type": "string", "default": "a"}),
        ("f", {"type": "integer", "minimum": 1}),
        ("f", {"type": "object"}),
        ("f", {"type": "array", "items": {"type": "string"}}),
        ("f", {"$ref": "#/components/schemas/Other"}),
        ("f", {"type": ["string", "integer"]}),
        ("f", {"type": ["null", "null"]}),
        ("f", {"anyOf": [{"type": "string"}, {"type": "null"}]}),
        ("f", {"type": "string", "description": 3}),
        ("f", "not a schema"),
        ("schema", {"type": "string"}),
        ("json", {"type": "string"}),
        ("model_name", {"type": "string"}),
        ("class", {"type": "string"}),
        ("match", {"type": "string"}),
        ("str", {"type": "string"}),
        ("_private", {"type": "string"}),
        ("camelCase", {"type": "string"}),
        ("with-dash", {"type": "string"}),
        ("9lives", {"type": "string"}),
        ("", {"type": "string"}),
    ],
)
def test_anything_else_is_left_to_the_model_generator(name: str, schema: Any) -> None:
    for kind in KINDS:
        assert field_lines(kind, name, schema, False) is None


def test_the_names_it_leaves_alone_cover_those_the_model_generator_renames() -> None:
    from datamodel_code_generator.model.field_name import PYDANTIC_BASE_MODEL_ATTRIBUTES

    renamed = {n for n in PYDANTIC_BASE_MODEL_ATTRIBUTES if re.fullmatch(r"[a-z][a-z0-9_]*", n)}
    assert {n for n in renamed if not n.startswith("model_")} <= RENAMED


# -- a whole spec ------------------------------------------------------------------------------


def _editable(document: dict[str, Any], cache: Cache) -> set[str]:
    """The plain object schemas whose classes are laid out field for property, in both
    modules (in the models alone for those no request reaches), that no other class
    inherits from, and that come after the first class using `typing` in params (an
    optional field there would move the import line): the rest are refused."""
    previous = _previous(document, cache)
    models, params = read_module(previous.models, cache), read_module(previous.params, cache)
    from_typing = {name for name, source in params.imports.items() if source == "typing"}
    first = min(d.start for d in params.definitions.values() if d.names & from_typing)
    editable = set()
    for name, parts in SchemaDigests(document).fields.items():
        if not _object_parts(parts) or (
            name in params.definitions and params.definitions[name].start <= first
        ):
            continue
        modules = [models, params] if name in params.definitions else [models]
        properties = list(document["components"]["schemas"][name]["properties"])
        spans = [models_fields._field_spans(module.text(name)) for module in modules]
        if all(not isinstance(s, str) and [f[0] for f in s[1]] == properties for s in spans) and not any(
            models_fields._inherited(name, module.definitions) for module in modules
        ):
            editable.add(name)
    return editable


def _edit(document: dict[str, Any], names: set[str]) -> dict[str, Any]:
    """Each of the named schemas with a scalar field added in the middle, its first
    scalar field reworded and made required, and its last scalar field removed."""
    edited = copy.deepcopy(document)
    for name in names:
        schema = edited["components"]["schemas"][name]
        properties = schema["properties"]
        scalars = [p for p, s in properties.items() if field_lines("models", p, s, False) is not None]
        items = list(properties.items())
        added = ("edited_note", {"type": ["integer", "null"], "description": "Added by the test.\n\nTwice."})
        items.insert(len(items) // 2, added)
        if len(scalars) >= 2:
            first, last = scalars[0], scalars[-1]
            items = [
                (p, {**s, "description": "Reworded."} if p == first else s) for p, s in items if p != last
            ]
            schema["required"] = [r for r in schema.get("required", []) if r not in (first, last)] + [first]
        schema["properties"] = dict(items)
    return edited


def test_every_plain_schema_edited_at_once_equals_a_full_run(document: dict[str, Any], cache: Cache) -> None:
    editable = _editable(document, cache)
    assert len(editable) > 300
    edited = _edit(document, editable)
    attempt = try_update(edited, PACKAGE, cache)
    assert isinstance(attempt, Update), attempt
    assert attempt.given == frozenset()  # written in place: the model generator was not run
    full = sources_to_cache(generate_models(edited, PACKAGE))
    assert sources_to_cache(attempt.sources) == full
    assert "edited_note: int | None = None" in attempt.sources.models


def _stored_fields(document: dict[str, Any], cache: Cache) -> Any:
    return cache.get_json(BASE_KIND, _base_key(document, PACKAGE, document["components"]["schemas"]))[
        "fields"
    ]


def _previous(document: dict[str, Any], cache: Cache) -> Any:
    from generator.models import sources_from_cache

    return sources_from_cache(cache.get_json("models", pipeline.models_key(document, PACKAGE)))


@pytest.mark.parametrize(
    "change, reason",
    [
        (lambda s: s["CreateEmbeddingRequest"].update(description="Other."), "changed more than its fields"),
        (
            lambda s: s["CreateEmbeddingRequest"]["properties"].update(f={"type": "string", "enum": ["a"]}),
            "f is not a scalar field this module writes",
        ),
        (
            lambda s: s["CreateEmbeddingRequest"]["properties"].pop("dimensions"),
            "dimensions, removed, was not a scalar field",
        ),
        (
            lambda s: s["CreateEmbeddingRequest"]["properties"]["dimensions"].update(description="New."),
            "dimensions was not a scalar field",
        ),
        (
            lambda s: s["CreateEmbeddingRequest"]["properties"].update(schema={"type": "string"}),
            "schema is not a scalar field this module writes",
        ),
    ],
)
def test_other_edits_are_left_to_the_model_generator(
    document: dict[str, Any], cache: Cache, change: Any, reason: str
) -> None:
    edited = copy.deepcopy(document)
    change(edited["components"]["schemas"])
    found = _edit_in_place(
        edited, _previous(document, cache), {"CreateEmbeddingRequest"}, _stored_fields(document, cache), cache
    )
    assert isinstance(found, str) and reason in found, found


def test_nothing_remembered_means_nothing_written(document: dict[str, Any], cache: Cache) -> None:
    edited = copy.deepcopy(document)
    edited["components"]["schemas"]["CreateEmbeddingRequest"]["properties"]["f"] = {"type": "string"}
    previous = _previous(document, cache)
    damaged: list[Any] = ["damaged", [], ["a", "b"], [1, []], ["a", [["x"]]], ["a", [[1, "b"]]], None]
    for stored in [None, [], {}] + [{"CreateEmbeddingRequest": value} for value in damaged]:
        found = _edit_in_place(edited, previous, {"CreateEmbeddingRequest"}, stored, cache)
        assert isinstance(found, str), stored


def test_an_optional_field_that_would_move_an_import_is_left_to_the_model_generator(
    document: dict[str, Any], cache: Cache
) -> None:
    # The first class of params uses nothing from `typing` but its base: with an optional
    # field it would, and `from typing import ...` would move above `typing_extensions`.
    params = read_module(_previous(document, cache).params, cache)
    first = min(params.definitions, key=lambda name: params.definitions[name].start)
    assert first == "AddUploadPartRequest" and "NotRequired" not in params.definitions[first].names
    edited = copy.deepcopy(document)
    edited["components"]["schemas"][first]["properties"]["note"] = {"type": "string"}
    found = _edit_in_place(
        edited, _previous(document, cache), {first}, _stored_fields(document, cache), cache
    )
    assert found == "params: the import from typing would move"
    # The sub-document run is refused for the same reason (it kept the old import lines
    # before this check), and the pipeline does a full run.
    assert try_update(edited, PACKAGE, cache) == "params: the import lines would change order"
    full = sources_to_cache(generate_models(edited, PACKAGE))
    assert sources_to_cache(pipeline._models(edited, PACKAGE, cache)) == full


def test_stored_fields_are_reused_only_for_unchanged_schemas_and_when_sound(document: dict[str, Any]) -> None:
    fresh = SchemaDigests(document)
    reused = SchemaDigests(document)
    reused.stored = (
        {**fresh.each, "CreateEmbeddingRequest": "another digest"},
        {**fresh.fields, "CreateEmbeddingRequest": ["stale", []], "CreateImageRequest": ["damaged"]},
    )
    assert reused.fields == fresh.fields


@pytest.mark.parametrize("change", ["added", "removed"])
def test_a_field_named_like_an_import_is_left_to_the_model_generator(tmp_path: Path, change: str) -> None:
    # The model generator aliases an import a field is named like, in the whole module.
    schemas: dict[str, Any] = {
        "Event": {"type": "object", "properties": {"day": {"type": "string", "format": "date"}}},
        "Note": {"type": "object", "properties": {"text": {"type": "string"}}},
    }
    if change == "removed":
        schemas["Note"]["properties"]["date"] = {"type": "string"}
    document = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}}
    document["components"] = {"schemas": schemas}
    cache = Cache(tmp_path / "cache")
    pipeline._models(document, PACKAGE, cache)
    edited = copy.deepcopy(document)
    properties = edited["components"]["schemas"]["Note"]["properties"]
    if change == "added":
        properties["date"] = {"type": "string"}
    else:
        del properties["date"]
    found = _edit_in_place(
        edited, _previous(document, cache), {"Note"}, _stored_fields(document, cache), cache
    )
    assert isinstance(found, str) and "date" in found and "the name of an import" in found, found
    # The sub-document run is refused too (it spliced the field in under the old imports
    # before this check), and the pipeline does a full run.
    attempt = try_update(edited, PACKAGE, cache)
    assert isinstance(attempt, str) and "Note gains or loses a field named like an import" in attempt
    full = sources_to_cache(generate_models(edited, PACKAGE))
    assert sources_to_cache(pipeline._models(edited, PACKAGE, cache)) == full
    assert ("date as date_aliased" in full["models"]) == (change == "added")


def test_fields_read_back_from_the_cache_parse_their_annotations_only_when_used(
    document: dict[str, Any],  # noqa: F811 - fixture
) -> None:
    from generator.models import sources_from_cache

    generated = generate_models(document, PACKAGE)
    read = sources_from_cache(sources_to_cache(generated))
    assert read is not None
    fields = [field for each in read.param_fields.values() for field in each]
    assert fields and all(field._annotation is None for field in fields)
    originals = {
        (name, field.key): ast.dump(field.annotation)
        for name, each in generated.param_fields.items()
        for field in each
    }
    assert {
        (name, field.key): ast.dump(field.annotation)
        for name, each in read.param_fields.items()
        for field in each
    } == originals
    assert sources_to_cache(read) == sources_to_cache(generated)
    # What the cache gives back is checked for the shape it must have; a damaged annotation
    # makes the entry missing, as before.
    stored = sources_to_cache(generated)
    name = next(iter(stored["param_fields"]))
    stored["param_fields"][name][0][1] = None
    assert sources_from_cache(stored) is None


def _plain_enums(document: dict[str, Any]) -> list[str]:
    return [
        name
        for name, schema in document["components"]["schemas"].items()
        if models_fields.schema_parts(schema) == [models_fields.ENUM_PARTS, []]
    ]


_AWKWARD_VALUES = ["it's", 'say "hi"', "back\\slash", "é", "", "tab\there", "{x}", "#c", "\u2028"]


_ENUM_EDITS = (
    "value added",
    "value removed",
    "values reordered",
    "description changed",
    "description removed",
    "awkward values",
)


def _edit_values(values: list[Any], edit: str, index: int, new: str) -> None:
    """One of the edits of enum values (an edit of something else leaves them alone)."""
    if edit == "value added":
        values.insert(index % len(values), new)
    elif edit == "value removed" and len(values) > 2:
        values.pop(index % len(values))
    elif edit == "values reordered":
        values.reverse()
    elif edit == "awkward values":
        values.extend(_AWKWARD_VALUES)


@pytest.mark.parametrize("rotation", [0, 3])
def test_plain_enums_edited_in_place_equal_a_full_run(
    document: dict[str, Any], cache: Cache, rotation: int
) -> None:
    # Every plain enum of our spec edited at once, each in one of the ways (taken in turn,
    # from a different start in each run: every way meets several enums).
    names = _plain_enums(document)
    assert len(names) >= 8 and "ChatModel" in names  # our spec's, hoisted ones included
    edited = copy.deepcopy(document)
    for index, name in enumerate(names):
        edit = _ENUM_EDITS[(index + rotation) % len(_ENUM_EDITS)]
        schema = edited["components"]["schemas"][name]
        values = schema["enum"]
        _edit_values(values, edit, index, f"new-{name}")
        if edit == "description changed":
            schema["description"] = f"Now described.\n\nOn two paragraphs, for {name}."
        elif edit == "description removed":
            schema.pop("description", None)
    attempt = try_update(edited, PACKAGE, cache)
    assert isinstance(attempt, Update) and attempt.given == frozenset(), attempt
    full = sources_to_cache(generate_models(edited, PACKAGE))
    assert sources_to_cache(attempt.sources) == full


@pytest.mark.parametrize(
    "change, reason",
    [
        (lambda s: s.update(enum=["only"]), "is not a plain object schema, now or before"),
        (lambda s: s.update(enum=["a", "a", "b"]), "is not a plain object schema, now or before"),
        (lambda s: s.update(enum=["a", None]), "is not a plain object schema, now or before"),
        (lambda s: s.update(enum=["a", 1]), "is not a plain object schema, now or before"),
        (lambda s: s.update(default="a"), "changed more than its fields"),
        (lambda s: s.update(nullable=True), "changed more than its fields"),
        (lambda s: s.update(description="Two \\ backslashes"), "not a plain enum this module writes"),
        (
            lambda s: (s.clear(), s.update(type="object", properties={"a": {"type": "string"}})),
            "changed more than its fields",
        ),
    ],
)
def test_other_enum_edits_are_left_to_the_model_generator(
    document: dict[str, Any], cache: Cache, change: Any, reason: str
) -> None:
    edited = copy.deepcopy(document)
    change(edited["components"]["schemas"]["ChatModel"])
    found = _edit_in_place(
        edited, _previous(document, cache), {"ChatModel"}, _stored_fields(document, cache), cache
    )
    assert isinstance(found, str) and reason in found, found


def _edit_in_place(
    document: dict[str, Any], previous: Any, changed: set[str], stored: Any, cache: Cache
) -> ModelSources | str:
    """`edit_in_place` told which schemas the params hold, as `try_update` tells it."""
    return edit_in_place(document, previous, changed, stored, cache, request_schemas(document))


def _warm_small(schemas: dict[str, Any], tmp_path: Path) -> tuple[dict[str, Any], Cache]:
    """A document of `schemas`, each reached by a request (so in both modules), and a
    cache holding its models."""
    every = {name: {"$ref": f"#/components/schemas/{name}"} for name in schemas}
    body = {"content": {"application/json": {"schema": {"type": "object", "properties": every}}}}
    operation = {"requestBody": body, "responses": {"200": {"description": "ok"}}}
    document = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/all": {"post": operation}},
    }
    document["components"] = {"schemas": schemas}
    cache = Cache(tmp_path / "cache")
    pipeline._models(document, PACKAGE, cache)
    return document, cache


def test_an_enum_of_one_value_before_is_left_to_the_model_generator(tmp_path: Path) -> None:
    # Fields referring to an enum of one value get it as their default: its referrers'
    # text depends on its values, so it is never written in place, before or after.
    schemas: dict[str, Any] = {
        "Kind": {"type": "string", "enum": ["one"]},
        "Thing": {"type": "object", "properties": {"kind": {"$ref": "#/components/schemas/Kind"}}},
    }
    document, cache = _warm_small(schemas, tmp_path)
    for values in (["one", "two"], ["one"]):
        edited = copy.deepcopy(document)
        edited["components"]["schemas"]["Kind"]["enum"] = values
        attempt = try_update(edited, PACKAGE, cache)
        assert not (isinstance(attempt, Update) and attempt.given == frozenset()), values
        full = sources_to_cache(generate_models(edited, PACKAGE))
        assert sources_to_cache(pipeline._models(edited, PACKAGE, cache)) == full
        document = edited


def test_a_definition_that_is_not_the_alias_is_left_to_the_model_generator(
    document: dict[str, Any], cache: Cache
) -> None:
    previous = _previous(document, cache)
    assert previous is not None
    edited = copy.deepcopy(document)
    edited["components"]["schemas"]["ChatModel"]["enum"].append("gpt-new")
    stored = _stored_fields(document, cache)
    for old, new in (
        ('ChatModel = TypeAliasType("ChatModel", Literal[', 'ChatModel = TypeAliasType("ChatModel", Union['),
        ('ChatModel = TypeAliasType("ChatModel", ', 'ChatModel = TypeAliasType("ChatModel2", '),
    ):
        assert old in previous.models
        damaged = copy.copy(previous)
        damaged.models = previous.models.replace(old, new, 1)
        found = _edit_in_place(edited, damaged, {"ChatModel"}, stored, cache)
        assert isinstance(found, str) and found.startswith("models: ChatModel: "), found


def _enum_fields(document: dict[str, Any]) -> list[tuple[str, str, list[Any]]]:
    """(schema, field, the values of its one enum) for each field of a plain object schema
    whose schema holds one enum of two or more strings."""
    found = []
    for name, schema in document["components"]["schemas"].items():
        parts = models_fields.schema_parts(schema)
        if parts is None or not _object_parts(parts):
            continue
        for field_name, value in schema["properties"].items():
            enums = models_fields._enums(value)
            # Written inline (a Literal in the field's line), not as a class of its own.
            inline = "properties" not in str(value) and "$ref" not in str(value)
            strings = len(enums) == 1 and isinstance(enums[0], list) and all(type(v) is str for v in enums[0])
            if strings and len(set(enums[0])) >= 2 and inline:
                found.append((name, field_name, enums[0]))
    return found


@pytest.mark.parametrize("rotation", [0, 2])
def test_inline_enum_values_edited_in_place_equal_a_full_run(
    document: dict[str, Any], cache: Cache, rotation: int
) -> None:
    edited = copy.deepcopy(document)
    editable = _editable(document, cache)  # fields named as their properties, nothing inheriting
    discriminators = models_fields._discriminator_properties(document["components"]["schemas"])
    assert {"type", "role"} <= discriminators
    fields = [
        found for found in _enum_fields(edited) if found[0] in editable and found[1] not in discriminators
    ]
    assert len(fields) >= 10 and any(field == "reasoning_effort" for _, field, _ in fields)
    changed = set()
    for index, (schema, _, values) in enumerate(fields):
        edit = ("value added", "value removed", "values reordered", "awkward values")[(index + rotation) % 4]
        _edit_values(values, edit, index, f"new-{index}")
        changed.add(schema)
    found = _edit_in_place(
        edited, _previous(document, cache), changed, _stored_fields(document, cache), cache
    )
    assert not isinstance(found, str), found
    assert sources_to_cache(found) == sources_to_cache(generate_models(edited, PACKAGE))


@pytest.mark.parametrize(
    "change, reason",
    [
        (
            lambda f: f["enum"].__setitem__(slice(None), ["only"]),
            "its enum is not two or more distinct strings",
        ),
        (lambda f: f["enum"].append(f["enum"][0]), "its enum is not two or more distinct strings"),
        (lambda f: f["enum"].append(None), "its enum is not two or more distinct strings"),
        (lambda f: (f["enum"].append("new"), f.update(maxLength=3)), "was not a scalar field"),
    ],
)
def test_other_inline_enum_edits_are_left_to_the_model_generator(
    document: dict[str, Any], cache: Cache, change: Any, reason: str
) -> None:
    edited = copy.deepcopy(document)
    schema = edited["components"]["schemas"]["CreateChatCompletionRequest"]
    change(schema["properties"]["reasoning_effort"]["anyOf"][0])
    found = _edit_in_place(
        edited,
        _previous(document, cache),
        {"CreateChatCompletionRequest"},
        _stored_fields(document, cache),
        cache,
    )
    assert isinstance(found, str) and "reasoning_effort" in found and reason in found, found


def test_an_inline_enum_of_one_value_before_is_left_to_the_model_generator(tmp_path: Path) -> None:
    schemas: dict[str, Any] = {
        "Thing": {"type": "object", "properties": {"kind": {"type": "string", "enum": ["one"]}}},
    }
    document, cache = _warm_small(schemas, tmp_path)
    edited = copy.deepcopy(document)
    edited["components"]["schemas"]["Thing"]["properties"]["kind"]["enum"] = ["one", "two"]
    found = _edit_in_place(
        edited, _previous(document, cache), {"Thing"}, _stored_fields(document, cache), cache
    )
    assert isinstance(found, str) and "its Literal did not hold two or more strings" in found, found
    assert sources_to_cache(pipeline._models(edited, PACKAGE, cache)) == sources_to_cache(
        generate_models(edited, PACKAGE)
    )


def test_the_values_of_a_discriminators_property_are_left_to_the_model_generator(
    document: dict[str, Any], cache: Cache
) -> None:
    # The models module writes such a field's Literal from the union's mapping, not from
    # its enum: a value added to the enum changes nothing there.
    edited = copy.deepcopy(document)
    fields = [found for found in _enum_fields(edited) if found[1] == "type"]
    assert fields
    schema, _, values = fields[0]
    values.append("new")
    found = _edit_in_place(
        edited, _previous(document, cache), {schema}, _stored_fields(document, cache), cache
    )
    assert found == f"models: {schema}: type is the property of a discriminator", found


def test_edits_in_place_keep_the_model_generators_warnings(tmp_path: Path) -> None:
    # OpenAI's published spec has such warnings (AnyUrl without max_length): every edit of
    # it took a full run. An edit in place adds no warning and takes none away, since
    # no field it writes is one the model generator warns about.
    url = {"type": "string", "format": "uri", "maxLength": 200}
    schemas: dict[str, Any] = {
        "Link": {"type": "object", "properties": {"href": url, "title": {"type": "string"}}},
        "Other": {"type": "object", "properties": {"url": url, "n": {"type": "integer"}}},
        "Mode": {"type": "string", "enum": ["fast", "slow"]},
    }
    document, cache = _warm_small(schemas, tmp_path)
    warned = generate_models(document, PACKAGE).warnings
    assert len(warned) == 2 and all("max_length" in w.message for w in warned)
    edits = [
        lambda s: s["Link"]["properties"].update(rel={"type": "string", "description": "Why."}),
        lambda s: s["Other"]["properties"].pop("n"),
        lambda s: s["Mode"]["enum"].append("medium"),
        lambda s: s["Link"]["properties"]["title"].update(type="integer"),
    ]
    for edit in edits:
        edited = copy.deepcopy(document)
        edit(edited["components"]["schemas"])
        attempt = try_update(edited, PACKAGE, cache)
        assert isinstance(attempt, Update) and attempt.given == frozenset(), attempt
        full = sources_to_cache(generate_models(edited, PACKAGE))
        assert sources_to_cache(pipeline._models(edited, PACKAGE, cache)) == full
        assert full["warnings"] == sources_to_cache(generate_models(document, PACKAGE))["warnings"]
        document = edited
    # An edit the sub-document run would take is left to the full run: that run warns
    # about its own schemas only.
    edited = copy.deepcopy(document)
    edited["components"]["schemas"]["Link"]["properties"]["href"] = {**url, "maxLength": 300}
    assert try_update(edited, PACKAGE, cache) == "the earlier result has warnings"
    full = sources_to_cache(generate_models(edited, PACKAGE))
    assert sources_to_cache(pipeline._models(edited, PACKAGE, cache)) == full


def _enum_holders(document: dict[str, Any]) -> list[str]:
    """The schemas holding one enum that are neither plain enums nor plain objects."""
    return [
        name
        for name, schema in document["components"]["schemas"].items()
        if (models_fields.schema_parts(schema) or [""])[0].startswith(models_fields.VALUES_PARTS)
    ]


@pytest.mark.parametrize("rotation", [0, 1, 2])
def test_enums_held_by_other_schemas_edited_in_place_equal_a_full_run(
    document: dict[str, Any], cache: Cache, rotation: int
) -> None:
    # The open model lists (`anyOf: [{type: string}, {type: string, enum: [...]}]`),
    # voices, formats with a default: every one of our spec's at once, each in one way.
    names = _enum_holders(document)
    assert {"ResponsesModel", "VoiceIdsShared", "AudioResponseFormat"} <= set(names), names
    edited = copy.deepcopy(document)
    edits = ("value added", "value removed", "values reordered", "awkward values")
    for index, name in enumerate(names):
        [values] = models_fields._enums(edited["components"]["schemas"][name])
        _edit_values(values, edits[(index + rotation) % len(edits)], index, f"new-{name}")
    attempt = try_update(edited, PACKAGE, cache)
    assert isinstance(attempt, Update) and attempt.given == frozenset(), attempt
    full = sources_to_cache(generate_models(edited, PACKAGE))
    assert sources_to_cache(attempt.sources) == full


def test_other_edits_of_enums_held_by_other_schemas_are_left_to_the_model_generator(tmp_path: Path) -> None:
    open_list = {"anyOf": [{"type": "string"}, {"type": "string", "enum": ["a", "b"]}]}
    schemas: dict[str, Any] = {
        "Models": copy.deepcopy(open_list),
        "Based": copy.deepcopy(open_list),
        "Uses": {"allOf": [{"$ref": "#/components/schemas/Based"}], "description": "d"},
        # Not plain objects (minProperties): their one enum is the schema's.
        "Kinded": {
            "type": "object",
            "minProperties": 1,
            "properties": {
                "kind": {"type": "string", "enum": ["x", "y"]},
                "n": {"type": "integer", "minimum": 1},
            },
        },
        "Union": {
            "oneOf": [{"$ref": "#/components/schemas/Kinded"}],
            "discriminator": {"propertyName": "kind"},
        },
        "Nested": {
            "type": "object",
            "minProperties": 1,
            "properties": {
                "inner": {"type": "object", "properties": {"mode": {"type": "string", "enum": ["p", "q"]}}}
            },
        },
    }
    document, cache = _warm_small(schemas, tmp_path)
    previous, stored = _previous(document, cache), _stored_fields(document, cache)

    def attempt(name: str, change: Any) -> Any:
        edited = copy.deepcopy(document)
        change(edited["components"]["schemas"][name])
        return _edit_in_place(edited, previous, {name}, stored, cache)

    grown = lambda s: models_fields._enums(s)[0].append("c")  # noqa: E731
    assert isinstance(attempt("Models", grown), ModelSources)
    assert attempt("Based", grown) == "Based is part of another schema's allOf"
    assert attempt("Kinded", grown) == "models: Kinded: its enum is a discriminator's property"
    # Held by an inline object of its own: its definition holds no Literal.
    assert attempt("Nested", grown) == "models: Nested: not one Literal"
    assert attempt("Models", lambda s: s["anyOf"][1].update(enum=["a"])) == (
        "Models is not a plain object schema, now or before"
    )
    assert (
        attempt("Models", lambda s: s["anyOf"][0].update(maxLength=3))
        == "Models changed more than its fields"
    )
