"""Loads the audit plugin from fixtures/: pytest runs checks/ as a compliance audit."""

pytest_plugins = [
    "fixtures.settings",
    "fixtures.options",
    "fixtures.cases",
    # subjects: the plain data checks receive, one module per area
    "fixtures.iam",
    "fixtures.account",
    "fixtures.iam_access",
    "fixtures.storage",
    "fixtures.monitoring",
    "fixtures.network",
    "fixtures.outcomes",
    "fixtures.report",
]
