"""Reading: the listing is made before it returns, the cases' data in the background, and Ctrl-C drops the rest."""

import threading
from types import SimpleNamespace

from fixtures.cases import Reading, Subject

ACCOUNTS = 6


class Inventory:
    """Counts the times every client is let go of (a region's alone does not count)."""

    def __init__(self):
        self.released = 0

    def endpoint_region(self, region: str) -> str:
        return "us-east-1" if region == "global" else region

    def release_clients(self, keep=()) -> None:
        self.released += not keep


def accounts(count: int = ACCOUNTS) -> list:
    return [SimpleNamespace(id=f"{n:012d}", label=f"{n:012d}", partition="aws", error=None, inventory=Inventory())
            for n in range(count)]


class Gate:
    """An account-level reader whose reads wait until the test opens the gate."""

    def __init__(self, only=None):
        self.started, self.opened = threading.Event(), threading.Event()
        self.loaded: list = []
        self._lock = threading.Lock()
        self._only = only  # the one inventory whose read waits (None: every read waits)

    def produce(self, inventory) -> str:
        if self._only in (None, inventory):
            self.started.set()
            assert self.opened.wait(10), "the test never opened the gate"
        with self._lock:
            self.loaded.append(inventory)
        return "data"

    def subject(self) -> Subject:
        return Subject("gated", "account", self.produce, "arn:{partition}:test::{account_id}:gated", "gated")


def test_reading_returns_before_the_data_is_read_and_calls_then_once_every_read_is_in():
    gate, settled = Gate(), []
    reading = Reading(accounts(), [gate.subject()], max_workers=2, started=0.0, then=lambda: settled.append(1))
    assert gate.started.wait(10)
    assert (gate.loaded, settled) == ([], [])
    gate.opened.set()
    reading.wait()
    assert (len(gate.loaded), settled) == (ACCOUNTS, [1])
    assert reading.seconds > 0


def test_an_interrupted_reading_drops_the_reads_not_begun_and_waits_for_those_under_way():
    gate, settled = Gate(), []
    reading = Reading(accounts(), [gate.subject()], max_workers=1, started=0.0, then=lambda: settled.append(1))
    assert gate.started.wait(10)  # the one worker is inside the first read; five wait in the queue
    threading.Timer(0.2, gate.opened.set).start()
    reading.stop()
    assert (len(gate.loaded), settled) == (1, [1])


def test_each_account_lets_go_of_its_clients_once_its_own_reads_are_in():
    audited = accounts()
    gate = Gate(only=audited[-1].inventory)
    reading = Reading(audited, [gate.subject()], max_workers=1, started=0.0, then=lambda: None)
    assert gate.started.wait(10)  # one worker, accounts in order: the last account's read is the one waiting
    # every account let go of its clients once listed; those whose reads are in, once more
    assert [account.inventory.released for account in audited] == [2] * (ACCOUNTS - 1) + [1]
    gate.opened.set()
    reading.wait()
    assert [account.inventory.released for account in audited] == [2] * ACCOUNTS
