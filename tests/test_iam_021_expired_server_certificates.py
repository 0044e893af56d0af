"""IAM-021 (expired SSL/TLS certificate) on moto.

moto's ListServerCertificates gives every certificate the same fixed 2012 expiration, so these tests
stub that read (fixtures.offline.stub) with the dates each case needs.
"""

from datetime import datetime, timedelta, timezone

from fixtures.offline import deny, stub
from tests.conftest import PROD_ACCOUNT

ARN = f"arn:aws:iam::{PROD_ACCOUNT}:server-certificate/"


def listing(*certificates, marker=None) -> dict:
    return {"ServerCertificateMetadataList": [
        {"Path": "/", "ServerCertificateName": name, "ServerCertificateId": f"ASCA{index}", "Arn": ARN + name,
         "UploadDate": expires - timedelta(days=365), "Expiration": expires}
        for index, (name, expires) in enumerate(certificates)
    ], "IsTruncated": marker is not None, **({"Marker": marker} if marker else {})}


def test_iam_021_fails_each_expired_certificate_on_every_page(aws, run_audit, monkeypatch):
    now = datetime.now(timezone.utc)
    expired = now - timedelta(days=10, hours=1)
    stub(monkeypatch, "iam:ListServerCertificates",
         listing(("old-www", expired), ("www", now + timedelta(days=90)), marker="page-2"),
         when=lambda request: "Marker" not in request["body"])
    # A naive timestamp is taken as UTC: this one expired an hour ago.
    stub(monkeypatch, "iam:ListServerCertificates",
         listing(("api", (now - timedelta(hours=1)).replace(tzinfo=None))),
         when=lambda request: request["body"].get("Marker") == "page-2")
    run = run_audit("--aws-profile=prod", "--rule=IAM-021")
    assert {f["resource"]: (f["status"], f["message"]) for f in run.findings} == {
        ARN + "old-www": ("FAIL", f"IAM server certificate old-www expired on {expired:%Y-%m-%d} (10 days ago)"),
        ARN + "www": ("PASS", "The IAM server certificate has not expired."),
        ARN + "api": ("FAIL", f"IAM server certificate api expired on {now - timedelta(hours=1):%Y-%m-%d} (0 days ago)"),
    }
    evidence = {f["resource"]: f["evidence"] for f in run.findings}[ARN + "old-www"]
    assert evidence["expiration"] == expired.isoformat()


def test_iam_021_is_not_applicable_without_server_certificates(aws, run_audit):
    finding = run_audit("--aws-profile=prod", "--rule=IAM-021").only("IAM-021")
    assert (finding["status"], finding["resource"], finding["message"]) == (
        "SKIP", PROD_ACCOUNT, "not applicable: no IAM server certificates")


def test_iam_021_is_an_error_naming_the_action_when_listing_is_denied(aws, run_audit, monkeypatch):
    deny(monkeypatch, "iam:ListServerCertificates")
    finding = run_audit("--aws-profile=prod", "--rule=IAM-021").only("IAM-021")
    assert (finding["status"], finding["message"]) == (
        "ERROR", "could not evaluate: iam:ListServerCertificates was denied (AccessDenied): "
                 "grant iam:ListServerCertificates to the auditing principal")
