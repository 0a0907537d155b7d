# Generated from the OpenAPI spec by `python -m generator`; do not edit.

__title__ = "splitclient"
__version__ = "1"
