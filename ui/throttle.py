"""Screen-update throttling for streamed turns: events are gathered into batches, one batch at most every
`interval` seconds, and a batch never waits longer than that. A burst (the offline brain's answer chunks)
becomes two or three screen updates; a slow model turn still shows each step as it happens."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")

INTERVAL = 0.1  # about 10 screen updates per second
_END = object()


def batched(events: Iterator[T], interval: float = INTERVAL) -> Iterator[list[T]]:
    """The events of `events` in batches at most every `interval` s; errors of `events` are raised after the last batch.

    `events` runs in a helper thread so that an event followed by a long silence is shown after `interval`,
    not when the next event arrives.
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
    last = float("-inf")
    while True:
        wait = None if not batch else max(0.0, last + interval - time.monotonic())
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
        batch.append(item)
        if time.monotonic() - last >= interval:
            yield batch
            batch, last = [], time.monotonic()


class _Failure:
    """An exception raised by the event source, carried through the queue."""

    def __init__(self, error: BaseException) -> None:
        self.error = error
