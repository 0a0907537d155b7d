"""One document's sweep: generate, import, serve with Prism, call every operation.

Each operation of the document ends in exactly one `Outcome`; `Result.detail`
says why (Prism's validation messages, the parse error, the warning that
explains a missing method), and `Result.sent` what went on the wire.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
import typing
import warnings
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from generator.diagnostics import join_pointer
from tests.realdocs.arguments import API_KEY, ArgumentBuilder
from tests.realdocs.documents import Document
from tests.realdocs.generation import GeneratedClient, generate, imported, mypy_errors
from tests.realdocs.prism import Prism, PrismUnavailable
from tests.realdocs.schema_values import UnbuildableSchema

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
CALL_TIMEOUT = 30.0  # seconds; Prism answers in milliseconds
STREAMED_EVENTS = 5  # events read from an operation that only answers with a stream
# How often a call is made while Prism makes up answers that break the document: its
# static example first, then one generated from the schema (seeded, so always the same).
PRISM_ATTEMPTS = 2
DYNAMIC = {"Prefer": "dynamic=true"}
NO_WARNING = "no method, and no warning says why"


class Outcome(str, Enum):
    PASSED = "passed"
    REJECTED = "request rejected by Prism"
    UNPARSED = "response failed to parse"
    NOT_CALLABLE = "not callable"
    BUILDER_ERROR = "error in the argument builder"
    # Prism accepted the request, but every answer it made up breaks the document itself
    # (its static example, and the one generated from the schema after it): nothing to parse.
    PRISM_ANSWER_INVALID = "request accepted, Prism's answers break the document"
    # Prism accepted the request, but it has a query parameter the document does not
    # declare (Prism ignores those; a server that reads the document would not see the value).
    UNDECLARED_QUERY = "request sends undeclared query parameters"
    # Prism accepted the request, but its JSON body is not what the arguments say
    # (Prism cannot check some bodies: it skips schemas its validator fails to compile).
    BODY_CHANGED = "request body differs from the arguments"
    CALL_FAILED = "call failed"  # the client raised, or Prism failed, for another reason
    # The sync call passed; the same call through the async client (on its default
    # transport) was refused, failed, or came back as something else.
    ASYNC_FAILED = "the async call failed where the sync one passed"


@dataclass
class Result:
    operation: str  # "GET /pets/{petId}"
    pointer: str
    method: str  # the client method, dotted ("pets.show_pet_by_id"); "" when there is none
    outcome: Outcome
    detail: str = ""
    sent: str = ""


@dataclass
class DocumentReport:
    document: Document
    generated: bool = False
    imports: bool = False
    mypy_errors: int | None = None  # None: not run (or mypy failed to run)
    warnings: list[str] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # why generation, import or Prism failed
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def passed(self) -> int:
        return sum(result.outcome is Outcome.PASSED for result in self.results)

    def by_outcome(self, outcome: Outcome) -> list[Result]:
        return [result for result in self.results if result.outcome is outcome]


def spec_operations(document: dict[str, Any]) -> list[tuple[str, str]]:
    """(pointer, "METHOD /path") of every operation, in document order."""
    values = ArgumentBuilder(document).values
    found = []
    for path, item in (document.get("paths") or {}).items():
        item = values.resolve(item)
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                found.append((join_pointer("paths", path, method), f"{method.upper()} {path}"))
    return found


# -- one call --------------------------------------------------------------


class Wire:
    """The last request and response the client exchanged (an httpx event hook pair)."""

    def __init__(self) -> None:
        self.request: httpx.Request | None = None
        self.response: httpx.Response | None = None

    def on_request(self, request: httpx.Request) -> None:
        self.request, self.response = request, None

    def on_response(self, response: httpx.Response) -> None:
        self.response = response

    def sent(self) -> str:
        if self.request is None:
            return "(nothing sent)"
        try:
            body = self.request.content
        except httpx.RequestNotRead:
            body = self.request.read()
        text = f"{self.request.method} {self.request.url.raw_path.decode(errors='replace')}"
        if body:
            kind = self.request.headers.get("content-type", "").split(";")[0]
            text += f" [{kind}] {body[:400].decode(errors='replace')}"
        return text

    def prism_broke_its_answer(self) -> bool:
        """A 500 whose violations are all in Prism's own answer (so the request passed)."""
        if self.response is None or self.response.status_code != 500:
            return False
        try:
            body = json.loads(self.response.content or b"null")
        except ValueError:
            return False
        made_up_badly = "json-schema-faker" in str(body.get("title", "")) if isinstance(body, dict) else False
        if made_up_badly:
            return True
        found = body.get("validation") if isinstance(body, dict) else None
        return (
            isinstance(found, list)
            and bool(found)
            and all((v.get("location") or [""])[0] == "response" for v in found)
        )

    def json_body_changes(self, expected: dict[str, Any] | None) -> str:
        """How the JSON body sent differs from the one the arguments stand for; "" if it does not."""
        if expected is None or self.request is None:
            return ""
        try:
            sent = json.loads(self.request.content or b"null")
        except ValueError:
            return "the body sent is not JSON"
        if not isinstance(sent, dict):
            return f"the body sent is not an object: {str(sent)[:200]}"
        wanted = json.loads(json.dumps(expected))
        differ = sorted(k for k in wanted.keys() | sent.keys() if wanted.get(k, ...) != sent.get(k, ...))
        return "; ".join(
            f"{k}: sent {json.dumps(sent.get(k, '(nothing)'))[:150]}, passed {json.dumps(wanted.get(k, '(nothing)'))[:150]}"
            for k in differ
        )

    def query_names(self) -> set[str]:
        return set() if self.request is None else {key for key, _ in self.request.url.params.multi_items()}

    def violations(self) -> str:
        """Prism's reasons: the `validation` list of its error body, or its `sl-violations` header."""
        if self.response is None:
            return ""
        found: list[Any] = []
        try:
            body = json.loads(self.response.content or b"null")
        except ValueError:
            body = None
        if isinstance(body, dict) and isinstance(body.get("validation"), list):
            found = body["validation"]
        header = self.response.headers.get("sl-violations")
        if not found and header:
            try:
                found = json.loads(header)
            except ValueError:
                return str(header[:600])
        if not found:
            return self.response.content[:300].decode(errors="replace")
        return "; ".join(
            f"{'.'.join(map(str, v.get('location') or []))}: {v.get('message')}"
            for v in found
            if isinstance(v, dict)
        )


def _method(client: Any, operation: Any) -> Any:
    target = client
    for name in (*operation.resource, operation.name):
        target = getattr(target, str(name))
    return target


def _matches(value: Any, annotation: Any) -> bool:
    """Whether `value` is an instance of a (possibly union or annotated) model type."""
    if isinstance(annotation, type):
        return isinstance(value, annotation)
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _matches(value, typing.get_args(annotation)[0])
    if origin is typing.Literal:
        return value in typing.get_args(annotation)
    members = typing.get_args(annotation)
    if members and origin in (typing.Union, getattr(__import__("types"), "UnionType")):
        return any(_matches(value, member) for member in members)
    if origin is not None and isinstance(origin, type):
        return isinstance(value, origin)
    if hasattr(annotation, "__value__"):  # a `type X = ...` alias
        return _matches(value, annotation.__value__)
    return True  # a type this check cannot read: parsing succeeded, which is enough


def check_result(package: ModuleType, operation: Any, result: Any) -> str:
    """Why `result` is not of the declared return type; "" when it is."""
    response = operation.response
    if operation.always_streams:
        events = []
        for event in result:
            events.append(event)
            if len(events) >= STREAMED_EVENTS:
                break
        result.close()
        return events_problem(package, operation, events)
    if response.kind == "model":
        model = getattr(package.models, str(response.model))
        if response.text_alternative and isinstance(result, str):
            return ""
        return "" if _matches(result, model) else f"got {type(result).__name__}, declared {response.model}"
    if response.kind == "page":
        model = getattr(package.models, str(response.model))
        items = getattr(result, "data", None)
        if not isinstance(items, list):
            return f"got {type(result).__name__}, not a page"
        wrong = [type(item).__name__ for item in items if not _matches(item, model)]
        return f"page items are {wrong}, not {response.model}" if wrong else ""
    expected = {"binary": package.BinaryResponse, "text": str, "none": type(None)}.get(response.kind)
    if expected is not None and not isinstance(result, expected):
        return f"got {type(result).__name__}, declared {response.kind}"
    return ""


def events_problem(package: ModuleType, operation: Any, events: list[Any]) -> str:
    chunk = getattr(package.models, str(operation.stream.chunk))
    wrong = [type(e).__name__ for e in events if not _matches(e, chunk)]
    return f"stream events are {wrong}, not {operation.stream.chunk}" if wrong else ""


def call_operation(
    package: ModuleType, client: Any, wire: Wire, builder: ArgumentBuilder, operation: Any, name: str
) -> Result:
    dotted = ".".join(map(str, (*operation.resource, operation.name)))
    result = Result(name, operation.pointer, dotted, Outcome.PASSED)
    try:
        call = builder.call(operation)
    except (UnbuildableSchema, KeyError, TypeError, ValueError) as exc:
        result.outcome, result.detail = Outcome.BUILDER_ERROR, f"{type(exc).__name__}: {exc}"
        return result
    for attempt in range(PRISM_ATTEMPTS):
        headers = {**call.extra_headers, **(DYNAMIC if attempt else {})}
        _attempt(package, client, wire, operation, call, headers, result)
        if result.outcome is not Outcome.PRISM_ANSWER_INVALID:
            break
    if result.outcome is Outcome.PASSED:
        undeclared = builder.undeclared_query(operation.pointer, wire.query_names() - set(call.extra_query))
        if undeclared:
            result.outcome = Outcome.UNDECLARED_QUERY
            result.detail = f"the document declares no query parameter {undeclared}"
        changed = wire.json_body_changes(call.json_body)
        if changed and not undeclared:
            result.outcome, result.detail = Outcome.BODY_CHANGED, changed
    return result


def _attempt(
    package: ModuleType,
    client: Any,
    wire: Wire,
    operation: Any,
    call: Any,
    headers: dict[str, str],
    result: Result,
) -> None:
    """One call; sets the result's outcome, detail and what was sent."""
    wire.request = wire.response = None
    result.outcome, result.detail = Outcome.PASSED, ""
    try:
        with warnings.catch_warnings():
            # Deprecated operations are called on purpose.
            warnings.simplefilter("ignore", DeprecationWarning)
            answer = _method(client, operation)(
                **call.kwargs, extra_headers=headers or None, extra_query=call.extra_query or None
            )
        problem = check_result(package, operation, answer)
    except package.APIStatusError as exc:
        if wire.prism_broke_its_answer():
            result.outcome = Outcome.PRISM_ANSWER_INVALID
        elif 400 <= exc.status_code < 500:
            result.outcome = Outcome.REJECTED
        else:
            result.outcome = Outcome.CALL_FAILED
        result.detail = f"HTTP {exc.status_code}: {wire.violations()}"
        problem = ""
    except package.APIResponseValidationError as exc:
        result.outcome, problem = Outcome.UNPARSED, exc.message[:600]
    except Exception as exc:  # the generated client itself failed: a bug to report
        result.outcome, result.detail = Outcome.CALL_FAILED, f"{type(exc).__name__}: {str(exc)[:600]}"
        problem = ""
    result.sent = wire.sent()
    if problem:
        result.outcome, result.detail = Outcome.UNPARSED, problem


# -- one document ------------------------------------------------------------


def run_document(
    document: Document, cache_dir: Path | None, *, with_mypy: bool = False, work: Path | None = None
) -> DocumentReport:
    """Generate, import and sweep one document; Prism loads it while the client is generated."""
    from generator.load import load_spec

    report = DocumentReport(document)
    # The document as the generator reads it (bundled), so that pointers agree.
    spec_document = load_spec(document.path).document
    with tempfile.TemporaryDirectory(prefix=f"realdocs-{document.package}-") as temporary:
        where = work or Path(temporary)
        where.mkdir(parents=True, exist_ok=True)
        # Prism refuses a document without operations (one with webhooks only).
        prism = Prism.start(document.path, where / "prism.log") if spec_operations(spec_document) else None
        try:
            _run(report, spec_document, prism, where, cache_dir, with_mypy)
        finally:
            if prism is not None:
                prism.stop()
    return report


def _run(
    report: DocumentReport,
    spec_document: dict[str, Any],
    prism: Prism | None,
    where: Path,
    cache_dir: Path | None,
    with_mypy: bool,
) -> None:
    document = report.document
    started = time.monotonic()
    client = generate(document.path, document.package, where / "out", cache_dir)
    report.seconds["generate"] = time.monotonic() - started
    report.generated = client.api is not None
    report.warnings = [w.format(None) for w in client.warnings]
    report.errors += client.errors
    if not report.generated:
        return
    if with_mypy:
        started = time.monotonic()
        report.mypy_errors = mypy_errors(client)
        report.seconds["mypy"] = time.monotonic() - started
    try:
        with imported(client) as package:
            report.imports = True
            if prism is None:
                return
            started = time.monotonic()
            prism.wait_until_listening()
            report.seconds["prism start (after generation)"] = time.monotonic() - started
            started = time.monotonic()
            sweep_operations(report, spec_document, client, package, prism.url)
            report.seconds["sweep"] = time.monotonic() - started
    except ImportError as exc:
        report.errors.append(f"import failed: {type(exc).__name__}: {exc}")
    except PrismUnavailable as exc:
        report.errors.append(str(exc))


def sweep_operations(
    report: DocumentReport,
    spec_document: dict[str, Any],
    client: GeneratedClient,
    package: ModuleType,
    url: str,
) -> None:
    builder = ArgumentBuilder(spec_document)
    by_pointer = {operation.pointer: operation for operation in client.operations}
    wire = Wire()
    http = httpx.Client(
        trust_env=False, event_hooks={"request": [wire.on_request], "response": [wire.on_response]}
    )
    with package.OpenAI(
        api_key=API_KEY, base_url=url, max_retries=0, timeout=CALL_TIMEOUT, http_client=http
    ) as api_client:
        for pointer, name in spec_operations(spec_document):
            operation = by_pointer.get(pointer)
            if operation is None:
                warned = client.warned_about(pointer)
                detail = warned[0].message if warned else NO_WARNING
                report.results.append(Result(name, pointer, "", Outcome.NOT_CALLABLE, detail))
                continue
            report.results.append(call_operation(package, api_client, wire, builder, operation, name))
    passed = [
        (result, by_pointer[result.pointer]) for result in report.results if result.outcome is Outcome.PASSED
    ]
    if passed:
        asyncio.run(async_sweep(package, url, builder, passed))


async def async_sweep(
    package: ModuleType, url: str, builder: ArgumentBuilder, calls: list[tuple[Result, Any]]
) -> None:
    """The calls that passed, again through the async client on its default transport."""
    async with package.AsyncOpenAI(
        api_key=API_KEY, base_url=url, max_retries=0, timeout=CALL_TIMEOUT
    ) as api_client:
        for result, operation in calls:
            problem = ""
            for attempt in range(PRISM_ATTEMPTS):
                problem = await _async_attempt(package, api_client, builder, operation, attempt)
                if not problem.startswith("HTTP 500"):
                    break
            if problem:
                result.outcome, result.detail = Outcome.ASYNC_FAILED, problem


async def _async_attempt(
    package: ModuleType, client: Any, builder: ArgumentBuilder, operation: Any, attempt: int
) -> str:
    """Why one async call failed; "" when it passed."""
    call = builder.call(operation)
    headers = {**call.extra_headers, **(DYNAMIC if attempt else {})}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            # A page method returns a paginator, awaited for its first page.
            answer = await _method(client, operation)(
                **call.kwargs, extra_headers=headers or None, extra_query=call.extra_query or None
            )
            if operation.always_streams:
                events = []
                async for event in answer:
                    events.append(event)
                    if len(events) >= STREAMED_EVENTS:
                        break
                await answer.close()
                return events_problem(package, operation, events)
        return check_result(package, operation, answer)
    except package.APIStatusError as exc:
        wire = Wire()
        wire.response = exc.response
        return f"HTTP {exc.status_code}: {wire.violations()}"
    except package.APIResponseValidationError as exc:
        return exc.message[:600]
    except Exception as exc:  # the async client itself failed: a bug to report
        return f"{type(exc).__name__}: {str(exc)[:600]}"
