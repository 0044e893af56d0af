"""Framework files are data a scorecard stands on: each parses, names only rules that exist, and every rule counts."""

import re

import pytest

from fixtures import frameworks, rules

# A rule that counts toward no framework says why here (none does today).
RULES_IN_NO_FRAMEWORK: dict[str, str] = {}


def write(directory, stem, text):
    directory.mkdir(exist_ok=True)
    (directory / f"{stem}.yaml").write_text(text)
    return directory


def test_every_shipped_framework_parses_with_its_requirements_and_automated_evidence():
    counts = {key: (len(f.requirements), sum(bool(r.rules) for r in f.requirements))
              for key, f in frameworks.load().items()}
    assert counts == {
        "aws-fsbp": (286, 276),  # all but WAF Classic (7), EC2.22, AppSync.1 and ECS.1, which AWS retired
        "cis-aws-v5.0": (63, 63),
        "cis-aws-v4.0": (64, 62),
        "cis-aws-v3.0": (62, 59),
        "hipaa": (32, 32),
        "iso-27001-2022": (93, 33),
        "nist-csf-2.0": (78, 45),
        "nist-800-53-r5": (287, 280),
        "pci-dss-v4.0": (107, 103),
        "soc2": (27, 26),
    }


def test_every_rule_a_framework_names_exists():
    assert frameworks.unknown_rules(frameworks.load(), rules.discover()) == []


def test_every_rule_counts_toward_at_least_one_framework_or_says_why_not():
    mapped = set().union(*(f.rule_ids for f in frameworks.load().values()))
    assert set(rules.discover()) - mapped == set(RULES_IN_NO_FRAMEWORK)


def test_cis_controls_carry_todays_mappings_and_the_security_questions_need_evidence_by_hand():
    cis = {key: {r.id: r for r in frameworks.load()[key].requirements}
           for key in ("cis-aws-v3.0", "cis-aws-v4.0", "cis-aws-v5.0")}
    assert [cis[key]["1.4"].rules for key in ("cis-aws-v3.0", "cis-aws-v4.0")] == [("IAM-015",), ("IAM-015",)]
    assert cis["cis-aws-v5.0"]["1.3"].rules == ("IAM-015",)
    for key in ("cis-aws-v3.0", "cis-aws-v4.0"):
        questions = cis[key]["1.3"]
        assert (questions.name, questions.rules) == ("Security challenge questions are set for the account", ())
        assert questions.note.startswith("No AWS API reports security challenge questions.")
    assert [r.id for r in cis["cis-aws-v5.0"].values() if not r.rules] == []


def test_nist_csf_ids_that_csf_2_0_does_not_number_are_kept_as_listed_and_flagged():
    csf = frameworks.load()["nist-csf-2.0"].requirements
    flagged = [r for r in csf if r.note]
    assert len(flagged) == 42
    assert all(re.fullmatch(r"[A-Z]{2}\.[A-Z]{2}-[1-9]\d*", r.id) for r in flagged)  # unpadded: PR.IP-12, GV.PO-3
    assert all(re.fullmatch(r"[A-Z]{2}\.[A-Z]{2}-\d\d", r.id) for r in csf if not r.note)
    notes = {r.id: r.note for r in flagged}
    assert notes["PR.AC-1"] == "A CSF 1.1 subcategory that CSF 2.0 dropped; kept because the source mapping lists it."
    assert notes["GV.PO-3"] == "CSF 2.0 has no GV.PO-03; kept as the source mapping numbers it."


def test_a_rules_labels_name_each_framework_and_requirement():
    labels = frameworks.labels_by_rule()["IAM-015"]
    assert labels[:4] == (
        "AWS Foundational Security Best Practices v1.0.0 IAM.4",
        "CIS AWS Foundations Benchmark v5.0.0 1.3",
        "CIS AWS Foundations Benchmark v4.0.1 1.4",
        "CIS AWS Foundations Benchmark v3.0.0 1.4",
    )
    assert "PCI DSS v4.0 8.2.1" in labels


def test_a_file_is_a_framework_named_after_it(tmp_path):
    write(tmp_path, "acme-v1", 'name: ACME baseline\nversion: v1\nrequirements:\n'
                               '  - {id: "1.10", name: Root has MFA, rules: [IAM-014]}\n'
                               '  - {id: "2", name: Policies are reviewed, rules: [], note: Ask the owner.}\n')
    (framework,) = frameworks.load(tmp_path).values()
    assert (framework.key, framework.title, framework.rule_ids) == ("acme-v1", "ACME baseline v1", {"IAM-014"})
    assert framework.requirements == (
        frameworks.Requirement("1.10", "Root has MFA", ("IAM-014",)),
        frameworks.Requirement("2", "Policies are reviewed", (), "Ask the owner."),
    )


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("name: A\nversion: v1\nrequirements:\n  - {id: '1', name: x, rules: []}\n  - {id: '1', name: y, rules: []}\n",
         "requirement 1 is listed twice"),
        ("name: A\nversion: v1\nrequirements:\n  - {id: 1.10, name: x, rules: []}\n",
         'requirement 1 needs an id without spaces, quoted as a string ("1.10", not 1.10)'),
        ("name: A\nversion: v1\nrequirements:\n  - {id: '1', name: x}\n",
         "requirement 1 needs rules: a list of rule IDs ([] for none)"),
        ("name: A\nrequirements: []\n", "version must be a non-empty string"),
        ("name: A\nversion: v1\nrequirements: [\n", "cannot be read: "),
    ],
)
def test_a_broken_framework_file_is_refused_naming_the_file_and_the_problem(tmp_path, text, problem):
    write(tmp_path, "broken", text)
    with pytest.raises(frameworks.FrameworkError) as refused:
        frameworks.load(tmp_path)
    assert str(refused.value).startswith(f"framework file broken.yaml: {problem}")


def test_a_framework_naming_an_unwritten_rule_is_reported(tmp_path):
    write(tmp_path, "acme-v1", "name: ACME\nversion: v1\nrequirements:\n  - {id: A.1, name: x, rules: [IAM-014, S3-999]}\n")
    assert frameworks.unknown_rules(frameworks.load(tmp_path), rules.discover()) == [
        "framework file acme-v1.yaml: requirement A.1 names rule S3-999, which no check declares"]
