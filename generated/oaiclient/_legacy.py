"""The call style of the openai library before 1.0, run on the generated client.

    import oaiclient as openai

    openai.api_key = os.getenv("OPENAI_API_KEY")
    reply = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[...])
    print(reply["choices"][0]["message"]["content"])

This is not a second client. Each call reads the package's settings as that library
did (`_module_client.resolve(legacy=True)`), takes the `OpenAI` or `AzureOpenAI` client
made for them (built once, kept while they stay the same) and calls the method of today:

    Completion.create       -> client.completions.create
    ChatCompletion.create   -> client.chat.completions.create
    Embedding.create        -> client.embeddings.create
    Image.create            -> client.images.generate (create_edit, create_variation: edit, create_variation)
    Moderation.create       -> client.moderations.create
    Audio.transcribe(model, file) / translate -> client.audio.transcriptions / translations.create
    Model.list / retrieve / delete -> client.models.list / retrieve / delete
    FineTuningJob.create / list / retrieve / cancel / list_events -> client.fine_tuning.jobs.*

A name whose operation the client lacks (it was generated from a smaller API
description) raises OpenAIError when called.

with `acreate`, `alist`, ... doing the same on the async client. The results are the
usual models, which read like the dicts of old (`_models.BaseModel.__getitem__`), and
`stream=True` gives the usual stream of them.

The old arguments:

- `engine=` / `deployment_id=`: with `api_type` "azure" or "azure_ad", the deployment,
  in the URL (`{api_base}/openai/deployments/{engine}/...?api-version=...`). Otherwise
  the model, when `model=` is not given (the old `/engines/{engine}/...` routes are
  gone from the API; `/completions` with that model is what they became).
- `api_key`, `api_base`, `api_type`, `api_version`, `organization`: this call's settings.
- `request_timeout` (seconds, or a (connect, read) pair) or `timeout`: the HTTP timeout.
- `headers`: extra HTTP headers; `request_id`: the X-Request-Id header.
- Any other argument the method does not have goes into the JSON body, as the old
  library sent every argument; a required one that is missing is left out, and the
  server says what is wrong, as it did then.
- Models passed back in (a reply's message appended to `messages`) are sent as the JSON
  the server sent.

The first use warns, once per process, with a DeprecationWarning.
"""

from __future__ import annotations

import functools
import inspect
import threading
import warnings
from collections.abc import Callable
from typing import Any, ClassVar

import httpx

from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OpenAIError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._module_client import client_for, resolve, settings
from ._types import NOT_GIVEN

__all__ = [
    "Audio",
    "ChatCompletion",
    "Completion",
    "Embedding",
    "FineTuningJob",
    "Image",
    "Model",
    "Moderation",
    "error",
]

# Arguments that were settings for one call, not API parameters.
_CALL_SETTINGS = ("api_key", "api_base", "api_type", "api_version", "organization")

_lock = threading.Lock()
_warned = False


def _warn_once(name: str) -> None:
    global _warned
    with _lock:
        if _warned:
            return
        _warned = True
    package = settings().__name__
    warnings.warn(
        f"`{package}.{name}` is the call style of the openai library before 1.0. It still runs, "
        f"but new code should use a client: `client = {package}.OpenAI()`, then "
        '`client.chat.completions.create(...)` and so on (README: "Migrating from the openai package").',
        DeprecationWarning,
        # The caller of `create` (warn <- _warn_once <- _call <- create <- caller).
        stacklevel=4,
    )


def _reset() -> None:
    """Lets the warning be given again, for tests."""
    global _warned
    with _lock:
        _warned = False


def _prepare(
    operation: tuple[str, ...], params: dict[str, Any], *, asynchronous: bool, on_deployment: bool
) -> tuple[Callable[..., Any], dict[str, Any]]:
    """The client method for `operation` under the current settings, and its arguments."""
    overrides = {name: params.pop(name) for name in _CALL_SETTINGS if name in params}
    deployment_id = params.pop("deployment_id", None)
    engine = params.pop("engine", None) or deployment_id
    headers = {str(k): str(v) for k, v in (params.pop("headers", None) or {}).items()}
    request_id = params.pop("request_id", None)
    if request_id:
        headers["X-Request-Id"] = str(request_id)
    request_timeout = params.pop("request_timeout", None)
    timeout = params.pop("timeout", None)
    if request_timeout is None:
        request_timeout = timeout

    kind, options = resolve(legacy=True, asynchronous=asynchronous, overrides=overrides)
    slot = "legacy"
    if kind == "azure":
        if on_deployment:
            if engine is None and params.get("model") is None:
                raise OpenAIError(
                    "Azure OpenAI needs the deployment: pass engine=... (or deployment_id=...) "
                    "naming your deployment."
                )
            if engine is not None:
                options["azure_deployment"] = str(engine)
                slot = f"legacy:{engine}"
    elif engine is not None and params.get("model") is None:
        params["model"] = engine

    client = client_for(kind, options, slot=slot, asynchronous=asynchronous)
    method = _method(client, operation)
    kwargs = _arguments(method, params)
    if headers:
        kwargs["extra_headers"] = {**headers, **(kwargs.get("extra_headers") or {})}
    if request_timeout is not None:
        kwargs["timeout"] = _timeout(request_timeout)
    return method, kwargs


def _method(client: Any, operation: tuple[str, ...]) -> Callable[..., Any]:
    target = client
    for part in operation:
        target = getattr(target, part, None)
        if target is None:
            raise OpenAIError(
                f"`{'.'.join(operation)}` is not part of {settings().__name__}: "
                "the API description it was generated from does not have it."
            )
    method: Callable[..., Any] = target
    return method


@functools.cache
def _parameters(function: Callable[..., Any]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The keyword arguments `function` takes, and those of them it requires."""
    accepted: set[str] = set()
    required: list[str] = []
    for name, parameter in inspect.signature(function).parameters.items():
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            accepted.add(name)
            if parameter.default is inspect.Parameter.empty:
                required.append(name)
    return frozenset(accepted), tuple(required)


def _arguments(method: Callable[..., Any], params: dict[str, Any]) -> dict[str, Any]:
    accepted, required = _parameters(getattr(method, "__func__", method))
    kwargs: dict[str, Any] = {}
    extra_body: dict[str, Any] = dict(params.pop("extra_body", None) or {})
    for name, value in params.items():
        if name in accepted:
            kwargs[name] = _plain(value)
        else:
            extra_body[name] = _plain(value)
    for name in required:
        kwargs.setdefault(name, NOT_GIVEN)
    if extra_body:
        kwargs["extra_body"] = extra_body
    return kwargs


def _plain(value: Any) -> Any:
    """`value` with the models in it turned back into the JSON the server sent."""
    from ._models import BaseModel  # loaded by then: `value` came from a call

    if isinstance(value, BaseModel):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _timeout(value: Any) -> Any:
    """The old `request_timeout`: seconds, or a (connect, read) pair as `requests` took."""
    if isinstance(value, (tuple, list)) and len(value) == 2:
        connect, read = value
        return httpx.Timeout(read, connect=connect)
    return value


def _call(
    name: str,
    operation: tuple[str, ...],
    params: dict[str, Any],
    *args: Any,
    on_deployment: bool = True,
) -> Any:
    _warn_once(name)
    method, kwargs = _prepare(operation, params, asynchronous=False, on_deployment=on_deployment)
    return method(*args, **kwargs)


async def _acall(
    name: str,
    operation: tuple[str, ...],
    params: dict[str, Any],
    *args: Any,
    on_deployment: bool = True,
) -> Any:
    _warn_once(name)
    method, kwargs = _prepare(operation, params, asynchronous=True, on_deployment=on_deployment)
    return await method(*args, **kwargs)


class _Create:
    _operation: ClassVar[tuple[str, ...]] = ()
    # Whether Azure runs it on a deployment (named by `engine=`).
    _on_deployment: ClassVar[bool] = True

    @classmethod
    def create(cls, **params: Any) -> Any:
        return _call(f"{cls.__name__}.create", cls._operation, params, on_deployment=cls._on_deployment)

    @classmethod
    async def acreate(cls, **params: Any) -> Any:
        return await _acall(
            f"{cls.__name__}.acreate", cls._operation, params, on_deployment=cls._on_deployment
        )


class Completion(_Create):
    """`Completion.create(model=..., prompt=...)`: `client.completions.create`."""

    _operation = ("completions", "create")


class ChatCompletion(_Create):
    """`ChatCompletion.create(model=..., messages=...)`: `client.chat.completions.create`."""

    _operation = ("chat", "completions", "create")


class Embedding(_Create):
    """`Embedding.create(model=..., input=...)`: `client.embeddings.create`."""

    _operation = ("embeddings", "create")


class Image(_Create):
    """`Image.create(prompt=..., n=..., size=...)`: `client.images.generate`."""

    _operation = ("images", "generate")

    @classmethod
    def create_edit(cls, **params: Any) -> Any:
        return _call("Image.create_edit", ("images", "edit"), params)

    @classmethod
    async def acreate_edit(cls, **params: Any) -> Any:
        return await _acall("Image.acreate_edit", ("images", "edit"), params)

    @classmethod
    def create_variation(cls, **params: Any) -> Any:
        return _call("Image.create_variation", ("images", "create_variation"), params, on_deployment=False)

    @classmethod
    async def acreate_variation(cls, **params: Any) -> Any:
        return await _acall(
            "Image.acreate_variation", ("images", "create_variation"), params, on_deployment=False
        )


class Moderation(_Create):
    """`Moderation.create(input=...)`: `client.moderations.create`."""

    _operation = ("moderations", "create")
    _on_deployment = False


class Audio:
    """`Audio.transcribe("whisper-1", file)` and `Audio.translate(...)`: `client.audio.*.create`."""

    @classmethod
    def transcribe(cls, model: str, file: Any, **params: Any) -> Any:
        params.update(model=model, file=file)
        return _call("Audio.transcribe", ("audio", "transcriptions", "create"), params)

    @classmethod
    async def atranscribe(cls, model: str, file: Any, **params: Any) -> Any:
        params.update(model=model, file=file)
        return await _acall("Audio.atranscribe", ("audio", "transcriptions", "create"), params)

    @classmethod
    def translate(cls, model: str, file: Any, **params: Any) -> Any:
        params.update(model=model, file=file)
        return _call("Audio.translate", ("audio", "translations", "create"), params)

    @classmethod
    async def atranslate(cls, model: str, file: Any, **params: Any) -> Any:
        params.update(model=model, file=file)
        return await _acall("Audio.atranslate", ("audio", "translations", "create"), params)


class Model:
    """`Model.list()`, `Model.retrieve(id)`, `Model.delete(id)`: `client.models.*`."""

    @classmethod
    def list(cls, **params: Any) -> Any:
        return _call("Model.list", ("models", "list"), params, on_deployment=False)

    @classmethod
    async def alist(cls, **params: Any) -> Any:
        return await _acall("Model.alist", ("models", "list"), params, on_deployment=False)

    @classmethod
    def retrieve(cls, id: str, **params: Any) -> Any:
        return _call("Model.retrieve", ("models", "retrieve"), params, id, on_deployment=False)

    @classmethod
    async def aretrieve(cls, id: str, **params: Any) -> Any:
        return await _acall("Model.aretrieve", ("models", "retrieve"), params, id, on_deployment=False)

    @classmethod
    def delete(cls, sid: str, **params: Any) -> Any:
        return _call("Model.delete", ("models", "delete"), params, sid, on_deployment=False)

    @classmethod
    async def adelete(cls, sid: str, **params: Any) -> Any:
        return await _acall("Model.adelete", ("models", "delete"), params, sid, on_deployment=False)


class FineTuningJob:
    """`FineTuningJob.create(training_file=..., model=...)`, `list`, `retrieve(id)`,
    `cancel(id)`, `list_events(id=...)`: `client.fine_tuning.jobs.*`."""

    _jobs = ("fine_tuning", "jobs")

    @classmethod
    def create(cls, **params: Any) -> Any:
        return _call("FineTuningJob.create", (*cls._jobs, "create"), params, on_deployment=False)

    @classmethod
    def list(cls, **params: Any) -> Any:
        return _call("FineTuningJob.list", (*cls._jobs, "list"), params, on_deployment=False)

    @classmethod
    def retrieve(cls, id: str, **params: Any) -> Any:
        return _call("FineTuningJob.retrieve", (*cls._jobs, "retrieve"), params, id, on_deployment=False)

    @classmethod
    def cancel(cls, id: str, **params: Any) -> Any:
        return _call("FineTuningJob.cancel", (*cls._jobs, "cancel"), params, id, on_deployment=False)

    @classmethod
    def list_events(cls, id: str, **params: Any) -> Any:
        return _call(
            "FineTuningJob.list_events", (*cls._jobs, "list_events"), params, id, on_deployment=False
        )


class error:  # noqa: N801 - named as the old library's module was
    """The old `openai.error` names, for `except openai.error.RateLimitError:`.

    Each is this package's exception for the same failure; `InvalidRequestError`, which
    covered several statuses, is a tuple of them (fine in `except` and `isinstance`)."""

    OpenAIError = OpenAIError
    APIError = APIError
    APIConnectionError = APIConnectionError
    Timeout = APITimeoutError
    InvalidRequestError = (BadRequestError, NotFoundError, UnprocessableEntityError)
    AuthenticationError = AuthenticationError
    PermissionError = PermissionDeniedError
    RateLimitError = RateLimitError
    ServiceUnavailableError = InternalServerError
    TryAgain = ConflictError
