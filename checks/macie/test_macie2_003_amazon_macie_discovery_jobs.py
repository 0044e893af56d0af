"""Macie2-003: Macie must run sensitive data discovery jobs in every audited region."""

from fixtures.rules import Rule

# Job states in which a job has run or will run; CANCELLED and USER_PAUSED jobs discover nothing.
ACTIVE_JOB_STATES = ("RUNNING", "IDLE", "COMPLETE", "PAUSED")

RULE = Rule(
    id="Macie2-003",
    title="Amazon Macie Discovery Jobs",
    risk="Medium",
    service="Macie",
    compliant="Amazon Macie is enabled and has at least one sensitive data discovery job in this region.",
    rationale=(
        "Knowing which buckets hold personal, financial or secret data is what lets a team protect the right "
        "places first. Enabling Macie alone only inventories buckets; a discovery job is what actually opens "
        "objects and classifies what is in them. Without one, sensitive data can pile up unnoticed in buckets "
        "that are shared, public or unencrypted."
    ),
    remediation=(
        "Console: open Amazon Macie in the region, choose Jobs > Create job, select the buckets (or bucket "
        "criteria) to scan, choose a scheduled (recurring) job with the managed data identifiers, and submit. "
        "CLI: 'aws macie2 create-classification-job --region REGION --job-type SCHEDULED --name NAME "
        "--schedule-frequency-details dailySchedule={} --s3-job-definition file://scope.json "
        "--client-token TOKEN'; list jobs with 'aws macie2 list-classification-jobs --region REGION'."
    ),
    references=(
        "https://docs.aws.amazon.com/macie/latest/user/discovery-jobs.html",
        "https://docs.aws.amazon.com/macie/latest/APIReference/jobs.html",
    ),
    notes=(
        "CIS 2.1.3 is manual; the proxy is macie2:GetMacieSession (must be ENABLED) plus "
        "macie2:ListClassificationJobs (at least one job that is RUNNING, IDLE, COMPLETE or PAUSED; cancelled "
        "and user-paused jobs do not count). Whether the jobs cover all buckets is left to the reviewer. "
        "Automated sensitive data discovery (macie2:GetAutomatedDiscoveryConfiguration) is not considered, so "
        "an account relying on it alone fails here."
    ),
)


def test_macie2_003_amazon_macie_discovery_jobs(macie_discovery):
    where = f"account {macie_discovery.account_id} region {macie_discovery.region}"
    state = {"DISABLED": "not enabled", "PAUSED": "paused"}.get(macie_discovery.status, macie_discovery.status)
    assert macie_discovery.status == "ENABLED", f"Amazon Macie is {state} in {where}, so no discovery job runs"
    inactive = ", ".join(f"{job.name} ({job.status})" for job in macie_discovery.jobs)
    assert any(job.status in ACTIVE_JOB_STATES for job in macie_discovery.jobs), (
        f"Amazon Macie has no active sensitive data discovery job in {where}"
        + (f" (only {inactive})" if inactive else "")
    )
