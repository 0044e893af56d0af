"""Rule metadata is validated when the audit starts: a rule a report could not stand behind fails loudly."""

import dataclasses

import pytest

from fixtures import rules
from checks.iam.test_iam_015_root_account_access_keys import RULE as IAM_015


def test_every_shipped_rule_has_valid_metadata():
    catalog = rules.discover()
    assert "IAM-015" in catalog
    for check in catalog.values():
        rules.validate(check.rule, check.path.name)


def test_an_unknown_risk_is_refused():
    bad = dataclasses.replace(IAM_015, risk="Critical")
    with pytest.raises(pytest.UsageError, match="risk 'Critical' is not one of Low, Medium, High, Very High, Extreme"):
        rules.validate(bad, "test_x.py")


def test_a_duplicate_rule_id_is_refused(tmp_path, monkeypatch):
    package = tmp_path / "dupchecks"
    package.mkdir()
    (package / "__init__.py").write_text("")
    source = "from checks.iam.test_iam_015_root_account_access_keys import RULE\n\ndef test_check(root_user):\n    pass\n"
    (package / "test_a.py").write_text(source)
    (package / "test_b.py").write_text(source)
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(pytest.UsageError, match="duplicate rule ID IAM-015 in test_b.py and test_a.py"):
        rules.discover("dupchecks")
