"""SSM.3: instances Systems Manager manages must report an association compliance status of COMPLIANT."""

from fixtures.rules import Rule

RULE = Rule(
    id="SSM.3",
    title="SSM Managed Instances Association Compliant",
    risk="Low",
    service="SSM",
    compliant="State Manager reports the managed instance COMPLIANT with its associations.",
    rationale=(
        "A State Manager association keeps an instance in a stated configuration: an agent installed, a port "
        "closed, a setting applied. When an association fails on an instance, that configuration is not in "
        "place, whatever the baseline promises. A non-compliant association status is the only signal that the "
        "instance has drifted away from it."
    ),
    remediation=(
        "Console: in Systems Manager, choose Fleet Manager, open the instance, view its associations and note "
        "the failed one; in State Manager, open that association, read its execution history to find the cause "
        "(document, parameters, targets, permissions), choose Edit to correct it, then Apply association now. "
        "CLI: 'aws ssm describe-instance-associations-status --instance-id INSTANCE', fix the association with "
        "'aws ssm update-association --association-id ID ...' and rerun it with 'aws ssm "
        "start-associations-once --association-ids ID'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-3",
        "https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListResourceComplianceSummaries.html",
        "https://docs.aws.amazon.com/config/latest/developerguide/ec2-managedinstance-association-compliance-status-check.html",
    ),
    notes=(
        "Evidence is ssm:ListResourceComplianceSummaries filtered on ComplianceType Association: each managed "
        "node it lists (resource type ManagedInstance) must have Status COMPLIANT. Nodes without associations "
        "have no summary and are not listed. Prowler's FSBP mapping points SSM.3 at its patching check "
        "(ssm_managed_compliant_patching), which judges patches, not associations: that mapping is wrong, and "
        "this rule reads association compliance as the control describes."
    ),
)


def test_ssm_3_association_compliance(association_compliance):
    assert association_compliance.status == "COMPLIANT", (
        f"SSM managed instance {association_compliance.node_id} in {association_compliance.region} has "
        f"association compliance status {association_compliance.status or 'unknown'} "
        f"(non-compliant associations: {association_compliance.non_compliant_count}, overall severity "
        f"{association_compliance.overall_severity or 'unknown'})"
    )
