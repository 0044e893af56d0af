"""ELBv2-011 (FSBP ELB.1): the HTTP listeners of Application Load Balancers must redirect to HTTPS."""

from fixtures.rules import Rule

RULE = Rule(
    id="ELBv2-011",
    title="Enable HTTP to HTTPS Redirect for Application Load Balancers",
    risk="Medium",
    service="ELBv2",
    compliant="Every HTTP listener of the Application Load Balancer redirects requests to HTTPS (or it has none).",
    rationale=(
        "An HTTP listener that forwards requests serves the application unencrypted to anyone who types the "
        "address without https:// or follows an old link: session cookies, form posts and credentials cross "
        "the network in clear text. Redirecting every plain request to HTTPS keeps the port open for those "
        "clients while making sure the exchange itself only happens encrypted."
    ),
    remediation=(
        "Console: open EC2 > Load Balancers, select the Application Load Balancer, open the Listeners and rules "
        "tab, select the HTTP listener and choose Manage listener > Edit listener; set the default action to "
        "Redirect to URL, protocol HTTPS, port 443, status code 301, and save (add an HTTPS listener first if "
        "there is none). "
        "CLI: 'aws elbv2 modify-listener --listener-arn LISTENER_ARN --default-actions "
        "\"Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}\"'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-1",
        "https://docs.aws.amazon.com/config/latest/developerguide/alb-http-to-https-redirection-check.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_RedirectActionConfig.html",
    ),
    notes=(
        "Carries FSBP ELB.1 (Conformity ELBv2-011). Evidence: each listener's Protocol and DefaultActions from "
        "elbv2:DescribeListeners, read per Application Load Balancer. An HTTP listener passes when its default "
        "action (the last one, after any authentication) is a redirect whose RedirectConfig.Protocol is HTTPS; "
        "a forward, a fixed response or a redirect that keeps the protocol (#{protocol}) or goes to HTTP fails. "
        "HTTPS listeners are not judged, and an ALB with no HTTP listener passes. As in the control's Config "
        "rule (alb-http-to-https-redirection-check), only default actions are judged: a listener rule that "
        "forwards some paths over HTTP (elbv2:DescribeRules, not read) is not seen; review such rules by hand. "
        "Risk follows the control's Medium severity; Conformity rates ELBv2-011 High."
    ),
)


def test_elbv2_011_http_to_https_redirect(application_load_balancer_listeners):
    balancer = application_load_balancer_listeners
    open_http = [f"{listener} ({listener.default_action})" for listener in balancer.http_without_redirect]
    assert not open_http, (
        f"Application Load Balancer {balancer.name} in {balancer.region} has HTTP listeners that do not "
        f"redirect to HTTPS: {', '.join(open_http)}"
    )
