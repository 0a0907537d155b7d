# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Literal, NotRequired, TypeAlias, TypedDict

Kind: TypeAlias = Literal["book", "it's", 'say "hi"']
