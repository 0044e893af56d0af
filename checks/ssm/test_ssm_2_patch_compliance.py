"""SSM.2: instances Systems Manager patches must report a patch compliance status of COMPLIANT."""

from fixtures.rules import Rule

RULE = Rule(
    id="SSM.2",
    title="SSM Managed Instances Patch Compliant",
    risk="High",
    service="SSM",
    compliant="Patch Manager reports the managed instance COMPLIANT with its patch baseline.",
    rationale=(
        "Patch Manager compares each managed instance with its patch baseline and reports it non-compliant when "
        "approved patches are missing or failed to install. Such an instance carries known, fixable "
        "vulnerabilities, often the ones attackers try first. A non-compliant status means the patching either "
        "did not run or did not work, and in both cases the gap stays open until someone acts."
    ),
    remediation=(
        "Console: in Systems Manager, choose Patch Manager > Patch now (or Run Command with the "
        "AWS-RunPatchBaseline document), set Operation to Scan and install, target the non-compliant instances "
        "and run it; then check Compliance, and schedule patching with a patch policy or maintenance window so it "
        "stays compliant. "
        "CLI: 'aws ssm send-command --document-name AWS-RunPatchBaseline --parameters Operation=Install "
        "--targets Key=InstanceIds,Values=INSTANCE', then 'aws ssm list-resource-compliance-summaries "
        "--filters Key=ComplianceType,Values=Patch,Type=EQUAL'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-2",
        "https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListResourceComplianceSummaries.html",
        "https://docs.aws.amazon.com/config/latest/developerguide/ec2-managedinstance-patch-compliance-status-check.html",
    ),
    notes=(
        "Evidence is ssm:ListResourceComplianceSummaries filtered on ComplianceType Patch: each managed node it "
        "lists (resource type ManagedInstance) must have Status COMPLIANT. Nodes Patch Manager never scanned have "
        "no summary and are not listed, as the control judges only instances Patch Manager reports on (SSM-003 "
        "covers instances outside Systems Manager). EC2 instances are named by their instance ARN, hybrid nodes "
        "(mi-...) by their managed-instance ARN."
    ),
)


def test_ssm_2_patch_compliance(patch_compliance):
    assert patch_compliance.status == "COMPLIANT", (
        f"SSM managed instance {patch_compliance.node_id} in {patch_compliance.region} has patch compliance "
        f"status {patch_compliance.status or 'unknown'} (non-compliant patches: "
        f"{patch_compliance.non_compliant_count}, overall severity {patch_compliance.overall_severity or 'unknown'})"
    )
