"""Small helpers the generated code imports."""

from __future__ import annotations

from functools import cached_property

__all__ = ["cached_property"]
