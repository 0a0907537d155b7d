"""Broken specs: each gives `FILE:LINE:COL: error: MESSAGE (at POINTER)`, exit 2, and no output.

Each case writes its files into `spec/`, runs the command line in process
against an output directory that already holds a client, and checks that one
error line matches the case's pattern (file, line, column, message, pointer),
that the exit code is 2 and that the output directory is byte for byte as it
was. Every case runs under both validation modes: under `--validation lenient`
it either fails the same way (the document's meaning is unclear) or, where a
case names a lenient warning, generates and reports that warning instead.
Hostile inputs that need a separate process (resource limits, a socket)
are in test_generator_hostile_input.py.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

import pytest

from generator import validation_run
from generator.cli import main
from tests.generator_helpers import snapshot

HEAD = """\
openapi: 3.1.0
info: {title: T, version: "1"}
"""

OK_RESPONSE = "{'200': {description: ok}}"
SAME = "same"


class Case(NamedTuple):
    files: dict[str, str]
    error: str  # pattern for one full error line
    # SAME: lenient validation fails with the same error; otherwise a pattern
    # for the warning lenient validation prints before generating anyway.
    lenient: str = SAME


def _operation(parameters: str = "", responses: str = OK_RESPONSE, path: str = "/a") -> str:
    """HEAD plus one GET operation: paths at line 3, the path at 4, `get:` at 5."""
    text = HEAD + f"paths:\n  {path}:\n    get:\n"
    if parameters:
        text += "      parameters:\n" + parameters
    return text + f"      responses: {responses}\n"


def _schema(body: str) -> str:
    """HEAD plus schemas: `components:` at line 4, the first schema name at 6."""
    return HEAD + "paths: {}\ncomponents:\n  schemas:\n" + body


def _nested(opening: str, closing: str, depth: int) -> str:
    return opening * depth + closing * depth


CASES: dict[str, Case] = {
    # -- not a readable document ------------------------------------------------
    "invalid yaml": Case(
        {"openapi.yaml": "openapi: 3.1.0\ninfo: [1, 2\n"},
        r"openapi\.yaml:3:1: error: invalid YAML: .*",
    ),
    "invalid json": Case(
        {"openapi.json": '{"openapi": "3.1.0",\n "info": }'},
        r"openapi\.json:2:10: error: invalid JSON: .*",
    ),
    "not utf-8": Case(
        {"openapi.yaml": "openapi: 3.1.0\ninfo: caf\udce9\n"},
        r"openapi\.yaml:2:10: error: file is not UTF-8 \(byte 24\): a binary file\? \(at /\)",
    ),
    "binary file: a PNG header": Case(
        {"openapi.yaml": "\udc89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
        r"openapi\.yaml:1:1: error: file is not UTF-8 \(byte 0\): a binary file\? \(at /\)",
    ),
    "binary file that is valid UTF-8": Case(
        {"openapi.yaml": "openapi: 3.1.0\ninfo: {}\npaths: \x00\x01\x02\n"},
        r"openapi\.yaml:3:8: error: invalid YAML: control characters are not allowed "
        r"\(character #x0000\): a binary file\? \(at /\)",
    ),
    "empty file": Case(
        {"openapi.yaml": "\n  \n"},
        r"openapi\.yaml:1:1: error: the file is empty: not an OpenAPI document \(at /\)",
    ),
    "not a mapping": Case(
        {"openapi.yaml": "- 1\n- 2\n"},
        r"openapi\.yaml:1:1: error: the document is not a mapping.*",
    ),
    "no openapi field": Case(
        {"openapi.yaml": "title: T\npaths: {}\n"},
        r"openapi\.yaml:1:1: error: not an OpenAPI document: no 'openapi' version field \(at /\)",
    ),
    "a Swagger 2.0 document": Case(
        {"openapi.yaml": "swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n"},
        r"openapi\.yaml:1:10: error: Swagger 2\.0 is not supported: convert the document to OpenAPI 3 "
        r"\(at /swagger\)",
    ),
    "a JSON Schema document": Case(
        {
            "schema.json": '{"$schema": "https://json-schema.org/draft/2020-12/schema",\n'
            ' "type": "object", "properties": {"a": {"type": "string"}}}\n'
        },
        r"schema\.json:1:1: error: this is a JSON Schema, not an OpenAPI document \(no 'openapi' field\) "
        r"\(at /\)",
    ),
    "a version YAML reads as a number": Case(
        {"openapi.yaml": "openapi: 3.1\ninfo: {title: T, version: '1'}\npaths: {}\n"},
        r"openapi\.yaml:1:10: error: the 'openapi' version 3\.1 is not a string: quote it, as in '3\.1\.0' "
        r"\(at /openapi\)",
    ),
    "unsupported version": Case(
        {"openapi.yaml": "openapi: 4.0.0\ninfo: {title: T, version: '1'}\npaths: {}\n"},
        r"openapi\.yaml:1:10: error: OpenAPI version '4\.0\.0' is not supported .* \(at /openapi\)",
    ),
    # -- bombs: each must fail fast, located, without building the document -----
    "alias bomb (billion laughs)": Case(
        {
            "openapi.yaml": HEAD
            + "paths: {}\nx-bomb:\n"
            + "  a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + "".join(
                f"  {chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]\n"
                for i in range(8)
            )
        },
        # Up to e (line 9) the document holds about 124,000 values; each alias
        # of e adds 111,111, so the eighth one in f (index 7) crosses 1,000,000.
        r"openapi\.yaml:10:38: error: the document has more than 1000000 values once its aliases are "
        r"expanded \(an alias bomb\?\) \(at /x-bomb/f/7\)",
    ),
    "nesting deeper than the limit": Case(
        {"openapi.yaml": HEAD + "paths: {}\nx-deep: " + _nested("[", "]", 400) + "\n"},
        r"openapi\.yaml:4:264: error: the document nests deeper than 256 levels \(at /x-deep(/0){255}\)",
    ),
    "100,000 nested lists": Case(
        {"openapi.yaml": HEAD + "paths: {}\nx-deep: " + _nested("[", "]", 100_000) + "\n"},
        r"openapi\.yaml:4:264: error: the document nests deeper than 256 levels \(at /x-deep(/0){255}\)",
    ),
    "100,000 nested mappings": Case(
        {"openapi.yaml": HEAD + "paths: {}\nx-deep: " + _nested("{a: ", "}", 100_000) + "\n"},
        r"openapi\.yaml:4:1029: error: the document nests deeper than 256 levels \(at /x-deep(/a){255}\)",
    ),
    "100,000 nested JSON arrays": Case(
        {"openapi.json": '{"openapi": "3.1.0",\n"x": ' + _nested("[", "]", 100_000) + "}\n"},
        r"openapi\.json:2:261: error: the document nests deeper than 256 levels \(at /x(/0){255}\)",
    ),
    "100,000 nested JSON objects": Case(
        {"openapi.json": '{"openapi": "3.1.0",\n"x": ' + _nested('{"a": ', "}", 100_000) + "}\n"},
        r"openapi\.json:2:1536: error: the document nests deeper than 256 levels \(at /x(/a){255}\)",
    ),
    "a huge scalar": Case(
        {"openapi.yaml": HEAD + "paths: {}\nx-big: '" + "a" * 1_000_001 + "'\n"},
        r"openapi\.yaml:4:8: error: a value of 1000001 characters is longer than the limit of 1000000 "
        r"\(at /x-big\)",
    ),
    "an integer too long for Python": Case(
        {"openapi.yaml": HEAD + "paths: {}\nx-big: " + "7" * 5000 + "\n"},
        r"openapi\.yaml:4:8: error: an integer with more than 4300 digits \(at /x-big\)",
    ),
    "a YAML tag that would construct a Python object": Case(
        {"openapi.yaml": HEAD + "paths: {}\nx-run: !!python/object/apply:os.getcwd []\n"},
        r"openapi\.yaml:4:8: error: invalid YAML: could not determine a constructor for the tag "
        r"'tag:yaml\.org,2002:python/object/apply:os\.getcwd' \(at /\)",
    ),
    # -- references -------------------------------------------------------------
    "dangling ref": Case(
        {
            "openapi.yaml": _schema(
                "    A:\n      type: object\n      properties:\n        b: {$ref: '#/components/schemas/B'}\n"
            )
        },
        r"openapi\.yaml:9:9: error: \$ref '#/components/schemas/B' points to nothing "
        r"\(at /components/schemas/A/properties/b\)",
    ),
    "ref to nothing in another file": Case(
        {
            "openapi.yaml": _schema("    A: {$ref: 'area.yaml#/schemas/Missing'}\n"),
            "area.yaml": "schemas:\n  Present: {type: string}\n",
        },
        r"openapi\.yaml:6:5: error: \$ref 'area\.yaml#/schemas/Missing' points to nothing "
        r"\(at /components/schemas/A\)",
    ),
    "ref cycle without a schema": Case(
        {
            "openapi.yaml": _schema(
                "    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n"
            )
        },
        r"openapi\.yaml:6:5: error: \$ref cycle with no schema in it: .* \(at /components/schemas/A\)",
    ),
    "ref to itself": Case(
        {"openapi.yaml": _schema("    A: {$ref: '#/components/schemas/A'}\n")},
        r"openapi\.yaml:6:5: error: \$ref cycle with no schema in it: #/components/schemas/A -> "
        r"#/components/schemas/A \(at /components/schemas/A\)",
    ),
    "remote ref (https)": Case(
        {"openapi.yaml": _schema("    A: {$ref: 'https://example.com/a.yaml#/A'}\n")},
        r"openapi\.yaml:6:5: error: remote \$ref 'https://example\.com/a\.yaml#/A' is not supported: "
        r"references are never fetched \(at /components/schemas/A\)",
    ),
    "remote ref (http, scheme-relative)": Case(
        {"openapi.yaml": _schema("    A: {$ref: '//example.com/a.yaml#/A'}\n")},
        r"openapi\.yaml:6:5: error: remote \$ref '//example\.com/a\.yaml#/A' is not supported: "
        r"references are never fetched \(at /components/schemas/A\)",
    ),
    "file: URL ref": Case(
        {"openapi.yaml": _schema("    A: {$ref: 'file:///etc/passwd#/A'}\n")},
        r"openapi\.yaml:6:5: error: remote \$ref 'file:///etc/passwd#/A' is not supported: "
        r"references are never fetched \(at /components/schemas/A\)",
    ),
    "file: URL ref without slashes": Case(
        {
            "openapi.yaml": _schema("    A: {$ref: 'file:area.yaml#/schemas/A'}\n"),
            "area.yaml": "schemas:\n  A: {type: string}\n",
        },
        r"openapi\.yaml:6:5: error: remote \$ref 'file:area\.yaml#/schemas/A' is not supported: .*",
    ),
    "relative ref that leaves the spec folder": Case(
        {"openapi.yaml": _schema("    A: {$ref: '../secrets.yaml#/schemas/A'}\n")},
        r"openapi\.yaml:6:5: error: \$ref '\.\./secrets\.yaml#/schemas/A' leaves the spec's folder \.: "
        r"a spec may only refer to files beside or below its root file \(at /components/schemas/A\)",
    ),
    "area file missing": Case(
        {"openapi.yaml": HEAD + "paths:\n  /a:\n    $ref: 'missing.yaml#/paths/~1a'\n"},
        r"openapi\.yaml:4:3: error: \$ref 'missing\.yaml#/paths/~1a': file missing\.yaml does not exist "
        r"\(at /paths/~1a\)",
    ),
    "schema defined in two files": Case(
        {
            "openapi.yaml": _schema(
                "    A: {$ref: 'a.yaml#/schemas/Thing'}\n    B: {$ref: 'b.yaml#/schemas/Thing'}\n"
            ),
            "a.yaml": "schemas:\n  Thing: {type: string}\n",
            "b.yaml": "schemas:\n  Thing: {type: integer}\n",
        },
        r"openapi\.yaml:7:5: error: schema name 'Thing' is defined twice: in .*a\.yaml and .*b\.yaml "
        r"\(at /components/schemas/B\)",
    ),
    "error inside an area file": Case(
        {
            "openapi.yaml": HEAD + "paths:\n  /a:\n    $ref: 'area.yaml#/paths/~1a'\n",
            "area.yaml": "paths:\n  /a:\n    get:\n      responses:\n        '200':\n"
            "          content: {application/json: {schema: {$ref: '#/schemas/Nope'}}}\n"
            "          description: ok\nschemas: {}\n",
        },
        r"area\.yaml:6:40: error: \$ref '#/schemas/Nope' points to nothing "
        r"\(at /paths/~1a/get/responses/200/content/application~1json/schema\)",
    ),
    # -- path parameters --------------------------------------------------------
    "path parameter not declared": Case(
        {"openapi.yaml": _operation(path="/a/{id}")},
        r"openapi\.yaml:5:5: error: path parameter \{id\} is used in the path but not declared .* "
        r"\(at /paths/~1a~1\{id\}/get\)",
    ),
    "path parameter declared only as a query parameter": Case(
        {
            "openapi.yaml": _operation(
                "        - {name: id, in: query, schema: {type: string}}\n", path="/a/{id}"
            )
        },
        r"openapi\.yaml:5:5: error: path parameter \{id\} is used in the path but not declared .*",
    ),
    "path parameter declared but not in the path": Case(
        {
            "openapi.yaml": _operation(
                "        - {name: id, in: path, required: true, schema: {type: string}}\n"
            )
        },
        r"openapi\.yaml:7:11: error: path parameter 'id' is declared but '/a' has no \{id\} "
        r"\(at /paths/~1a/get/parameters/0\)",
    ),
    "path-item parameter not in the path": Case(
        {
            "openapi.yaml": HEAD
            + "paths:\n  /a:\n    parameters:\n"
            + "      - {name: id, in: path, required: true, schema: {type: string}}\n"
            + f"    get:\n      responses: {OK_RESPONSE}\n"
        },
        r"openapi\.yaml:6:9: error: path parameter 'id' is declared but '/a' has no \{id\} "
        r"\(at /paths/~1a/parameters/0\)",
    ),
    "path parameter without required": Case(
        {
            "openapi.yaml": _operation(
                "        - {name: id, in: path, schema: {type: string}}\n", path="/a/{id}"
            )
        },
        r"openapi\.yaml:7:11: error: 'required' is a required property "
        r"\(at /paths/~1a~1\{id\}/get/parameters/0\)",
        lenient=r"openapi\.yaml:7:11: warning: 'required' is a required property "
        r"\(at /paths/~1a~1\{id\}/get/parameters/0\)",
    ),
    "path parameter with required: false": Case(
        {
            "openapi.yaml": _operation(
                "        - {name: id, in: path, required: false, schema: {type: string}}\n", path="/a/{id}"
            )
        },
        r"openapi\.yaml:7:42: error: True was expected \(at /paths/~1a~1\{id\}/get/parameters/0/required\)",
        lenient=r"openapi\.yaml:7:42: warning: True was expected .*",
    ),
    # -- responses --------------------------------------------------------------
    **{
        f"status code {code}": Case(
            {"openapi.yaml": _operation(responses=f"{{'{code}': {{description: ok}}}}")},
            rf"openapi\.yaml:6:19: error: response key '{code}' is not a status code: use 100 to 599, "
            rf"a range like '2XX', or 'default' \(at /paths/~1a/get/responses/{code}\)",
        )
        for code in ("600", "20", "2XXX", "abc", "2000")
    },
    # -- values of the wrong type -------------------------------------------------
    "default of the wrong type": Case(
        {
            "openapi.yaml": _schema(
                "    A:\n      type: object\n      properties:\n        n: {type: integer, default: many}\n"
            )
        },
        r"openapi\.yaml:9:37: error: default 'many' is not of type 'integer' "
        r"\(at /components/schemas/A/properties/n/default\)",
        lenient=r"openapi\.yaml:9:37: warning: default 'many' is not of type 'integer' .*",
    ),
    "default of the wrong type in a parameter": Case(
        {
            "openapi.yaml": _operation(
                "        - {name: n, in: query, schema: {type: integer, default: ten}}\n"
            )
        },
        r"openapi\.yaml:7:65: error: default 'ten' is not of type 'integer' "
        r"\(at /paths/~1a/get/parameters/0/schema/default\)",
        lenient=r"openapi\.yaml:7:65: warning: default 'ten' is not of type 'integer' .*",
    ),
    "enum member of the wrong type": Case(
        {"openapi.yaml": _schema("    Size:\n      type: integer\n      enum: [1, 2, three]\n")},
        r"openapi\.yaml:8:20: error: enum member 'three' is not of type 'integer' "
        r"\(at /components/schemas/Size/enum/2\)",
        lenient=r"openapi\.yaml:8:20: warning: enum member 'three' is not of type 'integer' .*",
    ),
    # -- duplicates ---------------------------------------------------------------
    "duplicate operationId": Case(
        {
            "openapi.yaml": HEAD
            + f"paths:\n  /a:\n    get:\n      operationId: x\n      responses: {OK_RESPONSE}\n"
            + f"  /b:\n    get:\n      operationId: x\n      responses: {OK_RESPONSE}\n"
        },
        r"openapi\.yaml:10:20: error: operationId 'x' is not unique: the operation at /paths/~1a/get has it too "
        r"\(at /paths/~1b/get/operationId\)",
        lenient=r"openapi\.yaml:10:20: warning: operationId 'x' is not unique: .*",
    ),
    "duplicate parameter": Case(
        {
            "openapi.yaml": _operation(
                "        - {name: q, in: query, schema: {type: string}}\n"
                "        - {name: q, in: query, schema: {type: integer}}\n"
            )
        },
        r"openapi\.yaml:8:11: error: parameter 'q' \(in: query\) is declared twice; the first is at "
        r"/paths/~1a/get/parameters/0 \(at /paths/~1a/get/parameters/1\)",
    ),
    "duplicate YAML key": Case(
        {"openapi.yaml": HEAD + "paths: {}\ninfo: {title: U, version: '2'}\n"},
        r"openapi\.yaml:4:1: error: duplicate key 'info': it is already in this mapping at line 2 "
        r"\(at /info\)",
    ),
    "duplicate YAML key, one of them quoted": Case(
        {"openapi.yaml": _operation(responses="{200: {description: a}, '200': {description: b}}")},
        r"openapi\.yaml:6:42: error: duplicate key '200': it is already in this mapping at line 6 "
        r"\(at /paths/~1a/get/responses/200\)",
    ),
    "duplicate JSON key": Case(
        {
            "openapi.json": '{"openapi": "3.1.0", "info": {"title": "T", "version": "1"},\n'
            ' "paths": {},\n "paths": {}}\n'
        },
        r"openapi\.json:3:2: error: duplicate key 'paths': it is already in this mapping at line 2 "
        r"\(at /paths\)",
    ),
    "path templates that differ only in parameter names": Case(
        {
            "openapi.yaml": HEAD
            + "paths:\n  /a/{x}:\n    get:\n"
            + "      parameters: [{name: x, in: path, required: true, schema: {type: string}}]\n"
            + f"      responses: {OK_RESPONSE}\n"
            + "  /a/{y}:\n    delete:\n"
            + "      parameters: [{name: y, in: path, required: true, schema: {type: string}}]\n"
            + f"      responses: {OK_RESPONSE}\n"
        },
        r"openapi\.yaml:8:3: error: path '/a/\{y\}' matches the same URLs as '/a/\{x\}': only parameter "
        r"names differ \(at /paths/~1a~1\{y\}\)",
        lenient=r"openapi\.yaml:8:3: warning: path '/a/\{y\}' matches the same URLs as '/a/\{x\}'.*",
    ),
    "mapping key that YAML reads as a boolean": Case(
        {
            "openapi.yaml": _schema(
                "    A:\n      type: object\n      properties:\n        on: {type: string}\n"
            )
        },
        r"openapi\.yaml:9:9: error: key 'on' is read as a boolean or null, not as a string: quote it "
        r"\(at /components/schemas/A/properties/on\)",
    ),
    # -- generator extensions -----------------------------------------------------
    "bad x-sdk-method": Case(
        {
            "openapi.yaml": HEAD
            + "paths:\n  /a:\n    get:\n      x-sdk-method: 'os.system(1)'\n"
            + f"      responses: {OK_RESPONSE}\n"
        },
        r"openapi\.yaml:6:21: error: x-sdk-method must be dotted lower-case identifiers.* "
        r"\(at /paths/~1a/get/x-sdk-method\)",
    ),
    "two operations, one method": Case(
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
    "unknown transform": Case(
        {
            "openapi.yaml": HEAD
            + "paths:\n  /a:\n    get:\n      x-sdk-transform: rm_rf\n"
            + f"      responses: {OK_RESPONSE}\n"
        },
        r"openapi\.yaml:6:24: error: unknown transform 'rm_rf'.* \(at /paths/~1a/get/x-sdk-transform\)",
    ),
    "a spec that crashes the validator": Case(
        {
            "openapi.yaml": _schema(
                "    Body:\n      type: object\n      properties:\n"
                "        a: {$ref: '#/components/schemas/Empty'}\n"
                "    Empty:\n      type: object\n      properties:\n"
            )
        },
        r"openapi\.yaml:1:1: error: the spec could not be validated: KeyError: 'properties' \(at /\)",
        lenient=r"openapi\.yaml:1:1: warning: the spec could not be validated: .*",
    ),
}


def write_case(directory: Path, files: dict[str, str]) -> Path:
    """The case's files, written as given (surrogates stand for raw bytes); returns the root."""
    for name, text in files.items():
        (directory / name).write_bytes(text.encode("utf-8", "surrogateescape"))
    return directory / next(iter(files))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An output directory holding a previous client, which a failure must leave alone."""
    directory = tmp_path / "out"
    (directory / "oaiclient").mkdir(parents=True)
    (directory / "oaiclient" / "__init__.py").write_text("# the previous client\n")
    (directory / "notes.txt").write_bytes(b"kept\r\n\x00")
    return directory


def generate(
    spec: Path, out: Path, capsys: pytest.CaptureFixture[str], *options: str
) -> tuple[int, list[str]]:
    code = main(["generate", "--spec", str(spec), "--out", str(out), "--no-cache", *options])
    return code, capsys.readouterr().err.splitlines()


@pytest.mark.parametrize("mode", ["strict", "lenient"])
@pytest.mark.parametrize("name", CASES)
def test_broken_spec_is_reported_precisely_and_writes_nothing(
    name: str,
    mode: str,
    tmp_path: Path,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case = CASES[name]
    spec_folder = tmp_path / "spec"
    spec_folder.mkdir()
    spec = write_case(spec_folder, case.files)
    monkeypatch.chdir(spec_folder)
    before = snapshot(out)
    code, lines = generate(spec, out, capsys, "--validation", mode)
    if mode == "lenient" and case.lenient != SAME:
        assert code == 0, "\n".join(lines)
        assert any(re.fullmatch(case.lenient, line) for line in lines), "\n".join(lines)
        assert not any(": error: " in line for line in lines), "\n".join(lines)
        return
    assert code == 2, "\n".join(lines)
    assert any(re.fullmatch(case.error, line) for line in lines), "\n".join(lines)
    assert lines[-1].endswith("nothing written")
    assert snapshot(out) == before


def test_every_independent_error_of_a_spec_is_reported(
    tmp_path: Path, out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = write_case(
        tmp_path,
        {
            "openapi.yaml": HEAD
            + "paths:\n  /a/{id}:\n    get:\n      parameters:\n"
            + "        - {name: q, in: query, schema: {type: string}}\n"
            + "        - {name: q, in: query, schema: {type: string}}\n"
            + "      responses: {'600': {description: a}, 'abc': {description: b}}\n"
            + "components:\n  schemas:\n    A: {$ref: '#/components/schemas/X'}\n"
            + "    B: {$ref: '#/components/schemas/Y'}\n"
        },
    )
    monkeypatch.chdir(tmp_path)
    before = snapshot(out)
    code, lines = generate(spec, out, capsys)
    assert code == 2
    assert [re.sub(r": error: .*\(at ", " (at ", line) for line in lines[:-1]] == [
        "openapi.yaml:12:5 (at /components/schemas/A)",
        "openapi.yaml:13:5 (at /components/schemas/B)",
        "openapi.yaml:8:11 (at /paths/~1a~1{id}/get/parameters/1)",
        "openapi.yaml:5:5 (at /paths/~1a~1{id}/get)",
        "openapi.yaml:9:19 (at /paths/~1a~1{id}/get/responses/600)",
        "openapi.yaml:9:44 (at /paths/~1a~1{id}/get/responses/abc)",
    ]
    assert lines[-1] == "6 error(s); nothing written"
    assert snapshot(out) == before


def test_every_duplicate_key_is_reported(
    tmp_path: Path, out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = write_case(
        tmp_path,
        {
            "openapi.yaml": HEAD
            + "paths:\n  /a:\n    get:\n      summary: one\n      summary: two\n"
            + f"      responses: {OK_RESPONSE}\n"
            + "components:\n  schemas:\n    A: {type: string, type: integer}\n"
        },
    )
    monkeypatch.chdir(tmp_path)
    code, lines = generate(spec, out, capsys)
    assert code == 2
    assert lines[:-1] == [
        "openapi.yaml:7:7: error: duplicate key 'summary': it is already in this mapping at line 6 "
        "(at /paths/~1a/get/summary)",
        "openapi.yaml:11:23: error: duplicate key 'type': it is already in this mapping at line 11 "
        "(at /components/schemas/A/type)",
    ]


@pytest.mark.parametrize("where", ["in process", "in a forked process"])
def test_every_validation_error_is_reported_and_lenient_mode_warns_about_each(
    where: str, tmp_path: Path, out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A large document is validated beside the later steps; this one is made to count as large.
    if where == "in a forked process":
        monkeypatch.setattr(validation_run, "BACKGROUND_MIN_PARTS", 0)
    spec = write_case(
        tmp_path,
        {
            "openapi.yaml": HEAD
            + f"paths:\n  /a/{{x}}:\n    get:\n      operationId: same\n"
            + "      parameters: [{name: x, in: path, required: true, schema: {type: string}}]\n"
            + f"      responses: {OK_RESPONSE}\n"
            + f"  /a/{{y}}:\n    delete:\n      operationId: same\n"
            + "      parameters: [{name: y, in: path, required: true, schema: {type: string}}]\n"
            + f"      responses: {OK_RESPONSE}\n"
            + "components:\n  schemas:\n    A: {type: integer, default: x, enum: [1, 'y']}\n"
        },
    )
    monkeypatch.chdir(tmp_path)
    expected = {
        "/components/schemas/A/default",
        "/components/schemas/A/enum/1",
        "/paths/~1a~1{y}",
        "/paths/~1a~1{y}/delete/operationId",
    }
    code, lines = generate(spec, out, capsys)
    assert code == 2
    assert {line.rsplit("(at ", 1)[1][:-1] for line in lines if ": error: " in line} == expected
    code, lines = generate(spec, out, capsys, "--validation", "lenient")
    assert code == 0
    assert {line.rsplit("(at ", 1)[1][:-1] for line in lines if ": warning: " in line} >= expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            _operation(responses="{200: {description: ok}, 4XX: {description: not ok}}"), id="int key"
        ),
        pytest.param(_schema("    A: {type: integer, example: many}\n"), id="example of the wrong type"),
        pytest.param(
            _schema(
                "    A: {type: [string, 'null'], default: null, enum: [a, null]}\n"
                "    B: {type: number, default: 1, enum: [1, 2.5]}\n"
            ),
            id="null and int values where allowed",
        ),
        pytest.param(
            HEAD
            + f"paths:\n  /a:\n    get:\n      responses: &ok {OK_RESPONSE}\n"
            + "    post:\n      responses: *ok\n",
            id="an alias",
        ),
    ],
)
def test_documents_near_the_rules_still_generate_without_warnings(
    text: str, tmp_path: Path, out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = write_case(tmp_path, {"openapi.yaml": text})
    monkeypatch.chdir(tmp_path)
    code, lines = generate(spec, out, capsys)
    assert code == 0, "\n".join(lines)
    assert not any("warning" in line for line in lines), "\n".join(lines)


def test_a_python_tag_never_runs(
    tmp_path: Path, out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    marker = tmp_path / "ran"
    spec = write_case(
        tmp_path,
        {
            "openapi.yaml": HEAD
            + "paths: {}\n"
            + "x-a: !!python/object/apply:pathlib.Path.touch "
            + f"[!!python/object/apply:pathlib.Path ['{marker}']]\n"
            + f"x-b: !!python/object/new:pathlib.Path ['{marker}']\n"
            + "x-c: !!python/name:os.system\n"
        },
    )
    monkeypatch.chdir(tmp_path)
    code, lines = generate(spec, out, capsys)
    assert code == 2
    assert re.fullmatch(
        r"openapi\.yaml:4:6: error: invalid YAML: could not determine a constructor .*", lines[0]
    )
    assert not marker.exists()


# -- the output directory --------------------------------------------------------


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    folder = tmp_path / "spec"
    folder.mkdir()
    return write_case(folder, {"openapi.yaml": _operation()})


def test_an_output_path_that_is_a_file_is_refused(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out"
    target.write_bytes(b"not a directory\n")
    for command in ("generate", "check"):
        assert main([command, "--spec", str(spec), "--out", str(target), "--no-cache"]) == 2
        assert capsys.readouterr().err == (
            f"{target}: error: the output directory exists and is not a directory; nothing written\n"
        )
    assert target.read_bytes() == b"not a directory\n"


def test_an_output_path_below_a_file_is_refused(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "file").write_text("x")
    code, lines = generate(spec, tmp_path / "file" / "out", capsys)
    assert code == 2
    assert lines == [
        f"{tmp_path / 'file' / 'out'}: error: {tmp_path / 'file'} is not a directory; nothing written"
    ]


@pytest.mark.parametrize("where", ["the spec folder", "a folder holding the spec folder"])
def test_an_output_directory_holding_the_spec_is_refused(
    where: str, spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = spec.parent if where == "the spec folder" else tmp_path
    before = snapshot(tmp_path)
    code, lines = generate(spec, target, capsys)
    assert code == 2
    assert lines == [
        f"{target}: error: the output directory contains the spec {spec}: refusing to overwrite sources; "
        "nothing written"
    ]
    assert snapshot(tmp_path) == before
