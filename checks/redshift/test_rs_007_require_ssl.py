"""RS-007: Redshift clusters must require TLS for client connections (require_ssl in their parameter group)."""

from fixtures.rules import Rule

RULE = Rule(
    id="RS-007",
    title="Redshift Parameter Group Require SSL",
    risk="Medium",
    service="Redshift",
    compliant="The cluster's parameter group sets require_ssl to true, so clients can only connect over TLS.",
    rationale=(
        "Redshift offers TLS to every client but, unless require_ssl is on, it also accepts clients that "
        "connect in the clear. Query text, result sets and login exchanges then cross the network readable "
        "and alterable by anyone on the path. Requiring TLS at the cluster makes a client without it fail to "
        "connect instead of silently sending data unencrypted."
    ),
    remediation=(
        "Console: open Amazon Redshift > Configurations > Workload management, choose the cluster's "
        "parameter group (a default group cannot be edited: create a custom group and attach it to the "
        "cluster with Modify), choose Parameters > Edit parameters, set require_ssl to true and save, then "
        "reboot the cluster so the change applies. "
        "CLI: 'aws redshift modify-cluster-parameter-group --parameter-group-name GROUP --parameters "
        "ParameterName=require_ssl,ParameterValue=true', then 'aws redshift reboot-cluster "
        "--cluster-identifier NAME'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-2",
        "https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html",
        "https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeClusterParameters.html",
    ),
    notes=(
        "FSBP Redshift.2. Evidence is the require_ssl value of each parameter group redshift:DescribeClusters "
        "names for the cluster, from redshift:DescribeClusterParameters (read once per group). The value in "
        "the group is judged, as the control judges it, even while the cluster waits for a reboot to apply "
        "it (ParameterApplyStatus pending-reboot)."
    ),
)


def test_rs_007_require_ssl(redshift_cluster_tls):
    tls = redshift_cluster_tls
    where = f"Redshift cluster {tls.identifier} in {tls.region}"
    assert tls.require_ssl, f"{where} names no parameter group, so nothing makes it require TLS"
    assert not tls.groups_without_tls, (
        f"{where} does not require TLS for connections: "
        + ", ".join(f"parameter group {group} has require_ssl {tls.require_ssl[group] or 'unset'}"
                    for group in tls.groups_without_tls)
    )
