"""How large a spec may be: checked while parsing and bundling, shown in `--help`."""

MAX_FILE_BYTES = 64 * 1024 * 1024
# Guards against documents that are small on disk but huge in memory. They are
# checked on the parser's event stream before anything is built (see
# `_check_events`), and again while bundling (which follows references):
# - a document may hold at most MAX_NODES values once every YAML alias is
#   expanded, so an alias "bomb" fails at the alias that crosses the limit,
#   without ever being expanded (the reference spec has about 70,000);
# - collections may nest at most MAX_DEPTH deep, far below what would exhaust
#   the C stack of the YAML composer or Python's recursion limit;
# - one scalar may hold at most MAX_SCALAR_CHARS characters.
MAX_NODES = 1_000_000
MAX_DEPTH = 256
MAX_SCALAR_CHARS = 1_000_000
