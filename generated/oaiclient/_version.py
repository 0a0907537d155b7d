# Generated from the OpenAPI spec by `python -m generator`; do not edit.

__title__ = "oaiclient"
__version__ = "2.3.0"
