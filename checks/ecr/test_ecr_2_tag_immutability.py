"""ECR.2: ECR private repositories must have tag immutability configured."""

from fixtures.rules import Rule

RULE = Rule(
    id="ECR.2",
    title="ECR Tag Immutability",
    risk="Medium",
    service="ECR",
    compliant="The ECR repository does not let an image tag be moved to another image (tag immutability IMMUTABLE).",
    rationale=(
        "With mutable tags anyone allowed to push can point an existing tag such as v1.4.2 or prod at a "
        "different image, so what runs after the next deployment or restart is no longer the image that was "
        "tested, scanned and approved. Immutable tags make a tag name a fixed reference: a new image needs a new "
        "tag, and tampering with a released one is refused."
    ),
    remediation=(
        "Console: open Amazon ECR > Private registry > Repositories, select the repository, choose Actions > Edit, "
        "set Tag immutability to Immutable and Save (pipelines that reuse a tag such as latest must then push "
        "a new tag each build). "
        "CLI: aws ecr put-image-tag-mutability --repository-name REPOSITORY --image-tag-mutability IMMUTABLE."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-2",
        "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html",
    ),
    notes=(
        "Evidence is ecr:DescribeRepositories imageTagMutability (AWS Config ecr-private-tag-immutability-enabled): "
        "IMMUTABLE passes. Decision: IMMUTABLE_WITH_EXCLUSION, which leaves the tags matching its exclusion filters "
        "mutable, fails like MUTABLE and MUTABLE_WITH_EXCLUSION; waive such a repository when the excluded tags are "
        "never deployed. No Conformity ID in the 2023 list."
    ),
)


def test_ecr_2_tag_immutability(ecr_repository):
    assert ecr_repository.tag_mutability == "IMMUTABLE", (
        f"ECR repository {ecr_repository.name} in {ecr_repository.region} lets image tags be overwritten "
        f"(imageTagMutability {ecr_repository.tag_mutability})"
    )
