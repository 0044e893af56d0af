"""ECR-003: ECR private repositories must have their images scanned on push or continuously."""

from fixtures.rules import Rule

RULE = Rule(
    id="ECR-003",
    title="Enable Scan on Push for ECR Container Images",
    risk="High",
    service="ECR",
    compliant="ECR scans the repository's images for vulnerabilities on push or continuously.",
    rationale=(
        "Container images carry an operating system and libraries that pick up known vulnerabilities over "
        "time. Scanning each image as it is pushed, or continuously with enhanced scanning, finds them before "
        "or soon after the image ships; with manual scanning only, nobody learns that a deployed image carries a "
        "critical CVE until someone thinks to look."
    ),
    remediation=(
        "Console: open Amazon ECR > Private registry > Features & Settings > Scanning, choose Enhanced scanning "
        "(continuous, with Amazon Inspector) or Basic scanning, add a filter that matches the repository (for "
        "example *) with Continuous scanning or Scan on push, and Save. "
        "CLI: aws ecr put-registry-scanning-configuration --scan-type ENHANCED --rules "
        "'[{\"scanFrequency\":\"CONTINUOUS_SCAN\",\"repositoryFilters\":[{\"filter\":\"*\","
        "\"filterType\":\"WILDCARD\"}]}]' (or --scan-type BASIC with scanFrequency SCAN_ON_PUSH)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-1",
        "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html",
        "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning-filters.html",
        "https://docs.aws.amazon.com/AmazonECR/APIReference/API_GetRegistryScanningConfiguration.html",
    ),
    notes=(
        "FSBP ECR.1. Evidence is the registry's scanning configuration in the region "
        "(ecr:GetRegistryScanningConfiguration, read once) and the repository's imageScanningConfiguration "
        "(ecr:DescribeRepositories). A repository passes when a registry rule whose filter matches its name scans "
        "on push or continuously (ECR's filter rules: no '*' matches names containing the filter, '*' stands for "
        "any characters), or, under basic scanning, when its own scanOnPush is true. Decision: under enhanced "
        "scanning ECR ignores the repository's own setting, so only registry rules count there. A repository "
        "scanned manually only fails. Conformity ECR-003 checks the repository setting."
    ),
)


def test_ecr_003_scan_on_push(ecr_repository_scanning):
    scanning = ecr_repository_scanning
    rule = scanning.registry_frequency or "no matching rule"
    own = "on" if scanning.repository_scan_on_push else "off"
    assert scanning.scanned_automatically, (
        f"ECR repository {scanning.name} in {scanning.region} is not scanned on push or continuously (registry "
        f"scanning {scanning.registry_scan_type}: {rule}; repository scan on push: {own})"
    )
