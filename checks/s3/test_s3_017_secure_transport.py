"""S3-017: every bucket policy must deny requests that do not use TLS."""

from fixtures.rules import Rule

RULE = Rule(
    id="S3-017",
    title="Secure Transport",
    risk="Medium",
    service="S3",
    compliant="The bucket policy denies requests without TLS (aws:SecureTransport) or below a TLS version (s3:TlsVersion).",
    rationale=(
        "S3 still answers plain HTTP requests unless the bucket policy forbids them. Over HTTP, object data, "
        "signed headers and presigned URLs cross the network readable and alterable by anyone on the path. "
        "A Deny statement keyed on aws:SecureTransport makes S3 refuse such requests whoever sends them, so a "
        "misconfigured client or an old SDK cannot quietly fall back to cleartext."
    ),
    remediation=(
        "Console: open S3, choose the bucket, then Permissions > Bucket policy > Edit, and add a statement with "
        "Effect Deny, Principal \"*\", Action \"s3:*\", Resource the bucket ARN and the bucket ARN followed by "
        "/*, and Condition {\"Bool\": {\"aws:SecureTransport\": \"false\"}}; keep the existing statements and "
        "save. "
        "CLI: fetch the current policy with 'aws s3api get-bucket-policy --bucket NAME', add the statement above "
        "to its Statement list and apply it with 'aws s3api put-bucket-policy --bucket NAME --policy "
        "file://policy.json'."
    ),
    references=(
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-securetransport",
    ),
    notes=(
        "A statement counts when it has Effect Deny, no NotPrincipal or NotAction, a Principal of \"*\" or "
        "{\"AWS\": \"*\"} (also as a list), an Action of \"s3:*\" or \"*\" (so every S3 operation is covered), "
        "and a Condition made only of Bool aws:SecureTransport \"false\" (string or list; key names compared "
        "without case) or, as CIS 2.1.1 (v4.0.1, v5.0.0) also accepts, only of NumericLessThan s3:TlsVersion "
        "with any version (CIS leaves the version to the site). A TlsVersion deny alone does not stop plain "
        "HTTP, which carries no TLS version, so the SecureTransport deny is advised as well. A Deny limited to "
        "some actions, or narrowed by further conditions, leaves other "
        "requests free to use HTTP and does not count. The statement's Resource is not checked. A bucket with "
        "no policy fails. Buckets are evaluated in the region they live in (s3:GetBucketLocation)."
    ),
)


def as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def applies_to_everyone(principal) -> bool:
    if principal == "*":
        return True
    return isinstance(principal, dict) and "*" in as_list(principal.get("AWS"))


def covers_every_s3_action(action) -> bool:
    return any(str(name).lower() in ("*", "s3:*") for name in as_list(action))


def only_when_insecure(condition) -> bool:
    """True when the condition is exactly Bool aws:SecureTransport false, or exactly NumericLessThan
    s3:TlsVersion (any version), nothing narrower."""
    if not isinstance(condition, dict) or len(condition) != 1:
        return False
    (operator, keys), = condition.items()
    if not isinstance(keys, dict) or len(keys) != 1:
        return False
    (key, values), = keys.items()
    if operator.lower() == "numericlessthan":
        return key.lower() == "s3:tlsversion" and bool(as_list(values))
    return (operator.lower() == "bool" and key.lower() == "aws:securetransport"
            and "false" in [str(value).lower() for value in as_list(values)])


def denies_plain_http(statement: dict) -> bool:
    return (
        statement.get("Effect") == "Deny"
        and "NotPrincipal" not in statement
        and "NotAction" not in statement
        and applies_to_everyone(statement.get("Principal"))
        and covers_every_s3_action(statement.get("Action"))
        and only_when_insecure(statement.get("Condition"))
    )


def test_s3_017_secure_transport(bucket_policy):
    where = f"bucket {bucket_policy.bucket} ({bucket_policy.region})"
    assert bucket_policy.has_policy, f"{where} has no bucket policy, so requests without TLS are not denied"
    assert any(denies_plain_http(statement) for statement in bucket_policy.statements), (
        f"{where} has a bucket policy, but no statement denies requests without TLS (needed: Effect Deny, "
        "Principal *, Action s3:*, Condition Bool aws:SecureTransport false or NumericLessThan s3:TlsVersion)"
    )
