# Generated from the OpenAPI spec by `python -m generator`; do not edit.

__title__ = "shopclient"
__version__ = "1.2.3"
