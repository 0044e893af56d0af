"""ELBv2-002 (FSBP ELB.5, Application Load Balancers): Application Load Balancers must write access logs."""

from fixtures.rules import Rule

RULE = Rule(
    id="ELBv2-002",
    title="ELBv2 Access Log",
    risk="Medium",
    service="ELBv2",
    compliant="The Application Load Balancer delivers access logs to Amazon S3.",
    rationale=(
        "An ALB's access logs record every request it received: client address, time, URL, user agent, TLS "
        "details, target, latency and response code. They are often the only trace of an attack on a web "
        "application (scans, injection attempts, abuse of an API) and of what it reached, and requests that "
        "were never logged cannot be investigated later."
    ),
    remediation=(
        "Console: open EC2 > Load Balancers, select the Application Load Balancer, open the Attributes tab, "
        "choose Edit, turn on Access logs under Monitoring, choose the S3 bucket (its policy must let Elastic "
        "Load Balancing write to it) and save. "
        "CLI: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn ARN --attributes "
        "Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=BUCKET'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-5",
        "https://docs.aws.amazon.com/config/latest/developerguide/elb-logging-enabled.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_LoadBalancerAttribute.html",
    ),
    notes=(
        "Carries FSBP ELB.5 for Application Load Balancers (Conformity ELBv2-002); ELB-009 carries it for "
        "Classic Load Balancers. One control, two rules: the kinds are read through different APIs and fixed "
        "with different commands, and Conformity has a rule for each. Evidence: access_logs.s3.enabled from "
        "elbv2:DescribeLoadBalancerAttributes, read per Application Load Balancer; 'false' (AWS's default) or "
        "no such attribute fails. Network and Gateway Load Balancers are outside ELB.5, as its Config rule "
        "(elb-logging-enabled) says. Any bucket passes (FSBP sets no s3BucketNames)."
    ),
)


def test_elbv2_002_access_log(application_load_balancer_attributes):
    balancer = application_load_balancer_attributes
    assert balancer.access_logs, (
        f"Application Load Balancer {balancer.name} in {balancer.region} does not have access logs enabled"
    )
