"""Rendering off the event loop: a pool of worker processes, each with xhtml2pdf imported once.

A render is CPU-bound Python (STACK.md #8): on the event loop one froze the server for half a
second, and threads would share the GIL with it. Workers are spawned, never forked from a process
that runs an event loop (a fork copies its loop, locks and open connections), and each imports
xhtml2pdf and registers the font at start, so no request pays for that.
"""

import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from backend.documents.content import DocumentContent
from backend.documents.render import render_pdf, warm_up


class Renderer:
    """`await renderer.render(content)` → PDF bytes, in one of `max_workers` processes; `close()` when done."""

    def __init__(self, max_workers: int = 1) -> None:
        self._max_workers = max_workers
        self._executor = self._new_executor()

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self._max_workers, mp_context=multiprocessing.get_context("spawn"), initializer=warm_up
        )

    async def render(self, content: DocumentContent) -> bytes:
        executor = self._executor
        try:
            return await asyncio.get_running_loop().run_in_executor(executor, render_pdf, content)
        except BrokenProcessPool:
            # A worker died (killed, out of memory): a broken pool refuses every later render, so this one
            # fails (its document waits out its lease) and the next starts a fresh pool.
            if self._executor is executor:
                executor.shutdown(wait=False, cancel_futures=True)
                self._executor = self._new_executor()
            raise

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
