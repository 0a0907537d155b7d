"""The pieces of a contract case, shared by every area's case module.

An area's cases live in `tests/contract/test_contract_<area>.py` as `CASES`;
`test_contract.py` runs them all and checks that every operation of the spec
has some.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pytest

import oaiclient

DYNAMIC = {"Prefer": "dynamic=true"}


@dataclass
class Case:
    id: str
    method: str  # dotted path from the client, e.g. "chat.completions.create"
    expected: type
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    page: bool = False  # the method returns a page of `expected` items


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


def check_sent(case: Case, recorder: Any) -> None:
    """Every argument of the call is on the wire, unchanged."""
    exchange = recorder.last
    for arg in case.args:
        assert exchange.path.endswith("/" + arg), f"{case.id}: path {exchange.path!r} lacks {arg!r}"
    if case.kwargs:
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
    if case.page:
        assert isinstance(
            result, (oaiclient.SyncPage, oaiclient.AsyncPage)
        ), f"{case.id}: got {type(result).__name__}"
        for item in result:
            assert isinstance(item, case.expected), f"{case.id}: item is {type(item).__name__}"
    else:
        assert isinstance(
            result, case.expected
        ), f"{case.id}: got {type(result).__name__}, expected {case.expected.__name__}"
    sent_back = recorder.last.response_json
    assert sent_back is not None, f"{case.id}: Prism's answer was not JSON"
    assert result.to_dict() == sent_back, (
        f"{case.id}: the parsed {type(result).__name__} does not dump back to Prism's JSON\n"
        f"  prism: {json.dumps(sent_back, sort_keys=True)[:3000]}\n"
        f"  ours:  {json.dumps(result.to_dict(), sort_keys=True)[:3000]}"
    )


_FAILURES = (oaiclient.APIStatusError, oaiclient.APIResponseValidationError)


def call_sync(client: Any, judge: Any, case: Case, headers: dict[str, str] | None = None) -> Any:
    try:
        return _method(client, case.method)(*case.args, **case.kwargs, extra_headers=headers)
    except judge.Error as exc:
        problem = f"{case.id}: {exc}"
    except _FAILURES as exc:
        problem = _explain(case, exc)
    pytest.fail(problem, pytrace=False)


async def call_async(client: Any, judge: Any, case: Case, headers: dict[str, str] | None = None) -> Any:
    try:
        result = _method(client, case.method)(*case.args, **case.kwargs, extra_headers=headers)
        if isinstance(result, oaiclient.AsyncPaginator):
            # `async for` over the paginator walks the items (one request)...
            items = [item async for item in result]
            assert all(isinstance(item, case.expected) for item in items), items
            # ...and awaiting it gives the page (another request, checked by the caller).
            return await result
        return await result
    except judge.Error as exc:
        problem = f"{case.id}: {exc}"
    except _FAILURES as exc:
        problem = _explain(case, exc)
    pytest.fail(problem, pytrace=False)
