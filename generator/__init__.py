"""Generate a typed Python client from an OpenAPI document.

The pipeline, one module a step:

    load      read YAML/JSON, bundle multi-file specs, remember source positions
    validate  openapi-spec-validator, errors located in the source files
    ir_build  the document becomes the intermediate representation (ir)
    models    pydantic models and request TypedDicts via datamodel-code-generator
    render    Jinja2 templates turn the ir into Python source
    format    black
    write     compare with or atomically replace the output directory

`pipeline` wires the steps; `cli` is the command line.
"""
