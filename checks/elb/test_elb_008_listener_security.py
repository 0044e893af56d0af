"""ELB-008 (FSBP ELB.3): Classic Load Balancer listeners must terminate HTTPS or TLS."""

from fixtures.rules import Rule

RULE = Rule(
    id="ELB-008",
    title="ELB Listener Security",
    risk="Medium",
    service="ELB",
    compliant="Every listener of the Classic Load Balancer terminates HTTPS or TLS (SSL).",
    rationale=(
        "A listener on plain HTTP or TCP carries requests, cookies and credentials between clients and the load "
        "balancer unencrypted, where anyone on the path can read or alter them. HTTPS and SSL listeners encrypt "
        "that leg with a certificate the load balancer presents, so clients can also verify they reached the "
        "real service."
    ),
    remediation=(
        "Console: open EC2 > Load Balancers, select the Classic Load Balancer, open the Listeners tab and choose "
        "Edit; change each HTTP listener to HTTPS (and each TCP listener to SSL), pick a certificate (preferably "
        "from AWS Certificate Manager) and a security policy, and save. Keep a plain port only to redirect, on "
        "the targets, to HTTPS. "
        "CLI: 'aws elb create-load-balancer-listeners --load-balancer-name NAME --listeners "
        "Protocol=HTTPS,LoadBalancerPort=443,InstanceProtocol=HTTP,InstancePort=80,SSLCertificateId=CERT_ARN', "
        "then 'aws elb delete-load-balancer-listeners --load-balancer-name NAME --load-balancer-ports 80'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-3",
        "https://docs.aws.amazon.com/config/latest/developerguide/elb-tls-https-listeners-only.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_Listener.html",
    ),
    notes=(
        "Carries FSBP ELB.3 (Conformity ELB-008). Evidence: the Protocol of each ListenerDescriptions[].Listener "
        "from elb:DescribeLoadBalancers; HTTPS and SSL pass, HTTP and TCP fail. A Classic Load Balancer without "
        "any listener is not applicable, as the control's Config rule (elb-tls-https-listeners-only) treats it. "
        "The protocol towards the instances (InstanceProtocol) is not judged, as the control does not judge it."
    ),
)


def test_elb_008_listener_security(classic_load_balancer_with_listeners):
    balancer = classic_load_balancer_with_listeners
    plain = [str(listener) for listener in balancer.listeners if not listener.terminates_tls]
    assert not plain, (
        f"Classic Load Balancer {balancer.name} in {balancer.region} has listeners that do not terminate HTTPS "
        f"or TLS: {', '.join(plain)}"
    )
