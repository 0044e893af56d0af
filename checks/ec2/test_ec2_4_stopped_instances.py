"""EC2.4: an EC2 instance should not stay stopped for longer than the allowed number of days."""

from datetime import datetime, timedelta, timezone

from fixtures.rules import Rule

RULE = Rule(
    id="EC2.4",
    title="Stopped EC2 Instances Removed After a Set Period",
    risk="Medium",
    service="EC2",
    compliant="The instance is not stopped, or has been stopped for no longer than the allowed number of days.",
    rationale=(
        "An instance left stopped for weeks misses every patch, agent update and configuration change made while "
        "it was off, yet keeps its volumes, its instance profile and its security groups. When someone or some "
        "automation starts it again, an outdated and unwatched server rejoins the network. Instances nobody needs "
        "any more should be terminated, keeping an image or snapshots if their data matters; instances kept in "
        "reserve should be started for maintenance now and then."
    ),
    remediation=(
        "Find out whether the instance is still needed. If it is not, keep what matters and terminate it. "
        "Console: open EC2 > Instances, select the instance, optionally choose Actions > Image and templates > "
        "Create image, then choose Instance state > Terminate instance. "
        "CLI: aws ec2 create-image --instance-id <i-id> --name <name> (optional), then aws ec2 terminate-instances "
        "--instance-ids <i-id>. If it must be kept, start it, patch it and stop it again on a schedule (aws ec2 "
        "start-instances --instance-ids <i-id>, for example from a Systems Manager maintenance window)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-4",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html",
        "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Instance.html",
    ),
    notes=(
        "Evidence is ec2:DescribeInstances State, StateTransitionReason and LaunchTime. Only instances in the "
        "stopped state are judged; pending, running and stopping ones pass, and terminated ones are not listed. "
        "The stop time is the timestamp StateTransitionReason carries ('User initiated (2024-01-05 10:00:00 GMT)'); "
        "when the reason has none (an instance stopped after an internal error), the launch time stands in, as "
        "AWS's control does. The allowed days are settings.ec2_stopped_instance_days (FSBP AllowedDays, default "
        "30): an instance fails once it has been stopped for longer than that."
    ),
)


def test_ec2_4_stopped_instances(instance, settings):
    if instance.state != "stopped":
        return
    allowed = settings.ec2_stopped_instance_days
    now = datetime.now(timezone.utc)
    stopped = instance.state_changed
    if stopped is not None:
        since = f"since {stopped:%Y-%m-%d}"
    else:
        stopped = instance.launch_time
        since = (f"at least since its launch on {stopped:%Y-%m-%d}: StateTransitionReason "
                 f"{instance.state_transition_reason or '(empty)'!r} gives no stop time" if stopped else "")
    assert stopped is not None, (
        f"EC2 instance {instance.described} in {instance.region} is stopped and neither StateTransitionReason nor "
        "a launch time says since when"
    )
    assert now - stopped <= timedelta(days=allowed), (
        f"EC2 instance {instance.described} in {instance.region} has been stopped for {(now - stopped).days} days "
        f"({since}), longer than the {allowed} days allowed"
    )
