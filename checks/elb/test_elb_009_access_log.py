"""ELB-009 (FSBP ELB.5, Classic Load Balancers): Classic Load Balancers must write access logs."""

from fixtures.rules import Rule

RULE = Rule(
    id="ELB-009",
    title="ELB Access Log",
    risk="Medium",
    service="ELB",
    compliant="The Classic Load Balancer delivers access logs to Amazon S3.",
    rationale=(
        "The load balancer is where every request first arrives, so its access logs hold each client's address, "
        "the time, the request line, latency and the response code. Without them a probe, a credential-stuffing "
        "run or a data pull through the application leaves no record to investigate or alert on, and the logs "
        "cannot be switched on after the fact."
    ),
    remediation=(
        "Console: open EC2 > Load Balancers, select the Classic Load Balancer, open the Attributes tab (or "
        "Description > Configure access logs), choose Edit, enable access logs, set the interval and the S3 "
        "bucket (whose policy lets Elastic Load Balancing write to it) and save. "
        "CLI: 'aws elb modify-load-balancer-attributes --load-balancer-name NAME --load-balancer-attributes "
        "\"AccessLog={Enabled=true,S3BucketName=BUCKET,EmitInterval=60}\"'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-5",
        "https://docs.aws.amazon.com/config/latest/developerguide/elb-logging-enabled.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-access-logs.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_AccessLog.html",
    ),
    notes=(
        "Carries FSBP ELB.5 for Classic Load Balancers (Conformity ELB-009); ELBv2-002 carries it for Application "
        "Load Balancers. ELB.5 judges both kinds the same way but through two APIs with their own attributes, "
        "permissions and fixes, and Conformity has a rule for each, so it is two rules, each carrying ELB.5: a "
        "finding names the kind and the command that fixes it. Evidence: AccessLog.Enabled from "
        "elb:DescribeLoadBalancerAttributes, read per load balancer. The control's Config rule (elb-logging-"
        "enabled) can also require given buckets; FSBP sets none, so any bucket passes."
    ),
)


def test_elb_009_access_log(classic_load_balancer_attributes):
    balancer = classic_load_balancer_attributes
    assert balancer.access_log, (
        f"Classic Load Balancer {balancer.name} in {balancer.region} does not have access logs enabled"
    )
