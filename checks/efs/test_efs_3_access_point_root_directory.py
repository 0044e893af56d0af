"""EFS.3: EFS access points must confine clients to a directory below the file system's root."""

from fixtures.rules import Rule

RULE = Rule(
    id="EFS.3",
    title="EFS Access Point Root Directory",
    risk="Medium",
    service="EFS",
    compliant="The EFS access point exposes a directory of its own as the root, not the file system's root.",
    rationale=(
        "An access point is usually made for one application. If its root is the file system's root, every "
        "client mounting through it can walk into every other application's directories; setting a "
        "subdirectory as its root confines those clients to the data meant for them."
    ),
    remediation=(
        "An access point's root directory cannot be changed: create a new one and move clients to it. "
        "Console: open Amazon EFS > Access points > Create access point, choose the file system, enter a "
        "Root directory path such as /app (with owner IDs and permissions so EFS can create it), create it, "
        "switch the clients' mount options to the new access point ID and delete the old one. "
        "CLI: aws efs create-access-point --file-system-id <fs-id> --root-directory "
        "'Path=/app,CreationInfo={OwnerUid=1000,OwnerGid=1000,Permissions=750}' --posix-user Uid=1000,Gid=1000; "
        "then aws efs delete-access-point --access-point-id <old-id>."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-3",
        "https://docs.aws.amazon.com/efs/latest/ug/efs-access-points.html",
        "https://docs.aws.amazon.com/efs/latest/ug/API_AccessPointDescription.html",
    ),
    notes=(
        "Evidence is RootDirectory.Path from elasticfilesystem:DescribeAccessPoints (one request per region "
        "lists every file system's access points): \"/\", or no root directory (which means \"/\"), fails. "
        "The control takes no list of approved directories, so any other path passes. No Conformity ID in "
        "the 2023 list."
    ),
)


def test_efs_3_access_point_root_directory(efs_access_point):
    point = efs_access_point
    name = f" ({point.name})" if point.name else ""
    assert point.root_directory != "/", (
        f"EFS access point {point.access_point_id}{name} of file system {point.file_system_id} in "
        f"{point.region} does not enforce a root directory: its clients reach the whole file system (/)"
    )
