"""The np6-client generator: bundle and validate ``spec/``, render ``generated/``."""
