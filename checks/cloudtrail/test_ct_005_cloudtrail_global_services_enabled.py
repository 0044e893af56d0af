"""CT-005: each trail must record events of global services such as IAM."""

from fixtures.rules import Rule

RULE = Rule(
    id="CT-005",
    title="CloudTrail Global Services Enabled",
    risk="High",
    service="CloudTrail",
    compliant="The trail records events of global services (IAM, STS, CloudFront).",
    rationale=(
        'Global services such as IAM and STS deliver their events to us-east-1 and only trails that include global'
        ' service events record them. A trail without them misses user, role and policy changes, the very events '
        'that show how someone gained access.'
    ),
    remediation=(
        "Console: the setting follows the trail's region scope: edit the trail and apply it to all regions, which "
        "always includes global service events. CLI: 'aws cloudtrail update-trail --name NAME --include-global-"
        "service-events' (or '--is-multi-region-trail', which implies it)."
    ),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html",
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html#cloudtrail-concepts-global-service-events",
    ),
    notes=(
        'Evaluated per trail from DescribeTrails (IncludeGlobalServiceEvents). Trails are listed from the '
        "account's home region: multi-region trails and that region's own trails; single-region trails homed in "
        'other regions are not listed there.'
    ),
)


def test_ct_005_cloudtrail_global_services_enabled(trail):
    assert trail.include_global_events, (
        f"trail {trail.name} (home region {trail.home_region}) does not record global service events "
        "(IncludeGlobalServiceEvents is false)"
    )
