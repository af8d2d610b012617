"""Screen-update throttling for streamed turns: events are gathered into batches, one batch at most every
`interval` seconds, and a batch never waits longer than that. An event after a quiet spell waits `gather` seconds
for the events that usually follow it at once (a tool's end after its start, the final result after the answer),
so a burst becomes one or two screen updates; a slow model turn still shows each step as it happens."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")

INTERVAL = 0.1  # about 10 screen updates per second
GATHER = 0.02  # an update after a quiet spell waits this long for its companions (not noticeable on screen)
_END = object()


def batched(events: Iterator[T], interval: float = INTERVAL, gather: float = GATHER) -> Iterator[list[T]]:
    """The events of `events` in batches at most every `interval` s; errors of `events` are raised after the last batch.

    `events` runs in a helper thread so that an event followed by a long silence is shown after `interval`
    (or `gather`, after a quiet spell), not when the next event arrives.
    """
    inbox: queue.Queue = queue.Queue()

    def produce() -> None:
        try:
            for event in events:
                inbox.put(event)
        except BaseException as exc:  # boundary: handed to the consumer, which raises it after the last batch
            inbox.put(_Failure(exc))
        inbox.put(_END)

    threading.Thread(target=produce, name="turn-events", daemon=True).start()
    batch: list[T] = []
    last, due = float("-inf"), 0.0
    while True:
        wait = None if not batch else max(0.0, due - time.monotonic())
        try:
            item = inbox.get(timeout=wait)
        except queue.Empty:
            yield batch
            batch, last = [], time.monotonic()
            continue
        if item is _END or isinstance(item, _Failure):
            if batch:
                yield batch
            if isinstance(item, _Failure):
                raise item.error
            return
        if not batch:
            due = max(last + interval, time.monotonic() + gather)
        batch.append(item)


class _Failure:
    """An exception raised by the event source, carried through the queue."""

    def __init__(self, error: BaseException) -> None:
        self.error = error
