# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Any, Literal, overload

from .. import models as m
from .. import params as p
from .._base_client import AsyncAPIResource, SyncAPIResource
from .._pagination import AsyncPaginator, SyncPage
from .._streaming import AsyncStream, Stream
from .._transforms import TRANSFORMS
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from .._utils import cached_property


class Models(SyncAPIResource):
    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[m.Model]:
        """List the models available to your account."""
        call = self._client.build_call(
            "get",
            "/models",
            path=None,
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(call, SyncPage[m.Model])

    def retrieve(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Model:
        """Get basic information about one model.

        Args:
            model: The ID of the model, for example `gpt-4o-mini`.
        """
        call = self._client.build_call(
            "get",
            "/models/{model}",
            path={
                "model": model,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.Model)

    def delete(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.DeleteModelResponse:
        """Delete a fine-tuned model.

        Only an Owner of the organization that made the model may delete it.

        Args:
            model: The ID of the fine-tuned model to delete.
        """
        call = self._client.build_call(
            "delete",
            "/models/{model}",
            path={
                "model": model,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.DeleteModelResponse)


class AsyncModels(AsyncAPIResource):
    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[SyncPage[m.Model], m.Model]:
        """List the models available to your account."""
        call = self._client.build_call(
            "get",
            "/models",
            path=None,
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return AsyncPaginator(self._client, call, SyncPage[m.Model])

    async def retrieve(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Model:
        """Get basic information about one model.

        Args:
            model: The ID of the model, for example `gpt-4o-mini`.
        """
        call = self._client.build_call(
            "get",
            "/models/{model}",
            path={
                "model": model,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.Model)

    async def delete(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.DeleteModelResponse:
        """Delete a fine-tuned model.

        Only an Owner of the organization that made the model may delete it.

        Args:
            model: The ID of the fine-tuned model to delete.
        """
        call = self._client.build_call(
            "delete",
            "/models/{model}",
            path={
                "model": model,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.DeleteModelResponse)
