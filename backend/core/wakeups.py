"""Nudges between the parts of one process: "there is work for you" without waiting for the next poll.

A request that leaves work for a background job (a password link to mail, say) notifies its
topic after committing; the job, waiting between polls, starts at once. Only this process hears
it: other processes find the same work at their next poll, so a nudge is an optimisation, never
the only way work is found.
"""

import asyncio
from enum import StrEnum


class Topic(StrEnum):
    RESET_LINKS = "reset-links"
    MAIL = "mail"
    DOCUMENTS = "documents"


class Wakeups:
    def __init__(self) -> None:
        self._events = {topic: asyncio.Event() for topic in Topic}

    def notify(self, topic: Topic) -> None:
        self._events[topic].set()

    def notify_all(self) -> None:
        for event in self._events.values():
            event.set()

    async def wait(self, topic: Topic, timeout_seconds: float) -> None:
        """Until the topic is notified (or was since the last wait) or the time is up."""
        event = self._events[topic]
        try:
            async with asyncio.timeout(timeout_seconds):
                await event.wait()
        except TimeoutError:
            return
        event.clear()
