"""Loads the audit plugin from fixtures/: pytest runs checks/ as a compliance audit."""

import importlib

from fixtures import subjects

PLUGINS = (
    "fixtures.settings",
    "fixtures.cases",
    "fixtures.lazy_cases",
    "fixtures.outcomes",
    "fixtures.distributed",
    "fixtures.shards",
    "fixtures.options",
    # subjects: the plain data checks receive, every module of fixtures/subjects/
    *subjects.MODULES,
    "fixtures.report",
)


def pytest_addhooks(pluginmanager):
    """Register the audit's plugin modules as this conftest is. Named in ``pytest_plugins`` instead, each would
    first be looked for among the entry points of every installed package, one scan of them all per module:
    about a sixth of a one-rule audit's time with 120 packages installed."""
    for name in PLUGINS:
        if pluginmanager.get_plugin(name) is None:
            pluginmanager.register(importlib.import_module(name), name)
