"""ElasticBeanstalk-001: Elastic Beanstalk environments must use enhanced health reporting."""

from fixtures.rules import Rule

RULE = Rule(
    id="ElasticBeanstalk-001",
    title="Elastic Beanstalk Enhanced Health Reporting",
    risk="Low",
    service="ElasticBeanstalk",
    compliant="The environment uses enhanced health reporting.",
    rationale=(
        "Basic health reporting only follows the load balancer's or instance's status checks. Enhanced health "
        "reporting runs an agent on each instance that reports request rates, latencies, errors and resource "
        "use, and gives the environment a health status with causes. Degradation, a failing deployment or an "
        "instance under attack shows up sooner and with a reason, before it turns into an outage."
    ),
    remediation=(
        "Console: in Elastic Beanstalk, open the environment, choose Configuration, edit Monitoring, set System "
        "under Health reporting to Enhanced (the instance profile needs the AWSElasticBeanstalkWebTier or "
        "equivalent permissions) and apply. "
        "CLI: 'aws elasticbeanstalk update-environment --environment-name ENVIRONMENT --option-settings "
        "Namespace=aws:elasticbeanstalk:healthreporting:system,OptionName=SystemType,Value=enhanced'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elasticbeanstalk-controls.html#elasticbeanstalk-1",
        "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/health-enhanced.html",
        "https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DescribeConfigurationSettings.html",
    ),
    notes=(
        "FSBP ElasticBeanstalk.1, Conformity ElasticBeanstalk-001. Evidence is "
        "elasticbeanstalk:DescribeConfigurationSettings option aws:elasticbeanstalk:healthreporting:system "
        "SystemType: enhanced passes, basic (or no value) fails. The setting is read rather than inferred from "
        "DescribeEnvironments HealthStatus (present only under enhanced reporting), since it states the "
        "configuration directly and is read once for ElasticBeanstalk.3 anyway. Risk Low as FSBP rates it "
        "(Conformity rates it Medium)."
    ),
)


def test_elasticbeanstalk_001_enhanced_health_reporting(beanstalk_environment):
    environment = beanstalk_environment
    assert environment.health_reporting == "enhanced", (
        f"Elastic Beanstalk environment {environment.name} (application {environment.application}) in "
        f"{environment.region} uses {environment.health_reporting or 'no'} health reporting, not enhanced"
    )
