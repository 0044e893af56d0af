"""ELB.4: Application Load Balancers must drop HTTP header fields that are not valid."""

from fixtures.rules import Rule

RULE = Rule(
    id="ELB.4",
    title="ALB Drops Invalid HTTP Headers",
    risk="Medium",
    service="ELBv2",
    compliant="The Application Load Balancer removes HTTP header fields whose names are not valid.",
    rationale=(
        "Header names with characters outside letters, digits and hyphens are a classic ingredient of request "
        "smuggling and header injection: the load balancer and the application may read them differently, or "
        "an application may trust a look-alike of a header the load balancer sets. By default an ALB passes "
        "them on; dropping them means targets only ever see well-formed headers."
    ),
    remediation=(
        "Console: open EC2 > Load Balancers, select the Application Load Balancer, open the Attributes tab, "
        "choose Edit, turn on Drop invalid header fields (under Packet handling) and save. "
        "CLI: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn ARN --attributes "
        "Key=routing.http.drop_invalid_header_fields.enabled,Value=true'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-4",
        "https://docs.aws.amazon.com/config/latest/developerguide/alb-http-drop-invalid-header-enabled.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_LoadBalancerAttribute.html",
    ),
    notes=(
        "Evidence: routing.http.drop_invalid_header_fields.enabled from elbv2:DescribeLoadBalancerAttributes, "
        "read per Application Load Balancer; 'true' passes, 'false' (AWS's default) or no such attribute fails. "
        "Network and Gateway Load Balancers do not parse HTTP and are not applicable. No Conformity ID in the "
        "2023 list."
    ),
)


def test_elb_4_drop_invalid_header_fields(application_load_balancer_attributes):
    balancer = application_load_balancer_attributes
    assert balancer.drop_invalid_header_fields, (
        f"Application Load Balancer {balancer.name} in {balancer.region} does not drop invalid HTTP header "
        "fields (routing.http.drop_invalid_header_fields.enabled is false)"
    )
