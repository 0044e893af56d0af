"""WAF.11: AWS WAF web ACLs must log the traffic they inspect."""

from fixtures.rules import Rule

RULE = Rule(
    id="WAF.11",
    title="WAF Web ACL Logging",
    risk="Low",
    service="WAF",
    compliant="The web ACL sends its traffic logs to a logging destination.",
    rationale=(
        "Metrics say how many requests a web ACL blocked; only its logs say which requests, from where, and "
        "which rule matched. Without them a false positive that locks out customers cannot be traced to its "
        "rule, and an attack that got through cannot be reconstructed. Logging to CloudWatch Logs, S3 or "
        "Firehose keeps that record, with redaction for sensitive fields."
    ),
    remediation=(
        "Console: open AWS WAF > Web ACLs, choose the region (or Global for CloudFront), select the web ACL, open "
        "the Logging and metrics tab, choose Enable under Logging, pick a destination whose name starts with "
        "aws-waf-logs- (a CloudWatch Logs log group, an S3 bucket or a Firehose stream), set redacted fields if "
        "needed and Save. "
        "CLI: 'aws wafv2 put-logging-configuration --logging-configuration "
        "ResourceArn=WEB_ACL_ARN,LogDestinationConfigs=DESTINATION_ARN' (in us-east-1 for a CloudFront web "
        "ACL)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/waf-controls.html#waf-11",
        "https://docs.aws.amazon.com/waf/latest/developerguide/logging-management.html",
        "https://docs.aws.amazon.com/waf/latest/APIReference/API_GetLoggingConfiguration.html",
    ),
    notes=(
        "Evidence is wafv2:GetLoggingConfiguration with the web ACL's ARN, read per web ACL listed by "
        "wafv2:ListWebACLs (Scope REGIONAL in every audited region, Scope CLOUDFRONT in us-east-1): a "
        "configuration with a destination passes; WAFNonexistentItemException, AWS's answer for a web ACL that "
        "was never given one, fails. As the control notes, logging set up for the account through Amazon "
        "Security Lake is not seen. CloudFront web ACLs are evaluated only when us-east-1 is audited. No "
        "Conformity ID in the 2023 list."
    ),
)


def test_waf_11_web_acl_logging(waf_web_acl_logging):
    logging = waf_web_acl_logging
    assert logging.destinations, f"AWS WAF web ACL {logging.acl.label} does not have logging enabled"
