"""The pieces of a contract case, shared by every area's case module.

An area's cases live in `tests/contract/test_contract_<area>.py` as `CASES`;
`test_contract.py` runs them all and checks that every operation of the spec
has some.
"""

from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import oaiclient

DYNAMIC = {"Prefer": "dynamic=true"}
# How many items `call_async` takes from a paginator (more pages with cursor pagination).
MAX_WALKED_ITEMS = 6
# How often a call is made at most while Prism keeps rejecting its own answer
# (see `Case.prism_answers_may_be_invalid`).
PRISM_ATTEMPTS = 25


@dataclass
class Case:
    id: str
    method: str  # dotted path from the client, e.g. "chat.completions.create"
    expected: type
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    page: bool = False  # the method returns a page of `expected` items
    # Why Prism cannot answer this call with random data (`Prefer: dynamic=true`);
    # such a case runs with Prism's static answer only.
    static_only: str = ""
    # Why Prism's answers to this call may break the reference itself (its example
    # does, and some of its random answers): such a case always asks for random
    # answers, and asks again while Prism rejects its own answer (a 500 whose
    # violations are all in the response), up to PRISM_ATTEMPTS times.
    prism_answers_may_be_invalid: str = ""
    # Request headers the case sends besides the test's own (an `Accept`, say).
    headers: dict[str, str] = field(default_factory=dict)
    # A phrase of the transport error that Prism's malformed answer to this call
    # raises (see audio.speech in test_contract_images_audio.py). Prism refuses a
    # bad request with a readable 422, so that error means the request was
    # accepted: the call gives None, and there is no answer to check.
    unreadable_answer: str = ""


# ----------------------------------------------------------------------- helpers


def _method(client: Any, dotted: str) -> Any:
    target = client
    for name in dotted.split("."):
        target = getattr(target, name)
    return target


def _explain(case: Case, exc: Exception) -> str:
    if isinstance(exc, oaiclient.APIStatusError):
        # Prism's 422 carries the reasons in `validation`; keep them whole.
        return (
            f"{case.id}: Prism answered {exc.status_code} ({exc.message}):\n"
            f"{json.dumps(exc.body, indent=1)[:4000]}"
        )
    if isinstance(exc, oaiclient.APIResponseValidationError):
        return (
            f"{case.id}: our models reject Prism's answer: {exc.message[:3000]}\n"
            f"answer: {json.dumps(exc.body)[:3000]}"
        )
    return f"{case.id}: {type(exc).__name__}: {exc}"


def _as_json(value: Any) -> Any:
    return json.loads(json.dumps(value))


def _query_text(value: Any) -> str:
    """How a scalar argument reads in a query string."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _is_file(value: Any) -> bool:
    """A file argument, in any of the forms the client takes."""
    if isinstance(value, tuple):
        return 2 <= len(value) <= 4 and _is_file(value[1])
    return isinstance(value, (bytes, bytearray, os.PathLike, io.IOBase))


def _expected_file(value: Any) -> tuple[str | None, bytes, str | None]:
    """(filename or None if any will do, content, content type or None if any will do) of a file argument.

    Open files are not supported: a case runs many times and a file reads only once."""
    if isinstance(value, tuple):
        filename, content, *rest = value
        return filename, _expected_file(content)[1], rest[0] if rest else None
    if isinstance(value, os.PathLike):
        return Path(value).name, Path(value).read_bytes(), None
    assert isinstance(value, (bytes, bytearray)), f"use bytes, a path or a tuple in cases, not {value!r}"
    return None, bytes(value), None


def _form_text(value: Any) -> Any:
    """How a value reads once sent as form fields (see `form_to_dict` in conftest.py)."""
    if isinstance(value, dict):
        return {k: _form_text(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_form_text(v) for v in value]
    return _query_text(value)


def _check_form(case: Case, exchange: Any) -> None:
    """Every argument of a multipart call is a form field or a file part, unchanged."""
    assert exchange.form is not None, f"{case.id}: no multipart body sent"
    for name, value in case.kwargs.items():
        if value is None:
            assert name not in exchange.form, f"{case.id}: `{name}=None` was sent as {exchange.form[name]!r}"
            continue
        files = list(value) if isinstance(value, list) and all(map(_is_file, value)) else None
        if files is None and not _is_file(value):
            assert name in exchange.form, f"{case.id}: `{name}` was not sent"
            assert exchange.form[name] == _form_text(
                value
            ), f"{case.id}: `{name}` sent as {exchange.form[name]!r}, expected {value!r}"
            continue
        wire_name = name if files is None else f"{name}[]"
        sent = [part for part in exchange.parts if part.name == wire_name]
        expected = [_expected_file(v) for v in (files if files is not None else [value])]
        assert len(sent) == len(
            expected
        ), f"{case.id}: {len(sent)} `{wire_name}` parts sent, expected {len(expected)}"
        for part, (filename, content, content_type) in zip(sent, expected):
            assert part.is_file, f"{case.id}: `{wire_name}` was sent as a plain field, not a file"
            assert (
                part.data == content
            ), f"{case.id}: `{wire_name}` sent {part.data[:100]!r}, expected {content[:100]!r}"
            if filename is not None:
                assert (
                    part.filename == filename
                ), f"{case.id}: `{wire_name}` named {part.filename!r}, not {filename!r}"
            if content_type is not None:
                assert (
                    part.content_type == content_type
                ), f"{case.id}: `{wire_name}` typed {part.content_type!r}, not {content_type!r}"
    unexpected = set(exchange.form) - set(case.kwargs)
    assert not unexpected, f"{case.id}: form fields nobody asked for: {sorted(unexpected)}"


def check_sent(case: Case, recorder: Any) -> None:
    """Every argument of the call is on the wire, unchanged."""
    exchange = recorder.last
    for arg in case.args:
        assert arg in exchange.path.split("/"), f"{case.id}: path {exchange.path!r} lacks {arg!r}"
    if getattr(exchange, "form", None) is not None:
        _check_form(case, exchange)
        return
    if case.kwargs and exchange.method == "GET":
        # A GET sends its arguments in the query string.
        query = getattr(exchange, "query", {})
        for name, value in case.kwargs.items():
            assert name in query, f"{case.id}: `{name}` was not sent in the query"
            assert query[name] == _query_text(
                value
            ), f"{case.id}: `{name}` sent as {query[name]!r}, expected {value!r}"
        assert exchange.body is None, f"{case.id}: unexpected body {exchange.body!r}"
    elif case.kwargs:
        assert isinstance(exchange.body, dict), f"{case.id}: no JSON body sent"
        for name, value in case.kwargs.items():
            assert name in exchange.body, f"{case.id}: `{name}` was not sent"
            assert exchange.body[name] == _as_json(
                value
            ), f"{case.id}: `{name}` sent as {exchange.body[name]!r}, expected {value!r}"
    else:
        assert exchange.body is None, f"{case.id}: unexpected body {exchange.body!r}"


def check_result(case: Case, result: Any, recorder: Any) -> None:
    """The answer has the promised type and dumps back to the JSON Prism sent."""
    if case.unreadable_answer:
        assert (
            result is None and recorder.last.response_bytes is None
        ), f"{case.id}: the answer was read after all"
        return
    if case.page:
        assert isinstance(
            result, (oaiclient.SyncPage, oaiclient.AsyncPage)
        ), f"{case.id}: got {type(result).__name__}"
        # This page's items only: iterating the page would fetch later pages too.
        for item in result.data:
            assert isinstance(item, case.expected), f"{case.id}: item is {type(item).__name__}"
    else:
        assert isinstance(
            result, case.expected
        ), f"{case.id}: got {type(result).__name__}, expected {case.expected.__name__}"
    if result is None:
        # An operation that answers without a body (a delete, say): there must be none.
        received = recorder.last.response_bytes
        assert not received, f"{case.id}: expected no body, Prism sent {received[:200]!r}"
        return
    if isinstance(result, (oaiclient.BinaryResponse, str)):
        # A binary or text answer: the bytes Prism sent must arrive whole.
        received = recorder.last.response_bytes
        assert received, f"{case.id}: Prism sent an empty body"
        got = result.content if isinstance(result, oaiclient.BinaryResponse) else result.encode()
        assert got == received, f"{case.id}: got {got[:200]!r}, Prism sent {received[:200]!r}"
        return
    sent_back = recorder.last.response_json
    assert sent_back is not None, f"{case.id}: Prism's answer was not JSON"
    assert result.to_dict() == sent_back, (
        f"{case.id}: the parsed {type(result).__name__} does not dump back to Prism's JSON\n"
        f"  prism: {json.dumps(sent_back, sort_keys=True)[:3000]}\n"
        f"  ours:  {json.dumps(result.to_dict(), sort_keys=True)[:3000]}"
    )


_FAILURES = (oaiclient.APIStatusError, oaiclient.APIResponseValidationError)


def _prism_rejected_its_answer(case: Case, exc: Exception) -> bool:
    """Prism made up an answer that breaks the reference, or crashed making one."""
    if not case.prism_answers_may_be_invalid:
        return False
    if isinstance(exc, oaiclient.APIResponseValidationError):
        # Where the reference nests schemas with `$recursiveRef`, Prism writes the
        # keyword itself into its answer instead of a value.
        return "$recursiveRef" in json.dumps(exc.body)
    if not isinstance(exc, oaiclient.APIStatusError):
        return False
    if exc.status_code != 500:
        return False
    body = exc.body
    if isinstance(body, dict) and str(body.get("type", "")).endswith("#VIOLATIONS"):
        return all((v.get("location") or [""])[0] == "response" for v in body.get("validation") or [{}])
    # json-schema-faker sometimes fails on the reference's schemas: its stack trace.
    return "json-schema-faker" in (str(body.get("title", "")) if isinstance(body, dict) else str(body))


def _attempts(case: Case, headers: dict[str, str] | None) -> tuple[int, dict[str, str] | None]:
    headers = {**case.headers, **(headers or {})} or None
    if not case.prism_answers_may_be_invalid:
        return 1, headers
    return PRISM_ATTEMPTS, {**(headers or {}), **DYNAMIC}


def call_sync(client: Any, judge: Any, case: Case, headers: dict[str, str] | None = None) -> Any:
    attempts, headers = _attempts(case, headers)
    for attempt in range(attempts):
        try:
            return _method(client, case.method)(*case.args, **case.kwargs, extra_headers=headers)
        except judge.Error as exc:
            problem = f"{case.id}: {exc}"
        except _FAILURES as exc:
            if attempt + 1 < attempts and _prism_rejected_its_answer(case, exc):
                continue
            problem = _explain(case, exc)
        except oaiclient.APIConnectionError as exc:
            if not case.unreadable_answer:
                raise
            if case.unreadable_answer in str(exc.__cause__):
                return None
            problem = f"{case.id}: no answer, but not for the expected reason: {exc.__cause__!r}"
        break
    pytest.fail(problem, pytrace=False)


async def call_async(client: Any, judge: Any, case: Case, headers: dict[str, str] | None = None) -> Any:
    attempts, headers = _attempts(case, headers)
    for attempt in range(attempts):
        try:
            return await _call_async_once(client, case, headers)
        except judge.Error as exc:
            problem = f"{case.id}: {exc}"
        except _FAILURES as exc:
            if attempt + 1 < attempts and _prism_rejected_its_answer(case, exc):
                continue
            problem = _explain(case, exc)
        except oaiclient.APIConnectionError as exc:
            if not case.unreadable_answer:
                raise
            if case.unreadable_answer in str(exc.__cause__):
                return None
            problem = f"{case.id}: no answer, but not for the expected reason: {exc.__cause__!r}"
        break
    pytest.fail(problem, pytrace=False)


async def _call_async_once(client: Any, case: Case, headers: dict[str, str] | None) -> Any:
    """One async call: a page is walked with `async for` too, then awaited."""
    result = _method(client, case.method)(*case.args, **case.kwargs, extra_headers=headers)
    if isinstance(result, oaiclient.AsyncPaginator):
        # `async for` over the paginator walks the items, page after page...
        items = []
        walk = result.__aiter__()
        try:
            async for item in walk:
                items.append(item)
                # Prism's answers may claim `has_more` forever; stop after a few.
                if len(items) >= MAX_WALKED_ITEMS:
                    break
        finally:
            await walk.aclose()  # type: ignore[attr-defined]
        assert all(isinstance(item, case.expected) for item in items), items
        # ...and awaiting it gives the page (another request, checked by the caller).
        return await result
    return await result
