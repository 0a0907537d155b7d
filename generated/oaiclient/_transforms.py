"""Request/response adjustments the official client makes that its users never see.

An operation names one in the spec (`x-sdk-transform`); the generator accepts
only names in `TRANSFORMS`.
"""

from __future__ import annotations

import base64
import sys
from array import array
from typing import Any, Protocol

__all__ = ["Transform", "TRANSFORMS"]


class Transform(Protocol):
    def prepare(self, body: dict[str, object]) -> dict[str, Any] | None:
        """Adjust the JSON body in place; returns the state the other two steps get, or
        None when this call's answer needs no adjusting (it is validated straight from
        its bytes, which is faster)."""

    def finish(self, data: Any, state: dict[str, Any]) -> Any:
        """Adjust the decoded JSON response before it is validated."""

    def restore(self, result: Any, state: dict[str, Any]) -> None:
        """Adjust the validated result."""


class EmbeddingsBase64:
    """Ask for base64 and hand back floats: the same vectors, a quarter of the bytes.

    Only when the caller did not choose `encoding_format`. A caller who asks
    for base64 gets the base64 strings as the server sent them, as with the
    official client.
    """

    def prepare(self, body: dict[str, object]) -> dict[str, Any] | None:
        if body.get("encoding_format") == "float":
            return None
        if "encoding_format" in body:
            return {"decode": False}
        body["encoding_format"] = "base64"
        return {"decode": True}

    def finish(self, data: Any, state: dict[str, Any]) -> Any:
        if not isinstance(data, dict):
            return data
        # The vectors are set aside while the model is validated: decoded here they are
        # floats already (validating thousands of them again is most of a call's time),
        # and base64 asked for by the caller stays the strings the server sent.
        kept: dict[int, list[float] | str] = {}
        for index, item in enumerate(data.get("data") or ()):
            if isinstance(item, dict) and isinstance(item.get("embedding"), str):
                kept[index] = _floats(item["embedding"]) if state["decode"] else item["embedding"]
                item["embedding"] = []
        state["kept"] = kept
        return data

    def restore(self, result: Any, state: dict[str, Any]) -> None:
        for index, encoded in state.get("kept", {}).items():
            result.data[index].embedding = encoded


def _floats(encoded: str) -> list[float]:
    vector = array("f")
    vector.frombytes(base64.b64decode(encoded))
    if sys.byteorder != "little":  # the API sends little-endian float32
        vector.byteswap()
    return vector.tolist()


TRANSFORMS: dict[str, Transform] = {"embeddings_base64": EmbeddingsBase64()}
