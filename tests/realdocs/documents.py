"""The documents the sweep judges: the reference spec and the public examples beside it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"
REFERENCE = SHARED / "reference" / "openai-openapi.yaml"
EXAMPLES = SHARED / "specs"


@dataclass(frozen=True)
class Document:
    name: str  # how tables and the allow-list name it: the file name without `.yaml`
    path: Path

    @property
    def package(self) -> str:
        """A package name of its own, so that clients of different documents never meet."""
        if self.is_reference:
            # The name test_generator_constructs.py generates the reference under: the
            # generator's cache (models, formatting) is then shared, which saves a minute.
            return "openai_ref"
        return "realdocs_" + re.sub(r"\W", "_", self.name).strip("_").lower()

    @property
    def is_reference(self) -> bool:
        return self.path == REFERENCE


def example_documents() -> list[Document]:
    return [Document(path.stem, path) for path in sorted(EXAMPLES.glob("*.yaml"))]


def all_documents() -> list[Document]:
    return [*example_documents(), Document(REFERENCE.stem, REFERENCE)]
