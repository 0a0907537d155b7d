# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from typing_extensions import TypedDict
from typing import Any, Literal, NotRequired, TypeAlias, Union

PromptItem: TypeAlias = list[int]
