"""RDS-037: RDS for PostgreSQL DB instances must accept only encrypted connections."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS-037",
    title="PostgreSQL Transport Encryption",
    risk="Medium",
    service="RDS",
    compliant="The PostgreSQL DB instance's parameter group, in sync, sets rds.force_ssl to 1 (SSL/TLS required).",
    rationale=(
        "PostgreSQL clients fall back to an unencrypted connection when the server lets them, and many drivers "
        "default to trying SSL only if it is offered. Without rds.force_ssl the server lets them: passwords, "
        "queries and results can then cross the network in clear text, readable and alterable by anyone on the "
        "path. Forcing SSL turns every plain-text connection attempt into a refusal."
    ),
    remediation=(
        "Console: default parameter groups cannot be changed, so in RDS > Parameter groups create a DB parameter "
        "group of the instance's family (or open its custom one), set rds.force_ssl to 1 and save; then, if "
        "needed, select the instance in Databases, choose Modify, choose the group under Additional "
        "configuration and apply (a new group takes effect after a reboot). Make sure clients connect with "
        "sslmode=require or stricter first. "
        "CLI: 'aws rds modify-db-parameter-group --db-parameter-group-name GROUP --parameters "
        "ParameterName=rds.force_ssl,ParameterValue=1,ApplyMethod=immediate', and 'aws rds modify-db-instance "
        "--db-instance-identifier NAME --db-parameter-group-name GROUP' then 'aws rds reboot-db-instance "
        "--db-instance-identifier NAME' for a new group."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-38",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html",
        "https://docs.aws.amazon.com/config/latest/developerguide/rds-postgres-instance-encrypted-in-transit.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBParameters.html",
    ),
    notes=(
        "Evidence: the instance's DB parameter group (rds:DescribeDBInstances DBParameterGroups) and its "
        "rds.force_ssl value (rds:DescribeDBParameters DBParameterGroupName=GROUP, read once per group). A group "
        "that leaves it unset runs the engine default, which AWS documents as 0 before PostgreSQL 15 and 1 from "
        "15 on. As the control's Config rule (rds-postgres-instance-encrypted-in-transit) says, a group whose "
        "ParameterApplyStatus is not in-sync also fails: the instance does not yet run with its values. As FSBP "
        "RDS.38 says, members of a DB cluster are not applicable; Aurora PostgreSQL clusters set it in the cluster "
        "parameter group. RDS.39 (MySQL) shares the Conformity ID but judges other instances, so it carries its "
        "FSBP ID. Risk Medium follows FSBP; Conformity rates its rule High."
    ),
)


def test_rds_037_postgresql_transport_encryption(postgres_force_ssl):
    setting = postgres_force_ssl
    source = f" (the default of PostgreSQL {setting.engine_version})" if setting.default else ""
    forced = setting.value == "1"
    assert forced and setting.apply_status == "in-sync", (
        f"RDS for PostgreSQL DB instance {setting.identifier} in {setting.region} "
        + (f"does not require SSL: rds.force_ssl is {setting.value}{source} in DB parameter group "
           f"{setting.parameter_group}" if not forced
           else f"does not yet run with DB parameter group {setting.parameter_group}, which is "
                f"{setting.apply_status}, not in-sync")
    )
