"""Route53.2: Route 53 public hosted zones must log the DNS queries they answer."""

from fixtures.rules import Rule

RULE = Rule(
    id="Route53.2",
    title="Route 53 Query Logging",
    risk="Medium",
    service="Route53",
    compliant="The public hosted zone logs DNS queries to CloudWatch Logs.",
    rationale=(
        "DNS queries show who looks up your names, from which networks and for which records, including names "
        "that do not exist. That record helps spot reconnaissance of subdomains, domain abuse and traffic to "
        "records that should have been removed, and to trace an incident back in time. Route 53 keeps no query "
        "history unless query logging sends it to CloudWatch Logs."
    ),
    remediation=(
        "Console: open Route 53 > Hosted zones, select the public zone, choose Configure query logging, choose "
        "or create a log group in us-east-1 (for example /aws/route53/example.com), let Route 53 add the "
        "resource policy that allows it to write there, and choose Create. "
        "CLI: 'aws logs create-log-group --region us-east-1 --log-group-name /aws/route53/example.com', 'aws logs "
        "put-resource-policy --region us-east-1 --policy-name route53-query-logging --policy-document "
        "file://policy.json' (allowing route53.amazonaws.com logs:CreateLogStream and logs:PutLogEvents on "
        "/aws/route53/*), then 'aws route53 create-query-logging-config --hosted-zone-id ZONE_ID "
        "--cloud-watch-logs-log-group-arn LOG_GROUP_ARN'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/route53-controls.html#route53-2",
        "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/query-logs.html",
        "https://docs.aws.amazon.com/Route53/APIReference/API_ListQueryLoggingConfigs.html",
    ),
    notes=(
        "Evidence is route53:ListQueryLoggingConfigs with the zone's HostedZoneId, read per public zone: at "
        "least one configuration passes, none fails. Private zones (Config.PrivateZone in "
        "route53:ListHostedZones) are not applicable, as in the control; their queries are logged with Route 53 "
        "Resolver query logging instead. Route 53 is global: zones are read once per account and their cases' "
        "region is 'global'. No Conformity ID in the 2023 list."
    ),
)


def test_route53_2_query_logging(public_hosted_zone):
    zone = public_hosted_zone
    assert zone.log_groups, f"Route 53 public hosted zone {zone.name} ({zone.zone_id}) does not log DNS queries"
