"""FSx.1: FSx for OpenZFS file systems must copy their tags to backups and to volumes."""

from fixtures.rules import Rule

RULE = Rule(
    id="FSx.1",
    title="OpenZFS Copies Tags To Backups And Volumes",
    risk="Low",
    service="FSx",
    compliant="The FSx for OpenZFS file system copies its tags to its backups and to its volumes.",
    rationale=(
        "Tags carry who owns data, how sensitive it is and what may be done with it; backup plans, cost "
        "reports and tag-based IAM conditions rely on them. Backups and volumes that do not inherit the file "
        "system's tags fall outside those policies and are hard to trace back to an owner when they are found."
    ),
    remediation=(
        "Console: in Amazon FSx, choose the OpenZFS file system, choose Actions > Update file system, tick Copy "
        "tags to backups and Copy tags to volumes, and save (existing backups and volumes keep their tags; "
        "tag them by hand if needed). "
        "CLI: 'aws fsx update-file-system --file-system-id fs-ID --open-zfs-configuration "
        "CopyTagsToBackups=true,CopyTagsToVolumes=true'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/fsx-controls.html#fsx-1",
        "https://docs.aws.amazon.com/fsx/latest/OpenZFSGuide/updating-file-system.html",
        "https://docs.aws.amazon.com/fsx/latest/APIReference/API_OpenZFSFileSystemConfiguration.html",
    ),
    notes=(
        "Evidence is fsx:DescribeFileSystems OpenZFSConfiguration.CopyTagsToBackups and CopyTagsToVolumes: both "
        "must be true. Only OpenZFS file systems are judged (FileSystemType OPENZFS); Lustre, ONTAP and Windows "
        "file systems are other controls (FSx.2 and later)."
    ),
)


def test_fsx_1_openzfs_copy_tags(openzfs_file_system):
    missing = [what for what, copied in (("backups", openzfs_file_system.copy_tags_to_backups),
                                         ("volumes", openzfs_file_system.copy_tags_to_volumes)) if not copied]
    name = f" ({openzfs_file_system.name})" if openzfs_file_system.name else ""
    assert not missing, (
        f"FSx for OpenZFS file system {openzfs_file_system.file_system_id}{name} in {openzfs_file_system.region} "
        f"does not copy its tags to {' or '.join(missing)}"
    )
