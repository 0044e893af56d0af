"""ELB.2: the HTTPS and SSL listeners of Classic Load Balancers must use certificates from AWS Certificate Manager."""

from fixtures.rules import Rule

RULE = Rule(
    id="ELB.2",
    title="ELB Listeners Use ACM Certificates",
    risk="Medium",
    service="ELB",
    compliant="Every HTTPS or SSL listener of the Classic Load Balancer uses a certificate from AWS Certificate "
              "Manager.",
    rationale=(
        "A certificate uploaded to IAM is a file someone must remember to replace before it expires; when it "
        "lapses, clients refuse the connection or users learn to click through warnings. Certificates issued by "
        "AWS Certificate Manager renew themselves and deploy to the load balancer without anyone handling the "
        "private key, and ACM warns before an imported one expires."
    ),
    remediation=(
        "Console: in AWS Certificate Manager request (or import) a certificate for the load balancer's domain "
        "names; then in EC2 > Load Balancers select the Classic Load Balancer, open Listeners, choose Edit, "
        "change the SSL certificate of each HTTPS or SSL listener to the ACM one and save. "
        "CLI: 'aws acm request-certificate --domain-name example.com --validation-method DNS', then "
        "'aws elb set-load-balancer-listener-ssl-certificate --load-balancer-name NAME --load-balancer-port 443 "
        "--ssl-certificate-id arn:aws:acm:REGION:ACCOUNT:certificate/ID'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-2",
        "https://docs.aws.amazon.com/config/latest/developerguide/elb-acm-certificate-required.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/ssl-server-cert.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_Listener.html",
    ),
    notes=(
        "Evidence: SSLCertificateId of each HTTPS or SSL listener (elb:DescribeLoadBalancers); an ARN of service "
        "acm (arn:<partition>:acm:...) passes, an IAM server certificate (arn:<partition>:iam::...:"
        "server-certificate/...) fails. Classic Load Balancers with only HTTP or TCP listeners are not "
        "applicable, as in the control's Config rule (elb-acm-certificate-required); ELB-008 fails those. "
        "No Conformity ID in the 2023 list."
    ),
)


def test_elb_2_acm_certificates(classic_load_balancer_with_tls_listeners):
    balancer = classic_load_balancer_with_tls_listeners
    outside_acm = [f"{listener} ({listener.certificate or 'no certificate'})"
                   for listener in balancer.tls_listeners if not listener.acm_certificate]
    assert not outside_acm, (
        f"Classic Load Balancer {balancer.name} in {balancer.region} has HTTPS or SSL listeners whose certificate "
        f"is not from AWS Certificate Manager: {', '.join(outside_acm)}"
    )
