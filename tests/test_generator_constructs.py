"""OpenAPI constructs a document in general may use, one small spec each.

Each test writes a spec, generates a client from it into tmp_path, imports it,
and proves the construct: the models parse (or refuse) what they should, and
the methods send what they should to a local server. The last test checks, on
OpenAI's published spec, that no operation is dropped without a warning.
"""

from __future__ import annotations

import asyncio
import re
import warnings
from pathlib import Path
from typing import Any

import pydantic
import pytest
import yaml

from generator.cache import Cache, default_cache_dir
from generator.diagnostics import join_pointer
from generator.models import models_from_sources, renamed_schemas, sources_from_cache, sources_to_cache
from generator.normalize import HTTP_METHODS
from generator.pipeline import GenerationFailed, generate_client
from tests.generator_helpers import ROOT, imported_client, run_cli, write_spec
from tests.servers import JSONResponse, RawResponse, RecordingServer, SSEResponse, sse_event

HEAD_30 = 'openapi: 3.0.3\ninfo: {title: T, version: "1"}\n'
HEAD_31 = 'openapi: 3.1.0\ninfo: {title: T, version: "1"}\n'


def _validates(model: Any, value: object) -> bool:
    try:
        pydantic.TypeAdapter(model).validate_python(value)
    except pydantic.ValidationError:
        return False
    return True


# -- schemas ------------------------------------------------------------------------


ALL_OF = HEAD_31 + """
paths:
  /pets:
    post:
      operationId: createPet
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Pet'}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
components:
  schemas:
    Base:
      type: object
      required: [id]
      properties:
        id: {type: string}
        status: {type: string, enum: [a, b, c]}
    Named:
      type: object
      required: [name]
      properties:
        name: {type: string}
    Pet:
      allOf:
        - $ref: '#/components/schemas/Base'
        - $ref: '#/components/schemas/Named'
        - type: object
          properties:
            status: {type: string, enum: [a]}
            tag: {type: string}
"""


def test_all_of_is_merged_into_one_model(tmp_path: Path, server: RecordingServer, clean_env: None) -> None:
    with imported_client(tmp_path, ALL_OF, "c_allof") as (client_module, found):
        Pet = client_module.models.Pet
        assert set(Pet.model_fields) == {"id", "name", "status", "tag"}
        assert not issubclass(Pet, client_module.models.Base)
        # The part that narrows `status` wins; every part's required fields stay required.
        assert not _validates(Pet, {"id": "1", "name": "n", "status": "b"})
        assert not _validates(Pet, {"id": "1"})
        server.route("POST", "/v1/pets", JSONResponse({"id": "1", "name": "rex", "status": "a"}))
        client = client_module.OpenAI(api_key="k", base_url=server.url)
        pet = client.pets.create_pet(id="1", name="rex", tag="t")
        assert (pet.id, pet.name, pet.status, pet.tag) == ("1", "rex", "a", None)
        assert server.last.json == {"id": "1", "name": "rex", "tag": "t"}
        assert found == []


UNIONS = HEAD_31 + """
paths:
  /shapes:
    post:
      operationId: createShape
      requestBody:
        required: true
        content:
          application/json:
            schema:
              oneOf:
                - {type: object, required: [radius], properties: {radius: {type: number}, label: {type: string}}}
                - {type: object, required: [side], properties: {side: {type: number}, label: {type: string}}}
      responses: {"204": {description: none}}
  /shapes/{id}:
    get:
      operationId: getShape
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Shape'}
components:
  schemas:
    Shape:
      oneOf: [{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Square'}]
      discriminator:
        propertyName: kind
        mapping:
          round: '#/components/schemas/Circle'
          sq: '#/components/schemas/Square'
    Circle:
      type: object
      required: [kind, radius]
      properties: {kind: {type: string, enum: [round]}, radius: {type: number}}
    Square:
      type: object
      required: [kind, side]
      properties: {kind: {type: string, enum: [sq]}, side: {type: number}}
    Pet:
      oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
      discriminator: {propertyName: petType}
    Cat:
      type: object
      required: [petType]
      properties: {petType: {type: string, enum: [Cat]}, lives: {type: integer}}
    Dog:
      type: object
      required: [petType]
      properties: {petType: {type: string, enum: [Dog]}, barks: {type: boolean}}
    Untagged:
      oneOf:
        - {type: object, required: [radius], properties: {radius: {type: number}}, additionalProperties: false}
        - {type: object, required: [side], properties: {side: {type: number}}, additionalProperties: false}
    Loose:
      type: object
      properties:
        value:
          anyOf: [{type: string}, {type: integer}, {type: array, items: {type: string}}]
"""


def test_one_of_and_any_of_with_and_without_discriminator(
    tmp_path: Path, server: RecordingServer, clean_env: None
) -> None:
    with imported_client(tmp_path, UNIONS, "c_unions") as (client_module, _):
        models = client_module.models
        server.route(
            "GET", "/v1/shapes/s1", [JSONResponse({"kind": "sq", "side": 2}), JSONResponse({"kind": "x"})]
        )
        client = client_module.OpenAI(api_key="k", base_url=server.url)
        shape = client.shapes.get_shape("s1")
        assert type(shape) is models.Square and shape.side == 2
        with pytest.raises(client_module.APIResponseValidationError):
            client.shapes.get_shape("s1")
        # Implicit mapping: the tag is the schema name.
        pets = pydantic.TypeAdapter(models.Pet)
        assert type(pets.validate_python({"petType": "Dog", "barks": True})) is models.Dog
        assert type(pets.validate_python({"petType": "Cat"})) is models.Cat
        assert not _validates(models.Pet, {"petType": "Cow"})
        # No discriminator: the variant whose shape matches.
        untagged = pydantic.TypeAdapter(models.Untagged).validate_python({"side": 3})
        assert untagged.side == 3 and not hasattr(untagged, "radius")
        # A body that is a union of inline objects: every variant's fields, none required.
        server.route("POST", "/v1/shapes", RawResponse(status=204))
        client.shapes.create_shape(side=2.5, label="box")
        assert server.last.json == {"side": 2.5, "label": "box"}
        loose = models.Loose.model_validate
        assert [loose({"value": v}).value for v in ("a", 3, ["x"])] == ["a", 3, ["x"]]
        assert not _validates(models.Loose, {"value": 2.5})


NULLABLE = """
paths: {}
components:
  schemas:
    Thing:
      type: object
      required: [name, nick, count]
      properties:
        name: {type: string}
        nick: NICK
        count: COUNT
"""


@pytest.mark.parametrize(
    "head, nick, count",
    [
        (HEAD_30, "{type: string, nullable: true}", "{type: integer, nullable: true}"),
        (HEAD_31, "{type: [string, 'null']}", "{anyOf: [{type: integer}, {type: 'null'}]}"),
    ],
    ids=["3.0 nullable", "3.1 type list"],
)
def test_nullable_in_both_styles(tmp_path: Path, head: str, nick: str, count: str) -> None:
    spec = head + NULLABLE.replace("NICK", nick).replace("COUNT", count)
    with imported_client(tmp_path, spec, "c_nullable") as (client_module, _):
        Thing = client_module.models.Thing
        thing = Thing.model_validate({"name": "n", "nick": None, "count": None})
        assert thing.nick is None and thing.count is None
        assert Thing.model_validate({"name": "n", "nick": "x", "count": 2}).count == 2
        # Required and not nullable: null is refused; nullable but required: must be present.
        assert not _validates(Thing, {"name": None, "nick": None, "count": None})
        assert not _validates(Thing, {"name": "n", "count": None})


CONST_AND_ENUMS = HEAD_31 + """
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - {name: level, in: query, schema: {type: integer, enum: [1, 2, 3]}}
        - {name: mode, in: query, schema: {type: string, enum: [fast, slow]}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    Thing:
      type: object
      required: [kind]
      properties:
        kind: {const: thing}
        color: {type: string, enum: [red, green]}
        level: {type: integer, enum: [1, 2, 3]}
        ratio: {type: number, enum: [0.5, 1.5]}
        mixed: {enum: [auto, 1, true]}
        maybe: {type: [string, 'null'], enum: [small, large, null]}
"""


def test_const_and_enums_of_every_kind(tmp_path: Path, server: RecordingServer, clean_env: None) -> None:
    with imported_client(tmp_path, CONST_AND_ENUMS, "c_enums") as (client_module, _):
        Thing = client_module.models.Thing
        ok = {"kind": "thing", "color": "red", "level": 2, "ratio": 1.5, "mixed": 1, "maybe": None}
        thing = Thing.model_validate(ok)
        assert (thing.kind, thing.color, thing.level, thing.ratio, thing.mixed, thing.maybe) == (
            "thing",
            "red",
            2,
            1.5,
            1,
            None,
        )
        assert Thing.model_validate({"kind": "thing", "mixed": "auto", "maybe": "small"}).mixed == "auto"
        # A Literal cannot hold floats: an enum of them is typed `float`, unchecked.
        assert Thing.model_fields["ratio"].annotation == float | None
        for wrong in ({"kind": "other"}, {"color": "blue"}, {"level": 4}, {"mixed": "x"}, {"maybe": "x"}):
            assert not _validates(Thing, {"kind": "thing", **wrong}), wrong
        server.route("GET", "/v1/things", JSONResponse({"kind": "thing"}))
        client = client_module.OpenAI(api_key="k", base_url=server.url)
        client.things.list_things(level=3, mode="slow")
        assert server.last.query == [("level", "3"), ("mode", "slow")]


RECURSIVE = HEAD_30 + """
paths:
  /tree:
    get:
      operationId: getTree
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Node'}
components:
  schemas:
    Node:
      type: object
      required: [value]
      properties:
        value: {type: integer}
        children: {type: array, items: {$ref: '#/components/schemas/Node'}}
        owner: {$ref: '#/components/schemas/Person'}
    Person:
      type: object
      properties:
        name: {type: string}
        best_friend: {$ref: '#/components/schemas/Person'}
        tree: {$ref: '#/components/schemas/Node'}
"""


def test_recursive_and_mutually_recursive_schemas(
    tmp_path: Path, server: RecordingServer, clean_env: None
) -> None:
    tree = {
        "value": 1,
        "children": [{"value": 2, "children": [{"value": 3}]}],
        "owner": {"name": "a", "best_friend": {"name": "b", "tree": {"value": 4}}},
    }
    with imported_client(tmp_path, RECURSIVE, "c_recursive") as (client_module, _):
        server.route("GET", "/v1/tree", JSONResponse(tree))
        client = client_module.OpenAI(api_key="k", base_url=server.url)
        node = client.tree.get_tree()
        assert node.children[0].children[0].value == 3
        assert node.owner.best_friend.tree.value == 4
        assert node.owner.best_friend.tree.children is None


INLINE = HEAD_31 + """
paths:
  /orders:
    post:
      operationId: placeOrder
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [lines]
              properties:
                lines:
                  type: array
                  items:
                    type: object
                    required: [sku]
                    properties:
                      sku: {type: string}
                      options: {type: object, properties: {gift: {type: boolean}}}
      responses:
        "201":
          description: created
          content:
            application/json:
              schema:
                type: object
                properties:
                  order:
                    type: object
                    properties:
                      lines:
                        type: array
                        items:
                          type: object
                          properties:
                            sku: {type: string}
                            price: {type: object, properties: {amount: {type: number}, currency: {type: string}}}
"""


def test_inline_schemas_at_any_depth(tmp_path: Path, server: RecordingServer, clean_env: None) -> None:
    answer = {"order": {"lines": [{"sku": "a", "price": {"amount": 2.5, "currency": "EUR"}}]}}
    with imported_client(tmp_path, INLINE, "c_inline") as (client_module, _):
        server.route("POST", "/v1/orders", JSONResponse(answer, status=201))
        client = client_module.OpenAI(api_key="k", base_url=server.url)
        result = client.orders.place_order(lines=[{"sku": "a", "options": {"gift": True}}])
        assert result.order.lines[0].price.currency == "EUR"
        assert type(result).__name__ == "PlaceOrderResponse"
        assert server.last.json == {"lines": [{"sku": "a", "options": {"gift": True}}]}


ADDITIONAL = HEAD_31 + """
paths: {}
components:
  schemas:
    Open:
      type: object
      properties: {a: {type: string}}
      additionalProperties: true
    Closed:
      type: object
      properties: {a: {type: string}}
      additionalProperties: false
    Counts:
      type: object
      additionalProperties: {type: integer}
    Holder:
      type: object
      properties:
        counts: {$ref: '#/components/schemas/Counts'}
        labels: {type: object, additionalProperties: {type: string}}
"""


def test_additional_properties_true_false_and_schema(tmp_path: Path) -> None:
    with imported_client(tmp_path, ADDITIONAL, "c_additional") as (client_module, _):
        models = client_module.models
        opened = models.Open.model_validate({"a": "x", "extra": 1})
        assert opened["extra"] == 1
        assert not _validates(models.Closed, {"a": "x", "extra": 1})
        assert models.Closed.model_validate({"a": "x"}).a == "x"
        assert pydantic.TypeAdapter(models.Counts).validate_python({"x": 1}) == {"x": 1}
        holder = models.Holder.model_validate({"counts": {"x": 1}, "labels": {"k": "v"}})
        assert holder.counts == {"x": 1} and holder.labels == {"k": "v"}
        assert not _validates(models.Holder, {"counts": {"x": "many"}})


# -- operations ---------------------------------------------------------------------


COMPONENT_REFS = HEAD_30 + """
paths:
  /pets/{petId}:
    parameters:
      - $ref: '#/components/parameters/PetId'
    put:
      operationId: updatePet
      parameters:
        - $ref: '#/components/parameters/DryRun'
        - {name: petId, in: query, schema: {type: string}}
      requestBody: {$ref: '#/components/requestBodies/PetBody'}
      responses:
        "200": {$ref: '#/components/responses/PetResponse'}
components:
  parameters:
    PetId: {name: petId, in: path, required: true, schema: {type: string}}
    DryRun: {name: dry-run, in: header, schema: {type: boolean}}
  requestBodies:
    PetBody:
      required: true
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Pet'}
  responses:
    PetResponse:
      description: the pet
      headers:
        X-Rate-Limit: {$ref: '#/components/headers/RateLimit'}
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Pet'}
  headers:
    RateLimit: {schema: {type: integer}}
  schemas:
    Pet:
      type: object
      properties: {name: {type: string}}
"""


def test_refs_to_parameters_bodies_responses_and_headers_and_a_name_in_two_places(
    tmp_path: Path, server: RecordingServer, clean_env: None
) -> None:
    with imported_client(tmp_path, COMPONENT_REFS, "c_refs") as (client_module, _):
        server.route("PUT", "/v1/pets/p%201", JSONResponse({"name": "rex"}, headers={"X-Rate-Limit": "9"}))
        client = client_module.OpenAI(api_key="k", base_url=server.url)
        # `petId` is a path parameter (from the path item) and a query parameter.
        raw = client.pets.with_raw_response.update_pet("p 1", pet_id_="q", dry_run=True, name="rex")
        assert raw.parse().name == "rex" and raw.headers["x-rate-limit"] == "9"
        sent = server.last
        assert sent.path == "/v1/pets/p%201" and sent.query == [("petId", "q")]
        assert sent.headers["dry-run"] == "True" and sent.json == {"name": "rex"}


AWKWARD_NAMES = HEAD_31 + """
paths:
  /import/{class}:
    post:
      operationId: import
      parameters:
        - {name: class, in: path, required: true, schema: {type: string}}
        - {name: list, in: query, schema: {type: string}}
        - {name: 1st-page, in: query, schema: {type: integer}}
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/weird-name'}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/weird_name'}
  /users/{user.id}/pets/{pet-id}:
    get:
      operationId: getUserPet
      parameters:
        - {name: user.id, in: path, required: true, schema: {type: string}}
        - {name: pet-id, in: path, required: true, schema: {type: integer}}
      responses: {"204": {description: none}}
components:
  schemas:
    weird-name:
      type: object
      properties:
        foo-bar: {type: string}
        foo_bar: {type: integer}
        type: {type: string}
        from: {type: string}
        self: {type: string}
    weird_name:
      type: object
      properties:
        class: {type: string}
        model_config: {type: string}
        foo-bar: {type: string}
        foo_bar: {type: integer}
    Field: {type: object, properties: {x: {type: string}}}
    UUID: {type: object, properties: {id: {type: string, format: uuid}}}
    str: {type: string}
"""


def test_keywords_builtins_non_identifiers_and_names_that_collide(
    tmp_path: Path, server: RecordingServer, clean_env: None
) -> None:
    with imported_client(tmp_path, AWKWARD_NAMES, "c_names") as (client_module, found):
        models = client_module.models
        # Schema names that meet after conversion both get a class.
        # Names the models module imports itself (Field, UUID) get a suffix.
        assert {"WeirdName", "WeirdName2", "FieldModel", "UUIDModel", "Str"} <= set(models.__all__)
        assert (
            str(models.UUIDModel.model_validate({"id": "12345678-1234-5678-1234-567812345678"}).id)[:8]
            == "12345678"
        )
        answer = {"class": "c", "model_config": "m", "foo-bar": "s", "foo_bar": 1}
        server.route("POST", "/v1/import/a", JSONResponse(answer))
        client = client_module.OpenAI(api_key="k", base_url=server.url)
        result = client.import_.import_(
            "a", list="l", _1st_page=2, foo_bar="s", foo_bar_=1, type="t", from_="f", self_="me"
        )
        assert (result.class_, result.model_config_, result.foo_bar, result.foo_bar_1) == ("c", "m", "s", 1)
        assert result.to_dict() == answer
        sent = server.last
        assert sent.query == [("list", "l"), ("1st-page", "2")]
        assert sent.json == {"foo-bar": "s", "foo_bar": 1, "type": "t", "from": "f", "self": "me"}
        server.route("GET", "/v1/users/u%2F1/pets/7", RawResponse(status=204))
        client.users.get_user_pet("u/1", 7)
        assert server.last.path == "/v1/users/u%2F1/pets/7"
        assert found == []


SCHEMA_NAME_TAKEN = HEAD_31 + """
paths:
  /projects:
    post:
      operationId: createProject
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Project'}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Project'}
    get:
      operationId: listProjects
      x-sdk-pagination: list
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ProjectList'}
components:
  schemas:
    Audit:
      type: object
      properties:
        project:
          type: object
          properties:
            label: {type: string}
    Project:
      type: object
      required: [name, size]
      properties:
        name: {type: string}
        size: {type: integer}
    ProjectList:
      type: object
      required: [object, data]
      properties:
        object: {type: string, enum: [list]}
        data:
          type: array
          items: {$ref: '#/components/schemas/Project'}
"""


def test_a_schema_whose_name_an_inline_object_took_keeps_its_own_class(
    tmp_path: Path, server: RecordingServer, clean_env: None
) -> None:
    # The model generator meets Audit's inline `project` object first and names it
    # `Project`: the schema Project becomes `Project1` in both modules. The client used
    # to type and parse Project's answers with the inline object's class. A warning says
    # why `models.Project` is not the schema Project.
    with imported_client(tmp_path, SCHEMA_NAME_TAKEN, "c_taken") as (client_module, found):
        models = client_module.models
        assert set(models.Project.model_fields) == {"label"}
        assert set(models.Project1.model_fields) == {"name", "size"}
        server.route("POST", "/v1/projects", JSONResponse({"name": "p", "size": 3}))
        client = client_module.OpenAI(api_key="k", base_url=server.url)
        created = client.projects.create_project(name="p", size=3)
        assert type(created) is models.Project1 and created.size == 3
        assert server.last.json == {"name": "p", "size": 3}
        server.route(
            "GET", "/v1/projects", JSONResponse({"object": "list", "data": [{"name": "q", "size": 1}]})
        )
        [listed] = list(client.projects.list_projects())
        assert type(listed) is models.Project1 and listed.name == "q"
        [warning] = found
        assert (warning.pointer, warning.line) == ("/components/schemas/Project", 37)
        assert warning.message == (
            "schema 'Project' is generated as class 'Project1': the schema at "
            "/components/schemas/Audit/properties/project, met first, took the name 'Project'; "
            "give it a name of its own in components/schemas to keep 'Project' for this schema"
        )


def test_schema_classes_are_read_from_the_model_generators_metadata() -> None:
    def model(name: str, *path: str) -> dict[str, Any]:
        return {"class_name": name, "source_path": ["components", "schemas", *path]}

    metadata = {
        "models": [
            model("Project", "Audit", "properties", "project"),
            model("Project1", "Project"),
            # A union member combined with its union: the member's own class is named like it.
            model("Event", "Event"),
            model("Stream2", "Event"),
            model("Audit", "Audit"),
        ]
    }
    # The class that took the name says where it came from; a name taken otherwise, nothing.
    assert renamed_schemas(metadata) == {
        "Project": ("Project1", "/components/schemas/Audit/properties/project")
    }
    assert renamed_schemas({"models": [model("UUIDModel", "UUID")]}) == {"UUID": ("UUIDModel", "")}
    nameless = {"class_name": None, "source_path": ["components", "schemas", "A"]}
    for damaged in ({}, {"models": [{"class_name": "A"}]}, {"models": [nameless]}, {"models": 3}):
        with pytest.raises(ValueError, match="unexpected model metadata"):
            renamed_schemas(damaged)
    with pytest.raises(ValueError, match="several classes"):
        renamed_schemas({"models": [model("A1", "A"), model("A2", "A")]})
    # Cached sources keep the names; an entry from before they were kept is not used.
    sources = models_from_sources("", "", [], {"Project": "Project1"}, {"Project": "Project2"})
    sources.name_takers = {"Project": "/components/schemas/Audit/properties/project"}
    stored = sources_to_cache(sources)
    again = sources_from_cache(stored)
    assert again is not None and again.model_class("Project") == "Project1"
    assert again.param_class("Project") == "Project2" and again.param_class("Audit") == "Audit"
    assert again.name_takers == sources.name_takers
    for key in ("model_renamed", "param_renamed", "name_takers"):
        assert sources_from_cache({**stored, key: None}) is None
        assert sources_from_cache({name: value for name, value in stored.items() if name != key}) is None


NO_OPERATION_IDS = HEAD_30 + """
paths:
  /v2/pets:
    get: {responses: {"204": {description: none}}}
    post: {responses: {"204": {description: none}}}
  /v2/pets/{petId}:
    get: {parameters: [{name: petId, in: path, required: true, schema: {type: string}}],
          responses: {"204": {description: none}}}
  /v2/pets/{petId}/photos:
    delete: {parameters: [{name: petId, in: path, required: true, schema: {type: string}}],
             responses: {"204": {description: none}}}
  /{any}:
    get: {parameters: [{name: any, in: path, required: true, schema: {type: string}}],
          responses: {"204": {description: none}}}
"""


def test_missing_operation_ids_get_names_from_method_and_path(
    tmp_path: Path, server: RecordingServer, clean_env: None
) -> None:
    with imported_client(tmp_path, NO_OPERATION_IDS, "c_no_ids") as (client_module, found):
        client = client_module.OpenAI(api_key="k", base_url=server.url)
        for method, path in [("GET", "/v2/pets"), ("POST", "/v2/pets"), ("GET", "/v2/pets/p1")]:
            server.route(method, "/v1" + path, RawResponse(status=204))
        server.route("DELETE", "/v1/v2/pets/p1/photos", RawResponse(status=204))
        server.route("GET", "/v1/x", RawResponse(status=204))
        client.pets.get()
        client.pets.post()
        client.pets.get_by_pet_id("p1")
        client.pets.delete_by_pet_id_photos("p1")
        client.default.get_by_any("x")
        assert [(r.method, r.path) for r in server.requests] == [
            ("GET", "/v1/v2/pets"),
            ("POST", "/v1/v2/pets"),
            ("GET", "/v1/v2/pets/p1"),
            ("DELETE", "/v1/v2/pets/p1/photos"),
            ("GET", "/v1/x"),
        ]
        assert found == []


DUPLICATE_IDS = HEAD_30 + """
paths:
  /pets:
    get: {operationId: getPet, responses: {"204": {description: none}}}
    post: {operationId: getPet, responses: {"204": {description: none}}}
    put: {operationId: get_pet, responses: {"204": {description: none}}}
"""


def test_duplicate_operation_ids_warn_and_are_numbered_in_document_order(
    tmp_path: Path, server: RecordingServer, clean_env: None
) -> None:
    with imported_client(tmp_path / "a", DUPLICATE_IDS, "c_dupes", lenient=True) as (client_module, found):
        client = client_module.OpenAI(api_key="k", base_url=server.url)
        for method in ("GET", "POST", "PUT"):
            server.route(method, "/v1/pets", RawResponse(status=204))
        client.pets.get_pet()
        client.pets.get_pet_2()
        client.pets.get_pet_3()
        # Operations are read path by path, methods in the order OpenAPI lists them.
        assert [r.method for r in server.requests] == ["GET", "PUT", "POST"]
        assert [(w.pointer, w.message) for w in found if "already used" in w.message] == [
            (
                "/paths/~1pets/put",
                "client method 'pets.get_pet' is already used by the operation at /paths/~1pets/get; "
                "this one is 'pets.get_pet_2'",
            ),
            (
                "/paths/~1pets/post",
                "client method 'pets.get_pet' is already used by the operation at /paths/~1pets/get; "
                "this one is 'pets.get_pet_3'",
            ),
        ]
    # `--strict` makes the warning fatal, and writes nothing.
    spec = write_spec(tmp_path / "b", {"openapi.yaml": DUPLICATE_IDS})
    strict = run_cli(
        "generate", "--spec", spec, "--out", tmp_path / "out", "--validation", "lenient", "--strict"
    )
    assert strict.returncode == 2
    assert re.search(
        r"openapi\.yaml:\d+:\d+: warning: client method 'pets\.get_pet' is already used", strict.stderr
    )
    assert not (tmp_path / "out").exists()


MEDIA_TYPES = HEAD_31 + """
paths:
  /forms:
    post:
      operationId: sendForm
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [name]
              properties:
                name: {type: string}
                count: {type: integer}
                tags: {type: array, items: {type: string}}
                ok: {type: boolean}
      responses:
        "204": {description: none}
  /either:
    post:
      operationId: sendEither
      requestBody:
        content:
          application/xml: {schema: {type: object}}
          application/json:
            schema: {type: object, properties: {name: {type: string}}}
          application/x-www-form-urlencoded:
            schema: {type: object, properties: {name: {type: string}}}
      responses:
        "200":
          description: ok
          content:
            application/xml: {schema: {type: string}}
            application/json:
              schema: {type: object, properties: {name: {type: string}}}
  /uploads:
    post:
      operationId: upload
      requestBody:
        content:
          multipart/form-data:
            schema:
              type: object
              properties:
                file: {type: string, format: binary}
                note: {type: string}
      responses:
        "204": {description: none}
  /notes:
    put:
      operationId: putNote
      requestBody:
        required: true
        content:
          text/plain: {schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            text/plain: {schema: {type: string}}
  /blobs:
    put:
      operationId: putBlob
      requestBody:
        required: true
        content:
          application/octet-stream: {schema: {type: string, format: binary}}
      responses:
        "200":
          description: ok
          content:
            image/png: {schema: {type: string, format: binary}}
  /events:
    get:
      operationId: watch
      responses:
        "200":
          description: events
          content:
            text/event-stream:
              schema: {type: object, properties: {n: {type: integer}}}
  /xml:
    put:
      operationId: putXml
      requestBody:
        required: true
        content:
          application/xml: {schema: {type: object}}
      responses:
        "200":
          description: ok
          content:
            application/xml: {schema: {type: object}}
  /wildcard:
    post:
      operationId: postWildcard
      requestBody:
        content:
          '*/*': {schema: {}}
      responses: {"204": {description: none}}
  /anything:
    post:
      operationId: postAnything
      requestBody:
        required: true
        content:
          application/json: {}
      responses: {"204": {description: none}}
  /vendor:
    get:
      operationId: vendorJson
      responses:
        "200":
          description: ok
          content:
            application/vnd.example+json; charset=utf-8:
              schema: {type: object, properties: {n: {type: integer}}}
"""


def test_media_types_of_bodies_and_responses(
    tmp_path: Path, server: RecordingServer, clean_env: None
) -> None:
    with imported_client(tmp_path, MEDIA_TYPES, "c_media") as (client_module, found):
        client = client_module.OpenAI(api_key="k", base_url=server.url)
        server.route("POST", "/v1/forms", RawResponse(status=204))
        client.forms.send_form(name="a b&c", count=2, tags=["x", "y"], ok=True)
        sent = server.last
        assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
        assert sent.body == b"name=a+b%26c&count=2&tags%5B%5D=x&tags%5B%5D=y&ok=true"

        # JSON is preferred when a body or a response offers several media types.
        server.route("POST", "/v1/either", JSONResponse({"name": "n"}))
        assert client.either.send_either(name="n").name == "n"
        assert server.last.json == {"name": "n"} and server.last.headers["content-type"] == "application/json"

        server.route("POST", "/v1/uploads", RawResponse(status=204))
        client.uploads.upload(file=("a.txt", b"hello", "text/plain"), note="hi")
        assert server.last.headers["content-type"].startswith("multipart/form-data; boundary=")
        assert b'name="note"\r\n\r\nhi' in server.last.body and b"hello" in server.last.body

        server.route(
            "PUT", "/v1/notes", RawResponse("noted: ✓".encode(), content_type="text/plain; charset=utf-8")
        )
        assert client.notes.put_note(body="dear ✓") == "noted: ✓"
        assert server.last.body == "dear ✓".encode() and server.last.headers["content-type"] == "text/plain"

        png = bytes(range(256))
        server.route("PUT", "/v1/blobs", RawResponse(png, content_type="image/png"))
        assert client.blobs.put_blob(body=b"\x00\x01raw").content == png
        assert server.last.body == b"\x00\x01raw"
        assert server.last.headers["content-type"] == "application/octet-stream"

        server.route("GET", "/v1/events", SSEResponse([sse_event({"n": 1}), sse_event({"n": 2})]))
        assert [event.n for event in client.events.watch()] == [1, 2]

        async def async_calls() -> list[int]:
            async with client_module.AsyncOpenAI(api_key="k", base_url=server.url) as aclient:
                await aclient.forms.send_form(name="x", tags=["y"])
                await aclient.blobs.put_blob(body=b"async")
                return [event.n async for event in await aclient.events.watch()]

        assert asyncio.run(async_calls()) == [1, 2]
        form_sent, blob_sent = (
            server.requests_to("POST", "/v1/forms")[-1],
            server.requests_to("PUT", "/v1/blobs")[-1],
        )
        assert form_sent.body == b"name=x&tags%5B%5D=y"
        assert form_sent.headers["content-type"] == "application/x-www-form-urlencoded"
        assert blob_sent.body == b"async" and blob_sent.headers["content-type"] == "application/octet-stream"

        # Media types the client does not read or write go as bytes, both ways.
        server.route("PUT", "/v1/xml", RawResponse(b"<ok/>", content_type="application/xml"))
        assert client.xml.put_xml(body=b"<a>1</a>").content == b"<ok/>"
        assert server.last.body == b"<a>1</a>" and server.last.headers["content-type"] == "application/xml"

        server.route("POST", "/v1/wildcard", RawResponse(status=204))
        client.wildcard.post_wildcard(body=b"?")
        assert server.last.body == b"?"
        assert server.last.headers["content-type"] == "application/octet-stream"

        # JSON with no schema: any value, sent as JSON.
        server.route("POST", "/v1/anything", RawResponse(status=204))
        client.anything.post_anything(body=[1, "a", None])
        assert server.last.json == [1, "a", None]

        server.route(
            "GET", "/v1/vendor", RawResponse(b'{"n": 5}', content_type="application/vnd.example+json")
        )
        assert client.vendor.vendor_json().n == 5
        assert found == []


RESPONSE_CODES = HEAD_30 + """
paths:
  /only-default:
    get:
      operationId: onlyDefault
      responses:
        default:
          description: anything
          content:
            application/json:
              schema: {type: object, properties: {n: {type: integer}}}
  /ranged:
    get:
      operationId: ranged
      responses:
        "2XX":
          description: success
          content:
            application/json:
              schema: {type: object, properties: {n: {type: integer}}}
        default:
          description: error
          content:
            application/json:
              schema: {type: object, properties: {message: {type: string}}}
  /untyped:
    get:
      operationId: untyped
      responses:
        "200":
          description: some JSON
          content:
            application/json:
              examples: {one: {value: [1, 2]}}
"""


def test_default_and_ranged_responses(tmp_path: Path, server: RecordingServer, clean_env: None) -> None:
    with imported_client(tmp_path, RESPONSE_CODES, "c_codes") as (client_module, found):
        client = client_module.OpenAI(api_key="k", base_url=server.url, max_retries=0)
        server.route("GET", "/v1/only-default", JSONResponse({"n": 1}))
        assert client.only_default.only_default().n == 1
        server.route(
            "GET",
            "/v1/ranged",
            [JSONResponse({"n": 2}, status=201), JSONResponse({"message": "no"}, status=400)],
        )
        assert client.ranged.ranged().n == 2
        with pytest.raises(client_module.BadRequestError):
            client.ranged.ranged()
        server.route("GET", "/v1/untyped", JSONResponse([1, {"a": None}]))
        assert client.untyped.untyped() == [1, {"a": None}]
        assert found == []


DEPRECATED = HEAD_31 + """
paths:
  /old:
    get:
      operationId: oldWay
      summary: The old way.
      deprecated: true
      parameters:
        - {name: legacy, in: query, deprecated: true, description: Use nothing., schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
  /new:
    get:
      operationId: newWay
      responses: {"204": {description: none}}
components:
  schemas:
    Thing:
      type: object
      properties:
        old_field: {type: string, deprecated: true, description: Gone soon.}
        new_field: {type: string}
"""


def test_deprecated_operations_parameters_and_properties(
    tmp_path: Path, server: RecordingServer, clean_env: None
) -> None:
    with imported_client(tmp_path, DEPRECATED, "c_deprecated") as (client_module, _):
        client = client_module.OpenAI(api_key="k", base_url=server.url)
        server.route("GET", "/v1/old", JSONResponse({"old_field": "x"}))
        server.route("GET", "/v1/new", RawResponse(status=204))
        with pytest.warns(DeprecationWarning, match=r"old\.old_way\(\) is deprecated") as caught:
            thing = client.old.old_way(legacy="l")
        # Ours points at the caller (another warning may come first: say which).
        ours = [w for w in caught if "old.old_way() is deprecated" in str(w.message)]
        assert ours[0].filename == __file__, [(w.filename, w.lineno, str(w.message)) for w in caught]
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            client.new.new_way()
        doc = client.old.old_way.__doc__
        assert "Deprecated" in doc and "legacy: [deprecated] Use nothing." in doc
        assert server.requests_to("GET", "/v1/old")[-1].query == [("legacy", "l")]
        # A deprecated property is a pydantic `deprecated` field (shown by editors, in schemas).
        assert thing.old_field == "x" and client_module.models.Thing.model_fields["old_field"].deprecated


WEBHOOKS = HEAD_31 + """
paths:
  /ping:
    get: {operationId: ping, responses: {"204": {description: none}}}
webhooks:
  newPet:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [pet]
              properties:
                pet: {$ref: '#/components/schemas/Pet'}
                at: {type: string}
      responses: {"200": {description: ok}}
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties: {name: {type: string}}
"""


def test_webhooks_give_models_and_no_methods(tmp_path: Path) -> None:
    with imported_client(tmp_path, WEBHOOKS, "c_hooks") as (client_module, found):
        payload = client_module.models.NewPetWebhookBody.model_validate({"pet": {"name": "rex"}, "at": "now"})
        assert payload.pet.name == "rex"
        client = client_module.OpenAI(api_key="k")
        assert [name for name in vars(type(client)) if not name.startswith("_")] == [
            "default_base_url",
            "ping",
        ]
        assert found == []


UNSUPPORTED = HEAD_30 + """
paths:
  /things:
    post:
      operationId: makeThing
      parameters:
        - {name: session, in: cookie, schema: {type: string}}
      requestBody:
        content:
          multipart/form-data: {schema: {type: string}}
      responses: {"204": {description: none}}
    get:
      operationId: listThings
      parameters:
        - {name: session, in: cookie, schema: {type: string}}
      callbacks:
        done:
          '{$request.query.url}':
            post: {responses: {"200": {description: ok}}}
      responses: {"204": {description: none}}
components:
  securitySchemes:
    token: {type: http, scheme: bearer}
    oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://a.example/t', scopes: {}}}}
    key: {type: apiKey, in: header, name: X-Key}
"""


def test_what_cannot_be_supported_is_warned_about_by_pointer(tmp_path: Path) -> None:
    with imported_client(tmp_path / "a", UNSUPPORTED, "c_unsupported") as (client_module, found):
        assert [(w.pointer, w.message) for w in found] == [
            ("/paths/~1things/get/parameters/0", "cookie parameter 'session' is not supported; skipped"),
            (
                "/paths/~1things/get/callbacks/done",
                "callback 'done' is not generated (the client only sends requests); skipped",
            ),
            ("/paths/~1things/post/parameters/0", "cookie parameter 'session' is not supported; skipped"),
            (
                "/paths/~1things/post/requestBody",
                "request body schema 'MakeThingForm' is neither an object nor a union of objects, "
                "which multipart/form-data needs; operation skipped",
            ),
            (
                "/components/securitySchemes/key",
                "security scheme 'key' (apiKey in header 'X-Key') is not generated: the client sends its "
                "api_key as a bearer token; pass other credentials with default_headers or default_query",
            ),
        ]
        resource = client_module.OpenAI(api_key="k").things
        assert hasattr(resource, "list_things") and not hasattr(resource, "make_thing")
    spec = write_spec(tmp_path / "b", {"openapi.yaml": UNSUPPORTED})
    strict = run_cli("generate", "--spec", spec, "--out", tmp_path / "out", "--strict")
    assert strict.returncode == 2 and strict.stderr.count(": warning: ") == 5
    assert not (tmp_path / "out").exists()


def test_server_variables_take_their_defaults(tmp_path: Path) -> None:
    spec = HEAD_31 + """
servers:
  - url: '{scheme}://{region}.example.com/{base}'
    variables:
      scheme: {default: https, enum: [https, http]}
      region: {default: eu}
      base: {default: api/v2}
paths: {}
"""
    with imported_client(tmp_path / "a", spec, "c_servers") as (client_module, found):
        assert str(client_module.OpenAI(api_key="k").base_url) == "https://eu.example.com/api/v2/"
        assert found == []
    relative = HEAD_31 + "servers: [{url: /api}]\npaths: {}\n"
    with imported_client(tmp_path / "b", relative, "c_servers") as (_, found):
        assert [(w.pointer, w.message.split(" is ")[0]) for w in found] == [
            ("/servers/0/url", "server URL '/api'")
        ]


def test_the_package_name_is_given_and_checked(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, {"openapi.yaml": HEAD_31 + "paths: {}\n"})
    assert "petstore/__init__.py" in generate_client(spec, "petstore").files
    for bad, why in [("my-client", "not a Python identifier (try 'my_client')"), ("json", "would hide")]:
        with pytest.raises(GenerationFailed) as failure:
            generate_client(spec, bad)
        assert why in failure.value.diagnostics[0].format(None)


# -- nothing dropped silently, on OpenAI's published spec ----------------------------------

REFERENCE = ROOT.parent / "shared" / "reference" / "openai-openapi.yaml"


@pytest.fixture(scope="module")
def reference_client() -> Any:
    if not REFERENCE.is_file():
        pytest.skip(f"{REFERENCE} is not there")
    # The cache is keyed by the generator's own sources, so a changed generator misses it.
    return generate_client(REFERENCE, "openai_ref", Cache(default_cache_dir()), lenient=True)


def test_every_reference_operation_is_generated_or_warned_about(reference_client: Any) -> None:
    document = yaml.safe_load(REFERENCE.read_text("utf-8"))
    operations = {
        join_pointer("paths", path, method): (method, path)
        for path, item in document["paths"].items()
        for method in HTTP_METHODS
        if method in item
    }
    sent = set()
    for name, text in reference_client.files.items():
        if name.startswith("openai_ref/resources/"):
            sent.update(re.findall(r'build_call\(\s*"(\w+)",\s*"([^"]+)"', text))
    skipped = {w.pointer for w in reference_client.warnings if "skipped" in w.message}
    missing = [
        pointer
        for pointer, call in operations.items()
        if call not in sent and not any(w == pointer or w.startswith(pointer + "/") for w in skipped)
    ]
    assert len(operations) > 250 and missing == []
    # Each operation is sent by both the sync and the async class; none is invented.
    assert sent <= set(operations.values())
