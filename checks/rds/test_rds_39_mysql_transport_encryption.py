"""RDS.39: RDS for MySQL DB instances must accept only encrypted connections."""

from fixtures.rules import Rule

ON = ("1", "on")

RULE = Rule(
    id="RDS.39",
    title="MySQL Transport Encryption",
    risk="Medium",
    service="RDS",
    compliant=("The MySQL DB instance's parameter group, in sync, sets require_secure_transport on "
               "(SSL/TLS required)."),
    rationale=(
        "RDS for MySQL offers TLS but, up to version 8.4, also accepts plain connections, and clients use them "
        "whenever their connection string does not ask for TLS. Credentials, queries and result sets then travel "
        "in clear text where anyone on the network path can read or change them. require_secure_transport makes "
        "the server refuse every connection that is not encrypted."
    ),
    remediation=(
        "Console: default parameter groups cannot be changed, so in RDS > Parameter groups create a DB parameter "
        "group of the instance's family (or open its custom one), set require_secure_transport to 1 (ON) and "
        "save; then, if needed, select the instance in Databases, choose Modify, choose the group under "
        "Additional configuration and apply (a new group takes effect after a reboot). Make sure clients connect "
        "with --ssl-mode=REQUIRED or stricter first. "
        "CLI: 'aws rds modify-db-parameter-group --db-parameter-group-name GROUP --parameters "
        "ParameterName=require_secure_transport,ParameterValue=1,ApplyMethod=immediate', and 'aws rds "
        "modify-db-instance --db-instance-identifier NAME --db-parameter-group-name GROUP' then 'aws rds "
        "reboot-db-instance --db-instance-identifier NAME' for a new group."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-39",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mysql-ssl-connections.require-ssl.html",
        "https://docs.aws.amazon.com/config/latest/developerguide/rds-mysql-instance-encrypted-in-transit.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBParameters.html",
    ),
    notes=(
        "Evidence: the instance's DB parameter group (rds:DescribeDBInstances DBParameterGroups) and its "
        "require_secure_transport value (rds:DescribeDBParameters DBParameterGroupName=GROUP, read once per group); "
        "1 or ON passes. The control's page names the parameter rds.require_secure_transport, but RDS for MySQL and "
        "the control's Config rule (rds-mysql-instance-encrypted-in-transit) call it require_secure_transport. A "
        "group that leaves it unset runs the engine default, which AWS documents as 0 (OFF) up to MySQL 8.4 and "
        "1 (ON) from 9.7. As the Config rule says, a group whose ParameterApplyStatus is not in-sync also fails. "
        "As FSBP RDS.39 says, members of a DB cluster are not applicable. RDS-037 (FSBP RDS.38, PostgreSQL) took "
        "the shared Conformity ID, so this rule carries its FSBP ID. Risk Medium follows FSBP; Conformity rates "
        "its rule High."
    ),
)


def test_rds_39_mysql_transport_encryption(mysql_secure_transport):
    setting = mysql_secure_transport
    source = f" (the default of MySQL {setting.engine_version})" if setting.default else ""
    required = setting.value.lower() in ON
    assert required and setting.apply_status == "in-sync", (
        f"RDS for MySQL DB instance {setting.identifier} in {setting.region} "
        + (f"does not require SSL/TLS: require_secure_transport is {setting.value}{source} in DB parameter group "
           f"{setting.parameter_group}" if not required
           else f"does not yet run with DB parameter group {setting.parameter_group}, which is "
                f"{setting.apply_status}, not in-sync")
    )
