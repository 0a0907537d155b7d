# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from splitclient._models import BaseModel


class Person(BaseModel):
    name: str


class Note(BaseModel):
    id: str
    author: Person
