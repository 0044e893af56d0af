"""CloudFront.12: CloudFront distributions must not point to S3 buckets that do not exist."""

from fixtures.rules import Rule

RULE = Rule(
    id="CloudFront.12",
    title="CloudFront Existing S3 Origins",
    risk="High",
    service="CloudFront",
    compliant="Every S3 origin of the distribution points to a bucket that exists.",
    rationale=(
        "Bucket names are global and free for anyone to claim. When the bucket behind an S3 origin has been "
        "deleted, whoever creates a bucket of that name next decides what the distribution serves under your "
        "domain and certificate: phishing pages, malware or scripts that run on your site. Pointing the origin "
        "at a bucket you hold, or removing it, closes that takeover."
    ),
    remediation=(
        "Console: open CloudFront > Distributions, select the distribution, open the Origins tab and, for each "
        "origin whose bucket is gone, choose Edit and select a bucket of this account (or delete the origin "
        "after moving the cache behaviors that use it), then Save changes; recreate the bucket first if the "
        "content must come back under the same name. "
        "CLI: 'aws cloudfront get-distribution-config --id DISTRIBUTION_ID' (note the ETag), change the "
        "origin's DomainName to BUCKET.s3.REGION.amazonaws.com of an existing bucket (or remove the origin), "
        "save the DistributionConfig as config.json and run 'aws cloudfront update-distribution --id "
        "DISTRIBUTION_ID --if-match ETAG --distribution-config file://config.json'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-12",
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/HowToUpdateDistribution.html",
        "https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html",
    ),
    notes=(
        "Evidence: each S3 origin (S3OriginConfig, so not a bucket's website endpoint, as the control scopes it) "
        "in cloudfront:ListDistributions, its bucket taken from the domain name (BUCKET.s3[.REGION]"
        ".amazonaws.com), compared with the account's buckets from s3:ListBuckets, the same read the S3 rules "
        "make; a bucket not in that list is looked up with s3:GetBucketLocation, which answers NoSuchBucket only "
        "when no account has it; another account's bucket that answers passes, as it does for the control. "
        "AccessDenied is ERROR, not PASS: it comes as well from this principal lacking s3:GetBucketLocation as "
        "from an owner refusing it, so for another account's bucket the owner must allow the auditing role "
        "s3:GetBucketLocation for the case to pass. No Conformity ID in the 2023 list."
    ),
)


def test_cloudfront_12_existing_s3_origins(cloudfront_s3_origin_buckets):
    origins = cloudfront_s3_origin_buckets
    assert not origins.missing, (
        f"CloudFront distribution {origins.distribution.name} points to S3 buckets that do not exist: "
        f"{', '.join(origins.missing)}"
    )
