"""Operations that share a request body schema get the same signature.

The annotation of a body field is read once from the params module and qualified
(`Model` -> `p.Model`) for each method that uses it: qualifying must not change the
annotation the next method reads.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.pipeline import generate_client
from tests.generator_helpers import write_spec

SPEC = """\
openapi: 3.1.0
info: {title: Shared, version: "1"}
paths:
  /things:
    post:
      operationId: createThing
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/ThingRequest'}
      responses:
        '200': {description: ok}
  /things/copy:
    post:
      operationId: copyThing
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/ThingRequest'}
      responses:
        '200': {description: ok}
  /either:
    post:
      operationId: sendEither
      requestBody:
        required: true
        content:
          application/json:
            schema:
              anyOf:
                - {$ref: '#/components/schemas/ThingRequest'}
                - {$ref: '#/components/schemas/OtherRequest'}
      responses:
        '200': {description: ok}
components:
  schemas:
    Colour:
      type: string
      enum: [red, green]
    Part:
      type: object
      properties:
        name: {type: string}
    ThingRequest:
      type: object
      required: [colour]
      properties:
        colour: {$ref: '#/components/schemas/Colour'}
        parts:
          type: array
          items: {$ref: '#/components/schemas/Part'}
    OtherRequest:
      type: object
      required: [colour]
      properties:
        colour: {$ref: '#/components/schemas/Colour'}
        size: {type: integer}
"""


def test_operations_sharing_a_body_schema_get_the_same_signature(tmp_path: Path) -> None:
    generated = generate_client(write_spec(tmp_path, {"openapi.yaml": SPEC}), "shared")
    source = next(text for path, text in generated.files.items() if path.endswith("resources/things.py"))
    create = re.search(r"    def create_thing\(\n(.*?)\) ->", source, re.S)
    copy = re.search(r"    def copy_thing\(\n(.*?)\) ->", source, re.S)
    assert create is not None and copy is not None, source
    assert create.group(1) == copy.group(1)
    assert "colour: p.Colour" in create.group(1) and "parts: list[p.Part]" in create.group(1)
    either = next(text for path, text in generated.files.items() if path.endswith("resources/either.py"))
    assert "colour: p.Colour" in either
