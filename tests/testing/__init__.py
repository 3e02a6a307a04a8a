"""np6.testing, the offline NP6 shipped in the package (generated/np6/testing/)."""
