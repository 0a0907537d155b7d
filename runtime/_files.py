"""Files for multipart uploads, and the form encoding of the other fields.

A file may be given as bytes, a path, an open binary file, or a tuple
`(filename, content[, content_type[, headers]])`. Other fields follow the
API's form conventions: lists as `name[]`, objects as `name[key]`, booleans as
`true`/`false`, and None left out.
"""

from __future__ import annotations

import io
import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any, TypeAlias  # noqa: F401 - IO is named in FileContent

__all__ = ["FileContent", "FileTypes", "multipart_fields", "to_multipart"]

FileContent: TypeAlias = "IO[bytes] | bytes | os.PathLike[str]"
FileTypes: TypeAlias = (
    "FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]"
    " | tuple[str | None, FileContent, str | None, Mapping[str, str]]"
)

# What httpx takes for one file part.
_HttpxFile = tuple[str | None, bytes, str | None] | tuple[str | None, bytes, str | None, Mapping[str, str]]


def is_file_content(value: object) -> bool:
    return isinstance(value, (bytes, bytearray, io.IOBase, os.PathLike))


def _is_file(value: object) -> bool:
    if isinstance(value, tuple):
        return 2 <= len(value) <= 4 and is_file_content(value[1])
    return is_file_content(value)


def _file_part(value: Any) -> _HttpxFile:
    if isinstance(value, tuple):
        filename, content, *rest = value
        content_type = rest[0] if rest else None
        content = _read(content)
        if len(rest) > 1:
            return (filename, content, content_type, rest[1])
        return (filename, content, content_type)
    if isinstance(value, os.PathLike):
        path = Path(value)
        return (path.name, path.read_bytes(), None)
    if isinstance(value, (bytes, bytearray)):
        return ("upload", bytes(value), None)
    # An open file: its name, if it has one, is the filename the server sees.
    name = getattr(value, "name", None)
    return (os.path.basename(name) if isinstance(name, str) else "upload", _read(value), None)


def _read(content: Any) -> bytes:
    """The bytes of a file, read once so that a retried request can send them again."""
    if isinstance(content, os.PathLike):
        return Path(content).read_bytes()
    if isinstance(content, (bytes, bytearray)):
        return bytes(content)
    data = content.read()
    if not isinstance(data, bytes):
        raise TypeError(f"a file must be opened in binary mode, got {type(data).__name__} from read()")
    return data


def _form_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def to_multipart(body: Mapping[str, object]) -> tuple[list[tuple[str, str]], list[tuple[str, _HttpxFile]]]:
    """Split a body into form fields and file parts, in the API's field naming."""
    fields: list[tuple[str, str]] = []
    files: list[tuple[str, _HttpxFile]] = []

    def add(name: str, value: object) -> None:
        if value is None:
            return
        if _is_file(value):
            files.append((name, _file_part(value)))
        elif isinstance(value, Mapping):
            for key, item in value.items():
                add(f"{name}[{key}]", item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                add(f"{name}[]", item)
        else:
            fields.append((name, _form_value(value)))

    for name, value in body.items():
        add(name, value)
    return fields, files


def multipart_fields(fields: list[tuple[str, str]]) -> tuple[bytes, str]:
    """A multipart/form-data body of text fields alone, and its Content-Type.

    httpx sends a body without file parts form-encoded, but an operation that declares
    multipart/form-data must get multipart even then."""
    boundary = secrets.token_hex(16)
    out = bytearray()
    for name, value in fields:
        # Quotes and line breaks in a name are percent-encoded, as browsers do.
        quoted = name.replace("\r", "%0D").replace("\n", "%0A").replace('"', "%22")
        out += f'--{boundary}\r\nContent-Disposition: form-data; name="{quoted}"\r\n\r\n'.encode()
        out += value.encode("utf-8") + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return bytes(out), f"multipart/form-data; boundary={boundary}"
