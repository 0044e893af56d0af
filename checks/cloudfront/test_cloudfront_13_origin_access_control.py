"""CloudFront.13: CloudFront distributions must reach their S3 origins with origin access control."""

from fixtures.rules import Rule

RULE = Rule(
    id="CloudFront.13",
    title="CloudFront Origin Access Control",
    risk="Medium",
    service="CloudFront",
    compliant="Every S3 origin of the distribution signs its requests with origin access control.",
    rationale=(
        "An S3 origin without origin access control fetches anonymously, so the bucket must be readable by "
        "everyone, and viewers can skip CloudFront altogether, together with its WAF rules, geographic "
        "restrictions, signed URLs and logs. With origin access control CloudFront signs each request as the "
        "distribution, and a bucket policy that allows only that distribution keeps the bucket private. The "
        "older origin access identity works the same way but cannot read objects encrypted with SSE-KMS or "
        "sign requests in every region."
    ),
    remediation=(
        "Console: open CloudFront > Distributions, select the distribution, open the Origins tab, select each S3 "
        "origin, choose Edit, under Origin access select Origin access control settings, create or choose a "
        "control, Save changes, then copy the bucket policy CloudFront offers into the bucket's Permissions tab "
        "(and remove any origin access identity grant). "
        "CLI: 'aws cloudfront create-origin-access-control --origin-access-control-config "
        "Name=NAME,SigningProtocol=sigv4,SigningBehavior=always,OriginAccessControlOriginType=s3', then 'aws "
        "cloudfront get-distribution-config --id DISTRIBUTION_ID' (note the ETag), set the origin's "
        "\"OriginAccessControlId\" to the new ID and its S3OriginConfig OriginAccessIdentity to \"\", save the "
        "DistributionConfig as config.json, run 'aws cloudfront update-distribution --id DISTRIBUTION_ID "
        "--if-match ETAG --distribution-config file://config.json' and 'aws s3api put-bucket-policy' allowing "
        "cloudfront.amazonaws.com with an AWS:SourceArn condition on the distribution."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-13",
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html",
        "https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_Origin.html",
    ),
    notes=(
        "Evidence is OriginAccessControlId of each S3 origin (S3OriginConfig) in cloudfront:ListDistributions: "
        "an origin without one fails, whether it uses a legacy origin access identity or nothing, as the "
        "control asks for OAC. Distributions without S3 origins are not applicable; an S3 website endpoint is a "
        "custom origin and cannot use OAC. No Conformity ID in the 2023 list."
    ),
)


def test_cloudfront_13_origin_access_control(cloudfront_s3_origin_distribution):
    distribution = cloudfront_s3_origin_distribution
    without = [f"{origin.id} (bucket {origin.bucket}"
               + (", origin access identity only)" if origin.access_identity else ")")
               for origin in distribution.origins_of("s3") if not origin.access_control_id]
    assert not without, (
        f"CloudFront distribution {distribution.name} has S3 origins without origin access control: "
        + ", ".join(without)
    )
