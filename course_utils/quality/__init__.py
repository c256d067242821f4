"""Quality tooling for authors and the test suite: lint, an in-process runner, mutants."""
