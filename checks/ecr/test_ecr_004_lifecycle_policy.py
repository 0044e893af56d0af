"""ECR-004: ECR repositories must have a lifecycle policy."""

from fixtures.rules import Rule

RULE = Rule(
    id="ECR-004",
    title="Lifecycle Policy in Use",
    risk="Medium",
    service="ECR",
    compliant="The ECR repository has a lifecycle policy.",
    rationale=(
        "Without a lifecycle policy a repository keeps every image ever pushed. Old images pile up with the "
        "vulnerabilities they were built with, stay available to be pulled and deployed by mistake, and add to "
        "storage costs. A lifecycle policy expires untagged and superseded images on a schedule, so what remains "
        "is what is still in use."
    ),
    remediation=(
        "Console: open Amazon ECR > Private registry > Repositories, select the repository, choose Lifecycle "
        "Policy > Create rule (for example expire untagged images older than 14 days, or keep the last 30 "
        "images), test it with a dry run and Save. "
        "CLI: aws ecr put-lifecycle-policy --repository-name REPOSITORY --lifecycle-policy-text "
        "file://lifecycle-policy.json (start with 'aws ecr start-lifecycle-policy-preview' to see what it expires)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-3",
        "https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html",
        "https://docs.aws.amazon.com/AmazonECR/APIReference/API_GetLifecyclePolicy.html",
    ),
    notes=(
        "FSBP ECR.3. Evidence is ecr:GetLifecyclePolicy, read per repository (AWS Config "
        "ecr-private-lifecycle-policy-configured): a policy passes, whatever its rules; "
        "LifecyclePolicyNotFoundException means none and fails. Conformity ECR-004 checks the same (rated Low "
        "there)."
    ),
)


def test_ecr_004_lifecycle_policy(ecr_lifecycle_policy):
    assert ecr_lifecycle_policy.has_policy, (
        f"ECR repository {ecr_lifecycle_policy.name} in {ecr_lifecycle_policy.region} has no lifecycle policy"
    )
