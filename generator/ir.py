"""The intermediate representation: what the templates render, nothing more.

Every string field here that came from the spec is already `Code` (escaped or
checked); plain `str` fields are for the generator's own bookkeeping.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from generator.escape import Code, py_str

# "content": the whole request body as one argument (a text or binary body).
Location = Literal["path", "query", "header", "body", "content"]
# "json": JSON the spec gives no schema for, returned as parsed (`object`).
ResponseKind = Literal["model", "page", "binary", "text", "json", "none"]
# How body fields go on the wire: JSON, multipart/form-data, form-encoded.
BodyEncoding = Literal["json", "multipart", "form"]


@dataclass(frozen=True)
class Param:
    wire_name: Code  # a string literal: the name on the wire
    name: Code  # the Python keyword argument
    location: Location
    annotation: Code  # Python type of the argument, without NotGiven
    required: bool
    doc: Code  # docstring text, escaped
    deprecated: bool = False
    # Raw spec text for the Markdown reference (escaped there by the `md` filter).
    description: str = ""
    default: str | None = None  # the spec's default, as JSON
    # Literal: how an array or object query value is written (a style `_query_pairs` knows).
    query_style: Code | None = None


@dataclass(frozen=True)
class Response:
    """What a successful call returns."""

    kind: ResponseKind
    model: Code | None = None  # the model; for pages, the model of one item
    page: Code | None = None  # for pages: the runtime page class without Sync/Async
    # A model, or plain text for some arguments (a transcript as srt or vtt).
    text_alternative: bool = False
    accept: Code | None = None  # literal: the media type a binary answer is asked for with
    alias: bool = False  # the model is a type alias (a union), not a class


@dataclass(frozen=True)
class Stream:
    # The body field that switches streaming on (`stream`); None: the operation
    # only answers with an event stream.
    flag: Param | None
    chunk: Code  # model class of one event
    nullable: bool  # whether the flag accepts None (sent as null, meaning "no stream")
    # Event types after which the stream may end without `[DONE]` (literals).
    final_events: tuple[Code, ...] = ()


@dataclass
class Operation:
    pointer: str
    operation_id: str
    resource: tuple[str, ...]
    name: Code
    http_method: Code  # literal, lower case
    path: Code  # literal: the path template
    params: list[Param]
    response: Response
    multipart: bool = False  # the body is multipart/form-data (files) rather than JSON
    form: bool = False  # the body is application/x-www-form-urlencoded
    content_type: Code | None = None  # literal: media type of a `content` (text/binary) body
    stream: Stream | None = None
    transform: Code | None = None
    doc: Code = Code("")
    deprecated: bool = False
    summary: str = ""  # raw, for the Markdown reference
    http: str = ""  # "POST /chat/completions", raw, for the Markdown reference

    @property
    def result_doc(self) -> str:
        """The return type as the reference shows it."""
        response = self.response
        shown = {
            "model": f"{response.model}{' | str' if response.text_alternative else ''}",
            "page": f"Sync{response.page}[{response.model}]",
            "binary": "BinaryResponse",
            "text": "str",
            "json": "object",
            "none": "None",
        }[response.kind]
        if self.stream and self.stream.flag is None:
            return f"Stream[{self.stream.chunk}]"
        return f"{shown} | Stream[{self.stream.chunk}]" if self.stream else shown

    @property
    def example(self) -> Code:
        """A call with every required argument, as `...` (identifiers only, so it is safe code)."""
        args = [Code("...") for _ in self.path_params]
        args += [Code(f"{p.name}=...") for p in self.keyword_params if p.required]
        return Code(f"client.{'.'.join(self.resource)}.{self.name}({', '.join(args)})")

    @property
    def deprecation(self) -> Code:
        """Literal: the message of the DeprecationWarning a deprecated operation gives."""
        return py_str(f"{'.'.join(self.resource)}.{self.name}() is deprecated in the API description")

    @property
    def always_streams(self) -> bool:
        """The operation answers only with an event stream (no flag to switch it on)."""
        return self.stream is not None and self.stream.flag is None

    @property
    def content_param(self) -> Param | None:
        return next((p for p in self.params if p.location == "content"), None)

    @property
    def path_params(self) -> list[Param]:
        return [p for p in self.params if p.location == "path"]

    @property
    def query_styles(self) -> list[Param]:
        """The query parameters written in a style of their own (arrays and objects)."""
        return [p for p in self.params if p.location == "query" and p.query_style is not None]

    def located(self, location: Location) -> list[Param]:
        return [p for p in self.params if p.location == location]

    @property
    def keyword_params(self) -> list[Param]:
        return [p for p in self.params if p.location != "path"]


@dataclass
class Resource:
    path: tuple[str, ...]
    attribute: Code  # the name on the parent (`completions`)
    class_name: Code  # sync class; the async twin is "Async" + class_name
    operations: list[Operation] = field(default_factory=list)
    children: list[Resource] = field(default_factory=list)

    @property
    def module(self) -> Code:
        return Code(self.path[0])


@dataclass
class Api:
    package: Code
    title: str
    version: Code  # literal: the package's version (`info.x-sdk-version`)
    api_version: Code  # literal: the API description's version (`info.version`)
    base_url: Code  # literal
    resources: list[Resource]  # top level, each rendered into its own module
    operations: list[Operation]
    typing_imports: dict[str, list[str]] = field(default_factory=dict)  # module -> names used in annotations
