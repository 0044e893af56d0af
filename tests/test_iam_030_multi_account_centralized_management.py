"""IAM-030 (AWS multi-account centralized management): organization membership plus central sign-in, on moto."""

import json

import boto3

from fixtures.offline import deny
from tests.conftest import OTHER_ACCOUNT, PROD_ACCOUNT

SAML_METADATA = ('<?xml version="1.0"?><EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" '
                 'entityID="https://idp.example.com/saml"><!--' + "x" * 1000 + "--></EntityDescriptor>")
PASSES = "The account belongs to an AWS organization and has federated sign-in (SAML or IAM Identity Center)."
NO_ORGANIZATION = "belongs to no AWS Organizations organization"
NO_FEDERATION = "has no SAML identity provider and no IAM Identity Center roles, so its users are not managed centrally"


def verdicts(run):
    return {f["account_id"]: (f["status"], f["resource"], f["message"]) for f in run.findings}


def test_iam_030_needs_both_an_organization_and_federated_sign_in(aws, run_audit):
    prod, other = boto3.Session(profile_name="prod"), boto3.Session(profile_name="other")
    other.client("organizations").create_organization(FeatureSet="ALL")
    identity_center_role = {"RoleName": "AWSReservedSSO_Admin_0123abcd", "Path": "/aws-reserved/sso.amazonaws.com/"}
    other.client("iam").create_role(**identity_center_role, AssumeRolePolicyDocument=json.dumps({"Statement": [
        {"Effect": "Allow", "Principal": {"Federated": f"arn:aws:iam::{OTHER_ACCOUNT}:saml-provider/AWSSSO"},
         "Action": "sts:AssumeRoleWithSAML"}]}))
    prod.client("iam").create_role(RoleName="deployer", AssumeRolePolicyDocument="{}")  # an ordinary role is no evidence

    run = run_audit("--aws-profile=prod", "--aws-profile=other", "--rule=IAM-030")
    assert verdicts(run) == {
        PROD_ACCOUNT: ("FAIL", f"arn:aws:iam::{PROD_ACCOUNT}:root",
                       f"account {PROD_ACCOUNT} {NO_ORGANIZATION} and {NO_FEDERATION}"),
        OTHER_ACCOUNT: ("PASS", f"arn:aws:iam::{OTHER_ACCOUNT}:root", PASSES),
    }

    prod.client("iam").create_saml_provider(Name="corporate-idp", SAMLMetadataDocument=SAML_METADATA)
    other.client("iam").delete_role(RoleName=identity_center_role["RoleName"])
    run = run_audit("--aws-profile=prod", "--aws-profile=other", "--rule=IAM-030")
    assert verdicts(run) == {
        PROD_ACCOUNT: ("FAIL", f"arn:aws:iam::{PROD_ACCOUNT}:root", f"account {PROD_ACCOUNT} {NO_ORGANIZATION}"),
        OTHER_ACCOUNT: ("FAIL", f"arn:aws:iam::{OTHER_ACCOUNT}:root", f"account {OTHER_ACCOUNT} {NO_FEDERATION}"),
    }


def test_iam_030_is_an_error_naming_the_action_when_organizations_is_denied(aws, run_audit, monkeypatch):
    deny(monkeypatch, "organizations:DescribeOrganization")
    finding = run_audit("--aws-profile=prod", "--rule=IAM-030").only("IAM-030")
    assert (finding["status"], finding["message"]) == (
        "ERROR", "could not evaluate: organizations:DescribeOrganization was denied (AccessDenied): "
                 "grant organizations:DescribeOrganization to the auditing principal")


def test_iam_030_is_an_error_naming_the_action_when_saml_providers_are_denied(aws, run_audit, monkeypatch):
    deny(monkeypatch, "iam:ListSAMLProviders")
    finding = run_audit("--aws-profile=prod", "--rule=IAM-030").only("IAM-030")
    assert (finding["status"], finding["message"]) == (
        "ERROR", "could not evaluate: iam:ListSAMLProviders was denied (AccessDenied): "
                 "grant iam:ListSAMLProviders to the auditing principal")
