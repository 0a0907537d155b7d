"""Real OpenAPI documents, judged by Prism: the operation sweep.

For each document nobody here wrote (the reference spec and the examples under
`../shared/specs/`), the generator builds a client; every operation is then
called with arguments built from the document's own schemas, against Prism
serving that same document with request validation on, first through the sync
client and then, for the calls that passed, through the async one on its default
transport. `sweep.py` runs one
document, `schema_values.py` and `arguments.py` build the arguments, and
`python -m tests.realdocs` prints the table of results.
"""
