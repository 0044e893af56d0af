"""AccessAnalyzer-001: an active external-access analyzer has no active findings left unresolved."""

from fixtures.rules import Rule

SHOWN = 5  # findings named in the message; the evidence lists them all

RULE = Rule(
    id="AccessAnalyzer-001",
    title="IAM Access Analyzer Findings",
    risk="High",
    service="AccessAnalyzer",
    compliant="The IAM Access Analyzer analyzer has no active findings.",
    rationale=(
        "Each active finding is a resource that someone outside the account or organization can reach right "
        "now, sometimes anyone on the internet. An analyzer is only worth having if its findings are worked "
        "through: either the access is removed, or it is intended and archived, ideally by an archive rule "
        "that documents why."
    ),
    remediation=(
        "Console: IAM > Access analyzer > Findings (status Active): for each finding, open the resource and "
        "remove the unintended grant from its policy, or choose Archive (or create an archive rule) when the "
        "access is intended. "
        "CLI: 'aws accessanalyzer list-findings --analyzer-arn <arn> --filter '{\"status\":{\"eq\":[\"ACTIVE\"]}}'', "
        "fix the resource policy, then 'aws accessanalyzer update-findings --analyzer-arn <arn> --status "
        "ARCHIVED --ids <id>' for intended access, or 'aws accessanalyzer start-resource-scan' to re-check."
    ),
    references=(
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-findings.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-work-with-findings.html",
    ),
    notes=(
        "One case per ACTIVE external-access analyzer (type ACCOUNT or ORGANIZATION) per region; a region "
        "without one is not applicable here (SKIP) and fails IAM-065 instead. Unused-access analyzers are "
        "left out: their findings are about unused permissions, not external access. Archived and resolved "
        "findings do not count. Evidence: access-analyzer:ListAnalyzers and access-analyzer:ListFindings "
        "filtered on status ACTIVE (moto models neither; self-tests stub them)."
    ),
)


def describe(finding) -> str:
    return f"{finding.resource_type} {finding.resource}" + (" (public)" if finding.public else "")


def test_accessanalyzer_001_findings(analyzer_findings):
    analyzer = analyzer_findings
    shown = ", ".join(describe(f) for f in analyzer.findings[:SHOWN])
    more = len(analyzer.findings) - SHOWN
    assert not analyzer.findings, (
        f"IAM Access Analyzer {analyzer.name} in {analyzer.region} has {len(analyzer.findings)} active "
        f"finding(s): {shown}" + (f" and {more} more" if more > 0 else "")
    )
