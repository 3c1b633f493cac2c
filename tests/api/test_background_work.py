"""The background runner as `serve` runs it: a password link requested over GraphQL arrives by real
SMTP without anything else being run, its token works exactly once, and a failing job neither
stops the others nor the app."""

import asyncio
import re
from collections.abc import AsyncIterator
from dataclasses import replace

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.applications import Starlette

from backend.background.jobs import Job
from backend.background.runner import Runner, running
from backend.core.settings import Settings
from backend.core.wakeups import Topic
from backend.runtime import Runtime, open_runtime
from backend.web.app import create_app
from tests.conftest import ORIGIN, TestClock, add_account, gql
from tests.mail_server import MailServer, mail_server

BUYER = "buyer@example.co.jp"
REQUEST = "mutation($email: String!) { requestPasswordReset(email: $email) { accepted errors { code } } }"
RESET = """
mutation($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword) { me { email } errors { code } }
}
"""


@pytest.fixture
async def smtp() -> AsyncIterator[MailServer]:
    async with mail_server() as server:
        yield server


@pytest.fixture
async def served(settings: Settings, smtp: MailServer, clock: TestClock) -> AsyncIterator[httpx.AsyncClient]:
    """The app as `serve` runs it: background work on, mail to the test's SMTP server."""
    mail = replace(settings.mail, smtp_port=smtp.port, public_url="https://koushin.example")
    app: Starlette = create_app(replace(settings, mail=mail, background_work=True), clock=clock)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=ORIGIN, headers={"origin": ORIGIN}) as client:
            yield client


async def test_a_requested_link_arrives_by_smtp_and_its_token_works_exactly_once(
    served: httpx.AsyncClient, smtp: MailServer, db: AsyncSession
) -> None:
    await add_account(db, BUYER, password=None, company_name="はじめて工業株式会社")

    answer = await gql(served, REQUEST, email=BUYER)

    assert answer == {"data": {"requestPasswordReset": {"accepted": True, "errors": []}}}
    await smtp.recorder.wait_for(1)  # the request woke the jobs: no poll interval, nothing else run
    [received] = smtp.received
    message = received.message
    assert received.recipients == [BUYER]
    assert message["Subject"] == "【Koushin】パスワード設定のご案内"
    assert message["To"].addresses[0].display_name == "はじめて工業株式会社"
    text = message.get_body(("plain",))
    assert text is not None
    found = re.search(r"https://koushin\.example/set-password#token=([A-Za-z0-9_-]{43})", text.get_content())
    assert found is not None
    token = found.group(1)

    first = await gql(served, RESET, token=token, newPassword="a brand new passphrase")
    again = await gql(served, RESET, token=token, newPassword="another new passphrase")

    assert first == {"data": {"resetPassword": {"me": {"email": BUYER}, "errors": []}}}
    assert again == {"data": {"resetPassword": {"me": None, "errors": [{"code": "INVALID_TOKEN"}]}}}
    assert len(smtp.received) == 1


async def test_a_failing_job_is_retried_and_never_stops_the_others(settings: Settings, clock: TestClock) -> None:
    steps = {"flaky": 0, "steady": 0}
    recovered = asyncio.Event()

    async def flaky(_runtime: Runtime) -> int:
        steps["flaky"] += 1
        if steps["flaky"] <= 2:
            raise RuntimeError("the database went away")
        recovered.set()
        return 0

    async def steady(_runtime: Runtime) -> int:
        steps["steady"] += 1
        return 0

    jobs = [Job("flaky", flaky, 0.001), Job("steady", steady, 0.001, Topic.MAIL)]
    async with open_runtime(settings, clock=clock) as runtime, running(runtime, jobs):
        await asyncio.wait_for(recovered.wait(), 10)
    assert steps["flaky"] == 3
    assert steps["steady"] > 1


async def test_stopping_lets_the_step_in_progress_finish(settings: Settings, clock: TestClock) -> None:
    started, finished = asyncio.Event(), asyncio.Event()

    async def slow(_runtime: Runtime) -> int:
        started.set()
        await asyncio.sleep(0.2)  # a mail batch on its way
        finished.set()
        return 1

    async with open_runtime(settings, clock=clock) as runtime:
        runner = Runner(runtime, [Job("slow", slow, 1.0)])
        task = asyncio.create_task(runner.run())
        await started.wait()
        runner.stop()
        await asyncio.wait_for(task, 10)
    assert finished.is_set()
