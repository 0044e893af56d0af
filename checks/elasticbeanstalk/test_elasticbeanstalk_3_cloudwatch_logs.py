"""ElasticBeanstalk.3: Elastic Beanstalk environments must stream their instance logs to CloudWatch Logs."""

from fixtures.rules import Rule

RULE = Rule(
    id="ElasticBeanstalk.3",
    title="Elastic Beanstalk Logs Streamed to CloudWatch",
    risk="High",
    service="ElasticBeanstalk",
    compliant="The environment streams its instance logs to CloudWatch Logs.",
    rationale=(
        "An Elastic Beanstalk environment replaces its instances as it scales and deploys, and the logs on a "
        "replaced instance go with it. Streaming the web server, application and platform logs to CloudWatch "
        "Logs keeps them after the instance is gone, in one place where they can be searched, alarmed on and "
        "kept for as long as an investigation may need them."
    ),
    remediation=(
        "Console: in Elastic Beanstalk, open the environment, choose Configuration, edit Updates, monitoring, "
        "and logging (or Software), under Instance log streaming to CloudWatch Logs turn Log streaming on, set "
        "a retention period and apply; the instance profile needs permission to write to CloudWatch Logs. "
        "CLI: 'aws elasticbeanstalk update-environment --environment-name ENVIRONMENT --option-settings "
        "Namespace=aws:elasticbeanstalk:cloudwatch:logs,OptionName=StreamLogs,Value=true "
        "Namespace=aws:elasticbeanstalk:cloudwatch:logs,OptionName=RetentionInDays,Value=365'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elasticbeanstalk-controls.html#elasticbeanstalk-3",
        "https://docs.aws.amazon.com/config/latest/developerguide/elastic-beanstalk-logs-to-cloudwatch.html",
        "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/AWSHowTo.cloudwatchlogs.html",
    ),
    notes=(
        "Evidence is elasticbeanstalk:DescribeConfigurationSettings option aws:elasticbeanstalk:cloudwatch:logs "
        "StreamLogs: true passes, false (or no value) fails. The control's optional RetentionInDays parameter "
        "has no default in Security Hub, so retention is not judged; choose one that fits your investigations. "
        "Conformity's ElasticBeanstalk-003 concerns log retention in S3 and is not this control, so the FSBP ID "
        "is the rule ID."
    ),
)


def test_elasticbeanstalk_3_cloudwatch_logs(beanstalk_environment):
    environment = beanstalk_environment
    assert environment.stream_logs.lower() == "true", (
        f"Elastic Beanstalk environment {environment.name} (application {environment.application}) in "
        f"{environment.region} does not stream its instance logs to CloudWatch Logs "
        f"(StreamLogs is {environment.stream_logs or 'not set'})"
    )
