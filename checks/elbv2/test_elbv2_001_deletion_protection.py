"""ELBv2-001 (FSBP ELB.6): Application, Network and Gateway Load Balancers must have deletion protection."""

from fixtures.rules import Rule

RULE = Rule(
    id="ELBv2-001",
    title="ELBv2 Elastic Load Balancing Deletion Protection",
    risk="Medium",
    service="ELBv2",
    compliant="The load balancer has deletion protection enabled.",
    rationale=(
        "Deleting a load balancer takes the service behind it offline at once, and a new one gets a new DNS "
        "name that every alias, certificate binding and firewall rule must learn again. Deletion protection "
        "makes a delete fail until someone deliberately turns the protection off, which stops a mistaken "
        "console click, a stray script or a torn-down stack from causing an outage."
    ),
    remediation=(
        "Console: open EC2 > Load Balancers, select the load balancer, open the Attributes tab, choose Edit, "
        "turn on Deletion protection and save. "
        "CLI: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn ARN --attributes "
        "Key=deletion_protection.enabled,Value=true'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-6",
        "https://docs.aws.amazon.com/config/latest/developerguide/elb-deletion-protection-enabled.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html"
        "#deletion-protection",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/network-load-balancers.html"
        "#deletion-protection",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_LoadBalancerAttribute.html",
    ),
    notes=(
        "Carries FSBP ELB.6 (Conformity ELBv2-001). Evidence: deletion_protection.enabled from "
        "elbv2:DescribeLoadBalancerAttributes, read per load balancer; 'false' (AWS's default) fails. The "
        "catalog row names Application Load Balancers only; AWS now titles ELB.6 'Application, Gateway, and "
        "Network Load Balancers should have deletion protection enabled' and its Config rule (elb-deletion-"
        "protection-enabled) covers every AWS::ElasticLoadBalancingV2::LoadBalancer, so all three kinds are "
        "judged."
    ),
)


def test_elbv2_001_deletion_protection(load_balancer_v2_attributes):
    balancer = load_balancer_v2_attributes
    assert balancer.deletion_protection, (
        f"{balancer.kind_name} {balancer.name} in {balancer.region} does not have deletion protection enabled"
    )
