"""IAM-065 (Access Analyzer in use, per region) and AccessAnalyzer-001 (active findings) on moto.

moto models no IAM Access Analyzer API (ListAnalyzers, ListFindings answer 404), so these tests stub
both reads per region with fixtures.offline.stub and in_region.
"""

import json

from fixtures.offline import deny, in_region, stub
from tests.conftest import PROD_ACCOUNT

REGIONS = "--aws-regions=us-east-1,eu-west-1,eu-central-1,ap-southeast-2"


def analyzer(region, name, kind="ACCOUNT", status="ACTIVE") -> dict:
    return {"arn": f"arn:aws:access-analyzer:{region}:{PROD_ACCOUNT}:analyzer/{name}", "name": name,
            "type": kind, "status": status}


def finding(number, public=False) -> dict:
    return {"id": f"f-{number}", "resource": f"arn:aws:s3:::bucket-{number}", "resourceType": "AWS::S3::Bucket",
            "isPublic": public, "status": "ACTIVE"}


def analyzers_in(monkeypatch, region, *analyzers):
    stub(monkeypatch, "accessanalyzer:ListAnalyzers", {"analyzers": list(analyzers)}, when=in_region(region))


def asks(region, token=None):
    """ListFindings requests to ``region`` that filter on ACTIVE findings, on the page ``token`` names."""
    def accept(request):
        body = json.loads(request["body"])
        return (in_region(region)(request) and body.get("filter") == {"status": {"eq": ["ACTIVE"]}}
                and body.get("nextToken") == token)
    return accept


def verdicts(run, rule_id):
    return {f["region"]: (f["status"], f["resource"], f["message"]) for f in run.findings if f["rule_id"] == rule_id}


def test_analyzers_and_their_findings_in_every_audited_region(aws, run_audit, monkeypatch):
    analyzers_in(monkeypatch, "us-east-1", analyzer("us-east-1", "external"))
    # The findings come in two pages; seven in all, five named in the message.
    stub(monkeypatch, "accessanalyzer:ListFindings",
         {"findings": [finding(1, public=True), finding(2), finding(3)], "nextToken": "page-2"}, when=asks("us-east-1"))
    stub(monkeypatch, "accessanalyzer:ListFindings", {"findings": [finding(n) for n in range(4, 8)]},
         when=asks("us-east-1", "page-2"))
    analyzers_in(monkeypatch, "eu-west-1", analyzer("eu-west-1", "unused", kind="ACCOUNT_UNUSED_ACCESS"),
                 analyzer("eu-west-1", "broken", status="FAILED"))
    analyzers_in(monkeypatch, "eu-central-1", analyzer("eu-central-1", "org", kind="ORGANIZATION"))
    stub(monkeypatch, "accessanalyzer:ListFindings", {"findings": []}, when=asks("eu-central-1"))
    analyzers_in(monkeypatch, "ap-southeast-2")

    run = run_audit("--aws-profile=prod", REGIONS, "--rule=IAM-065", "--rule=AccessAnalyzer-001")

    any_analyzer = f"arn:aws:access-analyzer:{{}}:{PROD_ACCOUNT}:analyzer/*"
    in_use = "The region has an active IAM Access Analyzer analyzer for external access."
    assert verdicts(run, "IAM-065") == {
        "us-east-1": ("PASS", any_analyzer.format("us-east-1"), in_use),
        "eu-west-1": ("FAIL", any_analyzer.format("eu-west-1"),
                      f"account {PROD_ACCOUNT} has no active external-access IAM Access Analyzer in eu-west-1; "
                      "analyzers found: unused (ACCOUNT_UNUSED_ACCESS, ACTIVE), broken (ACCOUNT, FAILED)"),
        "eu-central-1": ("PASS", any_analyzer.format("eu-central-1"), in_use),
        "ap-southeast-2": ("FAIL", any_analyzer.format("ap-southeast-2"),
                           f"account {PROD_ACCOUNT} has no active external-access IAM Access Analyzer in ap-southeast-2"),
    }
    assert verdicts(run, "AccessAnalyzer-001") == {
        "us-east-1": ("FAIL", analyzer("us-east-1", "external")["arn"],
                      "IAM Access Analyzer external in us-east-1 has 7 active finding(s): AWS::S3::Bucket "
                      "arn:aws:s3:::bucket-1 (public), AWS::S3::Bucket arn:aws:s3:::bucket-2, AWS::S3::Bucket "
                      "arn:aws:s3:::bucket-3, AWS::S3::Bucket arn:aws:s3:::bucket-4, AWS::S3::Bucket "
                      "arn:aws:s3:::bucket-5 and 2 more"),
        "eu-west-1": ("SKIP", PROD_ACCOUNT, "not applicable: no active external-access analyzers in eu-west-1"),
        "eu-central-1": ("PASS", analyzer("eu-central-1", "org")["arn"],
                         "The IAM Access Analyzer analyzer has no active findings."),
        "ap-southeast-2": ("SKIP", PROD_ACCOUNT, "not applicable: no active external-access analyzers in ap-southeast-2"),
    }
    assert run.document["stats"]["requests"]["accessanalyzer:ListAnalyzers"] == 4


def test_access_analyzer_rules_are_errors_naming_the_denied_read(aws, run_audit, monkeypatch):
    analyzers_in(monkeypatch, "us-east-1", analyzer("us-east-1", "external"))
    deny(monkeypatch, "accessanalyzer:ListFindings", when=in_region("us-east-1"))
    deny(monkeypatch, "accessanalyzer:ListAnalyzers", when=in_region("eu-west-1"))
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1,eu-west-1", "--rule=IAM-065",
                    "--rule=AccessAnalyzer-001")
    listing_denied = ("ERROR", PROD_ACCOUNT, "could not evaluate: accessanalyzer:ListAnalyzers was denied in eu-west-1 "
                      "(AccessDenied): grant access-analyzer:ListAnalyzers to the auditing principal")
    assert verdicts(run, "IAM-065") == {
        "us-east-1": ("PASS", f"arn:aws:access-analyzer:us-east-1:{PROD_ACCOUNT}:analyzer/*",
                      "The region has an active IAM Access Analyzer analyzer for external access."),
        "eu-west-1": ("ERROR", f"arn:aws:access-analyzer:eu-west-1:{PROD_ACCOUNT}:analyzer/*", listing_denied[2]),
    }
    assert verdicts(run, "AccessAnalyzer-001") == {
        "us-east-1": ("ERROR", PROD_ACCOUNT, "could not evaluate: accessanalyzer:ListFindings was denied in us-east-1 "
                      "(AccessDenied): grant access-analyzer:ListFindings to the auditing principal"),
        "eu-west-1": listing_denied,
    }
