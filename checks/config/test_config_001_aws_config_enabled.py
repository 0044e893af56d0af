"""Config-001: AWS Config must record every supported resource type in every region."""

from fixtures.rules import Rule

RULE = Rule(
    id="Config-001",
    title="AWS Config Enabled",
    risk="High",
    service="Config",
    compliant="AWS Config is recording all supported resource types in this region.",
    rationale=(
        'AWS Config keeps the history of how each resource was configured and when that changed. Without it in a '
        'region, nobody can tell what a security group or bucket policy looked like at the time of an incident, '
        'and Config rules and conformance packs have nothing to evaluate there.'
    ),
    remediation=(
        'Console: AWS Config > Settings (or Get started) in the region: record all resource types supported in the'
        " region, choose an S3 bucket for delivery and a service role, and make sure recording is on. CLI: 'aws "
        'configservice put-configuration-recorder --configuration-recorder name=default,roleARN=ROLE_ARN '
        "--recording-group allSupported=true', 'aws configservice put-delivery-channel --delivery-channel "
        "name=default,s3BucketName=BUCKET', then 'aws configservice start-configuration-recorder --configuration-"
        "recorder-name default'."
    ),
    references=(
        "https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html",
        "https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html",
    ),
    notes=(
        'Passes when a recorder in the region records all supported resource types (allSupported), is recording, '
        'and its last status is SUCCESS, as CIS 3.3 (v4.0.1, v5.0.0) asks: a recorder still PENDING after being '
        'started fails until its first delivery succeeds. includeGlobalResourceTypes is not required in every '
        "region: AWS advises recording IAM's global resources in one region only, to avoid duplicate items. CIS "
        'asks for it on at least one recorder of the account; this per-region rule does not check that across '
        'regions, nor whether a region with several recorders has every one recording all types.'
    ),
)


def test_config_001_aws_config_enabled(config_recording):
    where = f"account {config_recording.account_id} region {config_recording.region}"
    recorders = config_recording.recorders
    assert recorders, f"AWS Config has no configuration recorder in {where}"
    problems = []
    for recorder in recorders:
        if not recorder.all_supported:
            problems.append(f"recorder {recorder.name} records only selected resource types")
        elif not recorder.recording:
            problems.append(f"recorder {recorder.name} is not recording")
        elif recorder.last_status.upper() == "FAILURE":
            problems.append(f"recorder {recorder.name} failed its last recording")
        elif recorder.last_status.upper() != "SUCCESS":
            problems.append(f"recorder {recorder.name} has not recorded successfully yet (last status "
                            f"{recorder.last_status or 'none'})")
        else:
            return
    assert not problems, f"AWS Config is not recording all resources in {where}: " + "; ".join(problems)
