"""Benchmark: seed a moto server on 127.0.0.1 at a chosen scale, run the whole audit against it, print the cost.

    python bench/run.py --users 1000 --regions 2
    python bench/run.py --users 100 --regions 2 --accounts 20      # an organization of 20 accounts
    python bench/run.py --users 1000 --regions 2 -- -n 2           # extra pytest arguments after --
    python bench/run.py --users 1000 --regions 2 --failing-analyzer  # IAM Access Analyzer answers HTTP 500

Per 100 IAM users each account gets 20 S3 buckets, 10 security groups, 10 EBS volumes and 5 KMS
keys, spread over the audited regions; a third of the users have a console password, half an
access key; and each account has one resource of each service the FSBP rules read (an RDS instance,
an Aurora and a Neptune cluster, a DynamoDB table, a Redshift cluster, an ECS cluster, a load balancer, an API,
...) in the first region. Reads
moto's server lacks are answered as AWS does for an account with nothing there (UNMODELLED), and its
ListBuckets answer gets the BucketRegion AWS gives each bucket. IAM users are created straight in moto's
backend (the server shares this process), the rest through the server's API. Prints wall time, CPU time and peak memory of the audit process, the
CPU time of the moto server (in all and for its five costliest services), the requests the moto server
received, the requests the suite counted and the distinct reads the enabled rules need. BENCH_WRAP="py-spy
record -o FILE --" runs the audit under that command (a sampling profiler); BENCH_PROFILE (bench/peak.py)
profiles it with cProfile. BENCH_SUITES=DIR:DIR... audits with the suites of those checkouts (this one is "."), in
turns with --repeat: two versions of the code compared on one seeded server, interleaved.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import resource
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("MOTO_EC2_LOAD_DEFAULT_AMIS", "false")

import boto3  # noqa: E402
from moto.core import DEFAULT_ACCOUNT_ID  # noqa: E402
from moto.iam.models import iam_backends  # noqa: E402
from moto.s3.models import s3_backends  # noqa: E402
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app  # noqa: E402
from werkzeug.serving import WSGIRequestHandler, make_server  # noqa: E402

from fixtures.offline import set_root_user  # noqa: E402

REGIONS = [
    "us-east-1", "eu-west-1", "us-east-2", "us-west-1", "us-west-2", "eu-west-2", "eu-west-3", "eu-central-1",
    "eu-north-1", "ap-south-1", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-southeast-1",
    "ap-southeast-2", "ca-central-1", "sa-east-1",
]


class QuietHandler(WSGIRequestHandler):
    def log_request(self, *args, **kwargs) -> None:
        pass


# Reads moto's server does not model (it answers 404 or 500, which would make ERROR cases this benchmark is
# not about), answered as AWS does for an account with nothing there: (signing name, what the request names,
# answer). A request names its operation by its path (REST services), its X-Amz-Target header (JSON services)
# or its Action parameter (EC2's query protocol).
EC2_EMPTY = ('<{0}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>bench</requestId>'
             "<{1}/></{0}Response>")
UNMODELLED = (
    ("access-analyzer", ("path", re.compile(r"^/finding")), {"findings": []}),
    ("access-analyzer", ("path", re.compile(r"")), {"analyzers": []}),
    ("backup", ("path", re.compile(r"^/resources/?$")), {"Results": []}),
    ("backup", ("path", re.compile(r"^/backup-vaults/[^/]+/recovery-points/?$")), {"RecoveryPoints": []}),
    ("macie2", ("path", re.compile(r"^/jobs/list$")), {"items": []}),
    ("account", ("path", re.compile(r"^/getContactInformation$")), {"ContactInformation": {
        "FullName": "Bench Operations", "AddressLine1": "1 Main Street", "City": "Seattle", "CountryCode": "US",
        "PhoneNumber": "+12065550100", "PostalCode": "98101"}}),
    ("codebuild", ("target", "CodeBuild_20161006.ListReportGroups"), {"reportGroups": []}),
    ("ssm", ("target", "AmazonSSM.ListResourceComplianceSummaries"), {"ResourceComplianceSummaryItems": []}),
    ("network-firewall", ("target", "NetworkFirewall_20201112.ListFirewallPolicies"), {"FirewallPolicies": []}),
    ("network-firewall", ("target", "NetworkFirewall_20201112.ListRuleGroups"), {"RuleGroups": []}),
    ("route53", ("path", re.compile(r"^/2013-04-01/queryloggingconfig$")),  # moto cannot filter by zone
     '<ListQueryLoggingConfigsResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/">'
     "<QueryLoggingConfigs/></ListQueryLoggingConfigsResponse>"),
    ("ec2", ("action", "DescribeClientVpnEndpoints"),
     EC2_EMPTY.format("DescribeClientVpnEndpoints", "clientVpnEndpoint")),
)


def unmodelled(environ) -> dict | str | None:
    """The answer AWS would give to a read moto's server lacks, or None when moto answers it itself."""
    authorization = environ.get("HTTP_AUTHORIZATION", "")
    for service, (kind, named), answer in UNMODELLED:
        if f"/{service}/aws4_request" not in authorization:
            continue
        if kind == "path" and named.search(environ.get("PATH_INFO", "")):
            return answer
        if kind == "target" and environ.get("HTTP_X_AMZ_TARGET") == named:
            return answer
        if kind == "action" and f"Action={named}&" in f"{request_body(environ)}&":
            return answer
    return None


def request_body(environ) -> str:
    """A form-encoded request's body, read once and put back for moto."""
    if "bench.body" not in environ:
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length) if length else b""
        environ["wsgi.input"] = io.BytesIO(body)
        environ["bench.body"] = body.decode("utf-8", "replace")
    return environ["bench.body"]


def lists_buckets(environ) -> bool:
    """Whether an S3 request is ListBuckets with a page size (which AWS answers with each bucket's region)."""
    return (environ.get("REQUEST_METHOD") == "GET" and environ.get("PATH_INFO") == "/"
            and "max-buckets=" in environ.get("QUERY_STRING", ""))


def with_bucket_regions(app, environ, start_response) -> list[bytes]:
    """moto's ListBuckets answer with the BucketRegion AWS gives each bucket. moto leaves it out, which would cost
    the audit one GetBucketLocation per bucket that it does not make against AWS."""
    answered = {}
    body = b"".join(app(environ, lambda status, headers, exc_info=None: answered.update(status=status,
                                                                                        headers=headers)))
    regions = {name: bucket.region_name for account in list(s3_backends)
               for name, bucket in s3_backends[account]["aws"].buckets.items()}

    def with_region(found: re.Match) -> bytes:
        return found.group(0) + f"<BucketRegion>{regions[found.group(1).decode()]}</BucketRegion>".encode()

    body = re.sub(rb"<Name>([^<]+)</Name>", with_region, body)
    start_response(answered["status"], [(key, value) for key, value in answered["headers"]
                                        if key.lower() != "content-length"] + [("Content-Length", str(len(body)))])
    return [body]


def answer_as_aws(answer: dict | str, start_response):
    kind = "application/json" if isinstance(answer, dict) else "text/xml"
    body = (json.dumps(answer) if isinstance(answer, dict) else answer).encode()
    start_response("200 OK", [("Content-Type", kind), ("Content-Length", str(len(body)))])
    return [body]


class CountingServer:
    """moto's server app on 127.0.0.1, counting every request it receives."""

    def __init__(self, failing_analyzer: bool = False):
        self.requests = 0
        self.cpu_by_service: dict[str, float] = {}  # CPU seconds moto spent answering each service's requests
        self._lock = threading.Lock()
        app = DomainDispatcherApplication(create_backend_app)

        def counted(environ, start_response):
            if not environ.get("PATH_INFO", "").startswith("/moto-api"):
                with self._lock:
                    self.requests += 1
            service = signed_service(environ)
            if failing_analyzer and service == "access-analyzer":
                return failing(environ, start_response)
            answer = unmodelled(environ)
            started = time.thread_time()
            if answer is not None:
                body = answer_as_aws(answer, start_response)
            elif service == "s3" and lists_buckets(environ):
                body = with_bucket_regions(app, environ, start_response)
            else:
                body = list(app(environ, start_response))
            with self._lock:
                self.cpu_by_service[service] = self.cpu_by_service.get(service, 0.0) + time.thread_time() - started
            return body

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self._server = make_server("127.0.0.1", self.port, counted, threaded=True, request_handler=QuietHandler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.port}"


def signed_service(environ) -> str:
    """The service a request was signed for (SigV4's credential scope names it)."""
    scope = environ.get("HTTP_AUTHORIZATION", "").split("Credential=", 1)[-1].split(",", 1)[0].split("/")
    return scope[3] if len(scope) > 3 else "unsigned"


def failing(environ, start_response):
    """An endpoint that keeps failing, as moto's stock server answers IAM Access Analyzer: HTTP 500, a web page."""
    body = b"<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n"
    start_response("500 INTERNAL SERVER ERROR", [("Content-Type", "text/html"), ("Content-Length", str(len(body)))])
    return [body]


def session(url: str) -> tuple[boto3.Session, str]:
    return boto3.Session(region_name="us-east-1", aws_access_key_id="bench", aws_secret_access_key="bench"), url


def seed_account(boto_session: boto3.Session, url: str, account_id: str, users: int, regions: list[str]) -> None:
    backend = iam_backends[account_id]["global"]
    for number in range(users):
        name = f"user-{number:05d}"
        backend.create_user("us-east-1", name)
        if number % 3 == 0:
            backend.create_login_profile(name, "Bench-Password-1")
        if number % 2 == 0:
            backend.create_access_key(name)
    set_root_user(account_id)

    def client(service, region):
        return boto_session.client(service, region_name=region, endpoint_url=url)

    scale = max(1, users // 100)
    work = []
    for number in range(20 * scale):
        region = regions[number % len(regions)]
        configuration = {} if region == "us-east-1" else {"CreateBucketConfiguration": {"LocationConstraint": region}}
        work.append(lambda n=number, r=region, c=configuration: client("s3", r).create_bucket(
            Bucket=f"bench-{account_id}-{n:05d}", **c))
    for number in range(10 * scale):
        region = regions[number % len(regions)]
        work.append(lambda n=number, r=region: client("ec2", r).create_security_group(
            GroupName=f"bench-{n:05d}", Description="bench"))
        work.append(lambda r=region: client("ec2", r).create_volume(AvailabilityZone=f"{r}a", Size=8))
    for number in range(5 * scale):
        region = regions[number % len(regions)]
        work.append(lambda r=region: client("kms", r).create_key())
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda job: job(), work))
    seed_services(client, regions[0], account_id)


def seed_services(client, region: str, account_id: str) -> None:
    """One resource of each service the FSBP rules read, in the first audited region: what a real account
    would add to the audit's cost per service, apart from its IAM users and buckets."""
    password = "Bench-Password-1"
    rds = client("rds", region)
    rds.create_db_instance(DBInstanceIdentifier="bench-db", Engine="postgres", DBInstanceClass="db.t3.micro",
                           MasterUsername="bench", MasterUserPassword=password, AllocatedStorage=20)
    rds.create_db_cluster(DBClusterIdentifier="bench-aurora", Engine="aurora-postgresql", MasterUsername="bench",
                          MasterUserPassword=password)
    rds.create_db_cluster(DBClusterIdentifier="bench-graph", Engine="neptune")
    rds.create_db_snapshot(DBInstanceIdentifier="bench-db", DBSnapshotIdentifier="bench-db-snapshot")
    client("dynamodb", region).create_table(
        TableName="bench-table", BillingMode="PAY_PER_REQUEST",
        AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}])
    client("redshift", region).create_cluster(ClusterIdentifier="bench-dw", NodeType="dc2.large",
                                              MasterUsername="bench", MasterUserPassword=password)
    client("dms", region).create_replication_instance(ReplicationInstanceIdentifier="bench-dms",
                                                      ReplicationInstanceClass="dms.t3.micro")
    client("elasticache", region).create_cache_cluster(CacheClusterId="bench-cache", Engine="redis",
                                                       CacheNodeType="cache.t3.micro", NumCacheNodes=1)
    efs = client("efs", region)
    file_system = efs.create_file_system(CreationToken="bench-efs", Encrypted=True)["FileSystemId"]
    efs.create_access_point(FileSystemId=file_system)
    ec2 = client("ec2", region)
    volume = ec2.create_volume(AvailabilityZone=f"{region}a", Size=8)["VolumeId"]
    ec2.create_snapshot(VolumeId=volume)
    client("backup", region).create_backup_vault(BackupVaultName="bench-vault")
    client("kinesis", region).create_stream(StreamName="bench-stream", ShardCount=1)
    client("opensearch", region).create_domain(DomainName="bench-search")
    client("athena", region).create_work_group(Name="bench-queries")
    role = f"arn:aws:iam::{account_id}:role/bench-service-role"
    client("sns", region).create_topic(Name="bench-topic")
    client("sqs", region).create_queue(QueueName="bench-queue")
    client("secretsmanager", region).create_secret(Name="bench-secret", SecretString="not-a-secret")
    client("acm", region).request_certificate(DomainName="bench.example.com")
    client("ecr", region).create_repository(repositoryName="bench-images")
    ecs = client("ecs", region)
    ecs.create_cluster(clusterName="bench-cluster")
    ecs.register_task_definition(family="bench-task", containerDefinitions=[
        {"name": "app", "image": "nginx", "memory": 128}])
    client("eks", region).create_cluster(name="bench-eks", roleArn=role, resourcesVpcConfig={})
    client("route53", region).create_hosted_zone(Name="bench.example.com", CallerReference="bench")
    client("apigateway", region).create_rest_api(name="bench-rest")
    client("apigatewayv2", region).create_api(Name="bench-http", ProtocolType="HTTP")
    client("events", region).create_event_bus(Name="bench-bus")
    client("stepfunctions", region).create_state_machine(
        name="bench-flow", roleArn=role, definition='{"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}}')
    client("codebuild", region).create_project(
        name="bench-build", source={"type": "S3", "location": "bench-sources/app.zip"}, artifacts={"type": "NO_ARTIFACTS"},
        environment={"type": "LINUX_CONTAINER", "image": "aws/codebuild/standard:7.0", "computeType": "BUILD_GENERAL1_SMALL"},
        serviceRole=role)
    client("cognito-idp", region).create_user_pool(PoolName="bench-users")
    client("sagemaker", region).create_notebook_instance(NotebookInstanceName="bench-notebook",
                                                         InstanceType="ml.t3.medium", RoleArn=role)
    subnets = [subnet["SubnetId"] for subnet in ec2.describe_subnets()["Subnets"]][:2]
    # AWS names each load balancer's desync mitigation mode (defensive unless changed); moto names none until it is set
    alb = client("elbv2", region).create_load_balancer(Name="bench-alb", Subnets=subnets)["LoadBalancers"][0]
    client("elbv2", region).modify_load_balancer_attributes(
        LoadBalancerArn=alb["LoadBalancerArn"], Attributes=[{"Key": "routing.http.desync_mitigation_mode",
                                                             "Value": "defensive"}])
    client("autoscaling", region).create_launch_configuration(LaunchConfigurationName="bench-launch",
                                                              ImageId="ami-12c6146b", InstanceType="t3.micro")
    client("elb", region).create_load_balancer(
        LoadBalancerName="bench-classic", AvailabilityZones=[f"{region}a"],
        Listeners=[{"Protocol": "HTTP", "LoadBalancerPort": 80, "InstancePort": 80}])
    client("elb", region).modify_load_balancer_attributes(
        LoadBalancerName="bench-classic", LoadBalancerAttributes={"AdditionalAttributes": [
            {"Key": "elb.http.desyncmitigationmode", "Value": "defensive"}]})
    client("wafv2", region).create_web_acl(
        Name="bench-acl", Scope="REGIONAL", DefaultAction={"Allow": {}}, Rules=[],
        VisibilityConfig={"SampledRequestsEnabled": True, "CloudWatchMetricsEnabled": True, "MetricName": "bench"})


def organization(boto_session: boto3.Session, url: str, accounts: int) -> list[str]:
    """moto's organization with the management account and accounts - 1 members; returns their IDs."""
    client = boto_session.client("organizations", endpoint_url=url)
    client.create_organization(FeatureSet="ALL")
    members = [
        client.create_account(AccountName=f"member-{n:02d}", Email=f"member-{n:02d}@example.com")
        ["CreateAccountStatus"]["AccountId"]
        for n in range(accounts - 1)
    ]
    return [DEFAULT_ACCOUNT_ID, *members]


def member_session(boto_session: boto3.Session, url: str, account_id: str) -> boto3.Session:
    role = f"arn:aws:iam::{account_id}:role/OrganizationAccountAccessRole"
    credentials = boto_session.client("sts", endpoint_url=url).assume_role(RoleArn=role, RoleSessionName="seed")
    values = credentials["Credentials"]
    return boto3.Session(aws_access_key_id=values["AccessKeyId"], aws_secret_access_key=values["SecretAccessKey"],
                         aws_session_token=values["SessionToken"], region_name="us-east-1")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=1000, help="IAM users per account")
    parser.add_argument("--regions", type=int, default=2, choices=range(1, len(REGIONS) + 1), metavar="N")
    parser.add_argument("--accounts", type=int, default=1, help="accounts (more than 1: an organization, --org)")
    parser.add_argument("--failing-analyzer", action="store_true",
                        help="IAM Access Analyzer answers HTTP 500 every time (an endpoint that keeps failing)")
    parser.add_argument("--repeat", type=int, default=1, metavar="N",
                        help="audit the seeded accounts N times, each in a fresh process (wall time varies run to run)")
    parser.add_argument("--shards", type=int, default=0, metavar="N",
                        help="audit the organization in N shards (--shard K/N) one after another, then merge them")
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments, after --")
    options = parser.parse_args()
    regions = REGIONS[: options.regions]

    server = CountingServer(options.failing_analyzer)
    base, url = session(server.url)
    started = time.perf_counter()
    account_ids = organization(base, url, options.accounts) if options.accounts > 1 else [DEFAULT_ACCOUNT_ID]
    for account_id in account_ids:
        seeding = base if account_id == DEFAULT_ACCOUNT_ID else member_session(base, url, account_id)
        seed_account(seeding, url, account_id, options.users, regions)
    seeded = time.perf_counter() - started

    work = Path(tempfile.mkdtemp(prefix="aws-audit-bench-"))
    (work / "config").write_text(f"[profile bench]\nregion = us-east-1\nendpoint_url = {server.url}\n")
    (work / "credentials").write_text("[bench]\naws_access_key_id = bench\naws_secret_access_key = bench\n")
    if options.shards:
        return sharded(work, server, options, regions, seeded)
    status = 0
    suites = [Path(suite).resolve() for suite in os.environ.get("BENCH_SUITES", str(REPO)).split(os.pathsep)]
    for number in range(options.repeat):
        server.requests = 0
        suite = suites[number % len(suites)]
        result, completed = audit(work, server, options, audited(options, regions), suite)
        result["seed_seconds"] = round(seeded, 1)
        result["suite"] = str(suite)
        print(json.dumps(result, indent=2), flush=True)
        if completed.returncode not in (0, 1):
            print(completed.stdout[-3000:], completed.stderr[-3000:], file=sys.stderr)
            status = 1
    return status


def audited(options, regions: list[str]) -> list[str]:
    """The options of an audit of the seeded accounts."""
    return ["--aws-profile=bench", f"--aws-regions={','.join(regions)}", *(["--org"] if options.accounts > 1 else [])]


def sharded(work: Path, server: CountingServer, options, regions: list[str], seeded: float) -> int:
    """The organization audited in --shards jobs one after another, then their findings merged: each job's cost."""
    rows = []
    for number in range(1, options.shards + 1):
        server.requests = 0
        out = work / f"shard-{number}"
        out.mkdir()
        result, completed = audit(out, server, options, [*audited(options, regions), f"--shard={number}/{options.shards}"])
        rows.append({"job": f"shard {number}/{options.shards}", **result})
        if completed.returncode not in (0, 1):
            print(completed.stdout[-3000:], completed.stderr[-3000:], file=sys.stderr)
            return 1
    server.requests = 0
    result, completed = audit(work, server, options, [f"--merge={work}/shard-*/findings.json"])
    rows.append({"job": "merge", **result})
    print(json.dumps({"seed_seconds": round(seeded, 1), "jobs": rows}, indent=2), flush=True)
    return 0 if completed.returncode in (0, 1) else 1


def audit(work: Path, server: CountingServer, options, arguments: list[str], suite: Path = REPO):
    """One audit (or merge) in a fresh process, writing under ``work``: its cost, as the README's table shows it."""
    # PYTHONDONTWRITEBYTECODE left out: a user's audit runs with Python's bytecode cache, as it is by default
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith("AWS_") and key != "PYTHONDONTWRITEBYTECODE"}
    config = work if (work / "config").exists() else work.parent
    environment.update(AWS_CONFIG_FILE=str(config / "config"), AWS_SHARED_CREDENTIALS_FILE=str(config / "credentials"),
                       HTTP_PROXY=server.url, NO_PROXY="")
    wrapper = os.environ.get("BENCH_WRAP", "").split()  # e.g. a sampling profiler: "py-spy record -o FILE --"
    command = [*wrapper, sys.executable, str(REPO / "bench" / "peak.py"), str(work / "peak-kb"), "-q",
               "-p", "no:cacheprovider", "-p", "no:hypothesispytest", "-p", "no:benchmark", f"--findings-json={work / 'findings.json'}",
               f"--html={work / 'audit.html'}", *arguments, *options.pytest_args]
    server.cpu_by_service.clear()
    started, server_cpu, children = time.perf_counter(), time.process_time(), resource.getrusage(resource.RUSAGE_CHILDREN)
    completed = subprocess.run(command, cwd=suite, env=environment, capture_output=True, text=True)
    wall = time.perf_counter() - started
    server_cpu = time.process_time() - server_cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    audit_cpu = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    if not (work / "peak-kb").exists() or not (work / "findings.json").exists():
        sys.exit(f"the audit did not finish (exit {completed.returncode}):\n{completed.stdout[-3000:]}{completed.stderr[-3000:]}")
    peak_mb = int((work / "peak-kb").read_text()) / 1024
    document = json.loads((work / "findings.json").read_text())
    stats = document["stats"]
    result = {
        "accounts": options.accounts,
        "audited_accounts": len(document["accounts"]),
        "failing_analyzer": options.failing_analyzer,
        "users_per_account": options.users,
        "regions": options.regions,
        "cases": len(document["findings"]),
        "summary": document["summary"],
        "wall_seconds": round(wall, 2),
        "audit_cpu_seconds": round(audit_cpu, 1),
        "server_cpu_seconds": round(server_cpu, 1),
        "server_cpu_by_service": {service: round(seconds, 1) for service, seconds in
                                  sorted(server.cpu_by_service.items(), key=lambda item: -item[1])[:5]},
        "peak_memory_mb": round(peak_mb),
        "requests_received_by_server": server.requests,
        "requests_counted_by_suite": stats["requests_total"],
        "distinct_reads_needed": stats["distinct_reads"],
        "ratio": round(stats["requests_total"] / stats["distinct_reads"], 3) if stats["distinct_reads"] else None,
        "retries": stats["retries"],
        "reading_seconds": stats["reading_seconds"],
        "evaluating_seconds": stats["evaluating_seconds"],
        "html_report_mb": round((work / "audit.html").stat().st_size / 1e6, 2),
        "exit_status": completed.returncode,
    }
    return result, completed


if __name__ == "__main__":
    sys.exit(main())
