"""Loads the audit plugin from fixtures/: pytest runs checks/ as a compliance audit."""

from fixtures import subjects

pytest_plugins = [
    # listed before the plugins that import them, so pytest loads each once
    "fixtures.settings",
    "fixtures.cases",
    "fixtures.outcomes",
    "fixtures.distributed",
    "fixtures.shards",
    "fixtures.options",
    # subjects: the plain data checks receive, every module of fixtures/subjects/
    *subjects.MODULES,
    "fixtures.report",
]
