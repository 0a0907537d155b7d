# Generated from the OpenAPI spec by `python -m generator`; do not edit.

__title__ = "splitclient"
__version__ = "0.1.0"
# The version of the API description the client was generated from.
__api_version__ = "1"
