"""Fixtures for the contract tests: Prism serving OpenAI's published spec, and
a second, local judge of request bodies built from the same file.

Why two judges
--------------
Prism 5.16 validates a request body by compiling its schema with Ajv. Ajv
refuses to compile a schema that says `nullable: true` without a `type`, and
the reference spec does exactly that in the request bodies of
`POST /chat/completions` (`stop`, `prediction`), `POST /completions`
(`prompt`, `stop`) and `POST /images/generations` (`model`, `size`). Prism
catches the compile error and then treats the body as valid: for those three
operations it answers 200 to anything, even `{"n": "many"}`. Only
`POST /embeddings` (and path, query and header parameters) are really checked.
`test_prism_validates_request_body` in test_contract.py keeps that visible.

So every request the test clients send also goes through `ReferenceJudge`,
which finds the matching operation (method and path) in the very same
reference file and validates the JSON body against its request schema with
`jsonschema` (draft 2020-12, the dialect of OpenAPI 3.1). Two liberties are
taken with the file: OpenAPI 3.0's `nullable: true` is read as "or null" (what
Ajv would have needed), and object schemas are closed to properties they do not
declare, as the real API refuses unknown arguments (see `_close_objects`).
A request the reference rejects fails the test before Prism even sees it.
Prism still serves every response, generated from the reference schemas.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.realdocs.prism import PrismUnavailable, die_with_parent, free_port, node_executable

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
REFERENCE_SPEC = REPO.parent / "shared" / "reference" / "openai-openapi.yaml"
PRISM_DIR = HERE / "prism"
PRISM_ENTRY = PRISM_DIR / "node_modules" / "@stoplight" / "prism-cli" / "dist" / "index.js"

STARTUP_DEADLINE = 120.0  # seconds; Prism needs about 20 s to load the 3 MB spec
API_KEY = "sk-contract-test"


# --------------------------------------------------------------------------- Prism


@dataclass
class PrismServer:
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def log_tail(self, lines: int = 60) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError as exc:
            return f"(no Prism log: {exc})"
        return "\n".join(text.splitlines()[-lines:])


def _node_executable() -> str:
    try:
        return node_executable()
    except PrismUnavailable as exc:
        pytest.fail(
            f"The contract tests need Node.js: {exc}; run `python3 dev.py test` to set up the environment.",
            pytrace=False,
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def prism_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrismServer]:
    """Prism, started but perhaps not listening yet (see `prism`)."""
    if not PRISM_ENTRY.exists():
        pytest.fail(
            f"Prism is not installed ({PRISM_ENTRY.relative_to(REPO)} is missing). "
            "Run `python3 dev.py test`, which installs it from tests/contract/prism/package-lock.json.",
            pytrace=False,
        )
    if not REFERENCE_SPEC.exists():
        pytest.fail(f"The reference spec is missing: {REFERENCE_SPEC}", pytrace=False)
    node = _node_executable()
    port = free_port()
    log_path = tmp_path_factory.mktemp("prism") / "prism.log"
    command = [
        node,
        str(PRISM_ENTRY),
        "mock",
        "--errors",
        "-h",
        "127.0.0.1",
        "-p",
        str(port),
        str(REFERENCE_SPEC),
    ]
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            command,
            cwd=REPO,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=die_with_parent if sys.platform.startswith("linux") else None,
        )
    server = PrismServer(f"http://127.0.0.1:{port}", process, log_path)
    try:
        yield server
    finally:
        _stop(process)


@pytest.fixture(scope="session")
def prism(prism_process: PrismServer) -> PrismServer:
    """Prism, listening: polled until it answers, within STARTUP_DEADLINE."""
    server = prism_process
    deadline = time.monotonic() + STARTUP_DEADLINE
    last_error = "no attempt yet"
    with httpx.Client(timeout=2.0, trust_env=False) as http:
        while True:
            code = server.process.poll()
            if code is not None:
                pytest.fail(
                    f"Prism exited with code {code} before it was ready. Its output:\n{server.log_tail()}",
                    pytrace=False,
                )
            try:
                response = http.get(f"{server.url}/models", headers={"Authorization": f"Bearer {API_KEY}"})
            except httpx.TransportError as exc:
                last_error = repr(exc)
            else:
                if response.status_code == 200:
                    return server
                last_error = f"HTTP {response.status_code}: {response.text[:300]}"
            if time.monotonic() > deadline:
                _stop(server.process)
                pytest.fail(
                    f"Prism did not answer within {STARTUP_DEADLINE:.0f} s (last: {last_error}). "
                    f"Its output:\n{server.log_tail()}",
                    pytrace=False,
                )
            time.sleep(0.25)


# ---------------------------------------------------------------- the local judge


class ReferenceContractError(AssertionError):
    """The reference spec rejects a request the client sent."""


def _nullable_as_null(node: Any) -> Any:
    """A copy of `node` with every OpenAPI 3.0 `nullable: true` turned into 'or null'.

    3.0's boolean exclusive bounds (`minimum: 0, exclusiveMinimum: true`) become
    3.1's numeric ones (`exclusiveMinimum: 0`) on the way: draft 2020-12 reads
    `true` as the number 1, and would refuse 0.5 where "above 0" was meant.
    """
    if isinstance(node, list):
        return [_nullable_as_null(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _nullable_as_null(value) for key, value in node.items()}
    for exclusive, inclusive in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(out.get(exclusive), bool):
            if out.pop(exclusive) and inclusive in out:
                out[exclusive] = out.pop(inclusive)
    if out.pop("nullable", None) is True:
        return {"anyOf": [out, {"type": "null"}]}
    return out


# Keywords whose values are schemas, lists of schemas, or maps of schemas.
_SUBSCHEMA = ("items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_OPEN_KEYWORDS = ("additionalProperties", "patternProperties", "unevaluatedProperties")


def _allof_pieces(node: Any, found: set[str]) -> set[str]:
    """Names of the component schemas that appear as `allOf` pieces somewhere."""
    if isinstance(node, dict):
        for piece in node.get("allOf") or ():
            if isinstance(piece, dict) and isinstance(piece.get("$ref"), str):
                found.add(piece["$ref"].rsplit("/", 1)[-1])
        for value in node.values():
            _allof_pieces(value, found)
    elif isinstance(node, list):
        for item in node:
            _allof_pieces(item, found)
    return found


def _close_objects(node: Any, piece: bool = False) -> None:
    """Forbid properties an object schema does not declare, in place.

    The real API refuses arguments it does not know, but most of the reference's
    object schemas leave `additionalProperties` open, so a misspelt field would
    pass unnoticed. `unevaluatedProperties: false` closes an object while still
    counting the properties its `allOf` pieces declare; the pieces themselves
    (`piece`) must stay open, as must schemas that already say something about
    extra properties.
    """
    if not isinstance(node, dict):
        return
    for key in _SUBSCHEMA:
        _close_objects(node.get(key))
    for key in _SUBSCHEMA_LISTS:
        for item in node.get(key) or ():
            _close_objects(item, piece=key == "allOf")
    for key in _SUBSCHEMA_MAPS:
        for item in (node.get(key) or {}).values():
            _close_objects(item)
    if not piece and ("properties" in node or "allOf" in node) and not any(k in node for k in _OPEN_KEYWORDS):
        node["unevaluatedProperties"] = False


def _explanation(error: Any) -> Any:
    """The sub-error that best says why `error` (perhaps a failed oneOf/anyOf) failed."""
    from jsonschema.exceptions import best_match

    while error.context:
        branches: dict[Any, list[Any]] = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        # Leave out branches that are not meant for this value: a different
        # `role`/`type` tag (an enum or const one level down), or the bare
        # `{"type": "null"}` of a nullable.
        meant = [
            subs
            for subs in branches.values()
            if not any(sub.validator in ("enum", "const") and len(sub.relative_path) == 1 for sub in subs)
            and not all(sub.validator == "type" and sub.validator_value == "null" for sub in subs)
        ]
        candidates = [sub for subs in meant for sub in subs] or list(error.context)
        error = best_match(candidates)
    return error


# ------------------------------------------------------------ multipart bodies


MULTIPART = "multipart/form-data"


@dataclass
class FormPart:
    """One part of a multipart/form-data body."""

    name: str
    filename: str | None  # set for a file part
    content_type: str | None  # the part's own Content-Type header, if it had one
    data: bytes

    @property
    def is_file(self) -> bool:
        return self.filename is not None


def request_body(request: httpx.Request) -> bytes:
    """The request's bytes; a multipart body is a stream that has to be read first."""
    try:
        return request.content
    except httpx.RequestNotRead:
        return request.read()


def parse_multipart(content_type: str, body: bytes) -> list[FormPart]:
    """The parts of a multipart/form-data body, in order (AssertionError if it is malformed)."""
    import email
    import email.policy

    message = email.message_from_bytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body, policy=email.policy.HTTP
    )
    assert message.is_multipart(), f"not a multipart body: {body[:200]!r}"
    parts = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        assert isinstance(name, str), f"a form part without a name: {str(part)[:200]!r}"
        payload = part.get_payload(decode=True)
        parts.append(
            FormPart(
                name,
                part.get_filename(),
                part.get_content_type() if part["content-type"] else None,
                payload if isinstance(payload, bytes) else b"",
            )
        )
    return parts


def form_to_dict(parts: list[FormPart]) -> dict[str, Any]:
    """The form as the JSON-like value it encodes, by the API's naming conventions:
    `name[]` appends to a list, `name[key]` sets a key of an object. Every value is
    a string; a file's bytes are read as Latin-1, so that any content is a string."""
    form: dict[str, Any] = {}
    for part in parts:
        base, _, rest = part.name.partition("[")
        assert not rest or rest.endswith("]"), f"form field name {part.name!r} is malformed"
        keys = [base, *(rest[:-1].split("][") if rest else ())]
        value: Any = part.data.decode("latin-1") if part.is_file else part.data.decode("utf-8")
        node: Any = form
        for key, following in zip(keys, [*keys[1:], None]):
            fresh: Any = None if following is None else ([] if following == "" else {})
            if isinstance(node, list):
                assert key == "", f"form field {part.name!r} mixes list and object notation"
                node.append(value if following is None else fresh)
                node = fresh
                continue
            assert key != "", f"form field {part.name!r}: `[]` where an object key belongs"
            if following is None:
                assert key not in node, f"form field {part.name!r} is sent twice"
                node[key] = value
            else:
                node = node.setdefault(key, fresh)
                assert isinstance(
                    node, type(fresh)
                ), f"form field {part.name!r} mixes list and object notation"
    return form


@dataclass
class _Operation:
    method: str
    template: str
    parts: tuple[str, ...]
    body_required: bool
    content_types: tuple[str, ...]
    body_schema: str | None  # JSON pointer to its JSON body schema in the normalised document
    validator: Any = None  # a jsonschema validator for that schema
    form_schema: str | None = None  # the same for its multipart/form-data body, if it takes one
    form_validator: Any = None


class ReferenceJudge:
    """Checks requests against the operations of the reference spec."""

    BASE = "urn:openai-reference"
    Error = ReferenceContractError

    def __init__(self, spec_path: Path) -> None:
        import yaml
        from jsonschema import Draft202012Validator
        from referencing import Registry
        from referencing.jsonschema import DRAFT202012

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        with open(spec_path, "rb") as handle:
            document = yaml.load(handle, Loader=loader)
        self.document: dict[str, Any] = document  # as published, for tests that read it
        paths = document["paths"]
        components = _nullable_as_null(document.get("components", {}))
        pieces = _allof_pieces(components, set())
        for name, schema in (components.get("schemas") or {}).items():
            _close_objects(schema, piece=name in pieces)
        normalised: dict[str, Any] = {"components": components, "paths": {}}
        operations: list[_Operation] = []
        for template, item in paths.items():
            for method, operation in item.items():
                if method not in ("get", "post", "put", "patch", "delete") or not isinstance(operation, dict):
                    continue
                body = operation.get("requestBody") or {}
                content = body.get("content") or {}
                pointer = None
                if "application/json" in content and "schema" in content["application/json"]:
                    key = f"{method} {template}"
                    schema = _nullable_as_null(content["application/json"]["schema"])
                    _close_objects(schema)
                    normalised["paths"][key] = schema
                    pointer = "/paths/" + key.replace("~", "~0").replace("/", "~1")
                form_pointer = None
                if MULTIPART in content and "schema" in content[MULTIPART]:
                    key = f"{method} {template} {MULTIPART}"
                    schema = _nullable_as_null(content[MULTIPART]["schema"])
                    _close_objects(schema)
                    normalised["paths"][key] = schema
                    form_pointer = "/paths/" + key.replace("~", "~0").replace("/", "~1")
                operations.append(
                    _Operation(
                        method.upper(),
                        template,
                        tuple(template.strip("/").split("/")),
                        bool(body.get("required")),
                        tuple(content),
                        pointer,
                        form_schema=form_pointer,
                    )
                )
        registry: Registry[Any] = Registry().with_resource(self.BASE, DRAFT202012.create_resource(normalised))
        for op in operations:
            if op.body_schema is not None:
                op.validator = Draft202012Validator(
                    {"$ref": f"{self.BASE}#{op.body_schema}"}, registry=registry
                )
            if op.form_schema is not None:
                op.form_validator = Draft202012Validator(
                    {"$ref": f"{self.BASE}#{op.form_schema}"}, registry=registry
                )
        self._operations = operations
        self._normalised = normalised

    def operation(self, method: str, path: str) -> _Operation | None:
        """The reference operation for a concrete request path; literal segments beat parameters."""
        parts = tuple(path.strip("/").split("/"))
        best: tuple[int, _Operation] | None = None
        for op in self._operations:
            if op.method != method or len(op.parts) != len(parts):
                continue
            literal = 0
            for want, got in zip(op.parts, parts):
                if want.startswith("{") and want.endswith("}"):
                    continue
                if want != got:
                    break
                literal += 1
            else:
                if best is None or literal > best[0]:
                    best = (literal, op)
        return best[1] if best else None

    def problems(self, method: str, path: str, content_type: str | None, body: bytes) -> list[str]:
        """Why the reference rejects this request; empty when it accepts it."""
        op = self.operation(method, path)
        if op is None:
            return [f"the reference has no operation {method} {path}"]
        if not body:
            return [f"{op.method} {op.template} needs a request body"] if op.body_required else []
        if not op.content_types:
            return [f"{op.method} {op.template} takes no request body, but one was sent"]
        media_type = (content_type or "").split(";")[0].strip().lower()
        if media_type not in op.content_types:
            return [f"content type {content_type!r} is not one of {list(op.content_types)}"]
        found: list[str] = []
        if media_type == MULTIPART:
            if op.form_validator is None:
                return []
            try:
                parts = parse_multipart(content_type or "", body)
                form = form_to_dict(parts)
            except AssertionError as exc:
                return [f"the multipart body is malformed: {exc}"]
            schema = self._resolve({"$ref": "#" + op.form_schema})
            found += self._misplaced_files(parts, schema)
            validator, data = op.form_validator, self._from_form(form, schema)
        else:
            if op.validator is None:
                return []
            try:
                data = json.loads(body)
            except ValueError as exc:
                return [f"the body is not JSON: {exc}"]
            validator = op.validator
        errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
        # A failing subschema drops its annotations, so an enclosing
        # `unevaluatedProperties` then also flags the properties it did declare.
        # Keep that complaint only when nothing below it failed for another reason.
        errors = [
            error
            for error in errors
            if error.validator != "unevaluatedProperties"
            or not any(
                other is not error
                and list(other.absolute_path)[: len(error.absolute_path)] == list(error.absolute_path)
                for other in errors
            )
        ]
        for error in errors:
            where = "/".join(str(p) for p in error.absolute_path) or "(body)"
            text = f"{where}: {error.message[:300]}"
            if error.context:
                inner = _explanation(error)
                inner_where = "/".join(str(p) for p in inner.absolute_path) or "(body)"
                text += f"\n      because {inner_where}: {inner.message[:300]}"
            found.append(text)
        return found

    def check(self, request: httpx.Request) -> None:
        body = request_body(request)
        problems = self.problems(request.method, request.url.path, request.headers.get("content-type"), body)
        if problems:
            raise ReferenceContractError(
                f"The reference spec rejects {request.method} {request.url.path}:\n  - "
                + "\n  - ".join(problems)
                + f"\n  body sent: {body[:2000]!r}"
            )

    # -- multipart bodies: form values are text, so each is read as the type its
    # schema asks for ("3" as 3 for an integer field, "true" as true) before the
    # body is validated like a JSON one; a file's bytes stand as a string.

    def _resolve(self, schema: Any) -> Any:
        for _ in range(30):
            if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str)):
                break
            ref = schema["$ref"].split("#", 1)[-1]
            schema = self._normalised
            for token in ref.strip("/").split("/"):
                schema = schema[token.replace("~1", "/").replace("~0", "~")]
        return schema

    def _alternatives(self, schema: Any, depth: int = 0) -> list[dict[str, Any]]:
        """The schemas, behind refs and combinators, that say something about a value."""
        schema = self._resolve(schema)
        if not isinstance(schema, dict) or depth > 20:
            return []
        found = []
        for key in ("anyOf", "oneOf", "allOf"):
            for branch in schema.get(key) or ():
                found += self._alternatives(branch, depth + 1)
        if {"type", "properties", "items", "enum", "const", "format", "contentMediaType"} & schema.keys():
            found.append(schema)
        return found

    def _properties(self, schema: Any) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        for alternative in self._alternatives(schema):
            for name, sub in (alternative.get("properties") or {}).items():
                properties.setdefault(name, sub)
        return properties

    def _wants_file(self, schema: Any) -> bool | None:
        """True if only file content fits `schema`, False if none does, None if either may."""
        kinds = set()
        for alternative in self._alternatives(schema):
            if alternative.get("format") == "binary" or "contentMediaType" in alternative:
                kinds.add(True)
            elif "items" in alternative:
                kinds.add(self._wants_file(alternative["items"]))
            elif alternative.get("type") not in (None, "null"):
                kinds.add(False)
        return kinds.pop() if len(kinds) == 1 else None

    def _misplaced_files(self, parts: list[FormPart], schema: Any) -> list[str]:
        """Files must go exactly where the schema declares binary content."""
        properties = self._properties(schema)
        found = []
        for name in dict.fromkeys(part.name.split("[", 1)[0] for part in parts):
            if name not in properties:
                continue  # the schema reports unknown fields itself
            sent_file = any(p.is_file for p in parts if p.name.split("[", 1)[0] == name)
            wants = self._wants_file(properties[name])
            if sent_file and wants is False:
                found.append(f"{name}: sent as a file, where the reference declares no binary content")
            elif not sent_file and wants is True:
                found.append(f"{name}: the reference wants a file here, but a plain form value was sent")
        return found

    def _from_form(self, value: Any, schema: Any) -> Any:
        if isinstance(value, dict):
            properties = self._properties(schema)
            return {k: self._from_form(v, properties[k]) if k in properties else v for k, v in value.items()}
        alternatives = self._alternatives(schema)
        if isinstance(value, list):
            items = next((a["items"] for a in alternatives if "items" in a), None)
            return [v if items is None else self._from_form(v, items) for v in value]
        types: set[str] = set()
        for alternative in alternatives:
            kind = alternative.get("type")
            types |= set(kind) if isinstance(kind, list) else {kind} if kind else set()
            values = [
                *(alternative.get("enum") or ()),
                *([alternative["const"]] if "const" in alternative else []),
            ]
            types |= {"string" if isinstance(v, str) else "other" for v in values}
        if not types or "string" in types:
            return value
        try:
            parsed = json.loads(value)
        except ValueError:
            return value
        return parsed if isinstance(parsed, (bool, int, float)) else value


@pytest.fixture(scope="session")
def judge(prism_process: PrismServer) -> ReferenceJudge:
    # Depends on `prism_process` only so that Prism boots while the spec loads here.
    return ReferenceJudge(REFERENCE_SPEC)


# ----------------------------------------------------------------------- clients


@dataclass
class Exchange:
    method: str
    path: str
    headers: httpx.Headers
    body: Any  # the decoded JSON request body, or None
    response_json: Any = None  # the decoded JSON response body, when there is one
    query: dict[str, str] = field(default_factory=dict)  # the query string's parameters
    # A multipart request: its parts, and the form read back into a dict (see form_to_dict).
    parts: list[FormPart] | None = None
    form: dict[str, Any] | None = None
    response_bytes: bytes | None = None  # the response body as received (not for event streams)


@dataclass
class Recorder:
    """What the test clients sent and received, newest last."""

    exchanges: list[Exchange] = field(default_factory=list)

    @property
    def last(self) -> Exchange:
        assert self.exchanges, "no request was sent"
        return self.exchanges[-1]

    def on_request(self, request: httpx.Request) -> None:
        content = request_body(request)
        content_type = request.headers.get("content-type", "")
        parts = form = body = None
        if content_type.startswith(MULTIPART):
            parts = parse_multipart(content_type, content)
            form = form_to_dict(parts)
        elif content:
            body = json.loads(content)
        self.exchanges.append(
            Exchange(
                request.method,
                request.url.path,
                request.headers,
                body,
                query=dict(request.url.params),
                parts=parts,
                form=form,
            )
        )

    def on_response(self, response: httpx.Response) -> None:
        # Read JSON answers now (httpx keeps the bytes for the client); leave
        # event streams alone so the client can consume them.
        if response.headers.get("content-type", "").startswith("text/event-stream"):
            return
        response.read()
        try:
            data = response.json()
        except ValueError:
            data = None
        for exchange in reversed(self.exchanges):
            if exchange.method == response.request.method and exchange.path == response.request.url.path:
                exchange.response_json = data
                exchange.response_bytes = response.content
                break


@dataclass
class Harness:
    """What a test needs to make calls: Prism's URL, the judge and a recorder."""

    url: str
    judge: ReferenceJudge
    recorder: Recorder
    api_key: str = API_KEY

    @staticmethod
    def _http(kind: Any, hooks: dict[str, list[Any]]) -> Any:
        # Prism is local: no proxy or certificate settings from the environment.
        return kind(event_hooks=hooks, trust_env=False, follow_redirects=True)

    def client_options(self) -> dict[str, Any]:
        # No retries: a 5xx from Prism must surface at once, not after back-off.
        return {"api_key": self.api_key, "base_url": self.url, "max_retries": 0, "timeout": 30.0}

    def sync_client(self, *, judged: bool = True) -> Any:
        import oaiclient

        hooks: dict[str, list[Any]] = {
            "request": [self.recorder.on_request],
            "response": [self.recorder.on_response],
        }
        if judged:
            hooks["request"].insert(0, self.judge.check)
        return oaiclient.OpenAI(http_client=self._http(httpx.Client, hooks), **self.client_options())

    def async_client(self, *, judged: bool = True) -> Any:
        import oaiclient

        async def check(request: httpx.Request) -> None:
            self.judge.check(request)

        async def on_request(request: httpx.Request) -> None:
            self.recorder.on_request(request)

        async def on_response(response: httpx.Response) -> None:
            if not response.headers.get("content-type", "").startswith("text/event-stream"):
                await response.aread()
            self.recorder.on_response(response)

        hooks: dict[str, list[Any]] = {"request": [on_request], "response": [on_response]}
        if judged:
            hooks["request"].insert(0, check)
        return oaiclient.AsyncOpenAI(
            http_client=self._http(httpx.AsyncClient, hooks), **self.client_options()
        )


@pytest.fixture(scope="session")
def harness(judge: ReferenceJudge, prism: PrismServer) -> Harness:
    return Harness(prism.url, judge, Recorder())


@pytest.fixture(scope="session")
def client(harness: Harness) -> Iterator[Any]:
    """A sync `oaiclient.OpenAI` pointed at Prism; every request it sends is judged."""
    with harness.sync_client() as sync_client:
        yield sync_client


@pytest.fixture
def recorder(harness: Harness) -> Recorder:
    return harness.recorder
