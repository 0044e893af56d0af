"""Fault injection for the self-tests: AWS answers that throttle, fail, stall or arrive cut off, on moto in process.

A fault sits in botocore's ``before-send`` hook, ahead of moto's own, so botocore's retries, timeouts
and response parsing run exactly as they do against AWS: only the answer on the wire is changed.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

import botocore.handlers
from botocore.awsrequest import AWSResponse
from moto.core.botocore_stubber import MockRawResponse
from moto.core.models import botocore_stubber

WEB_PAGE = ("<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n"
            "<p>The server encountered an internal error and was unable to complete your request.</p>\n")
# How each protocol says "slow down" (status, error code) and "unavailable".
THROTTLED = {"json": (400, "ThrottlingException"), "rest-json": (429, "TooManyRequestsException"),
             "query": (400, "Throttling"), "ec2": (503, "RequestLimitExceeded"), "rest-xml": (503, "SlowDown")}


def every(n: int) -> Callable[[int, int], bool]:
    """Fault every n-th request of the faulted actions (counted across them all)."""
    return lambda overall, _: overall % n == 0


def first(n: int) -> Callable[[int, int], bool]:
    """Fault the first n attempts of each distinct request (same action, region and parameters)."""
    return lambda _, attempt: attempt <= n


def always(_overall: int, _attempt: int) -> bool:
    return True


@dataclass(frozen=True)
class Fault:
    """What to do to the answers of some reads.

    ``answer``: ``throttle`` (the protocol's throttling error), ``500`` (a web server's error page),
    ``503`` (AWS's ServiceUnavailable), ``slow`` (moto's own answer), ``truncated`` (moto's answer cut
    off halfway, HTTP 200) or ``garbage`` (a web page with HTTP 200); each after ``delay`` seconds.
    Only the audit's own requests are touched, never those that seed the demo.
    """

    actions: frozenset[str]  # "kms:ListKeys"; empty: every action
    answer: str
    regions: frozenset[str] = frozenset()  # empty: every region
    when: Callable[[int, int], bool] = always
    delay: float = 0.0

    def applies(self, action: str, region: str) -> bool:
        return (not self.actions or action in self.actions) and (not self.regions or region in self.regions)


def fault(answer: str, *actions: str, regions: tuple[str, ...] = (), when=always, delay: float = 0.0) -> Fault:
    return Fault(frozenset(actions), answer, frozenset(regions), when, delay)


@dataclass
class FaultLog:
    """Every request botocore sent (one per attempt) and those a fault answered, as ``(action, region)``."""

    sent: Counter = field(default_factory=Counter)
    faulted: Counter = field(default_factory=Counter)


def inject(monkeypatch, *faults: Fault) -> FaultLog:
    """Apply ``faults`` to every boto3 session created afterwards (in-process moto); returns the log."""
    log, lock, current = FaultLog(), threading.Lock(), threading.local()
    overall: Counter = Counter()  # requests per fault, to pick every n-th
    attempts: Counter = Counter()  # attempts per distinct request

    def remember(model, context, **_):
        current.request = (f"{model.service_model.service_name}:{model.name}", context.get("client_region", ""),
                           model.service_model.resolved_protocol)

    def answer(request, event_name, **kwargs):
        agent = request.headers.get("User-Agent", b"")
        if b"aws-compliance-audit" not in (agent if isinstance(agent, bytes) else agent.encode()):
            return None  # the demo seeding its accounts, not the audit reading them
        action, region, protocol = current.request
        with lock:
            log.sent[action, region] += 1
            attempts[action, region, request.url, request.body] += 1
            attempt = attempts[action, region, request.url, request.body]
            chosen = None
            for index, candidate in enumerate(faults):
                if candidate.applies(action, region):
                    overall[index] += 1
                    if candidate.when(overall[index], attempt):
                        chosen = candidate
                        log.faulted[action, region] += 1
                        break
        if chosen is None:
            return None
        time.sleep(chosen.delay)
        if chosen.answer == "slow":
            return None
        if chosen.answer == "throttle":
            status, code = THROTTLED[protocol]
            return _error(request, protocol, status, code, "Rate exceeded")
        if chosen.answer == "503":
            return _error(request, protocol, 503, "ServiceUnavailable", "Service is unavailable, try again later")
        if chosen.answer in ("500", "garbage"):
            status = 500 if chosen.answer == "500" else 200
            return AWSResponse(request.url, status, {"Content-Type": "text/html"}, MockRawResponse(WEB_PAGE))
        if chosen.answer == "truncated":
            whole = botocore_stubber(event_name=event_name, request=request)
            body = whole.content
            headers = {key: value for key, value in whole.headers.items() if key.lower() != "content-length"}
            return AWSResponse(request.url, 200, headers, MockRawResponse(body[: len(body) // 2]))
        raise ValueError(f"unknown fault answer {chosen.answer!r}")

    handlers = list(botocore.handlers.BUILTIN_HANDLERS)
    moto_at = next(index for index, entry in enumerate(handlers) if entry[1] is botocore_stubber)
    handlers.insert(moto_at, ("before-send", answer))
    handlers.append(("before-call", remember))
    monkeypatch.setattr(botocore.handlers, "BUILTIN_HANDLERS", handlers)
    return log


def _error(request, protocol: str, status: int, code: str, message: str) -> AWSResponse:
    """An AWS error answer as ``protocol`` writes it."""
    if protocol in ("json", "rest-json"):
        body = json.dumps({"__type": code, "message": message})
        headers = {"Content-Type": "application/x-amz-json-1.1", "x-amzn-ErrorType": code}
    elif protocol == "ec2":
        body = (f"<Response><Errors><Error><Code>{code}</Code><Message>{message}</Message></Error></Errors>"
                "<RequestID>fault</RequestID></Response>")
        headers = {"Content-Type": "text/xml"}
    elif protocol == "query":
        body = (f"<ErrorResponse><Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error>"
                "<RequestId>fault</RequestId></ErrorResponse>")
        headers = {"Content-Type": "text/xml"}
    else:
        body = f"<Error><Code>{code}</Code><Message>{message}</Message><RequestId>fault</RequestId></Error>"
        headers = {"Content-Type": "application/xml"}
    return AWSResponse(request.url, status, headers, MockRawResponse(body))
