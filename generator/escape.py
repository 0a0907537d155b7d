"""The one place where text from the spec becomes Python source.

Templates may only print `Code`; the render step refuses any other string, so
spec text reaches the output through these functions or not at all.
"""

from __future__ import annotations

import re

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
    body = "".join(out)
    # Quotes at the very end would run into the closing `"""`: escape all of them.
    trailing = len(body) - len(body.rstrip('"'))
    body = body[: len(body) - trailing].replace('"""', '\\"\\"\\"') + '\\"' * trailing
    return Code(body)


def comment(text: str) -> Code:
    """A single-line comment body: no newline can end the comment early."""
    return Code(" ".join(text.split()).encode("ascii", "backslashreplace").decode("ascii"))


# Enough to keep emphasis, links, HTML and table cells from forming; backticks
# are left alone so that `code` in descriptions still reads as code.
_MARKDOWN_SPECIAL = str.maketrans({c: "\\" + c for c in "\\*_[]<>#|~"})


def markdown(text: str) -> Code:
    """Spec text as one line of Markdown that renders as the text itself (table-safe)."""
    return Code(" ".join(str(text).split()).translate(_MARKDOWN_SPECIAL))


def markdown_code(text: str) -> Code:
    """Text as inline code: a fence longer than any backtick run inside, and `|`
    escaped so a table cell stays one cell."""
    flat = " ".join(str(text).split()).replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence, pad = "`" * (longest + 1), " " if longest else ""
    return Code(f"{fence}{pad}{flat}{pad}{fence}")
