"""Azure OpenAI: the same client, with Azure's URLs and credentials.

An Azure OpenAI resource serves the API under `{endpoint}/openai`. The operations that
run a model live under `{endpoint}/openai/deployments/{deployment}`, every call carries
an `api-version` query parameter, and the credential is either a key, sent as an
`api-key` header, or a Microsoft Entra ID (Azure AD) token, sent as a bearer token.

`BaseAzureClient` changes only what differs: the base URL, the URL of a call and the
authentication headers. The generated `AzureOpenAI`/`AsyncAzureOpenAI` put it in front
of `OpenAI`/`AsyncOpenAI`, so they have every resource of those.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Self

import httpx

from ._base_client import (
    DEFAULT_MAX_RETRIES,
    AsyncAPIClient,
    BaseClient,
    Call,
    SyncAPIClient,
    _fill_path,
    _kind,
)
from ._exceptions import OpenAIError
from ._types import NOT_GIVEN, NotGiven, Timeout

__all__ = [
    "AzureADTokenProvider",
    "AsyncAzureADTokenProvider",
    "DEPLOYMENT_ROUTES",
    "BaseAzureClient",
    "SyncAzureAPIClient",
    "AsyncAzureAPIClient",
]

AzureADTokenProvider = Callable[[], str]
AsyncAzureADTokenProvider = Callable[[], "str | Awaitable[str]"]

# The routes that run on a model deployment (the official package's list). Without a
# deployment fixed by the client, the call's `model` names the deployment. Every other
# route (models, files, ...) belongs to the resource and stays under /openai.
DEPLOYMENT_ROUTES = frozenset(
    {
        "completions",
        "chat/completions",
        "embeddings",
        "audio/transcriptions",
        "audio/translations",
        "audio/speech",
        "images/generations",
        "images/edits",
    }
)


class BaseAzureClient(BaseClient):
    """What an Azure client does differently from the OpenAI one; sync and async alike."""

    _api_version: str
    # The endpoint and deployment, when the client was made from an endpoint (not a base_url).
    _azure_endpoint: str | None
    _azure_deployment: str | None
    _azure_ad_token: str | None
    _azure_ad_token_provider: Callable[[], object] | None

    def _configure_azure(
        self,
        *,
        api_version: str | None,
        azure_endpoint: str | None,
        azure_deployment: str | None,
        api_key: str | Callable[[], object] | None,
        azure_ad_token: str | None,
        azure_ad_token_provider: Callable[[], object] | None,
        base_url: str | httpx.URL | None,
        default_query: Mapping[str, object] | None,
    ) -> dict[str, Any]:
        """Checks the Azure settings (arguments first, then the environment), keeps them,
        and returns the base client's `api_key`, `base_url` and `default_query`."""
        given = [c for c in (api_key, azure_ad_token, azure_ad_token_provider) if c is not None]
        if len(given) > 1:
            raise OpenAIError(
                "Give the Azure client one credential: api_key, azure_ad_token or azure_ad_token_provider."
            )
        if not given:
            # Nothing passed: a token from the environment comes before a key.
            azure_ad_token = os.environ.get("AZURE_OPENAI_AD_TOKEN") or None
            if azure_ad_token is None:
                api_key = os.environ.get("AZURE_OPENAI_API_KEY") or None
        if not (api_key or azure_ad_token or azure_ad_token_provider):
            raise OpenAIError(
                "No credentials for Azure OpenAI: pass api_key, azure_ad_token or azure_ad_token_provider, "
                "or set the AZURE_OPENAI_API_KEY or AZURE_OPENAI_AD_TOKEN environment variable."
            )

        if api_version is None:
            api_version = os.environ.get("OPENAI_API_VERSION")
        if not api_version:
            raise ValueError(
                "No Azure OpenAI API version: pass api_version=... "
                "or set the OPENAI_API_VERSION environment variable."
            )

        if base_url is not None:
            if azure_endpoint is not None:
                raise ValueError(
                    "base_url and azure_endpoint both say where the API is: pass one of them, not both."
                )
        else:
            if azure_endpoint is None:
                azure_endpoint = os.environ.get("AZURE_OPENAI_ENDPOINT")
            if not azure_endpoint:
                raise ValueError(
                    "No Azure OpenAI endpoint: pass azure_endpoint=... (like https://NAME.openai.azure.com) "
                    "or base_url=..., or set the AZURE_OPENAI_ENDPOINT environment variable."
                )
            base_url = f"{azure_endpoint.rstrip('/')}/openai"
            if azure_deployment is not None:
                base_url = f"{base_url}/deployments/{azure_deployment}"

        self._api_version = api_version
        self._azure_endpoint = azure_endpoint or None
        # A deployment is part of the URL only when it is built from the endpoint.
        self._azure_deployment = azure_deployment if azure_endpoint else None
        self._azure_ad_token = azure_ad_token
        self._azure_ad_token_provider = azure_ad_token_provider
        return {
            "api_key": api_key,
            "base_url": base_url,
            # The client's api-version wins over one in default_query.
            "default_query": {**(default_query or {}), "api-version": api_version},
        }

    def _azure_copy_options(
        self,
        *,
        api_key: str | Callable[[], object] | None,
        azure_ad_token: str | None,
        azure_ad_token_provider: Callable[[], object] | None,
        api_version: str | None,
        azure_endpoint: str | None,
        azure_deployment: str | None,
        base_url: str | httpx.URL | None,
    ) -> dict[str, Any]:
        """The Azure constructor arguments for `with_options`."""
        if api_key is None and azure_ad_token is None and azure_ad_token_provider is None:
            # The same credential as this client; a new one replaces it, whatever its kind.
            api_key = self._api_key_provider or self.api_key or None
            azure_ad_token = self._azure_ad_token
            azure_ad_token_provider = self._azure_ad_token_provider
        options: dict[str, Any] = {
            "api_key": api_key,
            "azure_ad_token": azure_ad_token,
            "azure_ad_token_provider": azure_ad_token_provider,
            "api_version": api_version or self._api_version,
            "azure_deployment": azure_deployment or self._azure_deployment,
        }
        if base_url is not None:
            options.update(base_url=base_url, azure_endpoint=azure_endpoint)
        elif azure_endpoint is not None or self._azure_endpoint is not None:
            options.update(azure_endpoint=azure_endpoint or self._azure_endpoint)
        else:
            options.update(base_url=self.base_url)
        return options

    # -- credentials -------------------------------------------------------------------

    def _api_key_or_default(
        self, api_key: str | Callable[[], object] | None
    ) -> str | Callable[[], object] | None:
        # Chosen by `_configure_azure` already; OPENAI_API_KEY is not an Azure credential.
        return api_key

    @property
    def _uses_token(self) -> bool:
        return self._azure_ad_token is not None or self._azure_ad_token_provider is not None

    def _credential(self) -> str | Callable[[], object]:
        if self._azure_ad_token_provider is not None:
            return self._azure_ad_token_provider
        if self._azure_ad_token is not None:
            return self._azure_ad_token
        return super()._credential()

    def _auth_headers_for(self, secret: str) -> dict[str, str]:
        if self._uses_token:
            return {"Authorization": f"Bearer {secret}"}
        return {"api-key": secret}

    def _checked_secret(self, value: object) -> str:
        if self._azure_ad_token_provider is None:
            return super()._checked_secret(value)
        if isinstance(value, str) and value:
            return str.__str__(value)
        raise ValueError(f"azure_ad_token_provider must return a non-empty string, not {_kind(value)}.")

    # -- URLs --------------------------------------------------------------------------

    def _url_for(self, call: Call) -> httpx.URL:
        if call.url in DEPLOYMENT_ROUTES:
            model = _model_of(call)
            # With no deployment in the base URL, the model names it.
            if model is not None and "/deployments" not in self.base_url.path:
                return self.base_url.join(_fill_path("deployments/{model}/", {"model": model}) + call.url)
        elif self._azure_endpoint is not None and self._azure_deployment is not None:
            # A fixed deployment is for the deployment routes; the others are the resource's.
            return httpx.URL(f"{self._azure_endpoint.rstrip('/')}/openai/").join(call.url)
        return super()._url_for(call)


def _model_of(call: Call) -> str | None:
    """The `model` argument of a call, from its JSON body or its multipart form."""
    if call.body is not None:
        model = call.body.get("model")
        return None if model is None else str(model)
    for name, value in call.form:
        if name == "model":
            return value
    return None


class SyncAzureAPIClient(BaseAzureClient, SyncAPIClient):
    def __init__(
        self,
        *,
        api_version: str | None = None,
        azure_endpoint: str | None = None,
        azure_deployment: str | None = None,
        api_key: str | Callable[[], str] | None = None,
        azure_ad_token: str | None = None,
        azure_ad_token_provider: AzureADTokenProvider | None = None,
        organization: str | None = None,
        project: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        """A client for an Azure OpenAI resource.

        Unset arguments come from the environment: `azure_endpoint` from
        AZURE_OPENAI_ENDPOINT, `api_version` from OPENAI_API_VERSION and, when no credential
        is passed, `azure_ad_token` from AZURE_OPENAI_AD_TOKEN or else `api_key` from
        AZURE_OPENAI_API_KEY. Pass one credential: `api_key` (a string, or a callable asked
        before every request), `azure_ad_token`, or `azure_ad_token_provider` (asked before
        every request). `azure_deployment` fixes the deployment of the model operations;
        without it, their `model` argument names the deployment. `base_url` replaces
        `azure_endpoint` (and `azure_deployment`) when the URL is not Azure's usual one.
        """
        super().__init__(
            http_client=http_client,
            organization=organization,
            project=project,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            **self._configure_azure(
                api_version=api_version,
                azure_endpoint=azure_endpoint,
                azure_deployment=azure_deployment,
                api_key=api_key,
                azure_ad_token=azure_ad_token,
                azure_ad_token_provider=azure_ad_token_provider,
                base_url=base_url,
                default_query=default_query,
            ),
        )

    def with_options(
        self,
        *,
        api_key: str | Callable[[], str] | None = None,
        azure_ad_token: str | None = None,
        azure_ad_token_provider: AzureADTokenProvider | None = None,
        api_version: str | None = None,
        azure_endpoint: str | None = None,
        azure_deployment: str | None = None,
        organization: str | None = None,
        project: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
    ) -> Self:
        """As `OpenAI.with_options`, and the Azure settings too. A new credential replaces
        the current one, whatever its kind; the endpoint and deployment are kept unless
        `base_url` is given."""
        return self.__class__(
            http_client=http_client or self._http,
            **self._azure_copy_options(
                api_key=api_key,
                azure_ad_token=azure_ad_token,
                azure_ad_token_provider=azure_ad_token_provider,
                api_version=api_version,
                azure_endpoint=azure_endpoint,
                azure_deployment=azure_deployment,
                base_url=base_url,
            ),
            **self._copy_options(
                organization=organization,
                project=project,
                timeout=timeout,
                max_retries=max_retries,
                default_headers=default_headers,
                set_default_headers=set_default_headers,
                default_query=default_query,
                set_default_query=set_default_query,
            ),
        )

    copy = with_options


class AsyncAzureAPIClient(BaseAzureClient, AsyncAPIClient):
    def __init__(
        self,
        *,
        api_version: str | None = None,
        azure_endpoint: str | None = None,
        azure_deployment: str | None = None,
        api_key: str | Callable[[], str | Awaitable[str]] | None = None,
        azure_ad_token: str | None = None,
        azure_ad_token_provider: AsyncAzureADTokenProvider | None = None,
        organization: str | None = None,
        project: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """As `AzureOpenAI`; `api_key` and `azure_ad_token_provider` may also be async callables."""
        super().__init__(
            http_client=http_client,
            organization=organization,
            project=project,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            **self._configure_azure(
                api_version=api_version,
                azure_endpoint=azure_endpoint,
                azure_deployment=azure_deployment,
                api_key=api_key,
                azure_ad_token=azure_ad_token,
                azure_ad_token_provider=azure_ad_token_provider,
                base_url=base_url,
                default_query=default_query,
            ),
        )

    def with_options(
        self,
        *,
        api_key: str | Callable[[], str | Awaitable[str]] | None = None,
        azure_ad_token: str | None = None,
        azure_ad_token_provider: AsyncAzureADTokenProvider | None = None,
        api_version: str | None = None,
        azure_endpoint: str | None = None,
        azure_deployment: str | None = None,
        organization: str | None = None,
        project: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> Self:
        """As `AzureOpenAI.with_options`."""
        return self.__class__(
            http_client=http_client or self._http,
            **self._azure_copy_options(
                api_key=api_key,
                azure_ad_token=azure_ad_token,
                azure_ad_token_provider=azure_ad_token_provider,
                api_version=api_version,
                azure_endpoint=azure_endpoint,
                azure_deployment=azure_deployment,
                base_url=base_url,
            ),
            **self._copy_options(
                organization=organization,
                project=project,
                timeout=timeout,
                max_retries=max_retries,
                default_headers=default_headers,
                set_default_headers=set_default_headers,
                default_query=default_query,
                set_default_query=set_default_query,
            ),
        )

    copy = with_options
