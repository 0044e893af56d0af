"""OpenSearch.4: OpenSearch Service domains must publish their error logs to CloudWatch Logs (FSBP ES.4 too)."""

from fixtures.rules import Rule

RULE = Rule(
    id="OpenSearch.4",
    title="Domain Error Logging To CloudWatch Logs",
    risk="Medium",
    service="Elasticsearch",
    compliant="The OpenSearch Service domain publishes its error (application) logs to CloudWatch Logs.",
    rationale=(
        "Error logs record failed requests, plugin and mapping errors, and problems with snapshots and shard "
        "allocation. Kept in CloudWatch Logs they outlive the nodes that wrote them, can raise alarms, and help "
        "tell an outage from an attack during an investigation; left off, that record does not exist."
    ),
    remediation=(
        "Console: in Amazon OpenSearch Service, open the domain, choose the Logs tab, under Error logs choose "
        "Enable, pick or create a CloudWatch Logs log group (the console can add the resource policy that lets "
        "the service write to it) and save. "
        "CLI: 'aws logs create-log-group --log-group-name /aws/opensearch/NAME/errors', allow "
        "es.amazonaws.com to write to it with 'aws logs put-resource-policy ...', then "
        "'aws opensearch update-domain-config --domain-name NAME --log-publishing-options "
        "\"ES_APPLICATION_LOGS={CloudWatchLogsLogGroupArn=LOG_GROUP_ARN,Enabled=true}\"'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-4",
        "https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-4",
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createdomain-configure-slow-logs.html",
        "https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_LogPublishingOption.html",
    ),
    notes=(
        "Evidence is opensearch:DescribeDomains LogPublishingOptions.ES_APPLICATION_LOGS.Enabled (the error logs; "
        "both controls fix the log type to 'error'). ES.4 and OpenSearch.4 judge the same domains the same way, "
        "so one rule carries both; it takes the OpenSearch.4 ID because the domains are read through the "
        "OpenSearch API and ES.n are the legacy names. Conformity ES-011 (slow logs) is related only. Whether the "
        "log group still exists is not checked, as neither control checks it."
    ),
)


def test_opensearch_4_error_logging(search_domain):
    assert search_domain.error_logs, (
        f"OpenSearch domain {search_domain.name} in {search_domain.region} does not publish error logs "
        "to CloudWatch Logs"
    )
