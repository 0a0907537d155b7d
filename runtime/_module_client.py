"""The module-level client: settings on the package itself, and a client built from them.

    import oaiclient as openai

    openai.api_key = "sk-..."
    openai.organization = "org-..."
    openai.chat.completions.create(model="gpt-4o-mini", messages=[...])

The settings (`api_key`, `organization`, `project`, `base_url`, `timeout`,
`max_retries`, `default_headers`, `default_query`, `http_client`, and for Azure
`api_type`, `api_version`, `azure_endpoint`, `azure_ad_token`,
`azure_ad_token_provider`; `api_base` and `api_key_path` are the pre-1.0 names) are
plain attributes of the package, declared in its `__init__`. They are read again on
every call: this module keeps one client per set of settings and builds a new one
when any of them has changed, so `openai.api_key = ...` takes effect on the next call.
A setting left at None falls back to the environment, as the client classes do.

`openai.chat`, `openai.completions`, ... are `ResourceProxy` objects standing for the
same attribute of that client. `openai.models` stays the package of response models;
for names it does not define, it asks `resource_attribute`, so `openai.models.list()`
works too.

The pre-1.0 call style (`openai.ChatCompletion.create(...)`, in `_legacy`) uses the same
settings through `client_for`.
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
import weakref
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._client import RESOURCES, AsyncAzureOpenAI, AsyncOpenAI, AzureOpenAI, OpenAI
from ._exceptions import OpenAIError

if TYPE_CHECKING:
    import asyncio  # imported where needed: sync programs never load it

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ResourceProxy",
    "resource_attribute",
    "client_for",
    "load_client",
    "resource",
    "resolve",
]

# Values of `api_type`: today's names, and the pre-1.0 library's ("open_ai", "azure_ad").
_API_TYPES = {
    "openai": "openai",
    "open_ai": "openai",
    "azure": "azure",
    "azure_ad": "azure_ad",
    "azuread": "azure_ad",
}
# The api-version the pre-1.0 library asked Azure for when none was set.
LEGACY_AZURE_API_VERSION = "2023-05-15"

_lock = threading.Lock()
# At most this many clients per cache (one per Azure deployment named by `engine=`).
_MAX_SLOTS = 32
# slot -> (client class, constructor arguments, client)
_Entry = tuple[type, dict[str, Any], Any]
_sync_clients: dict[str, _Entry] = {}
# Async clients are bound to the event loop their connections were opened on: one set per loop.
_async_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, _Entry]] = (
    weakref.WeakKeyDictionary()
)


def settings() -> ModuleType:
    """The package, whose attributes are the settings."""
    return sys.modules[__package__ or __name__.rpartition(".")[0]]


def _api_type(value: str) -> str:
    kind = _API_TYPES.get(value.strip().lower())
    if kind is None:
        raise OpenAIError(
            f"Unknown api_type {value!r}: use 'openai' (or 'open_ai'), 'azure', or 'azure_ad' "
            "for an Azure AD token."
        )
    return kind


def _guess_api_type(s: ModuleType) -> str:
    """Without `api_type`: Azure when only Azure is configured, as the official module client does."""
    env = os.environ
    azure = (
        getattr(s, "azure_endpoint", None) is not None
        or getattr(s, "azure_ad_token", None) is not None
        or getattr(s, "azure_ad_token_provider", None) is not None
        or any(
            name in env for name in ("AZURE_OPENAI_ENDPOINT", "AZURE_OPENAI_API_KEY", "AZURE_OPENAI_AD_TOKEN")
        )
    )
    if not azure:
        return "openai"
    if "OPENAI_API_KEY" in env:
        raise OpenAIError(
            "Both OpenAI (OPENAI_API_KEY) and Azure OpenAI settings are present: set "
            f"`{s.__name__}.api_type` (or OPENAI_API_TYPE) to 'openai' or 'azure' to say which to use."
        )
    return "azure"


def _legacy_api_key(s: ModuleType, overrides: Mapping[str, Any]) -> str | None:
    """The key as the pre-1.0 library found it: the call's, then the file at
    `api_key_path` (or OPENAI_API_KEY_PATH), then `api_key`, then OPENAI_API_KEY."""
    if overrides.get("api_key"):
        return str(overrides["api_key"])
    path = getattr(s, "api_key_path", None) or os.environ.get("OPENAI_API_KEY_PATH")
    if path:
        return Path(path).read_text(encoding="utf-8").strip()
    key = getattr(s, "api_key", None) or os.environ.get("OPENAI_API_KEY")
    return key or None


def resolve(
    *, legacy: bool, asynchronous: bool = False, overrides: Mapping[str, Any] | None = None
) -> tuple[str, dict[str, Any]]:
    """The kind of client the settings ask for ("openai" or "azure") and its constructor
    arguments. `legacy`: read them as the pre-1.0 library did (`api_base` first, its
    environment variables, `open_ai` by default); `overrides`: a call's own `api_key`,
    `api_base`, `api_type`, `api_version` and `organization`, which win."""
    s = settings()
    given = overrides or {}
    env = os.environ

    def setting(name: str) -> Any:
        value = given.get(name)
        return value if value is not None else getattr(s, name, None)

    api_type = setting("api_type") or env.get("OPENAI_API_TYPE")
    if api_type:
        kind = _api_type(str(api_type))
    else:
        kind = "openai" if legacy else _guess_api_type(s)

    organization = setting("organization") or (env.get("OPENAI_ORGANIZATION") if legacy else None)
    options: dict[str, Any] = {
        "organization": organization or None,
        "project": setting("project"),
        "timeout": getattr(s, "timeout", DEFAULT_TIMEOUT),
        "max_retries": getattr(s, "max_retries", DEFAULT_MAX_RETRIES),
        # Copies, so that a dict changed in place later still counts as a change.
        "default_headers": dict(getattr(s, "default_headers", None) or {}),
        "default_query": dict(getattr(s, "default_query", None) or {}),
    }
    http_client = getattr(s, "http_client", None)
    if http_client is not None and not asynchronous:
        options["http_client"] = http_client
    key = _legacy_api_key(s, given) if legacy else getattr(s, "api_key", None)

    if kind == "openai":
        if legacy:
            base = setting("api_base") or getattr(s, "base_url", None) or env.get("OPENAI_API_BASE")
        else:
            base = getattr(s, "base_url", None) or getattr(s, "api_base", None)
        # None: the client reads OPENAI_API_KEY and OPENAI_BASE_URL itself.
        options.update(api_key=key, base_url=base or None)
        return "openai", options

    api_version = setting("api_version")
    if legacy:
        api_version = api_version or env.get("OPENAI_API_VERSION") or LEGACY_AZURE_API_VERSION
        endpoint = setting("api_base") or getattr(s, "azure_endpoint", None) or env.get("OPENAI_API_BASE")
        endpoint = endpoint or env.get("AZURE_OPENAI_ENDPOINT")
        if not endpoint:
            raise OpenAIError(
                f"No Azure endpoint: set `{s.__name__}.api_base` to it (like https://NAME.openai.azure.com), "
                "or the OPENAI_API_BASE environment variable."
            )
        options["azure_endpoint"] = endpoint
    elif getattr(s, "base_url", None) is not None:
        options["base_url"] = s.base_url
    else:
        # None: the client reads AZURE_OPENAI_ENDPOINT.
        options["azure_endpoint"] = getattr(s, "azure_endpoint", None) or getattr(s, "api_base", None)
    options["api_version"] = api_version or None
    # One credential; none given: the client reads AZURE_OPENAI_AD_TOKEN or AZURE_OPENAI_API_KEY.
    if key:
        options["azure_ad_token" if kind == "azure_ad" else "api_key"] = key
    for name in ("azure_ad_token", "azure_ad_token_provider"):
        value = getattr(s, name, None)
        if value is not None:
            options[name] = value
    return "azure", options


def client_for(kind: str, options: dict[str, Any], *, slot: str, asynchronous: bool = False) -> Any:
    """The client for `options`: the one built last time for `slot` if the options are
    the same, else a new one (the old one is dropped, not closed: a stream may still be
    reading from it)."""
    if asynchronous:
        import asyncio  # here: sync programs never need it

        cls: type = AsyncAzureOpenAI if kind == "azure" else AsyncOpenAI
        loop = asyncio.get_running_loop()
        with _lock:
            cache = _async_clients.setdefault(loop, {})
            return _cached(cache, slot, cls, options)
    cls = AzureOpenAI if kind == "azure" else OpenAI
    with _lock:
        return _cached(_sync_clients, slot, cls, options)


def _cached(cache: dict[str, _Entry], slot: str, cls: type, options: dict[str, Any]) -> Any:
    entry = cache.get(slot)
    if entry is not None and entry[0] is cls and entry[1] == options:
        return entry[2]
    client = cls(**options)
    if slot not in cache and len(cache) >= _MAX_SLOTS:
        cache.clear()  # many deployments named over time: start over rather than grow
    cache[slot] = (cls, options, client)
    return client


def load_client() -> OpenAI:
    """The module-level client for the current settings."""
    kind, options = resolve(legacy=False)
    client: OpenAI = client_for(kind, options, slot="module")
    return client


def _reset() -> None:
    """Forgets every client built (closing the ones whose connections are ours), for tests."""
    with _lock:
        entries = list(_sync_clients.values())
        _sync_clients.clear()
        _async_clients.clear()
    for _, options, client in entries:
        if options.get("http_client") is None:
            client.close()


class ResourceProxy:
    """`package.chat` and the like: the module-level client's attribute of that name,
    looked up again at each use, so that it follows the settings."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return getattr(getattr(load_client(), self._name), attribute)

    def __dir__(self) -> list[str]:
        return sorted(_public_names(self._name))

    def __repr__(self) -> str:
        return f"<{settings().__name__}.{self._name}: the module-level client's `{self._name}`>"


def resource(name: str) -> Any:
    """The proxy for the module-level client's `name` (typed by the caller's annotation)."""
    return ResourceProxy(name)


def _public_names(name: str) -> frozenset[str]:
    """The public attributes of the client's resource `name`, from its class alone."""
    module, class_name = RESOURCES[name]
    resource_class = getattr(importlib.import_module(f".resources.{module}", __package__), class_name)
    return frozenset(n for n in dir(resource_class) if not n.startswith("_"))


def resource_attribute(name: str, attribute: str, owner: str) -> Any:
    """`attribute` of the module-level client's resource `name`, for a package that
    shares the resource's name (`package.models.list()` calls the client, while
    `package.models.Model` is still the response model). Only the resource's own
    public names are forwarded; anything else is an AttributeError."""
    if attribute.startswith("_") or attribute not in _public_names(name):
        raise AttributeError(f"module {owner!r} has no attribute {attribute!r}")
    return getattr(getattr(load_client(), name), attribute)
