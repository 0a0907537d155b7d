"""Base class of every generated response model."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any, ClassVar, TypeVar

import pydantic
import pydantic_core


class BaseModel(pydantic.BaseModel):
    # Fields the spec does not know yet are kept, not rejected, so an API that
    # grows does not break clients already deployed.
    model_config = pydantic.ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )

    # The `x-request-id` of the response this came from, for support requests.
    # A class attribute, set on the instance only for results: a pydantic private
    # attribute would make every model (nested ones and stream chunks too) slower
    # to validate.
    _request_id: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        """The fields the server sent, as JSON-compatible Python values."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)

    def to_json(self, *, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent, by_alias=True, exclude_unset=True)

    # -- reading a result like a dict -------------------------------------------------
    #
    # The pre-1.0 openai library returned dicts, and much code reads results that way:
    # `r["choices"][0]["message"]["content"]`, `delta.get("content", "")`, `"usage" in r`.
    # The keys are the JSON names of the fields the server sent (a field left at its
    # default is absent, as it was from the dict) and of extra fields. Nested values are
    # models too, so they read the same way. Nothing is stored per instance. There is no
    # `keys()`: real schemas have fields named `keys` (`to_dict()` gives the mapping).

    def __getitem__(self, key: str) -> Any:
        name = _json_names(type(self)).get(key)
        if name is not None and name in self.__pydantic_fields_set__:
            return getattr(self, name)
        extra = self.__pydantic_extra__
        if extra is not None and key in extra:
            return extra[key]
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        name = _json_names(type(self)).get(key)
        if name is not None and name in self.__pydantic_fields_set__:
            return True
        extra = self.__pydantic_extra__
        return extra is not None and key in extra

    def get(self, key: str, default: Any = None) -> Any:
        """`self[key]`, or `default` when the server did not send `key`."""
        return self[key] if key in self else default


@cache
def _json_names(cls: type[pydantic.BaseModel]) -> dict[str, str]:
    """JSON name -> attribute name of the fields of `cls` (they differ for `schema_`)."""
    return {field.alias or name: name for name, field in cls.model_fields.items()}


_T = TypeVar("_T")
# One adapter per type for the whole process (results and stream chunks alike):
# building one takes milliseconds, since the models defer their schemas.
_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


def type_adapter(tp: type[_T]) -> pydantic.TypeAdapter[_T]:
    try:
        adapter = _ADAPTERS.get(tp)
    except TypeError:  # an unhashable annotation: not cached
        return pydantic.TypeAdapter(tp)
    if adapter is None:
        adapter = _ADAPTERS[tp] = pydantic.TypeAdapter(tp)
    return adapter


# For answers read whole, by type: pydantic-core's `validate_json` (the adapter's own
# method adds a call with seven arguments to every result) and whether results are
# our models, which carry `_request_id`.
_JSON_VALIDATORS: dict[Any, tuple[Callable[[bytes], Any], bool]] = {}


def json_validator(tp: Any) -> tuple[Callable[[bytes], Any], bool]:
    """What validates a JSON body as `tp`, and whether `tp` is one of our model classes."""
    try:
        found = _JSON_VALIDATORS.get(tp)
    except TypeError:  # an unhashable annotation: not cached
        return pydantic.TypeAdapter(tp).validate_json, False
    if found is None:
        adapter = type_adapter(tp)
        is_model = isinstance(tp, type) and issubclass(tp, BaseModel)
        validator = adapter.validator
        if not isinstance(validator, pydantic_core.SchemaValidator):
            # Not built yet (a forward reference still unresolved): the adapter builds
            # it when asked, so it is asked until then.
            return adapter.validate_json, is_model
        found = _JSON_VALIDATORS[tp] = (validator.validate_json, is_model)
    return found
