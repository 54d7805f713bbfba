"""Ctrl-C and SIGTERM stop a `themis build` at once, with its processes (sandbox workers, Prefect's API server).

Left to Prefect, an interrupted build took more than five minutes to end: the batch threads kept running to the end
of their batches, and the flow retried reporting its crash to the ephemeral API — which the same Ctrl-C (or
`timeout`'s SIGTERM) to the process group had already stopped. Nothing is lost by stopping hard: finished
executions and labels are in the store and every file is written by rename, so the next `themis build` resumes
where this one stopped. Served deployments keep Prefect's own cancellation (only the CLI turns this on).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress

import psutil

_active = False


def _stop(signum: int, _frame) -> None:
    print(f"\n{signal.Signals(signum).name}: the build stops now; run it again to resume where it stopped",
          file=sys.stderr, flush=True)  # fmt: skip
    for child in psutil.Process().children(recursive=True):
        with suppress(psutil.Error):
            child.kill()
    os._exit(128 + signum)


@contextmanager
def stopped_at_once_on_interrupt() -> Iterator[None]:
    """While active, SIGINT and SIGTERM end the process at once (exit status 128 + signal)."""
    global _active
    previous = {signum: signal.signal(signum, _stop) for signum in (signal.SIGINT, signal.SIGTERM)}
    _active = True
    try:
        yield
    finally:
        _active = False
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def keep_stopping_at_once() -> None:
    """Called as a flow starts: Prefect's engine has just put its own SIGTERM handler in place of ours; under the
    CLI, put ours back (a no-op for served deployments and outside the main thread)."""
    if _active:
        with suppress(ValueError):  # signals can be set only from the main thread
            signal.signal(signal.SIGTERM, _stop)
