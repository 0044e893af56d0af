"""IAM-065: every audited region has an active IAM Access Analyzer that watches for external access."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-065",
    title="IAM Access Analyzer in Use",
    risk="Medium",
    service="IAM",
    compliant="The region has an active IAM Access Analyzer analyzer for external access.",
    rationale=(
        "Resource policies on buckets, keys, roles, queues and the like can quietly grant access to other "
        "accounts or to everyone. An Access Analyzer analyzer reads those policies continuously and reports "
        "each resource reachable from outside, but it only covers its own region, so a region without one is "
        "a blind spot where an accidental share goes unnoticed."
    ),
    remediation=(
        "Console: IAM > Access analyzer (in each region) > Create analyzer, type 'External access', zone of "
        "trust the account (or the organization from the management or delegated administrator account). "
        "CLI: 'aws accessanalyzer create-analyzer --analyzer-name external-access --type ACCOUNT "
        "--region <region>' for every region; verify with 'aws accessanalyzer list-analyzers --region <region>'."
    ),
    references=(
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/what-is-access-analyzer.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html",
    ),
    notes=(
        "One case per audited region. Counts only analyzers of type ACCOUNT or ORGANIZATION (external access) "
        "in status ACTIVE: unused-access analyzers do not look for external sharing, and CREATING, DISABLED or "
        "FAILED analyzers report nothing. An organization analyzer lives in the management or delegated "
        "administrator account, so member accounts audited alone fail here unless they have their own. "
        "Evidence: access-analyzer:ListAnalyzers per region (moto does not model it; self-tests stub it)."
    ),
)


def test_iam_065_access_analyzer_in_use(access_analyzers):
    region = access_analyzers
    others = ", ".join(f"{a.name} ({a.type}, {a.status})" for a in region.analyzers)
    assert any(a.watches_external_access for a in region.analyzers), (
        f"account {region.account_id} has no active external-access IAM Access Analyzer in {region.region}"
        + (f"; analyzers found: {others}" if others else "")
    )
