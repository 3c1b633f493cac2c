"""The runner: each job in a loop of its own, stepping while there is work and polling when idle.

A failing step is logged and retried after a growing pause; it never stops the other jobs or
the process. Stopping lets a step in progress finish (a mail batch sent and recorded) for up to
`STOP_GRACE_SECONDS`, then cancels it; a cancelled batch is sent again after its lease, with
the same Message-IDs.
"""

import asyncio
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from backend.background.jobs import Job
from backend.runtime import Runtime

STOP_GRACE_SECONDS = 10.0
LONGEST_PAUSE_AFTER_ERROR_SECONDS = 60.0

logger = logging.getLogger(__name__)


class Runner:
    def __init__(self, runtime: Runtime, jobs: Sequence[Job]) -> None:
        self._runtime = runtime
        self._jobs = tuple(jobs)
        self._stopping = asyncio.Event()

    async def run(self) -> None:
        """Until `stop` is called."""
        async with asyncio.TaskGroup() as group:
            for job in self._jobs:
                group.create_task(self._loop(job), name=f"job {job.name}")

    def stop(self) -> None:
        self._stopping.set()
        self._runtime.wakeups.notify_all()

    async def _loop(self, job: Job) -> None:
        errors_in_a_row = 0
        while not self._stopping.is_set():
            try:
                done = await job.step(self._runtime)
            except Exception:
                errors_in_a_row += 1
                logger.exception("background job %s failed (%d in a row)", job.name, errors_in_a_row)
                pause = min(job.poll_seconds * 2**errors_in_a_row, LONGEST_PAUSE_AFTER_ERROR_SECONDS)
                await self._pause(job, pause)
                continue
            errors_in_a_row = 0
            if done:
                await asyncio.sleep(0)  # let requests in between batches
            else:
                await self._pause(job, job.poll_seconds)

    async def _pause(self, job: Job, seconds: float) -> None:
        if job.topic is None:
            try:
                async with asyncio.timeout(seconds):
                    await self._stopping.wait()
            except TimeoutError:
                return
        else:
            await self._runtime.wakeups.wait(job.topic, seconds)


@asynccontextmanager
async def running(runtime: Runtime, jobs: Sequence[Job]) -> AsyncIterator[None]:
    """Run the jobs in the background while the block runs (the web app's lifespan)."""
    runner = Runner(runtime, jobs)
    task = asyncio.create_task(runner.run(), name="background work")
    try:
        yield
    finally:
        runner.stop()
        try:
            await asyncio.wait_for(task, STOP_GRACE_SECONDS)
        except TimeoutError:
            logger.warning("background work did not stop within %s s; cancelled", STOP_GRACE_SECONDS)


async def run_until_idle(runtime: Runtime, jobs: Sequence[Job]) -> int:
    """Step the jobs in order until none has anything to do now; how many items they handled.
    A step's error propagates: this is for commands and tests, which should see it."""
    total = 0
    while True:
        done = 0
        for job in jobs:
            done += await job.step(runtime)
        if not done:
            return total
        total += done
