"""Loads the audit plugin from fixtures/: pytest runs checks/ as a compliance audit."""

pytest_plugins = [
    "fixtures.settings",
    "fixtures.options",
    "fixtures.cases",
    "fixtures.iam",
    "fixtures.outcomes",
    "fixtures.report",
]
