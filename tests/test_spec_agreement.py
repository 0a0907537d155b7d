"""Our hand-written spec must say the same thing on the wire as OpenAI's published one.

Every operation in spec/ is compared with the same operation in the reference
file (see tests/spec_compare.py for how schemas are compared): operationId,
parameters, request body fields with their types, enums, bounds and `required`
lists down through messages, content parts and tools, and the fields of the
200 response. Deliberate differences are listed in INTENTIONAL with the reason
for each; anything else fails the operation's test and has to be fixed in spec/.

Reference fields we leave out are allowed (optional request fields, and any
response field, since models accept extra fields); `test_reference_fields_not_covered`
prints them (run with `-rP` or `-s` to see the list) and fails only if a
required one is missing.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.load import load_spec
from tests.spec_compare import (
    REQUEST,
    Finding,
    Omission,
    Report,
    compare_operation,
    descriptions,
    operation_name,
    operations,
    shared_prose,
    words,
)

REPO = Path(__file__).resolve().parents[1]
SPEC_ROOT = REPO / "spec" / "openapi.yaml"
REFERENCE_SPEC = REPO.parent / "shared" / "reference" / "openai-openapi.yaml"

OURS: dict[str, Any] = load_spec(SPEC_ROOT).document
OPERATIONS: dict[str, tuple[str, str]] = {operation_name(m, p): (m, p) for m, p in operations(OURS)}

# Deliberate differences: (operation, pointer into our bundled document, finding code)
# -> why. Operation and pointer are fnmatch patterns. An entry that no longer
# matches anything fails `test_every_intentional_deviation_is_still_needed`.
INTENTIONAL: dict[tuple[str, str, str], str] = {
    (
        "POST /completions",
        "/components/schemas/CompletionChoice/properties/finish_reason",
        "type-differs",
    ): "Stream chunks of legacy completions carry a null finish_reason until the last one.",
    (
        "POST /completions",
        "/paths/~1completions/post/responses/200/content/text~1event-stream",
        "response-content-type-not-in-reference",
    ): "With `stream: true` the API answers with server-sent events; the reference only documents JSON.",
    (
        "*",
        "/paths/*/responses/429",
        "status-covered-by-default",
    ): "The 429 body is the common ErrorResponse, declared once as the `default` response.",
    (
        "GET /responses/{response_id}*",
        "/paths/~1responses~1{response_id}*/get/parameters/*",
        "parameter-not-in-reference",
    ): "`include[]=a&include[]=b`: the official client's spelling, which the reference names `include`.",
    (
        "POST /images/generations",
        "/paths/~1images~1generations/post/responses/200/content/text~1event-stream",
        "response-content-type-missing",
    ): "Image streaming (partial images) is left out of this client.",
    (
        "POST /chat/completions",
        "/components/schemas/CreateChatCompletionRequest/properties/top_logprobs",
        "type-differs",
    ): "The reference's allOf parts disagree on null; we keep the request body's own definition, which allows it.",
    (
        "POST /chat/completions",
        "/components/schemas/CreateChatCompletionRequest/properties/seed",
        "bound-differs",
    ): "The reference's int64 limits were rounded through a double; ours are the exact int64 limits.",
    (
        "POST /chat/completions",
        "/components/schemas/CreateChatCompletionRequest/properties/seed",
        "format-not-in-reference",
    ): "States the int64 range of the exact bounds, as the reference does for the completions seed.",
    (
        "*",
        "*",
        "format-dropped:unixtime",
    ): "Timestamps are plain integers to the client; `unixtime` is not a standard format.",
    ("*", "*", "format-dropped:uri"): "URLs stay plain strings; the client does not validate them.",
    ("*", "*", "format-dropped:date"): "Dates stay plain strings; the client does not parse them.",
    (
        "POST /completions",
        "/components/schemas/CreateCompletionRequest/properties/prompt/anyOf/1/items",
        "default-dropped",
    ): "A default of '' on an item of the list says nothing: an item is never left out.",
    (
        "POST /embeddings",
        "/components/schemas/CreateEmbeddingRequest/properties/input",
        "default-dropped",
    ): "`input` is required and the API rejects empty input, so a default of '' means nothing.",
    (
        "POST /embeddings",
        "/components/schemas/CreateEmbeddingRequest/properties/input/anyOf/1/items",
        "default-dropped",
    ): "A default of '' on an item of the list says nothing: an item is never left out.",
    (
        "POST /chat/completions",
        "/components/schemas/CreateChatCompletion*Response/properties/service_tier",
        "default-dropped",
    ): "A default on a response field means nothing: the server always says which tier it used.",
    (
        "* /chat/completions*",
        "/components/schemas/CreateChatCompletionResponse/properties/service_tier",
        "default-dropped",
    ): "Stored completions are chat completions: the server always says which tier served them.",
    (
        "GET /chat/completions/{completion_id}/messages",
        "/components/schemas/ChatCompletionStoreMessage/properties/role",
        "enum-value-not-in-reference",
    ): "The listing returns the request's messages (its own example has role `user`), not only replies.",
    (
        "POST /images/edits",
        "/paths/~1images~1edits/post/requestBody/content/application~1json",
        "request-content-type-differs",
    ): "Edits are sent as multipart uploads only, as the official package does; the JSON form is left out.",
    (
        "POST /images/edits",
        "/paths/~1images~1edits/post/responses/200/content/text~1event-stream",
        "response-content-type-missing",
    ): "Image streaming (partial images) is left out of this client.",
    (
        "POST /audio/speech",
        "/paths/~1audio~1speech/post/responses/200/content/text~1event-stream",
        "response-content-type-missing",
    ): "`stream_format: sse` is not typed as a stream; its bytes come back in the BinaryResponse.",
    (
        "POST /audio/transcriptions",
        "/paths/~1audio~1transcriptions/post/responses/200/content/text~1event-stream",
        "response-content-type-missing",
    ): "Transcription streaming is left out of this client.",
    (
        "POST /audio/trans*",
        "/paths/~1audio~1trans*/post/responses/200/content/text~1plain",
        "response-content-type-not-in-reference",
    ): "`text`, `srt` and `vtt` answers are plain text; the reference only declares the JSON ones.",
    (
        "POST /audio/trans*",
        "/paths/~1audio~1trans*/post/responses/200/content/application~1json/schema",
        "response-variant-missing",
    ): "The generator cannot return a union yet: the JSON formats are merged into one object.",
    (
        "POST /audio/transcriptions",
        "/components/schemas/CreateTranscriptionResponse/properties/[lt]*",
        "field-not-in-reference",
    ): "Merged object: `languages`, `logprobs` (json) and `task` (diarized_json) beside verbose_json's fields.",
    (
        "POST /audio/transcriptions",
        "/components/schemas/Transcri*",
        "variant-not-in-reference",
    ): "Merged object: json's token usage and diarized_json's segments beside verbose_json's.",
    (
        "POST /audio/transcriptions",
        "/components/schemas/CreateTranscriptionRequest/properties/include/items",
        "default-dropped",
    ): "A default of [] on one item of the list says nothing.",
    (
        "POST /moderations",
        "/components/schemas/CreateModerationRequest/properties/input*",
        "default-dropped",
    ): "`input` is required, and an item of the list is never left out: a default of '' means nothing.",
    (
        "GET /files/{file_id}/content",
        "/paths/~1files~1{file_id}~1content/get/responses/200/content/application~1octet-stream",
        "response-content-type-not-in-reference",
    ): "The API sends the file's raw bytes; the reference's JSON string does not say what is on the wire.",
    (
        "GET /files/{file_id}/content",
        "/paths/~1files~1{file_id}~1content/get/responses/200/content/application~1json",
        "response-content-type-missing",
    ): "File content is not JSON: the download is declared as application/octet-stream instead.",
    (
        "* /responses*",
        "/components/schemas/CompoundFilter",
        "variant-not-in-reference",
    ): "The reference nests compound filters with `$recursiveRef`, which the comparison cannot follow.",
    (
        "* /responses*",
        "/components/schemas/ResponseComputerToolCallOutputItem/properties/status",
        "enum-value-not-in-reference",
    ): "The reference's allOf parts disagree on the statuses of a stored computer call output; we accept both lists.",
    (
        "POST /responses",
        "/components/schemas/ResponseLocalShellCallOutput/required",
        "required-differs",
    ): "The reference requires a `call_id` it never declares; the item names its call by `id`.",
    (
        "POST /responses",
        "/components/schemas/ResponseMcpApprovalResponseParam/required",
        "required-differs",
    ): "The reference requires a `request_id` it never declares; the API reads `approval_request_id`.",
    (
        "* /responses*",
        "/components/schemas/VectorStoreFileAttributes/additionalProperties",
        "bound-differs",
    ): "Size limit left to the server: a bounded string in a union would get a made-up type name from the generator.",
    (
        "* /responses*",
        "/components/schemas/ResponseFunctionCallOutput/properties/output",
        "bound-differs",
    ): "Size limit left to the server: a bounded string in a union would get a made-up type name from the generator.",
    (
        "* /responses/{response_id}*",
        "/paths/*/responses/404",
        "status-covered-by-default",
    ): "The 404 body is the common ErrorResponse, declared once as the `default` response.",
    (
        "* /responses/{response_id}*",
        "/components/schemas/ErrorResponse*",
        "*-not-in-reference",
    ): "The API wraps a 404's error in `{\"error\": ...}`; the reference shows the bare error object.",
}

# Reference request fields the spec leaves out on purpose, by (operation, field
# name); only used to label the summary of `test_reference_fields_not_covered`.
LEFT_OUT: dict[tuple[str, str], str] = {
    ("POST /chat/completions", "moderation"): "moderation options are not modelled yet",
    ("POST /chat/completions", "prompt_cache_options"): "prompt cache tuning is not modelled yet",
    ("POST /chat/completions", "prompt_cache_retention"): "deprecated in the reference",
    ("POST /chat/completions", "prompt_cache_breakpoint"): "per-part cache breakpoints are not modelled yet",
    ("POST /images/generations", "stream"): "image streaming is left out",
    ("POST /images/generations", "partial_images"): "image streaming is left out",
    ("POST /images/edits", "stream"): "image streaming is left out",
    ("POST /images/edits", "partial_images"): "image streaming is left out",
    ("POST /audio/transcriptions", "stream"): "transcription streaming is left out",
    ("GET /responses/{response_id}", "query:stream"): "streaming a stored response again is left out",
    ("GET /responses/{response_id}", "query:starting_after"): "only used when streaming a stored response",
    ("GET /responses/{response_id}", "query:include_obfuscation"): "only used when streaming a stored response",
}


def _matches(key: tuple[str, str, str], finding: Finding) -> bool:
    operation, pointer, code = key
    return (
        fnmatchcase(finding.operation, operation)
        and fnmatchcase(finding.pointer, pointer)
        and fnmatchcase(finding.code, code)
    )


def allowed(finding: Finding) -> str | None:
    """The reason a finding is intentional, or None."""
    return next((reason for key, reason in INTENTIONAL.items() if _matches(key, finding)), None)


def unexpected(report: Report) -> list[Finding]:
    return [f for f in report.findings if allowed(f) is None]


def missing_required(report: Report) -> list[Omission]:
    return [o for o in report.omissions if o.mode == REQUEST and o.required]


def listing(findings: list[Finding]) -> str:
    return "\n".join(f"  {f}" for f in findings)


def compare_all(ours: dict[str, Any], reference: dict[str, Any]) -> dict[str, Report]:
    return {name: compare_operation(ours, reference, m, p) for name, (m, p) in OPERATIONS.items()}


# ------------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def reference() -> dict[str, Any]:
    if not REFERENCE_SPEC.exists():
        pytest.fail(f"The reference spec is missing: {REFERENCE_SPEC}", pytrace=False)
    with REFERENCE_SPEC.open("rb") as handle:
        return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@pytest.fixture(scope="module")
def reports(reference: dict[str, Any]) -> dict[str, Report]:
    return compare_all(OURS, reference)


# ------------------------------------------------------------------------ agreement


@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_operation_agrees_with_reference(operation: str, reports: dict[str, Report]) -> None:
    problems = unexpected(reports[operation])
    if problems:
        pytest.fail(f"{operation} disagrees with the reference:\n{listing(problems)}", pytrace=False)


def test_every_intentional_deviation_is_still_needed(reports: dict[str, Report]) -> None:
    findings = [f for report in reports.values() for f in report.findings]
    stale = [key for key in INTENTIONAL if not any(_matches(key, f) for f in findings)]
    assert not stale, f"allow-list entries that match nothing any more: {stale}"


def test_reference_fields_not_covered(reports: dict[str, Report]) -> None:
    """Lists, per operation, the reference request fields our spec does not declare."""
    lines = []
    for operation, report in reports.items():
        request = [o for o in report.omissions if o.mode == REQUEST]
        response = [o for o in report.omissions if o.mode != REQUEST]
        if not request and not response:
            continue
        lines.append(operation)
        for omission in request:
            note = LEFT_OUT.get((operation, omission.name))
            lines.append(f"  request  {omission}" + (f"  -- {note}" if note else ""))
        for omission in response:
            lines.append(f"  response {omission}")
    print("\nReference fields not covered by spec/:\n" + ("\n".join(lines) or "  (none)"))
    required = [o for report in reports.values() for o in missing_required(report)]
    assert not required, "required reference request fields missing:\n" + "\n".join(
        f"  {o.operation}: {o}" for o in required
    )


def test_descriptions_are_our_own(reference: dict[str, Any]) -> None:
    """No run of 8 consecutive words from our descriptions appears in the reference's.

    Case, whitespace and punctuation (Markdown backticks included) are ignored,
    so a copied phrase is found even when re-wrapped or re-quoted.
    """
    copied = shared_prose(OURS, reference, size=8)
    if copied:
        shown = "\n".join(f"  {pointer}: {phrase!r}" for pointer, phrase in copied)
        pytest.fail(f"prose shared with the reference:\n{shown}", pytrace=False)


# ------------------------------------------------------------------------ the checks can fail

SCHEMAS = "/components/schemas"
Mutation = Callable[[dict[str, Any]], None]


def _schema(doc: dict[str, Any], name: str) -> dict[str, Any]:
    return doc["components"]["schemas"][name]


def _props(doc: dict[str, Any], name: str) -> dict[str, Any]:
    return _schema(doc, name)["properties"]


def _drop_custom_tool_call(doc: dict[str, Any]) -> None:
    union = _schema(doc, "ChatCompletionMessageToolCallUnion")
    union["oneOf"] = union["oneOf"][:1]
    del union["discriminator"]["mapping"]["custom"]


# (id, operation, mutation, pointer expected in a finding, code expected)
MUTATIONS: list[tuple[str, str, Mutation, str, str]] = [
    (
        "nested-request-enum",
        "POST /chat/completions",
        lambda d: _props(d, "ChatCompletionRequestMessageContentPartImage")["image_url"]["properties"][
            "detail"
        ]["enum"].remove("high"),
        f"{SCHEMAS}/ChatCompletionRequestMessageContentPartImage/properties/image_url/properties/detail",
        "enum-differs",
    ),
    (
        "request-enum-extra-value",
        "POST /embeddings",
        lambda d: _props(d, "CreateEmbeddingRequest")["encoding_format"]["enum"].append("int8"),
        f"{SCHEMAS}/CreateEmbeddingRequest/properties/encoding_format",
        "enum-differs",
    ),
    (
        "unknown-nested-request-field",
        "POST /chat/completions",
        lambda d: _props(d, "ChatCompletionRequestMessageContentPartAudio")["input_audio"][
            "properties"
        ].update(colour={"type": "string"}),
        f"{SCHEMAS}/ChatCompletionRequestMessageContentPartAudio/properties/input_audio/properties/colour",
        "field-not-in-reference",
    ),
    (
        "unknown-top-level-request-field",
        "POST /images/generations",
        lambda d: _props(d, "CreateImageRequest").update(seed={"type": "integer"}),
        f"{SCHEMAS}/CreateImageRequest/properties/seed",
        "field-not-in-reference",
    ),
    (
        "request-required-dropped",
        "POST /embeddings",
        lambda d: _schema(d, "CreateEmbeddingRequest")["required"].remove("input"),
        f"{SCHEMAS}/CreateEmbeddingRequest/required",
        "required-differs",
    ),
    (
        "nested-request-required-added",
        "POST /chat/completions",
        lambda d: _schema(d, "FunctionObject")["required"].append("strict"),
        f"{SCHEMAS}/FunctionObject/required",
        "required-differs",
    ),
    (
        "request-type",
        "POST /completions",
        lambda d: _props(d, "CreateCompletionRequest")["n"].update(type=["number", "null"]),
        f"{SCHEMAS}/CreateCompletionRequest/properties/n",
        "type-differs",
    ),
    (
        "request-null-dropped",
        "POST /chat/completions",
        lambda d: _props(d, "CreateChatCompletionRequest")["temperature"].update(type="number"),
        f"{SCHEMAS}/CreateChatCompletionRequest/properties/temperature",
        "type-differs",
    ),
    (
        "request-bound",
        "POST /chat/completions",
        lambda d: _props(d, "CreateChatCompletionRequest")["n"].update(maximum=100),
        f"{SCHEMAS}/CreateChatCompletionRequest/properties/n",
        "bound-differs",
    ),
    (
        "request-default",
        "POST /chat/completions",
        lambda d: _props(d, "CreateChatCompletionRequest")["temperature"].update(default=0.7),
        f"{SCHEMAS}/CreateChatCompletionRequest/properties/temperature",
        "default-differs",
    ),
    (
        "request-deprecation",
        "POST /chat/completions",
        lambda d: _props(d, "CreateChatCompletionRequest")["max_tokens"].pop("deprecated"),
        f"{SCHEMAS}/CreateChatCompletionRequest/properties/max_tokens",
        "deprecated-differs",
    ),
    (
        "unknown-variant",
        "POST /chat/completions",
        lambda d: _props(d, "ChatCompletionRequestMessageContentPartFile")["type"].update(enum=["document"]),
        f"{SCHEMAS}/ChatCompletionRequestMessageContentPartFile",
        "variant-not-in-reference",
    ),
    (
        "response-enum-extra-value",
        "POST /completions",
        lambda d: _props(d, "CompletionChoice")["finish_reason"]["enum"].append("timeout"),
        f"{SCHEMAS}/CompletionChoice/properties/finish_reason",
        "enum-value-not-in-reference",
    ),
    (
        "response-enum-narrower",
        "POST /chat/completions",
        lambda d: _props(d, "ChatCompletionChoice")["finish_reason"]["enum"].remove("function_call"),
        f"{SCHEMAS}/ChatCompletionChoice/properties/finish_reason",
        "response-enum-narrower",
    ),
    (
        "unknown-response-field",
        "POST /images/generations",
        lambda d: _props(d, "ImagesResponse").update(seed={"type": "integer"}),
        f"{SCHEMAS}/ImagesResponse/properties/seed",
        "field-not-in-reference",
    ),
    (
        "response-required-added",
        "POST /images/generations",
        lambda d: _schema(d, "ImagesResponse")["required"].append("data"),
        f"{SCHEMAS}/ImagesResponse/required",
        "required-not-in-reference",
    ),
    (
        "response-type",
        "POST /embeddings",
        lambda d: _props(d, "Embedding")["index"].update(type="string"),
        f"{SCHEMAS}/Embedding/properties/index",
        "type-differs",
    ),
    (
        "response-null-dropped",
        "POST /chat/completions",
        lambda d: _props(d, "ChatCompletionResponseMessage")["content"].update(type="string"),
        f"{SCHEMAS}/ChatCompletionResponseMessage/properties/content",
        "type-differs",
    ),
    (
        "response-variant-missing",
        "POST /chat/completions",
        _drop_custom_tool_call,
        f"{SCHEMAS}/ChatCompletionResponseMessage/properties/tool_calls/items",
        "response-variant-missing",
    ),
    (
        "error-body",
        "POST /embeddings",
        lambda d: _props(d, "Error").update(retry_after={"type": "integer"}),
        f"{SCHEMAS}/Error/properties/retry_after",
        "field-not-in-reference",
    ),
    (
        "operation-id",
        "GET /models",
        lambda d: d["paths"]["/models"]["get"].update(operationId="getModels"),
        "/paths/~1models/get/operationId",
        "operation-id-differs",
    ),
    (
        "parameter-required",
        "GET /models/{model}",
        lambda d: d["paths"]["/models/{model}"]["get"]["parameters"][0].update(required=False),
        "/paths/~1models~1{model}/get/parameters/0/required",
        "parameter-required-differs",
    ),
    (
        "parameter-type",
        "DELETE /models/{model}",
        lambda d: d["paths"]["/models/{model}"]["delete"]["parameters"][0]["schema"].update(type="integer"),
        "/paths/~1models~1{model}/delete/parameters/0/schema",
        "type-differs",
    ),
    (
        "parameter-extra",
        "GET /models",
        lambda d: d["paths"]["/models"]["get"].update(
            parameters=[{"name": "limit", "in": "query", "schema": {"type": "integer"}}]
        ),
        "/paths/~1models/get/parameters/0",
        "parameter-not-in-reference",
    ),
    (
        "request-content-type",
        "POST /embeddings",
        lambda d: d["paths"]["/embeddings"]["post"]["requestBody"]["content"].update(
            {"multipart/form-data": {"schema": {"type": "object"}}}
        ),
        "/paths/~1embeddings/post/requestBody/content/multipart~1form-data",
        "request-content-type-differs",
    ),
    # The reference's 3.0 `minimum: 0, exclusiveMinimum: true` equals our 3.1
    # `exclusiveMinimum: 0`; a different limit, or an inclusive one, does not.
    (
        "exclusive-bound-value",
        "POST /fine_tuning/jobs",
        lambda d: _props(d, "FineTuneDPOHyperparameters")["beta"]["oneOf"][1].update(exclusiveMinimum=0.5),
        f"{SCHEMAS}/FineTuneDPOHyperparameters/properties/beta",
        "bound-differs",
    ),
    (
        "exclusive-bound-made-inclusive",
        "POST /fine_tuning/jobs",
        lambda d: _props(d, "FineTuneDPOHyperparameters")["beta"]["oneOf"][1].update(
            minimum=_props(d, "FineTuneDPOHyperparameters")["beta"]["oneOf"][1].pop("exclusiveMinimum")
        ),
        f"{SCHEMAS}/FineTuneDPOHyperparameters/properties/beta",
        "bound-differs",
    ),
]


@pytest.mark.parametrize(
    ("operation", "mutate", "pointer", "code"),
    [pytest.param(*case[1:], id=case[0]) for case in MUTATIONS],
)
def test_comparison_catches_a_broken_spec(
    operation: str,
    mutate: Mutation,
    pointer: str,
    code: str,
    reference: dict[str, Any],
    reports: dict[str, Report],
) -> None:
    def hit(report: Report) -> bool:
        return any(f.pointer == pointer and f.code == code for f in unexpected(report))

    assert not hit(reports[operation]), "the intact spec already has this finding"
    broken = copy.deepcopy(OURS)
    mutate(broken)
    method, path = OPERATIONS[operation]
    report = compare_operation(broken, reference, method, path)
    assert hit(report), f"expected {code} at {pointer}; got:\n{listing(report.findings)}"


def test_missing_required_request_field_is_caught(reference: dict[str, Any]) -> None:
    broken = copy.deepcopy(OURS)
    image = _schema(broken, "CreateImageRequest")
    del image["properties"]["prompt"]
    image["required"].remove("prompt")
    report = compare_operation(broken, reference, "post", "/images/generations")
    assert [o.name for o in missing_required(report)] == ["prompt"]
    assert any(f.code == "required-differs" for f in unexpected(report))


def test_intentional_deviations_are_not_blanket(reference: dict[str, Any]) -> None:
    """An allow-listed kind of finding at a new place is still reported."""
    broken = copy.deepcopy(OURS)
    _props(broken, "CreateImageRequest")["n"]["minimum"] = 2
    report = compare_operation(broken, reference, "post", "/images/generations")
    assert any(f.code == "bound-differs" for f in unexpected(report))


def _replace_schema(reference: dict[str, Any], name: str, edit: Callable[[Any], Any]) -> dict[str, Any]:
    """A copy of the reference with one schema edited; everything else is shared, not copied."""
    schemas = dict(reference["components"]["schemas"])
    schemas[name] = edit(copy.deepcopy(schemas[name]))
    return {**reference, "components": {**reference["components"], "schemas": schemas}}


def _require_in_second_part(schema: dict[str, Any]) -> dict[str, Any]:
    schema["allOf"][1]["required"] = ["temperature"]
    return schema


def _echo_not_nullable(schema: dict[str, Any]) -> dict[str, Any]:
    del schema["properties"]["echo"]["nullable"]
    return schema


def _one_more_effort(schema: dict[str, Any]) -> dict[str, Any]:
    schema["anyOf"][0]["enum"].append("ultra")
    return schema


# (id, operation, reference schema, edit, pointer expected in a finding, code expected)
REFERENCE_EDITS: list[tuple[str, str, str, Callable[[Any], Any], str, str]] = [
    (
        "required-inside-nested-allOf",
        "POST /chat/completions",
        "CreateModelResponseProperties",
        _require_in_second_part,
        f"{SCHEMAS}/CreateChatCompletionRequest/required",
        "required-differs",
    ),
    (
        "nullable-read-as-null",
        "POST /completions",
        "CreateCompletionRequest",
        _echo_not_nullable,
        f"{SCHEMAS}/CreateCompletionRequest/properties/echo",
        "type-differs",
    ),
    (
        "enum-behind-refs",
        "POST /chat/completions",
        "ReasoningEffort",
        _one_more_effort,
        f"{SCHEMAS}/CreateChatCompletionRequest/properties/reasoning_effort/anyOf/0",
        "enum-differs",
    ),
]


@pytest.mark.parametrize(
    ("operation", "name", "edit", "pointer", "code"),
    [pytest.param(*case[1:], id=case[0]) for case in REFERENCE_EDITS],
)
def test_comparison_reads_the_reference_closely(
    operation: str,
    name: str,
    edit: Callable[[Any], Any],
    pointer: str,
    code: str,
    reference: dict[str, Any],
    reports: dict[str, Report],
) -> None:
    """Edits deep inside the reference (allOf parts, `nullable`, `$ref` chains) are noticed."""
    assert not any(f.pointer == pointer and f.code == code for f in reports[operation].findings)
    method, path = OPERATIONS[operation]
    report = compare_operation(OURS, _replace_schema(reference, name, edit), method, path)
    assert any(
        f.pointer == pointer and f.code == code for f in report.findings
    ), f"expected {code} at {pointer}; got:\n{listing(report.findings)}"


def _reference_sentence(reference: dict[str, Any]) -> str:
    """The first reference description of at least 12 words."""
    return next(text for _, text in descriptions(reference) if len(words(text)) >= 12)


@pytest.mark.parametrize(
    "disguise", [str, str.upper, lambda s: "  \n".join(s.split())], ids=["copy", "case", "space"]
)
def test_prose_check_catches_copied_text(disguise: Callable[[str], str], reference: dict[str, Any]) -> None:
    broken = copy.deepcopy(OURS)
    _schema(broken, "Model")["description"] = "Our own opening. " + disguise(_reference_sentence(reference))
    copied = shared_prose(broken, reference, size=8)
    assert f"{SCHEMAS}/Model/description" in [pointer for pointer, _ in copied]
