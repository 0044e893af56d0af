"""SNS-001: SNS topic access policies must not allow public access."""

from fixtures.rules import Rule
from fixtures.subjects.iam_access import NARROWING_KEYS, pinned_keys

RULE = Rule(
    id="SNS-001",
    title="SNS Topic Exposed",
    risk="Very High",
    service="SNS",
    compliant="The SNS topic's access policy grants nothing to everyone: each grant to any principal is limited to "
              "fixed accounts, organizations, sources or networks.",
    rationale=(
        "A topic policy that allows Principal \"*\" with no limiting condition lets any AWS account publish to the "
        "topic, subscribe its own endpoints or change the topic, depending on the actions granted. Attackers can "
        "then inject fake messages into the systems that consume it, flood it, or copy every message it carries to "
        "an endpoint they own."
    ),
    remediation=(
        "Console: Amazon SNS > Topics > the topic > Edit > Access policy: for each Allow statement whose Principal "
        "is \"*\", name the accounts or roles instead, or add a condition with fixed values such as aws:SourceOwner "
        "or aws:SourceAccount (your account), aws:SourceArn (the publishing resource) or aws:PrincipalOrgID (your "
        "organization), then Save changes. "
        "CLI: 'aws sns get-topic-attributes --topic-arn TOPIC_ARN' to read the policy, then 'aws sns "
        "set-topic-attributes --topic-arn TOPIC_ARN --attribute-name Policy --attribute-value file://policy.json'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html#sns-4",
        "https://docs.aws.amazon.com/config/latest/developerguide/sns-topic-no-public-access.html",
        "https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html",
    ),
    notes=(
        "FSBP SNS.4. Evidence is the Policy attribute of sns:GetTopicAttributes per topic. A statement makes the "
        "topic public when it allows, to Principal \"*\" (or any principal value with a wildcard, or through "
        "NotPrincipal), without a condition that pins one of aws:SourceOwner, aws:SourceAccount, aws:SourceArn, "
        "aws:SourceVpc, aws:SourceVpce, aws:SourceIp, aws:PrincipalAccount, aws:PrincipalArn, aws:PrincipalOrgID, "
        "aws:PrincipalOrgPaths or aws:userid to fixed values (StringEquals/Like, ArnEquals/Like, IpAddress or their "
        "ForAnyValue forms; no wildcard, no policy variable, no ...IfExists, no /0 network). That follows the "
        "control's note that only conditions with fixed values keep a policy non-public. SNS's default topic "
        "policy (Principal AWS \"*\" limited by AWS:SourceOwner) passes. Risk Very High: Security Hub now rates "
        "SNS.4 Critical (the catalog row and Conformity say High)."
    ),
)


def values_of(value) -> list[str]:
    if isinstance(value, dict):
        return [item for inner in value.values() for item in values_of(inner)]
    return [str(item) for item in value] if isinstance(value, list) else [str(value)]


def public_statements(statements) -> list[str]:
    """The Sid (or position) of each statement that allows everyone without a limiting condition."""
    return [str(statement.get("Sid") or f"#{number}") for number, statement in enumerate(statements, start=1)
            if statement.get("Effect") == "Allow"
            and ("NotPrincipal" in statement
                 or any("*" in value for value in values_of(statement.get("Principal", ""))))
            and not pinned_keys(statement.get("Condition")) & NARROWING_KEYS]


def test_sns_001_topic_exposed(sns_topic):
    public = public_statements(sns_topic.statements)
    assert not public, (
        f"SNS topic {sns_topic.name} in {sns_topic.region} has an access policy that allows public access: "
        f"statement {', '.join(public)} grants Principal * without a condition limiting it to fixed accounts, "
        "organizations, sources or networks"
    )
