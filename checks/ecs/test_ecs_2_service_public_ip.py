"""ECS.2: ECS services must not assign public IP addresses to their tasks automatically."""

from fixtures.rules import Rule

RULE = Rule(
    id="ECS.2",
    title="ECS Services Without Public IPs",
    risk="High",
    service="ECS",
    compliant="The ECS service does not assign public IP addresses to its tasks.",
    rationale=(
        "A task that gets a public IP address can be reached from the internet directly whenever its security "
        "group lets traffic in, bypassing the load balancer, WAF and private routing the service was designed "
        "around. Tasks in private subnets that reach out through a NAT gateway or VPC endpoints, and take "
        "inbound traffic only through a load balancer, leave one guarded way in."
    ),
    remediation=(
        "Console: open Amazon ECS > Clusters > CLUSTER > Services, select the service and choose Update; under "
        "Networking turn Public IP off (choose private subnets with a NAT gateway or VPC endpoints so the tasks can "
        "still pull images), then Update. "
        "CLI: aws ecs update-service --cluster CLUSTER --service SERVICE --network-configuration "
        "'awsvpcConfiguration={subnets=[subnet-PRIVATE1,subnet-PRIVATE2],securityGroups=[sg-ID],"
        "assignPublicIp=DISABLED}'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-2",
        "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html",
        "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html",
    ),
    notes=(
        "Evidence is ecs:DescribeServices networkConfiguration.awsvpcConfiguration.assignPublicIp for every service "
        "of every cluster (ecs:ListClusters, ListServices): ENABLED fails, DISABLED passes (AWS Config "
        "ecs-service-assign-public-ip-disabled). Decision: a service without an awsvpc configuration (bridge or "
        "host networking on EC2) passes, since the service itself assigns no address; its container instances' "
        "addresses are EC2's concern (EC2.9). No Conformity ID in the 2023 list."
    ),
)


def test_ecs_2_service_public_ip(ecs_service):
    assert ecs_service.assign_public_ip != "ENABLED", (
        f"ECS service {ecs_service.name} in cluster {ecs_service.cluster} in {ecs_service.region} assigns public IP "
        "addresses to its tasks automatically (assignPublicIp ENABLED)"
    )
