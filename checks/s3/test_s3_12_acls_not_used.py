"""S3.12: buckets must not use ACLs to give anyone but their owner access."""

from fixtures.rules import Rule

RULE = Rule(
    id="S3.12",
    title="S3 ACLs Not Used for Bucket Access",
    risk="Medium",
    service="S3",
    compliant="The bucket disables ACLs (Object Ownership: bucket owner enforced) or its ACL grants only its owner.",
    rationale=(
        "ACLs are an older, coarse permission system that sits beside IAM and bucket policies: grants hide in "
        "each bucket's and object's ACL, cannot be conditioned, and are easily overlooked in a review. Turning "
        "ACLs off with the bucket owner enforced setting leaves policies as the single place where access is "
        "granted, and makes the bucket owner own every object written to it."
    ),
    remediation=(
        "Console: first move whatever access the ACL grants into the bucket policy (for example the log "
        "delivery group's write access becomes a policy statement for logging.s3.amazonaws.com), then open "
        "the bucket, Permissions > Object Ownership > Edit, choose ACLs disabled (Bucket owner enforced), and save. "
        "CLI: 'aws s3api put-bucket-ownership-controls --bucket NAME --ownership-controls "
        "Rules=[{ObjectOwnership=BucketOwnerEnforced}]', and check 'aws s3api get-bucket-acl --bucket NAME'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-12",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html",
        "https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketAcl.html",
    ),
    notes=(
        "Evidence is s3:GetBucketOwnershipControls and, unless ObjectOwnership is BucketOwnerEnforced (ACLs "
        "disabled, the default for buckets made since April 2023), s3:GetBucketAcl. The control fails a bucket "
        "whose ACL is used to manage user access; decided here from that wording: a bucket passes when ACLs are "
        "disabled or its ACL has no grant to anyone but the bucket owner (the private default), and fails on any "
        "other grant, to another account, a group (AllUsers, AuthenticatedUsers, LogDelivery) or an e-mail "
        "grantee. Prowler passes only BucketOwnerEnforced; disabling ACLs is advised either way. Object ACLs "
        "are not read."
    ),
)


def test_s3_12_acls_not_used(bucket_acl_use):
    acl = bucket_acl_use
    assert acl.object_ownership == "BucketOwnerEnforced" or not acl.other_grants, (
        f"S3 bucket {acl.bucket} in {acl.region} uses its ACL to grant access: {'; '.join(acl.other_grants)} "
        f"(Object Ownership: {acl.object_ownership}, so ACLs are not disabled)"
    )
