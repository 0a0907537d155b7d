"""The semantic diff: each rule on a pair of small specs, the CLI, and real edits of our spec."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.diff import Change, diff_documents
from tests.generator_helpers import ROOT, run_cli


def base() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "x-sdk-method": "things.create",
                    "parameters": [{"name": "dry_run", "in": "query", "schema": {"type": "boolean"}}],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/NewThing"}}
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "NewThing": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "size": {"type": "string", "enum": ["s", "m", "l"], "default": "m"},
                        "count": {"type": "integer"},
                    },
                },
                "Thing": {
                    "type": "object",
                    "required": ["id", "status"],
                    "properties": {
                        "id": {"type": "string"},
                        "status": {"type": "string", "enum": ["new", "done"]},
                        "note": {"type": "string"},
                    },
                },
            }
        },
    }


def changed(edit: Any) -> list[Change]:
    old = base()
    new = copy.deepcopy(old)
    edit(new)
    return diff_documents(old, new)


def only(changes: list[Change]) -> Change:
    assert len(changes) == 1, changes
    return changes[0]


NEW = "/components/schemas/NewThing"
THING = "/components/schemas/Thing"
OP = "/paths/~1things/post"

RULES: dict[str, tuple[Any, str, str, bool]] = {
    # name: (edit, kind, pointer, breaking)
    "operation removed": (lambda d: d["paths"].pop("/things"), "operation-removed", OP, True),
    "operation added": (
        lambda d: d["paths"].__setitem__("/other", {"get": {"responses": {"204": {"description": "x"}}}}),
        "operation-added",
        "/paths/~1other/get",
        False,
    ),
    "client method renamed": (
        lambda d: d["paths"]["/things"]["post"].__setitem__("x-sdk-method", "things.make"),
        "client-method-renamed",
        OP + "/x-sdk-method",
        True,
    ),
    "required request field added": (
        lambda d: (
            d["components"]["schemas"]["NewThing"]["properties"].__setitem__("colour", {"type": "string"}),
            d["components"]["schemas"]["NewThing"]["required"].append("colour"),
        ),
        "field-added",
        NEW + "/properties/colour",
        True,
    ),
    "optional request field added": (
        lambda d: d["components"]["schemas"]["NewThing"]["properties"].__setitem__(
            "colour", {"type": "string"}
        ),
        "field-added",
        NEW + "/properties/colour",
        False,
    ),
    "request field removed": (
        lambda d: d["components"]["schemas"]["NewThing"]["properties"].pop("count"),
        "field-removed",
        NEW + "/properties/count",
        True,
    ),
    "request field now required": (
        lambda d: d["components"]["schemas"]["NewThing"]["required"].append("count"),
        "field-now-required",
        NEW + "/properties/count",
        True,
    ),
    "request field now optional": (
        lambda d: d["components"]["schemas"]["NewThing"].__setitem__("required", []),
        "field-now-optional",
        NEW + "/properties/name",
        False,
    ),
    "request type narrowed": (
        lambda d: d["components"]["schemas"]["NewThing"]["properties"]["count"].__setitem__(
            "type", "boolean"
        ),
        "type-changed",
        NEW + "/properties/count",
        True,
    ),
    "request type widened": (
        lambda d: d["components"]["schemas"]["NewThing"]["properties"]["count"].__setitem__(
            "type", ["integer", "null"]
        ),
        "type-changed",
        NEW + "/properties/count",
        False,
    ),
    "request enum value removed": (
        lambda d: d["components"]["schemas"]["NewThing"]["properties"]["size"]["enum"].remove("l"),
        "enum-value-removed",
        NEW + "/properties/size/enum",
        True,
    ),
    "request enum value added": (
        lambda d: d["components"]["schemas"]["NewThing"]["properties"]["size"]["enum"].append("xl"),
        "enum-value-added",
        NEW + "/properties/size/enum",
        False,
    ),
    "default changed": (
        lambda d: d["components"]["schemas"]["NewThing"]["properties"]["size"].__setitem__("default", "s"),
        "default-changed",
        NEW + "/properties/size/default",
        False,
    ),
    "response field removed": (
        lambda d: d["components"]["schemas"]["Thing"]["properties"].pop("note"),
        "field-removed",
        THING + "/properties/note",
        True,
    ),
    "response field added": (
        lambda d: d["components"]["schemas"]["Thing"]["properties"].__setitem__("extra", {"type": "string"}),
        "field-added",
        THING + "/properties/extra",
        False,
    ),
    "response field now optional": (
        lambda d: d["components"]["schemas"]["Thing"].__setitem__("required", ["id"]),
        "field-now-optional",
        THING + "/properties/status",
        True,
    ),
    "response enum value added": (
        lambda d: d["components"]["schemas"]["Thing"]["properties"]["status"]["enum"].append("failed"),
        "enum-value-added",
        THING + "/properties/status/enum",
        False,
    ),
    "response enum value removed": (
        lambda d: d["components"]["schemas"]["Thing"]["properties"]["status"]["enum"].remove("new"),
        "enum-value-removed",
        THING + "/properties/status/enum",
        False,
    ),
    "response type widened": (
        lambda d: d["components"]["schemas"]["Thing"]["properties"]["note"].__setitem__(
            "type", ["string", "null"]
        ),
        "type-changed",
        THING + "/properties/note",
        True,
    ),
    "required parameter added": (
        lambda d: d["paths"]["/things"]["post"]["parameters"].append(
            {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        "parameter-added",
        OP + "/parameters/1",
        True,
    ),
    "parameter removed": (
        lambda d: d["paths"]["/things"]["post"].__setitem__("parameters", []),
        "parameter-removed",
        OP + "/parameters",
        True,
    ),
    "parameter now required": (
        lambda d: d["paths"]["/things"]["post"]["parameters"][0].__setitem__("required", True),
        "parameter-now-required",
        OP + "/parameters/0",
        True,
    ),
    "streaming added": (
        lambda d: d["paths"]["/things"]["post"]["responses"]["200"]["content"].__setitem__(
            "text/event-stream", {"schema": {"$ref": "#/components/schemas/Thing"}}
        ),
        "streaming-added",
        OP + "/responses/200/content/text~1event-stream",
        False,
    ),
    "request content type removed": (
        lambda d: d["paths"]["/things"]["post"]["requestBody"].__setitem__(
            "content", {"multipart/form-data": {"schema": {"$ref": "#/components/schemas/NewThing"}}}
        ),
        "request-content-type-removed",
        OP + "/requestBody/content",
        True,
    ),
    "operation deprecated": (
        lambda d: d["paths"]["/things"]["post"].__setitem__("deprecated", True),
        "operation-deprecated",
        OP,
        False,
    ),
}


@pytest.mark.parametrize("rule", RULES)
def test_rule(rule: str) -> None:
    edit, kind, pointer, breaking = RULES[rule]
    changes = [c for c in changed(edit) if c.kind != "request-content-type-added"]
    change = only(changes)
    assert (change.kind, change.pointer, change.breaking) == (kind, pointer, breaking)
    assert change.message


def test_no_change_no_output() -> None:
    assert diff_documents(base(), base()) == []


def test_cli_json_markdown_and_fail_on_breaking(tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(base()))
    edited = base()
    edited["components"]["schemas"]["Thing"]["properties"].pop("note")
    edited["components"]["schemas"]["NewThing"]["properties"]["colour"] = {"type": "string"}
    new.write_text(json.dumps(edited))
    result = run_cli("diff", old, new, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert [{k: c[k] for k in ("kind", "pointer", "breaking")} for c in json.loads(result.stdout)] == [
        {"kind": "field-removed", "pointer": THING + "/properties/note", "breaking": True},
        {"kind": "field-added", "pointer": NEW + "/properties/colour", "breaking": False},
    ]
    assert all(isinstance(c["message"], str) for c in json.loads(result.stdout))
    failing = run_cli("diff", old, new, "--fail-on-breaking")
    assert failing.returncode == 1 and "1 breaking" in failing.stdout
    markdown = run_cli("diff", old, new, "--format", "markdown")
    assert markdown.stdout.startswith("### Spec changes: 2 (1 breaking)")
    assert run_cli("diff", old, old, "--fail-on-breaking").returncode == 0


def test_cli_reads_git_revisions_of_a_multi_file_spec() -> None:
    result = run_cli("diff", "HEAD:spec/openapi.yaml", "spec/openapi.yaml", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert isinstance(json.loads(result.stdout), list)
    missing = run_cli("diff", "no-such-revision:spec/openapi.yaml", "spec/openapi.yaml")
    assert missing.returncode == 2 and "no-such-revision" in missing.stderr


def test_a_real_sequence_of_edits_to_our_own_spec(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    before = tmp_path / "before"
    shutil.copytree(spec, before)
    embeddings = spec / "embeddings.yaml"
    text = embeddings.read_text()
    # 1. a new optional request field; 2. a response field dropped; 3. an enum value removed from a request.
    text = text.replace(
        "      dimensions:\n", "      priority:\n        type: integer\n      dimensions:\n", 1
    )
    embeddings.write_text(text.replace("          - base64\n", "", 1))
    models = spec / "models.yaml"
    models.write_text(models.read_text().replace("      owned_by:\n", "      owner:\n", 1))
    result = run_cli("diff", before / "openapi.yaml", spec / "openapi.yaml", "--format", "json")
    assert result.returncode == 0, result.stderr
    found = {(c["kind"], c["pointer"], c["breaking"]) for c in json.loads(result.stdout)}
    assert ("field-added", "/components/schemas/CreateEmbeddingRequest/properties/priority", False) in found
    assert (
        "enum-value-removed",
        "/components/schemas/CreateEmbeddingRequest/properties/encoding_format/enum",
        True,
    ) in found
    assert ("field-removed", "/components/schemas/Model/properties/owned_by", True) in found
    assert ("field-added", "/components/schemas/Model/properties/owner", False) in found
