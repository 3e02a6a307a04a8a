"""Shared helpers of the tests (one support package; fixtures stay in the folders' conftests)."""
