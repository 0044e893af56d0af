"""CT-012: object-level reads and writes of every S3 bucket must be recorded (CIS 3.8 and 3.9)."""

from fixtures.rules import Rule

RULE = Rule(
    id="CT-012",
    title="CloudTrail Data Events",
    risk="Low",
    service="CloudTrail",
    compliant="A multi-region trail records S3 object-level read and write events for all buckets.",
    rationale=(
        'Management events show who changed a bucket, not who read or overwrote the objects in it. Object-level '
        'data events record each GetObject, PutObject and DeleteObject, which is what shows whether data was taken'
        ' or destroyed after a leak or a ransomware attack.'
    ),
    remediation=(
        'Console: CloudTrail > Trails > a multi-region trail > Data events > Edit, add the data event type S3 with'
        " the template 'Log all events' for all current and future buckets. CLI: 'aws cloudtrail put-event-"
        'selectors --trail-name NAME --advanced-event-selectors \'[{"Name":"S3 objects","FieldSelectors":[{"Field":'
        '"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::S3::Object"]}]}]\'\' (keep a '
        'management-events selector beside it).'
    ),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html",
    ),
    notes=(
        'Counts only multi-region trails, as CIS 3.8 asks; whether the trail is logging is not checked, as CIS 3.8 '
        'and 3.9 read only the trail and its event selectors (CT-001 judges logging for CIS 3.1). CIS 3.8 also '
        "says to verify 'each trail'; like Prowler and Steampipe, one multi-region trail recording the events is "
        'taken to be enough. Basic selectors count when a DataResources entry of'
        " type AWS::S3::Object names every bucket ('arn:aws:s3' or 'arn:aws:s3:::'), for the selector's "
        'ReadWriteType. Advanced selectors count when they select eventCategory Data and resources.type '
        'AWS::S3::Object with no other condition than readOnly (true: reads, false: writes, absent: both); '
        'selectors limited to some buckets or event names do not count. Reads and writes may come from different '
        'trails. CIS 3.8 (writes) and 3.9 (reads) are both evaluated here, as the catalog maps both to this rule; '
        'the message says which half is missing.'
    ),
)


def test_ct_012_cloudtrail_data_events(cloudtrail_account):
    recorded = {}
    for trail in cloudtrail_account.trails:
        if trail.multi_region:
            for kind in trail.coverage.s3_objects:
                recorded.setdefault(kind, trail.name)
    missing = [kind for kind in ("write", "read") if kind not in recorded]
    seen = "; ".join(f"{kind} events by trail {name}" for kind, name in recorded.items())
    assert not missing, (
        f"account {cloudtrail_account.account_id} records no S3 object-level {' or '.join(missing)} events for all "
        f"buckets on a multi-region trail" + (f" (only {seen})" if seen else "")
    )
