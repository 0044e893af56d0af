"""Loads the audit plugin from fixtures/: pytest runs checks/ as a compliance audit."""

pytest_plugins = [
    # listed before the plugins that import them, so pytest loads each once
    "fixtures.settings",
    "fixtures.cases",
    "fixtures.outcomes",
    "fixtures.distributed",
    "fixtures.options",
    # subjects: the plain data checks receive, one module per area
    "fixtures.iam",
    "fixtures.account",
    "fixtures.iam_access",
    "fixtures.storage",
    "fixtures.monitoring",
    "fixtures.network",
    "fixtures.report",
]
