# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Literal, TypeAlias

InputFidelity: TypeAlias = Literal["high", "low"]
"""
How closely the output keeps the look of the input images, faces in particular: `low` (the default) or `high`. Not for gpt-image-1-mini.
"""
