"""Contract tests: the generated client against Stoplight Prism mocking the bundled spec."""
