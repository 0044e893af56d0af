"""EMR.2: EMR block public access must be on, with no exception but port 22."""

from fixtures.rules import Rule

RULE = Rule(
    id="EMR.2",
    title="EMR Block Public Access Enabled",
    risk="Very High",
    service="EMR",
    compliant="EMR block public access is on in this region and lets no port but 22 be opened to the internet.",
    rationale=(
        "Block public access stops anyone in the account from launching an EMR cluster whose security groups "
        "accept traffic from 0.0.0.0/0 or ::/0, the usual way clusters end up with their web interfaces and "
        "application ports exposed. Each port listed as an exception may again be opened to the whole internet; "
        "AWS's default allows only SSH (22)."
    ),
    remediation=(
        "Console: Amazon EMR > Block public access (per region) > Edit, turn it On, remove every exception but "
        "port 22 (or all of them) and Save. "
        "CLI: 'aws emr put-block-public-access-configuration --region REGION --block-public-access-configuration "
        "BlockPublicSecurityGroupRules=true,PermittedPublicSecurityGroupRuleRanges=[{MinRange=22,MaxRange=22}]'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/emr-controls.html#emr-2",
        "https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-block-public-access.html",
        "https://docs.aws.amazon.com/emr/latest/APIReference/API_GetBlockPublicAccessConfiguration.html",
    ),
    notes=(
        "FSBP EMR.2 (no Conformity rule in the 2023 list). Evidence is emr:GetBlockPublicAccessConfiguration per "
        "audited region: BlockPublicSecurityGroupRules must be true and PermittedPublicSecurityGroupRuleRanges "
        "hold nothing but port 22, as the control fails when any other port is allowed. The setting is regional, "
        "so each region is one case although Security Hub names the account as the resource. Risk Very High for "
        "FSBP's Critical."
    ),
)


def test_emr_2_block_public_access(emr_block_public_access):
    setting = emr_block_public_access
    where = f"account {setting.account_id} region {setting.region}"
    assert setting.enabled, f"EMR block public access is turned off in {where}"
    others = [(low, high) for low, high in setting.permitted_ranges if (low, high) != (22, 22)]
    assert not others, (
        f"EMR block public access in {where} lets security groups open ports other than 22 to the internet "
        f"(permitted: {setting.permitted_ports})"
    )
