"""AppSync.2: AppSync GraphQL APIs must have field-level logging turned on."""

from fixtures.rules import Rule

RULE = Rule(
    id="AppSync.2",
    title="Field-Level Logging Enabled",
    risk="Medium",
    service="AppSync",
    compliant="The GraphQL API logs its field resolvers to CloudWatch Logs (field log level other than NONE).",
    rationale=(
        "A GraphQL request fans out into many resolvers, each reading from a different data source. Field-level "
        "logs show which resolver failed, with which request mapping and error, which is what a developer needs "
        "to fix a broken query and what an investigator needs to see which data a suspicious query touched; "
        "request-level metrics alone show only that something went wrong."
    ),
    remediation=(
        "Console: in AppSync choose the API, then Settings; under Logging turn on Enable logs, choose a field "
        "resolver log level (ERROR or ALL; INFO and DEBUG log errors too), pick or create the CloudWatch Logs role "
        "and save. "
        "CLI: 'aws appsync update-graphql-api --api-id ID --name NAME --authentication-type TYPE --log-config "
        "fieldLogLevel=ERROR,cloudWatchLogsRoleArn=ROLE_ARN'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/appsync-controls.html#appsync-2",
        "https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html",
        "https://docs.aws.amazon.com/appsync/latest/APIReference/API_LogConfig.html",
    ),
    notes=(
        "Evidence: appsync:ListGraphqlApis logConfig.fieldLogLevel; the control fails an API whose field resolver "
        "log level is NONE (or that has no logging configuration). Its optional fieldLoggingLevel parameter has no "
        "default and is not offered here, so ERROR and ALL pass, and so do INFO and DEBUG, levels AppSync added "
        "after the control was written that log errors too. AppSync.1 (cache encryption at rest) has no rule: AWS "
        "retired it on 9 March 2026, since AppSync now encrypts every API cache at rest."
    ),
)


def test_appsync_2_field_level_logging(graphql_api):
    api = graphql_api
    assert api.field_log_level != "NONE", (
        f"AppSync GraphQL API {api.name} ({api.api_id}) in {api.region} does not have field-level logging enabled "
        "(field log level NONE)")
