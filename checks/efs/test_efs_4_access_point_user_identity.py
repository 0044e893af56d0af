"""EFS.4: EFS access points must impose a POSIX user identity on their clients."""

from fixtures.rules import Rule

RULE = Rule(
    id="EFS.4",
    title="EFS Access Point User Identity",
    risk="Medium",
    service="EFS",
    compliant="The EFS access point makes every request under the POSIX user and group it sets.",
    rationale=(
        "NFS trusts the user and group IDs a client sends, so any client that can mount the file system can "
        "claim to be any user, root included, and read or change files by that user's permissions. An access "
        "point with a POSIX user replaces whatever identity the client claims with the one it sets, so an "
        "application gets exactly the file permissions intended for it."
    ),
    remediation=(
        "An access point's POSIX user cannot be changed: create a new one and move clients to it. "
        "Console: open Amazon EFS > Access points > Create access point, choose the file system, fill in "
        "POSIX user (user ID, group ID, optional secondary group IDs) and a root directory, create it, switch "
        "the clients' mount options to the new access point ID and delete the old one. "
        "CLI: aws efs create-access-point --file-system-id <fs-id> --posix-user Uid=1000,Gid=1000 "
        "--root-directory 'Path=/app,CreationInfo={OwnerUid=1000,OwnerGid=1000,Permissions=750}'; then aws "
        "efs delete-access-point --access-point-id <old-id>."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-4",
        "https://docs.aws.amazon.com/efs/latest/ug/efs-access-points.html",
        "https://docs.aws.amazon.com/efs/latest/ug/API_AccessPointDescription.html",
    ),
    notes=(
        "Evidence is PosixUser from elasticfilesystem:DescribeAccessPoints (one request per region): an access "
        "point without one fails. The control takes no list of approved user or group IDs, so any identity "
        "passes, root (0) included; an access point that imposes UID 0 deserves a second look. No Conformity "
        "ID in the 2023 list."
    ),
)


def test_efs_4_access_point_user_identity(efs_access_point):
    point = efs_access_point
    name = f" ({point.name})" if point.name else ""
    assert point.posix_user is not None, (
        f"EFS access point {point.access_point_id}{name} of file system {point.file_system_id} in "
        f"{point.region} does not enforce a POSIX user identity: clients act as whatever user they claim"
    )
