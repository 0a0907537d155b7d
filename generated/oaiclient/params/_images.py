# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from typing_extensions import TypedDict
from typing import Any, Literal, NotRequired, TypeAlias, Union

InputFidelity: TypeAlias = Literal["high", "low"]
"""
How closely the output keeps the look of the input images, faces in particular: `low` (the default) or `high`. Not for gpt-image-1-mini.
"""
