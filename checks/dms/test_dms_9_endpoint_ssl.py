"""DMS.9: DMS endpoints must connect to their databases over SSL."""

from fixtures.rules import Rule

SSL_MODES = ("require", "verify-ca", "verify-full")

RULE = Rule(
    id="DMS.9",
    title="DMS Endpoints Use SSL",
    risk="Medium",
    service="DMS",
    compliant="The DMS endpoint connects to its database with SSL (mode require, verify-ca or verify-full).",
    rationale=(
        "A migration moves a database's entire contents, and the credentials to read and write it, between "
        "the replication instance and the source and target. With SSL mode none that traffic crosses the "
        "network in the clear; require encrypts it, and verify-ca or verify-full also check that the "
        "instance is talking to the real database and not to an impostor."
    ),
    remediation=(
        "Console: open AWS DMS > Endpoints, choose the endpoint, Modify, set Secure Socket Layer (SSL) mode "
        "to verify-full (or verify-ca, or at least require) and pick the CA certificate imported under "
        "Certificates, save and test the connection. "
        "CLI: 'aws dms import-certificate --certificate-identifier CA --certificate-pem file://ca.pem', then "
        "'aws dms modify-endpoint --endpoint-arn ARN --ssl-mode verify-full --certificate-arn CERT_ARN'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/dms-controls.html#dms-9",
        "https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.SSL.html",
        "https://docs.aws.amazon.com/controltower/latest/controlreference/dms-rules.html",
        "https://docs.aws.amazon.com/dms/latest/APIReference/API_Endpoint.html",
    ),
    notes=(
        "FSBP DMS.9; Conformity has no matching rule, so the ID is the control's. Evidence is "
        "dms:DescribeEndpoints SslMode (absent counts as none). The control's page does not say which engines "
        "it judges; as AWS's own proactive version of it (Control Tower CT.DMS.PR.2) does, only endpoints "
        "whose engine takes an SSL mode are judged: mysql, oracle, postgres, mariadb, aurora, "
        "aurora-postgresql, db2, sybase, mongodb, docdb and sqlserver. Endpoints of other engines (S3, "
        "DynamoDB, Kinesis, Kafka, Redshift, OpenSearch, Neptune, Redis, ...) are not applicable: DMS's SSL "
        "guide notes that services such as Redshift already encrypt the connection without it."
    ),
)


def test_dms_9_endpoint_ssl(dms_endpoint_ssl):
    endpoint = dms_endpoint_ssl
    assert endpoint.ssl_mode in SSL_MODES, (
        f"DMS {endpoint.endpoint_type} endpoint {endpoint.identifier} ({endpoint.engine}) in {endpoint.region} "
        f"does not use SSL: its SSL mode is {endpoint.ssl_mode}"
    )
