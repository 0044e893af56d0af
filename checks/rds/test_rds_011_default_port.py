"""RDS-011: RDS databases must not listen on their engine's default port."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS-011",
    title="RDS Default Port",
    risk="Low",
    service="RDS",
    compliant="The database does not listen on its engine's default port.",
    rationale=(
        "Scanners and worms sweep networks for the well-known database ports (3306, 5432, 1433, 1521) and try "
        "default accounts and known exploits on whatever answers. A non-default port does not replace security "
        "groups or strong credentials, but it takes a database out of those untargeted sweeps and makes any "
        "probe that does find it stand out in flow logs."
    ),
    remediation=(
        "Console: in RDS, open Databases, select the DB instance or DB cluster, choose Modify, under "
        "Connectivity > Additional configuration set Database port to a non-default value, continue and apply; "
        "then allow the new port in the database's security groups and update connection strings. A Multi-AZ DB "
        "cluster cannot change its port: restore it to a point in time with the new port instead. "
        "CLI: 'aws rds modify-db-instance --db-instance-identifier NAME --db-port-number PORT "
        "--apply-immediately' or 'aws rds modify-db-cluster --db-cluster-identifier NAME --port PORT "
        "--apply-immediately'; for a Multi-AZ DB cluster, 'aws rds restore-db-cluster-to-point-in-time "
        "--source-db-cluster-identifier OLD --db-cluster-identifier NEW --use-latest-restorable-time --port PORT "
        "--db-cluster-instance-class CLASS'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-23",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.DBInstance.Modifying.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "FSBP RDS.23. Evidence: Port of each DB cluster (rds:DescribeDBClusters) and Endpoint.Port (or "
        "DbInstancePort) of each DB instance that belongs to no cluster (rds:DescribeDBInstances), both without "
        "parameters, compared with the engine's default: 3306 for MySQL, MariaDB and Aurora MySQL, 5432 for "
        "PostgreSQL and Aurora PostgreSQL, 1521 for Oracle, 1433 for SQL Server, 50000 for Db2. As AWS "
        "documents, instances that are part of a cluster are judged through their cluster. A database whose "
        "engine has no default known here, or whose answer names no port (an instance still being created has "
        "no endpoint), is an ERROR rather than a PASS: nothing shows it avoids the default. Neptune and "
        "DocumentDB (ports 8182, 27017) are left to their own rules."
    ),
)


def test_rds_011_default_port(rds_database_port):
    assert not rds_database_port.is_default, (
        f"RDS DB {rds_database_port.kind} {rds_database_port.identifier} ({rds_database_port.engine}) in "
        f"{rds_database_port.region} uses port {rds_database_port.port}, the default port of its engine"
    )
