"""CT-001: a multi-region trail must be logging every management event, read and write."""

from fixtures.rules import Rule

RULE = Rule(
    id="CT-001",
    title="CloudTrail Enabled",
    risk="High",
    service="CloudTrail",
    compliant="A multi-region trail is logging all management events, read and write.",
    rationale=(
        "CloudTrail is the account's record of who called which API, from where and when. Without a trail that "
        'covers every region and every management event, an intruder can act in a region or through a call type '
        'nobody records, and an investigation has nothing to reconstruct the events from beyond the 90-day event '
        'history.'
    ),
    remediation=(
        'Console: CloudTrail > Trails > Create trail (or edit an existing one): apply it to all regions, choose an'
        ' S3 bucket, and under Management events select both Read and Write with no excluded sources; make sure '
        "the trail shows Logging: on. CLI: 'aws cloudtrail create-trail --name NAME --s3-bucket-name BUCKET --is-"
        "multi-region-trail', 'aws cloudtrail put-event-selectors --trail-name NAME --event-selectors "
        "ReadWriteType=All,IncludeManagementEvents=true', then 'aws cloudtrail start-logging --name NAME'."
    ),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html",
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-management-events-with-cloudtrail.html",
    ),
    notes=(
        "Trails come from DescribeTrails in the account's home region with shadow trails included, deduplicated by"
        " ARN; GetTrailStatus and GetEventSelectors are read in each trail's home region. Basic and advanced event"
        ' selectors both count. As CIS 3.1 tests it (v3.0.0/v4.0.1: IncludeManagementEvents true and ReadWriteType'
        ' All; v5.0.0: an eventCategory Management selector without a readOnly field), a selector that excludes '
        'event sources (such as KMS or RDS Data API) or adds other conditions still counts; leaving sources out '
        "is advised against, and the exclusions are kept as evidence. A trail with no selectors at all gets AWS's "
        'default (all management events). An organization trail seen from a member account counts for that account.'
    ),
)


def test_ct_001_cloudtrail_enabled(cloudtrail_account):
    trails = cloudtrail_account.trails
    problems = "; ".join(f"trail {trail.name} is {', '.join(trail.shortfalls())}" for trail in trails)
    assert cloudtrail_account.trails, f"account {cloudtrail_account.account_id} has no CloudTrail trail"
    assert any(not trail.shortfalls() for trail in cloudtrail_account.trails), (
        f"account {cloudtrail_account.account_id} has no multi-region trail that is logging all management events: "
        f"{problems}"
    )
