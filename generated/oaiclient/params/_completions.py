# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from typing import TypeAlias

PromptItem: TypeAlias = list[int]
