"""The one place where text from the spec becomes Python source.

Templates may only print `Code`; the render step refuses any other string, so
spec text reaches the output through these functions or not at all.
"""

from __future__ import annotations

from markupsafe import Markup


class Code(Markup):
    """Python source that is safe to paste into a template as it is.

    A `Markup` so that Jinja's autoescaping passes it through untouched while
    any plain string reaching a template is caught (see `render`).
    """

    __slots__ = ()


def py_str(text: str) -> Code:
    """A Python string literal with the same value as `text`."""
    # repr() escapes quotes, backslashes, control characters and every
    # non-printable code point (line and paragraph separators included).
    return Code(repr(str(text)))


def docstring(text: str) -> Code:
    """The body of a triple-quoted docstring that reads back as `text`.

    Printable text is kept as written so editors show it; only what could end
    the literal or change its meaning is escaped.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    out: list[str] = []
    for char in text:
        if char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\n")
        elif char == "\t":
            out.append("    ")
        elif char.isprintable():
            out.append(char)
        else:
            out.append(repr(char)[1:-1])
    body = "".join(out).replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    return Code(body)


def comment(text: str) -> Code:
    """A single-line comment body: no newline can end the comment early."""
    return Code(" ".join(text.split()).encode("ascii", "backslashreplace").decode("ascii"))
