# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from typing import TypedDict


class Person(TypedDict):
    name: str


class Note(TypedDict):
    id: str
    author: Person
