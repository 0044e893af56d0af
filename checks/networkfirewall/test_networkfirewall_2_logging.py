"""NetworkFirewall.2: Network Firewall firewalls must send their logs somewhere."""

from fixtures.rules import Rule

RULE = Rule(
    id="NetworkFirewall.2",
    title="Firewall Logging Enabled",
    risk="Medium",
    service="NetworkFirewall",
    compliant="The firewall sends at least one type of log (alert, flow or TLS) to a destination.",
    rationale=(
        "A firewall that drops or alerts on traffic without logging it protects the VPC but leaves no trace of what "
        "it saw: no record of the blocked connection attempts, the alerts its intrusion rules raised or the flows "
        "that passed. Those logs are what shows an attack in progress, proves what left the network, and lets "
        "anyone tune rules that block legitimate traffic."
    ),
    remediation=(
        "Console: in the VPC console open Network Firewall > Firewalls, choose the firewall, then the Firewall "
        "details tab; under Logging choose Edit, tick Alert and Flow (and TLS if used), pick a destination (S3 "
        "bucket, CloudWatch Logs log group or Kinesis Data Firehose stream) for each and save. "
        "CLI: 'aws network-firewall update-logging-configuration --firewall-arn ARN --logging-configuration "
        "'{\"LogDestinationConfigs\":[{\"LogType\":\"ALERT\",\"LogDestinationType\":\"CloudWatchLogs\","
        "\"LogDestination\":{\"logGroup\":\"LOG_GROUP\"}}]}''."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/networkfirewall-controls.html#networkfirewall-2",
        "https://docs.aws.amazon.com/network-firewall/latest/developerguide/firewall-logging.html",
        "https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_DescribeLoggingConfiguration.html",
    ),
    notes=(
        "Evidence: network-firewall:DescribeLoggingConfiguration LoggingConfiguration.LogDestinationConfigs must "
        "name at least one destination, of any log type, as FSBP NetworkFirewall.2 passes without its optional "
        "logType parameter. Whether the destination bucket, log group or stream still exists is not checked."
    ),
)


def test_networkfirewall_2_logging(firewall_logging):
    firewall = firewall_logging
    assert firewall.destinations, (
        f"Network Firewall firewall {firewall.name} in {firewall.region} does not have logging enabled "
        "(no log destination)")
