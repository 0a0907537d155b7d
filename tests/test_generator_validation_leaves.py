"""A change to plain properties is found clean without the validator, and only then.

validation_leaves gives a verdict without running openapi-spec-validator, so every
test here compares it with the validator's: on random edits of properties (plain ones,
almost plain ones, and the constructs that make the route unsound), each run's findings
must be those of the same run with the route turned off (the incremental route, itself
compared with whole-document validation in test_generator_validation_incremental.py),
and a sample of them those of `validate_document` on the whole document.
"""

from __future__ import annotations

import copy
import random
import shutil
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import validation_run
from generator.cache import Cache
from generator.diagnostics import Diagnostic, SpecError
from generator.load import load_spec
from generator.validate import validate_document
from generator.validation_leaves import plain, skeleton
from generator.validation_run import ValidationRun, without_prose
from tests.generator_helpers import ROOT

Document = dict[str, Any]

# Schemas for a property: plain ones (the route may be taken) and almost plain ones
# (never: each is outside the rule, and several are invalid).
PLAIN = [
    {"type": "string"},
    {"type": "integer", "format": "int64"},
    {"type": "number", "title": "T", "description": "d"},
    {"type": "boolean", "deprecated": True},
    {"description": "any value"},
    {},
]
PLAIN_31 = [{"type": ["string", "null"]}, {"type": ["integer", "number", "boolean"]}]
PLAIN_30 = [{"type": "string", "nullable": True}]
NOT_PLAIN = [
    {"type": "strin"},
    {"type": 12},
    {"type": "object"},
    {"type": "array"},
    {"type": "null"},
    {"type": ["string", "string"]},
    {"type": []},
    {"type": "string", "nullable": "yes"},
    {"description": 5},
    {"title": None},
    {"type": "string", "format": 3},
    {"deprecated": "no"},
    {"type": "string", "foo": 1},
    {"type": "string", "x-note": 1},
    {"type": "string", "maxLength": -1},
    {"type": "integer", "default": "x"},
    {"$ref": "#/components/schemas/Nowhere"},
    "string",
    None,
]

VALID_NOT_PLAIN = [{"type": "string", "maxLength": 3}, {"type": "object"}, {"type": "string", "enum": ["a"]}]

THIRTY = """\
    openapi: 3.0.3
    info: {title: Thirty, version: "1"}
    paths:
      /things:
        post:
          operationId: createThing
          requestBody:
            content:
              application/json:
                schema: {$ref: '#/components/schemas/Thing'}
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Listing'}
            default:
              description: error
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Problem'}
    components:
      schemas:
        Thing:
          type: object
          required: [name]
          properties:
            name: {type: string}
            size: {type: integer, nullable: true}
            tags:
              type: array
              items:
                type: object
                properties:
                  label: {type: string}
        Listing:
          allOf:
            - $ref: '#/components/schemas/Thing'
            - type: object
              properties:
                total: {type: integer}
        Problem:
          type: object
          properties:
            message: {type: string}
            code: {type: string, enum: [a, b]}
    """


@pytest.fixture(autouse=True)
def any_share(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small documents take the partial routes too, however much of them changed."""
    monkeypatch.setattr(validation_run, "INCREMENTAL_MAX_SHARE", 1.0)


def _thirty() -> Document:
    loaded = yaml.safe_load(textwrap.dedent(THIRTY))
    assert isinstance(loaded, dict)
    return loaded


def _ours() -> Document:
    return load_spec(ROOT / "spec" / "openapi.yaml").document


def _warm(document: Document, folder: Path) -> Path:
    run = ValidationRun(document, Cache(folder), lenient=False)
    assert run.finish() == [] and run.route == "full"
    return folder


def _run(document: Document, folder: Path) -> tuple[list[Diagnostic] | SpecError, str]:
    """A lenient run's findings (or the error raised before validating) and its route."""
    try:
        run = ValidationRun(document, Cache(folder), lenient=True)
    except SpecError as exc:
        return exc, "raised"
    run.finish()
    assert run.found is not None
    return run.found, run.route


def _compared(document: Document, folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The route a run with `folder`'s verdicts takes; its findings must be those of the
    same run without this route (on a copy of the verdicts)."""
    reference_folder = folder.parent / (folder.name + "-reference")
    shutil.rmtree(reference_folder, ignore_errors=True)
    shutil.copytree(folder, reference_folder)
    found, route = _run(document, folder)
    with monkeypatch.context() as patched:
        patched.setattr(validation_run, "clean_by_leaves", lambda *args: False)
        expected, reference_route = _run(document, reference_folder)
    if isinstance(found, SpecError):
        assert isinstance(expected, SpecError) and found.diagnostics == expected.diagnostics
    else:
        assert found == expected, (route, reference_route)
    if route == "leaves":
        assert found == [] and reference_route in ("incremental", "full")
    return route


def _property_maps(schema: Any) -> list[dict[str, Any]]:
    """The `properties` of `schema` and of the schemas it holds, as the route reads them."""
    found: list[dict[str, Any]] = []
    stack = [schema]
    while stack:
        node = stack.pop()
        if not isinstance(node, dict) or "$ref" in node:
            continue
        if isinstance(node.get("properties"), dict):
            found.append(node["properties"])
            stack.extend(node["properties"].values())
        stack.extend(node.get(key) for key in ("items", "additionalProperties", "not"))
        for key in ("allOf", "anyOf", "oneOf"):
            if isinstance(node.get(key), list):
                stack.extend(node[key])
    return found


def _edit(document: Document, rng: random.Random, candidates: list[Any]) -> None:
    maps = [m for schema in document["components"]["schemas"].values() for m in _property_maps(schema)]
    properties = rng.choice(maps)
    kind = rng.randrange(4)
    if kind == 0 or not properties:
        properties[f"added_{rng.randrange(1000)}"] = copy.deepcopy(rng.choice(candidates))
    elif kind == 1:
        del properties[rng.choice(list(properties))]
    else:
        properties[rng.choice(list(properties))] = copy.deepcopy(rng.choice(candidates))


@pytest.mark.parametrize("spec", ["ours", "thirty"])
def test_random_property_edits_find_what_the_validator_finds(
    spec: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = _ours() if spec == "ours" else _thirty()
    # Our spec takes 2 s to validate whole: there, only edits that keep it valid (the
    # route or the incremental one); the small document gets every kind.
    candidates = PLAIN + PLAIN_31 + VALID_NOT_PLAIN if spec == "ours" else PLAIN + PLAIN_30 + NOT_PLAIN
    warm = _warm(base, tmp_path / "warm")
    rng = random.Random(20261204)
    routes: dict[str, int] = {}
    whole_checked = 0
    for attempt in range(6 if spec == "ours" else 40):
        folder = tmp_path / str(attempt)
        shutil.copytree(warm, folder)
        changed = copy.deepcopy(base)
        # Edits one after another, each run building on the verdicts the last stored.
        for _ in range(rng.randint(1, 3)):
            _edit(changed, rng, candidates)
            route = _compared(changed, folder, monkeypatch)
            routes[route] = routes.get(route, 0) + 1
            if route == "leaves" and whole_checked < (1 if spec == "ours" else 5):
                assert validate_document(without_prose(changed)) == []
                whole_checked += 1
    assert routes.get("leaves", 0) >= 5 and routes.get("incremental", 0) >= 2, routes
    if spec == "thirty":
        assert routes.get("full", 0) >= 3, routes


def _leaf_route_case(document: Document, tmp_path: Path, change: Any, monkeypatch: pytest.MonkeyPatch) -> str:
    warm = _warm(document, tmp_path / "warm")
    changed = copy.deepcopy(document)
    change(changed)
    return _compared(changed, warm, monkeypatch)


def test_a_plain_property_added_retyped_or_removed_takes_the_route(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def edits(document: Document) -> None:
        thing = document["components"]["schemas"]["Thing"]["properties"]
        thing["colour"] = {"type": "string", "nullable": True, "description": "new"}
        thing["size"] = {"type": "number", "format": "double"}
        del thing["name"]  # still required: a required name without a property is valid

    assert _leaf_route_case(_thirty(), tmp_path, edits, monkeypatch) == "leaves"


# Each construct makes a plain property matter to another value; with it in the document,
# the route is never taken, and where the edit broke that value the validator finds it.
@pytest.mark.parametrize(
    ("before", "edit", "route"),
    [
        pytest.param(
            lambda d: d["components"]["schemas"]["Thing"].update(default={"name": "x"}),
            lambda d: d["components"]["schemas"]["Thing"]["properties"].update(name={"type": "integer"}),
            "full",
            id="a default holding a mapping",
        ),
        pytest.param(
            lambda d: d["components"]["schemas"]["Thing"]["properties"]["tags"].update(
                default=[{"label": "x"}]
            ),
            lambda d: d["components"]["schemas"]["Thing"]["properties"]["tags"]["items"]["properties"].update(
                label={"type": "boolean"}
            ),
            "full",
            id="a default holding a mapping in a list",
        ),
        pytest.param(
            lambda d: d["paths"]["/things"]["post"].update(
                parameters=[
                    {
                        "name": "size",
                        "in": "query",
                        "schema": {
                            "allOf": [{"$ref": "#/components/schemas/Thing/properties/size"}],
                            "default": 3,
                        },
                    }
                ]
            ),
            lambda d: d["components"]["schemas"]["Thing"]["properties"].update(size={"type": "string"}),
            "full",
            id="a reference to a property",
        ),
        pytest.param(
            lambda d: (
                d.update(openapi="3.1.0"),
                d["components"]["schemas"]["Thing"].update(
                    {"$schema": "https://spec.openapis.org/oas/3.1/dialect/base"}
                ),
            ),
            lambda d: d["components"]["schemas"]["Thing"]["properties"].update(colour={"type": "string"}),
            "incremental",
            id="$schema",
        ),
        pytest.param(
            lambda d: None,
            lambda d: d["components"]["schemas"]["Thing"]["properties"].update(
                colour={"type": "string", "maxLength": 3}
            ),
            "incremental",
            id="a property not plain",
        ),
        pytest.param(
            lambda d: None,
            lambda d: (
                d["components"]["schemas"]["Thing"]["properties"].update(colour={"type": "string"}),
                d["info"].update(version="2"),
            ),
            "incremental",
            id="the root changed too",
        ),
        pytest.param(
            lambda d: d["components"]["schemas"]["Listing"]["allOf"][1]["properties"].update(
                nested={"type": "object", "properties": {"deep": {"type": "string"}}}
            ),
            lambda d: d["components"]["schemas"]["Listing"]["allOf"][1]["properties"]["nested"][
                "properties"
            ].update(deep={"type": "integer"}),
            "leaves",
            id="a plain property deep in allOf",
        ),
    ],
)
def test_what_a_plain_property_may_matter_to_keeps_the_route_shut(
    before: Any, edit: Any, route: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = _thirty()
    before(document)
    warm = _warm(document, tmp_path / "warm")
    changed = copy.deepcopy(document)
    edit(changed)
    found, _ = _run(copy.deepcopy(changed), tmp_path / "probe")  # no verdicts: the whole document
    assert _compared(changed, warm, monkeypatch) == route
    if route == "full":  # the edit broke a value that depends on the property: found
        assert found and found == validate_document(without_prose(changed))


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0", "3.2.0", 3.1])
def test_only_openapi_30_and_31_without_a_dialect(
    version: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = _thirty()
    document["openapi"] = version
    if version == "3.1.0":
        document["components"]["schemas"]["Thing"]["properties"]["size"] = {"type": ["integer", "null"]}
    try:
        warm = _warm(document, tmp_path / "warm")
    except (SpecError, AssertionError):
        return  # not a version the validator takes: nothing stored to build on
    changed = copy.deepcopy(document)
    changed["components"]["schemas"]["Thing"]["properties"]["colour"] = {"type": "string"}
    expected = "leaves" if version in ("3.0.3", "3.1.0") else "incremental"
    assert _compared(changed, warm, monkeypatch) == expected
    with_dialect = copy.deepcopy(document)
    with_dialect["jsonSchemaDialect"] = "https://spec.openapis.org/oas/3.1/dialect/base"
    if version == "3.1.0":
        warm = _warm(with_dialect, tmp_path / "warm-dialect")
        with_dialect["components"]["schemas"]["Thing"]["properties"]["colour"] = {"type": "string"}
        assert _compared(with_dialect, warm, monkeypatch) == "incremental"


def test_plain_is_what_the_rule_says() -> None:
    for schema in PLAIN + PLAIN_30:
        assert plain(schema, "3.0"), schema
    for schema in PLAIN + PLAIN_31:
        assert plain(schema, "3.1"), schema
    for schema in NOT_PLAIN:
        assert not plain(schema, "3.0") and not plain(schema, "3.1"), schema
    assert not plain(PLAIN_31[0], "3.0") and not plain(PLAIN_30[0], "3.1")


def test_a_skeleton_leaves_out_plain_properties_at_schema_places_only() -> None:
    schema = {
        "type": "object",
        "properties": {
            "a": {"type": "string"},
            "b": {"type": "string", "maxLength": 2},
            "c": {"type": "object", "properties": {"d": {"type": "integer"}}},
        },
        "items": {"properties": {"e": {"type": "string"}}},
        "allOf": [{"$ref": "#/x", "properties": {"f": {"type": "string"}}}, {"properties": {"g": {}}}],
        "example": {"properties": {"h": {"type": "string"}}},
        "x-extra": {"properties": {"i": {"type": "string"}}},
    }
    shown = skeleton(schema, "3.1")
    assert shown == {
        "type": "object",
        "properties": {"b": {"type": "string", "maxLength": 2}, "c": {"type": "object", "properties": {}}},
        "items": {"properties": {}},
        "allOf": [{"$ref": "#/x", "properties": {"f": {"type": "string"}}}, {"properties": {}}],
        "example": {"properties": {"h": {"type": "string"}}},
        "x-extra": {"properties": {"i": {"type": "string"}}},
    }
    assert list(shown) == list(schema)  # the order kept
    untouched = {"type": "object", "properties": {"b": {"type": "string", "maxLength": 2}}}
    assert skeleton(untouched, "3.1") is untouched
    assert schema["properties"]["a"] == {"type": "string"}  # not changed in place


def _with_enum(document: Document) -> Document:
    """`document` with a plain enum component, Colour, that Thing refers to."""
    document["components"]["schemas"]["Colour"] = {"type": "string", "enum": ["red", "green", "blue"]}
    document["components"]["schemas"]["Thing"]["properties"]["colour"] = {
        "$ref": "#/components/schemas/Colour"
    }
    return document


def _colours(values: list[str]) -> Any:
    return lambda d: d["components"]["schemas"]["Colour"].update(enum=values)


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_the_values_of_a_plain_enum_take_the_route(
    version: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = _with_enum(_thirty())
    document["openapi"] = version
    # A default elsewhere, reaching no enum, and one reaching another enum: neither matters.
    document["components"]["schemas"]["Thing"]["properties"]["size"]["default"] = 3
    document["components"]["schemas"]["Shade"] = {"type": "string", "enum": ["light", "dark"], "title": "S"}
    document["components"]["schemas"]["Thing"]["properties"]["shade"] = {
        "allOf": [{"$ref": "#/components/schemas/Shade"}],
        "default": "dark",
    }
    for values in (["red", "green", "blue", "cyan"], ["red"], ["blue", "red"], ["", "it's", "é"]):
        assert (
            _leaf_route_case(document, tmp_path / str(len(values)), _colours(values), monkeypatch) == "leaves"
        )


# Where a default meets an enum's values, an edit of them is left to the validator, which
# finds what it broke; so do the enums that are not plain.
@pytest.mark.parametrize(
    ("before", "edit", "route"),
    [
        pytest.param(
            lambda d: d["components"]["schemas"]["Thing"]["properties"].update(
                colour={"allOf": [{"$ref": "#/components/schemas/Colour"}], "default": "red"}
            ),
            _colours(["green", "blue"]),
            "full",
            id="a default reaching it",
        ),
        pytest.param(
            lambda d: d["components"]["schemas"].update(
                Wrapper={"type": "object", "properties": {"thing": {"$ref": "#/components/schemas/Thing"}}},
                Holder={
                    "type": "object",
                    "properties": {"w": {"$ref": "#/components/schemas/Wrapper"}},
                    "default": {"w": {"thing": {"name": "n", "colour": "red"}}},
                },
            ),
            _colours(["green", "blue"]),
            "full",
            id="a default reaching it through other parts",
        ),
        pytest.param(
            lambda d: d["paths"]["/things"]["post"].update(
                parameters=[
                    {
                        "name": "colour",
                        "in": "query",
                        "schema": {"allOf": [{"$ref": "#/components/schemas/Colour"}], "default": "blue"},
                    }
                ]
            ),
            _colours(["red", "green"]),
            "full",
            id="a parameter's default",
        ),
        pytest.param(lambda d: None, _colours([]), "full", id="no values"),
        pytest.param(lambda d: None, _colours(["red", 1]), "full", id="a value not a string"),
        pytest.param(
            lambda d: None,
            lambda d: d["components"]["schemas"]["Colour"].update(type="integer"),
            "full",
            id="another type",
        ),
        pytest.param(
            lambda d: None,
            lambda d: d["components"]["schemas"]["Colour"].update(enum=["red", "green"], maxLength=3),
            "incremental",
            id="more than an enum",
        ),
    ],
)
def test_what_an_enum_may_matter_to_keeps_the_route_shut(
    before: Any, edit: Any, route: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _assert_route(_with_enum(_thirty()), before, edit, route, tmp_path, monkeypatch)


def _assert_route(
    document: Document, before: Any, edit: Any, route: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`edit` after `before` (stored clean in between) takes `route`; a full one finds
    what validating the whole edited document finds."""
    before(document)
    warm = _warm(document, tmp_path / "warm")
    changed = copy.deepcopy(document)
    edit(changed)
    found, _ = _run(copy.deepcopy(changed), tmp_path / "probe")  # no verdicts: the whole document
    assert _compared(changed, warm, monkeypatch) == route
    if route == "full":  # the edit broke something: found
        assert found and found == validate_document(without_prose(changed))


def test_an_enum_back_to_values_validated_before_is_checked_against_its_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each state is stored clean in turn; the last puts together an enum and a default
    # each validated before, but never together (and invalid together).
    thing = lambda d: d["components"]["schemas"]["Thing"]["properties"]  # noqa: E731
    first = _with_enum(_thirty())
    thing(first)["colour"] = {"allOf": [{"$ref": "#/components/schemas/Colour"}], "default": "red"}
    folder = _warm(first, tmp_path / "cache")
    second = copy.deepcopy(first)
    second["components"]["schemas"]["Colour"]["enum"] = ["cyan", "magenta"]
    thing(second)["colour"]["default"] = "cyan"
    assert _compared(second, folder, monkeypatch) in ("incremental", "full")
    third = copy.deepcopy(second)
    third["components"]["schemas"]["Colour"]["enum"] = ["red", "green", "blue"]
    assert _compared(third, folder, monkeypatch) == "full"
    assert validate_document(without_prose(third))


def test_our_model_list_grown_takes_the_route(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def grow(d: Document) -> None:
        d["components"]["schemas"]["ChatModel"]["enum"].insert(0, "gpt-next")

    assert _leaf_route_case(_ours(), tmp_path, grow, monkeypatch) == "leaves"


def _with_open_enum(document: Document) -> Document:
    """`document` with an open model list, Model (`anyOf` a string or one of the known
    values), that Thing refers to, and Mode, an object holding an enum, that it holds."""
    schemas = document["components"]["schemas"]
    schemas["Model"] = {
        "description": "Any model ID; the known ones listed.",
        "example": "m-2",
        "anyOf": [{"type": "string"}, {"type": "string", "title": "Known", "enum": ["m-1", "m-2"]}],
    }
    schemas["Mode"] = {
        "type": "object",
        "minProperties": 1,
        "properties": {"speed": {"enum": ["fast", "slow"]}},
    }
    schemas["Thing"]["properties"]["model"] = {"$ref": "#/components/schemas/Model"}
    schemas["Thing"]["properties"]["mode"] = {"$ref": "#/components/schemas/Mode"}
    return document


def _known(values: list[Any]) -> Any:
    return lambda d: d["components"]["schemas"]["Model"]["anyOf"][1].update(enum=values)


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_the_values_of_an_enum_held_by_a_schema_take_the_route(
    version: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = _with_open_enum(_thirty())
    document["openapi"] = version
    for index, values in enumerate((["m-1", "m-2", "m-3"], ["m-2"], ["", "it's", "é"])):
        case = tmp_path / str(index)
        assert _leaf_route_case(document, case, _known(values), monkeypatch) == "leaves"
    speeds = lambda d: d["components"]["schemas"]["Mode"]["properties"]["speed"].update(
        enum=["slow"]
    )  # noqa: E731
    assert _leaf_route_case(document, tmp_path / "speed", speeds, monkeypatch) == "leaves"


# Where the values may matter, an edit of them is left to the validator.
@pytest.mark.parametrize(
    ("before", "edit", "route"),
    [
        pytest.param(
            lambda d: d["components"]["schemas"]["Model"]["anyOf"][1].update(default="m-1"),
            _known(["m-2", "m-3"]),
            "full",
            id="a default in it",
        ),
        pytest.param(
            lambda d: d["components"]["schemas"]["Thing"]["properties"].update(
                model={"allOf": [{"$ref": "#/components/schemas/Model"}], "default": "m-1"}
            ),
            _known(["m-2", 3]),
            "full",
            id="a default reaching it, and a value not a string",
        ),
        pytest.param(
            lambda d: d["components"]["schemas"]["Model"]["anyOf"][1].update(type="integer", enum=[1, 2]),
            _known(["m-1", "m-2"]),
            "full",
            id="on a schema of another type",
        ),
        pytest.param(lambda d: None, _known(["m-1", "m-1"]), "full", id="values twice"),
        pytest.param(lambda d: None, _known([]), "full", id="no values"),
    ],
)
def test_what_an_enum_held_by_a_schema_may_matter_to_keeps_the_route_shut(
    before: Any, edit: Any, route: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _assert_route(_with_open_enum(_thirty()), before, edit, route, tmp_path, monkeypatch)


def test_our_open_model_list_grown_takes_the_route(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def grow(d: Document) -> None:
        d["components"]["schemas"]["ResponsesModel"]["anyOf"][2]["enum"].insert(0, "gpt-next")

    assert _leaf_route_case(_ours(), tmp_path, grow, monkeypatch) == "leaves"


ENUM_VALUES = [["a", "b"], ["x"], ["", "it's"], ["a", "a"], [1, 2], ["a", None], [], ["m-1", "m-2", "m-3"]]


def _enum_lists(node: Any) -> list[dict[str, Any]]:
    """Every mapping under `node` that has an `enum`."""
    found, stack = [], [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if "enum" in item:
                found.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def test_random_enum_edits_find_what_the_validator_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Values of every kind (valid or not) in every enum of the small document, and now
    # and then a default that meets them.
    base = _with_open_enum(_thirty())
    warm = _warm(base, tmp_path / "warm")
    rng = random.Random(20261205)
    routes: dict[str, int] = {}
    for attempt in range(30):
        folder = tmp_path / str(attempt)
        shutil.copytree(warm, folder)
        changed = copy.deepcopy(base)
        for _ in range(rng.randint(1, 3)):
            holder = rng.choice(_enum_lists(changed["components"]["schemas"]))
            holder["enum"] = copy.deepcopy(rng.choice(ENUM_VALUES))
            if rng.random() < 0.2:
                holder["default"] = rng.choice(["a", "m-1", "x"])
            route = _compared(changed, folder, monkeypatch)
            routes[route] = routes.get(route, 0) + 1
            if route == "leaves" and rng.random() < 0.2:
                assert validate_document(without_prose(changed)) == []
    assert routes.get("leaves", 0) >= 5 and routes.get("full", 0) >= 5, routes
