"""DynamoDB.1: DynamoDB tables must scale their capacity with demand (on demand, or auto scaling)."""

from fixtures.rules import Rule

RULE = Rule(
    id="DynamoDB.1",
    title="DynamoDB Capacity Auto Scaling",
    risk="Medium",
    service="DynamoDB",
    compliant="The DynamoDB table uses on-demand capacity, or auto scaling manages every capacity it provisions.",
    rationale=(
        "A table with a fixed provisioned capacity rejects requests with throttling errors as soon as traffic "
        "grows past it, so a busy hour or a batch job becomes an outage for the applications that use the table. "
        "On-demand capacity, or auto scaling of the read and write capacity of the table and of each of its "
        "global secondary indexes, lets capacity follow the load without anyone having to act."
    ),
    remediation=(
        "Console: open DynamoDB > Tables, choose the table, then Additional settings > Read/write capacity > "
        "Edit; either choose On-demand, or keep Provisioned and turn Auto scaling on for both read and write "
        "capacity, applying the same settings to the global secondary indexes. "
        "CLI: aws dynamodb update-table --table-name NAME --billing-mode PAY_PER_REQUEST; or, per capacity, "
        "aws application-autoscaling register-scalable-target --service-namespace dynamodb --resource-id "
        "table/NAME --scalable-dimension dynamodb:table:ReadCapacityUnits --min-capacity 5 --max-capacity 500 "
        "followed by aws application-autoscaling put-scaling-policy --service-namespace dynamodb --resource-id "
        "table/NAME --scalable-dimension dynamodb:table:ReadCapacityUnits --policy-name NAME-read "
        "--policy-type TargetTrackingScaling --target-tracking-scaling-policy-configuration "
        "'{\"TargetValue\":70,\"PredefinedMetricSpecification\":{\"PredefinedMetricType\":"
        "\"DynamoDBReadCapacityUtilization\"}}'; repeat for WriteCapacityUnits and for each index "
        "(resource ID table/NAME/index/INDEX, dimensions dynamodb:index:...)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-1",
        "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.html",
        "https://docs.aws.amazon.com/autoscaling/application/APIReference/API_DescribeScalableTargets.html",
    ),
    notes=(
        "Evidence: dynamodb:DescribeTable BillingModeSummary.BillingMode (absent means PROVISIONED) and "
        "GlobalSecondaryIndexes, and application-autoscaling:DescribeScalableTargets with "
        "ServiceNamespace=dynamodb (read once per region). An on-demand (PAY_PER_REQUEST) table passes; a "
        "provisioned one passes when its read and write capacity, and those of each global secondary index, are "
        "registered scalable targets. The indexes count because the control's AWS Config rule "
        "(dynamodb-autoscaling-enabled) judges tables or global secondary indexes. The control's optional "
        "parameters (minimum capacities, target utilisation) have no default and are not applied; whether a "
        "scaling policy is attached to each target is not checked either (the control asks for auto scaling to be "
        "configured, which registering the target is). Tables in every state are judged."
    ),
)


def test_dynamodb_1_table_autoscaling(dynamodb_table_scaling):
    unscaled = dynamodb_table_scaling.unscaled()
    table = dynamodb_table_scaling.table
    assert not unscaled, (
        f"DynamoDB table {table.name} in {table.region} uses provisioned capacity without auto scaling for the "
        f"{', '.join(unscaled)}"
    )
