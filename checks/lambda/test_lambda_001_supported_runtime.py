"""Lambda-001: Lambda functions must run on a runtime AWS still supports."""

from fixtures.rules import Rule

RULE = Rule(
    id="Lambda-001",
    title="Lambda Runtime Environment Version",
    risk="Medium",
    service="Lambda",
    compliant="The Lambda function runs on a runtime that AWS still supports with security updates.",
    rationale=(
        "When a language version or its operating system reaches end of life, Lambda deprecates the runtime: it "
        "stops patching it, stops technical support, and later blocks updates to functions that use it. Such "
        "functions keep running on an interpreter and libraries that collect known vulnerabilities, and an urgent "
        "fix may first require a migration to a newer language version under time pressure."
    ),
    remediation=(
        "Test the code on a supported version of its language first. Console: open Lambda > Functions, choose the "
        "function, then Code > Runtime settings > Edit, pick a supported runtime and Save, then publish and shift "
        "aliases as usual. "
        "CLI: aws lambda update-function-configuration --function-name NAME --runtime python3.13 (or another "
        "supported identifier), and update the runtime in the function's infrastructure code too."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-2",
        "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html",
        "https://docs.aws.amazon.com/config/latest/developerguide/lambda-function-settings-check.html",
    ),
    notes=(
        "Evidence is Runtime from lambda:ListFunctions, read once per region; it passes when the runtime is in the "
        "setting audit_lambda_supported_runtimes (FSBP Lambda.2's runtime parameter). The default is the runtimes "
        "AWS supported on 2026-12-02, checked that day: the Lambda runtimes page's language runtimes whose "
        "deprecation date was still ahead (nodejs22.x, nodejs24.x, python3.12 to 3.14, java21, java25, ruby3.3, "
        "ruby3.4, dotnet10) plus the AL2023 builds of Java 8, 11 and 17 and the newest identifiers the Lambda API "
        "accepts (nodejs26.x, python3.15, ruby4.0, from botocore 1.44.8's model). nodejs20.x (deprecated "
        "2026-04-30), ruby3.2 (2026-03-31), the Amazon Linux 2 runtimes java8.al2, java11, java17, python3.10 and "
        "python3.11 (2026-06-30) and dotnet8 (2026-11-10) fail. Runtimes change every few months: keep the setting "
        "current. As in the control's AWS Config rule (lambda-function-settings-check), functions deployed as "
        "container images and functions on OS-only runtimes (provided, provided.al2, provided.al2023) are not "
        "evaluated."
    ),
)


def test_lambda_001_supported_runtime(lambda_function_runtime, settings):
    function = lambda_function_runtime
    assert function.runtime in settings.lambda_supported_runtimes, (
        f"Lambda function {function.name} in {function.region} runs on {function.runtime}, which is not a "
        "supported Lambda runtime (deprecated, or missing from audit_lambda_supported_runtimes)"
    )
