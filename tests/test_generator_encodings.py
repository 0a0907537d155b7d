"""How a generated client writes what a document describes, checked on the wire.

Each case is a construct a real document uses (first met in OpenAI's published spec
or the OpenAPI examples), generated from a small spec written here, called against a
local server that records what arrives: query parameter styles, multipart bodies
without a file part, the Accept header of a binary answer, `allOf` parts that are
only notes, discriminators whose tags are the members' own enum values, and formats
that do not fit their type.
"""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
from pathlib import Path
from typing import Any

import pydantic
import pytest

from tests.generator_helpers import imported_client
from tests.servers import JSONResponse, RawResponse, RecordingServer

HEAD_30 = 'openapi: 3.0.3\ninfo: {title: T, version: "1"}\n'
HEAD_31 = 'openapi: 3.1.0\ninfo: {title: T, version: "1"}\n'

QUERY_STYLES = HEAD_31 + """
paths:
  /items:
    get:
      operationId: listItems
      parameters:
        - {name: tags, in: query, schema: {type: array, items: {type: string}}}
        - {name: ids, in: query, explode: false, schema: {type: array, items: {type: integer}}}
        - {name: words, in: query, style: spaceDelimited, schema: {type: array, items: {type: string}}}
        - {name: flags, in: query, style: pipeDelimited, schema: {type: array, items: {type: boolean}}}
        - {name: 'kinds[]', in: query, schema: {type: array, items: {type: string}}}
        - name: filter
          in: query
          style: deepObject
          explode: true
          schema: {type: object, additionalProperties: {type: string}}
        - name: point
          in: query
          schema: {type: object, properties: {x: {type: integer}, y: {type: integer}}}
        - {name: maybe, in: query, schema: {anyOf: [{type: array, items: {type: string}}, {type: 'null'}]}}
        - {name: limit, in: query, schema: {type: integer}}
      responses: {"204": {description: none}}
  /odd:
    get:
      operationId: oddStyle
      parameters:
        - {name: tags, in: query, style: deepObject, explode: true, schema: {type: array, items: {type: string}}}
      responses: {"204": {description: none}}
"""


def test_query_parameters_are_written_in_their_declared_style(
    tmp_path: Path, server: RecordingServer, clean_env: None
) -> None:
    with imported_client(tmp_path, QUERY_STYLES, "e_query") as (client_module, found):
        server.route("GET", "/v1/items", RawResponse(status=204))
        client = client_module.OpenAI(api_key="k", base_url=server.url)
        client.items.list_items(
            tags=["a", "b"],
            ids=[1, 2],
            words=["x y", "z"],
            flags=[True, False],
            kinds=["k1", "k2"],
            filter={"color": "red"},
            point={"x": 1, "y": 2},
            maybe=["m"],
            limit=3,
            extra_query={"extra": ["e"]},
        )
        assert server.last.query == [
            ("tags", "a"),
            ("tags", "b"),
            ("ids", "1,2"),
            ("words", "x y z"),
            ("flags", "true|false"),
            ("kinds[]", "k1"),
            ("kinds[]", "k2"),
            ("filter[color]", "red"),
            ("x", "1"),
            ("y", "2"),
            ("maybe", "m"),
            ("limit", "3"),
            # Not described by the document: the official client's spelling.
            ("extra[]", "e"),
        ]

        async def async_call() -> None:
            async with client_module.AsyncOpenAI(api_key="k", base_url=server.url) as aclient:
                await aclient.items.list_items(tags=["c"], ids=[7], maybe=None)

        asyncio.run(async_call())
        assert server.last.query == [("tags", "c"), ("ids", "7")]
        # A style that does not fit the value is named, and the value goes as form.
        assert [(w.pointer, "deepObject" in w.message) for w in found] == [
            ("/paths/~1odd/get/parameters/0", True)
        ]
        server.route("GET", "/v1/odd", RawResponse(status=204))
        client.odd.odd_style(tags=["t"])
        assert server.last.query == [("tags", "t")]


MULTIPART = HEAD_31 + """
paths:
  /calls:
    post:
      operationId: createCall
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [sdp]
              properties:
                sdp: {type: string}
                session: {type: object, properties: {model: {type: string}}}
      responses:
        "201":
          description: created
          content:
            application/sdp:
              schema: {type: string}
  /speech:
    post:
      operationId: speak
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {text: {type: string}}}
      responses:
        "200":
          description: audio
          content:
            audio/mpeg: {schema: {type: string, format: binary}}
            text/event-stream: {schema: {type: object, properties: {delta: {type: string}}}}
"""


def _form_parts(content_type: str, body: bytes) -> list[tuple[str, str]]:
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
    )
    return [
        (str(part.get_param("name", header="content-disposition")), part.get_content())
        for part in message.iter_parts()
    ]


def test_multipart_without_a_file_is_still_multipart_and_binary_answers_are_asked_for(
    tmp_path: Path, server: RecordingServer, clean_env: None
) -> None:
    with imported_client(tmp_path, MULTIPART, "e_multipart") as (client_module, found):
        server.route("POST", "/v1/calls", RawResponse(b"v=0", content_type="application/sdp"))
        server.route("POST", "/v1/speech", RawResponse(b"ID3", content_type="audio/mpeg"))
        client = client_module.OpenAI(api_key="k", base_url=server.url)
        answer = client.calls.create_call(sdp='v=0\r\no="x"', session={"model": "m"})
        assert answer.content == b"v=0"
        sent = server.last
        assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
        assert _form_parts(sent.headers["content-type"], sent.body) == [
            ("sdp", 'v=0\r\no="x"'),
            ("session[model]", "m"),
        ]
        assert sent.headers["accept"] == "application/sdp, */*;q=0.1"
        assert client.speech.speak(text="hi").content == b"ID3"
        assert server.last.headers["accept"] == "audio/mpeg, */*;q=0.1"

        async def async_call() -> bytes:
            async with client_module.AsyncOpenAI(api_key="k", base_url=server.url) as aclient:
                return (await aclient.calls.create_call(sdp="v=1")).content

        assert asyncio.run(async_call()) == b"v=0"
        sent = server.last
        assert _form_parts(sent.headers["content-type"], sent.body) == [("sdp", "v=1")]
        assert [w.message for w in found if "event-stream" not in w.message] == []


UNIONS = HEAD_30 + """
paths:
  /runs:
    get:
      operationId: getRun
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Run'}
components:
  schemas:
    ToolChoice:
      oneOf:
        - {type: string, enum: [none, auto]}
        - {$ref: '#/components/schemas/NamedTool'}
    NamedTool:
      type: object
      required: [type]
      properties: {type: {type: string, enum: [function]}, name: {type: string}}
    Comparison:
      type: object
      required: [type, key]
      properties:
        type: {type: string, enum: [eq, ne], default: eq}
        key: {type: string}
    Compound:
      type: object
      required: [type, filters]
      properties:
        type: {type: string, enum: [and, or]}
        filters:
          type: array
          items:
            oneOf: [{$ref: '#/components/schemas/Comparison'}, {$ref: '#/components/schemas/Compound'}]
            discriminator: {propertyName: type}
    Clash:
      oneOf: [{$ref: '#/components/schemas/Comparison'}, {$ref: '#/components/schemas/Other'}]
      discriminator: {propertyName: type}
    Nested:
      oneOf: [{$ref: '#/components/schemas/Comparison'}, {$ref: '#/components/schemas/ToolChoice'}]
      discriminator: {propertyName: type}
    MaybeTagged:
      oneOf: [{$ref: '#/components/schemas/Comparison'}, {$ref: '#/components/schemas/Reference'}]
      discriminator: {propertyName: type}
    Reference:
      type: object
      required: [id]
      properties: {type: {type: string, enum: [ref], nullable: true}, id: {type: string}}
    Other:
      type: object
      required: [type]
      properties: {type: {type: string, enum: [ne]}, extra: {type: integer}}
    Run:
      type: object
      properties:
        tool_choice:
          allOf:
            - $ref: '#/components/schemas/ToolChoice'
            - nullable: true
              description: A note in a part of its own.
        filters: {$ref: '#/components/schemas/Compound'}
        clash: {$ref: '#/components/schemas/Clash'}
        nested: {$ref: '#/components/schemas/Nested'}
        maybe: {$ref: '#/components/schemas/MaybeTagged'}
        created_at: {type: number, format: unixtime}
        seconds: {type: number, format: date-time}
"""


def test_notes_in_all_of_parts_tags_from_member_enums_and_formats_that_do_not_fit(
    tmp_path: Path, server: RecordingServer, clean_env: None
) -> None:
    with imported_client(tmp_path, UNIONS, "e_unions") as (client_module, found):
        models = client_module.models
        run = models.Run.model_validate

        # `allOf: [union, {nullable: true}]`: the whole union, and null.
        assert run({"tool_choice": "none"}).tool_choice == "none"
        assert run({"tool_choice": None}).tool_choice is None
        assert type(run({"tool_choice": {"type": "function"}}).tool_choice) is models.NamedTool
        with pytest.raises(pydantic.ValidationError):
            run({"tool_choice": "sometimes"})

        # The tags are the members' own enum values, not their schema names.
        compound = run(
            {
                "filters": {
                    "type": "and",
                    "filters": [{"type": "eq", "key": "a"}, {"type": "or", "filters": []}],
                }
            }
        ).filters
        assert [type(f) for f in compound.filters] == [models.Comparison, models.Compound]
        with pytest.raises(pydantic.ValidationError):
            run({"filters": {"type": "and", "filters": [{"type": "Comparison", "key": "a"}]}})

        # Two members claim `ne`: no discriminator, the union tries each member.
        clash: Any = run({"clash": {"type": "ne", "extra": 1}}).clash
        assert clash.type == "ne"
        # A member with no tag value of its own (here a nested union): the same.
        assert type(run({"nested": {"type": "function"}}).nested) is models.NamedTool
        assert type(run({"nested": {"type": "eq", "key": "k"}}).nested) is models.Comparison
        # A member whose tag may be null or missing: the same.
        assert type(run({"maybe": {"id": "r"}}).maybe) is models.Reference
        assert sorted((w.pointer, w.message.split(":")[1].strip()) for w in found) == [
            (
                "/components/schemas/Clash",
                "value 'ne' is claimed by more than one member; the union is parsed by trying each member instead",
            ),
            (
                "/components/schemas/MaybeTagged",
                "member 'Reference' has null among its values; the union is parsed by trying each member instead",
            ),
            (
                "/components/schemas/Nested",
                "member 'ToolChoice' has no value of its own (it is a union); the union is parsed by trying each member instead",
            ),
        ]
        # A format the type cannot have is not read into another type: numbers stay numbers.
        assert run({"created_at": 1741476777.5, "seconds": 2.5}).model_dump(
            include={"created_at", "seconds"}
        ) == {
            "created_at": 1741476777.5,
            "seconds": 2.5,
        }
        server.route("GET", "/v1/runs", JSONResponse({"tool_choice": "auto"}))
        client = client_module.OpenAI(api_key="k", base_url=server.url)
        assert client.runs.get_run().tool_choice == "auto"
