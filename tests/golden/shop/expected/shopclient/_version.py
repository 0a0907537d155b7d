# Generated from the OpenAPI spec by `python -m generator`; do not edit.

__title__ = "shopclient"
__version__ = "0.1.0"
# The version of the API description the client was generated from.
__api_version__ = "1.2.3"
