"""Broken specs: each gives `FILE:LINE:COL: error: MESSAGE (at POINTER)` and no output.

Each case writes its files, runs the pipeline in process and checks the first
formatted error against a pattern naming file, line and pointer.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.pipeline import GenerationFailed, generate_client
from tests.generator_helpers import write_spec

HEAD = """\
openapi: 3.1.0
info: {title: T, version: "1"}
"""

OK_RESPONSE = "{'200': {description: ok}}"

CASES: dict[str, tuple[dict[str, str], str]] = {
    "invalid yaml": (
        {"openapi.yaml": "openapi: 3.1.0\ninfo: [1, 2\n"},
        r"openapi\.yaml:3:1: error: invalid YAML: .*",
    ),
    "invalid json": (
        {"openapi.json": '{"openapi": "3.1.0",\n "info": }'},
        r"openapi\.json:2:10: error: invalid JSON: .*",
    ),
    "not a mapping": (
        {"openapi.yaml": "- 1\n- 2\n"},
        r"openapi\.yaml:1:1: error: the document is not a mapping.*",
    ),
    "not openapi": (
        {"openapi.yaml": "swagger: '2.0'\ninfo: {}\n"},
        r"openapi\.yaml:1:1: error: not an OpenAPI document: no 'openapi' version field \(at /\)",
    ),
    "unsupported version": (
        {"openapi.yaml": "openapi: 4.0.0\ninfo: {title: T, version: '1'}\npaths: {}\n"},
        r"openapi\.yaml:1:10: error: OpenAPI version '4\.0\.0' is not supported .* \(at /openapi\)",
    ),
    "dangling ref": (
        {
            "openapi.yaml": HEAD
            + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n"
            + "      properties:\n        b: {$ref: '#/components/schemas/B'}\n"
        },
        r"openapi\.yaml:9:9: error: \$ref '#/components/schemas/B' points to nothing "
        r"\(at /components/schemas/A/properties/b\)",
    ),
    "ref cycle without a schema": (
        {
            "openapi.yaml": HEAD
            + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n"
            + "    B: {$ref: '#/components/schemas/A'}\n"
        },
        r"openapi\.yaml:6:5: error: \$ref cycle with no schema in it: .* \(at /components/schemas/A\)",
    ),
    "remote ref": (
        {
            "openapi.yaml": HEAD
            + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'https://example.com/a.yaml#/A'}\n"
        },
        r"openapi\.yaml:6:5: error: remote \$ref .* is not supported: references are never fetched "
        r"\(at /components/schemas/A\)",
    ),
    "path parameter not declared": (
        {"openapi.yaml": HEAD + f"paths:\n  /a/{{id}}:\n    get:\n      responses: {OK_RESPONSE}\n"},
        r"openapi\.yaml:\d+:\d+: error: .*",
    ),
    "path parameter declared but not in the path": (
        {
            "openapi.yaml": HEAD
            + "paths:\n  /a:\n    get:\n      parameters:\n"
            + "        - {name: id, in: path, required: true, schema: {type: string}}\n"
            + f"      responses: {OK_RESPONSE}\n"
        },
        r"openapi\.yaml:5:5: error: Path parameter 'id' for 'get' operation in '/a' was not resolved \(at /paths/~1a/get\)",
    ),
    "bad status code": (
        {"openapi.yaml": HEAD + "paths:\n  /a:\n    get:\n      responses: {'2000': {description: ok}}\n"},
        r"openapi\.yaml:\d+:\d+: error: .*2000.* \(at /paths/~1a/get/responses.*\)",
    ),
    "default of the wrong type": (
        {
            "openapi.yaml": HEAD
            + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n"
            + "      properties:\n        n: {type: integer, default: many}\n"
        },
        r"openapi\.yaml:9:\d+: error: 'many' is not of type 'integer' \(at /components/schemas/A/properties/n.*\)",
    ),
    "bad x-sdk-method": (
        {
            "openapi.yaml": HEAD
            + "paths:\n  /a:\n    get:\n      x-sdk-method: 'os.system(1)'\n"
            + f"      responses: {OK_RESPONSE}\n"
        },
        r"openapi\.yaml:6:21: error: x-sdk-method must be dotted lower-case identifiers.* \(at /paths/~1a/get/x-sdk-method\)",
    ),
    "two operations, one method": (
        {
            "openapi.yaml": HEAD
            + "paths:\n  /a:\n    get:\n      x-sdk-method: a.get\n"
            + f"      responses: {OK_RESPONSE}\n"
            + "  /b:\n    get:\n      x-sdk-method: a.get\n"
            + f"      responses: {OK_RESPONSE}\n"
        },
        r"openapi\.yaml:9:5: error: client method 'a\.get' is already used by the operation at /paths/~1a/get "
        r"\(at /paths/~1b/get\)",
    ),
    "unknown transform": (
        {
            "openapi.yaml": HEAD
            + "paths:\n  /a:\n    get:\n      x-sdk-transform: rm_rf\n"
            + f"      responses: {OK_RESPONSE}\n"
        },
        r"openapi\.yaml:6:24: error: unknown transform 'rm_rf'.* \(at /paths/~1a/get/x-sdk-transform\)",
    ),
    "area file missing": (
        {"openapi.yaml": HEAD + "paths:\n  /a:\n    $ref: 'missing.yaml#/paths/~1a'\n"},
        r"openapi\.yaml:4:3: error: \$ref 'missing\.yaml#/paths/~1a': file missing\.yaml does not exist \(at /paths/~1a\)",
    ),
    "schema defined in two files": (
        {
            "openapi.yaml": HEAD
            + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'a.yaml#/schemas/Thing'}\n"
            + "    B: {$ref: 'b.yaml#/schemas/Thing'}\n",
            "a.yaml": "schemas:\n  Thing: {type: string}\n",
            "b.yaml": "schemas:\n  Thing: {type: integer}\n",
        },
        r"openapi\.yaml:7:5: error: schema name 'Thing' is defined twice: in .*a\.yaml and .*b\.yaml "
        r"\(at /components/schemas/B\)",
    ),
    "error inside an area file": (
        {
            "openapi.yaml": HEAD + "paths:\n  /a:\n    $ref: 'area.yaml#/paths/~1a'\n",
            "area.yaml": "paths:\n  /a:\n    get:\n      responses:\n        '200':\n"
            "          content: {application/json: {schema: {$ref: '#/schemas/Nope'}}}\n"
            "          description: ok\nschemas: {}\n",
        },
        r"area\.yaml:6:40: error: \$ref '#/schemas/Nope' points to nothing "
        r"\(at /paths/~1a/get/responses/200/content/application~1json/schema\)",
    ),
    "alias bomb": (
        {
            "openapi.yaml": HEAD
            + "paths: {}\nx-bomb:\n"
            + "  a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + "".join(
                f"  {chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
                f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
                f"*{chr(97 + i)}, *{chr(97 + i)}]\n"
                for i in range(8)
            )
        },
        r"openapi\.yaml:\d+:\d+: error: document expands to more than 5000000 nodes \(alias bomb\?\).*",
    ),
    "deep nesting": (
        {"openapi.yaml": HEAD + "paths: {}\nx-deep: " + "[" * 400 + "]" * 400 + "\n"},
        r"openapi\.yaml:\d+:\d+: error: document nests deeper than 256 levels.*",
    ),
    "a spec that crashes the validator": (
        {
            "openapi.yaml": HEAD
            + "paths: {}\ncomponents:\n  schemas:\n    Body:\n      type: object\n      properties:\n"
            + "        a: {$ref: '#/components/schemas/Empty'}\n    Empty:\n      type: object\n      properties:\n"
        },
        r"openapi\.yaml:1:1: error: the spec could not be validated: KeyError: 'properties' \(at /\)",
    ),
    "not utf-8": (
        {"openapi.yaml": "openapi: 3.1.0\ninfo: caf\udce9\n"},
        r"openapi\.yaml:1:1: error: file is not UTF-8.*",
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_broken_spec_is_reported_precisely(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files, pattern = CASES[name]
    for file_name, text in files.items():
        (tmp_path / file_name).write_bytes(text.encode("utf-8", "surrogateescape"))
    monkeypatch.chdir(tmp_path)
    with pytest.raises(GenerationFailed) as failure:
        generate_client(tmp_path / next(iter(files)))
    messages = [d.format(failure.value.locator) for d in failure.value.diagnostics]
    assert any(re.fullmatch(pattern, message) for message in messages), "\n".join(messages)


def test_every_error_of_a_spec_is_reported_not_only_the_first(tmp_path: Path) -> None:
    spec = write_spec(
        tmp_path,
        {
            "openapi.yaml": HEAD
            + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/X'}\n"
            + "    B: {$ref: '#/components/schemas/Y'}\n"
        },
    )
    with pytest.raises(GenerationFailed) as failure:
        generate_client(spec)
    assert [d.pointer for d in failure.value.diagnostics] == [
        "/components/schemas/A",
        "/components/schemas/B",
    ]
