# Generated from the spec tags by templates/api_init.py.jinja: do not edit.
"""The operations of the NP6 API, one package per spec tag (``np6.api.segment``...)."""
