"""What a delivery attempt's result means for the message: pure rules, no I/O.

An SMTP reply or a network error is sorted into sent, try again later, or failed for good:
5xx replies are permanent (RFC 5321 §4.2.1), 4xx replies and network trouble transient. A
transient failure waits longer each time (exponential backoff with jitter, so messages that
failed together do not all come back together), up to `MAX_ATTEMPTS`, then fails with its
last error. Some failures also end the batch: the connection is gone (or the server said 421,
closing), so the messages not yet tried go back to the queue untouched.
"""

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from aiosmtplib import SMTPException, SMTPRecipientsRefused, SMTPResponseException

from backend.mail.models import LAST_ERROR_MAX_LENGTH, OutboxState

MAX_ATTEMPTS = 12
"""With the delays below, a message is retried for five to nine hours before it is marked failed."""
FIRST_RETRY_DELAY = timedelta(seconds=30)
LONGEST_RETRY_DELAY = timedelta(hours=1)
CLOSING = 421
"""The server is closing the connection (RFC 5321 §3.8): nothing more goes over this one."""


class Verdict(StrEnum):
    SENT = "sent"
    RETRY = "retry"
    FAIL = "fail"


@dataclass(frozen=True, slots=True)
class Outcome:
    verdict: Verdict
    error: str | None = None
    """The reply or error, as recorded in `last_error`; None when sent."""
    ends_batch: bool = False
    """The connection is unusable after this: the rest of the batch goes back to the queue."""


SENT = Outcome(Verdict.SENT)


def outcome_of(error: BaseException) -> Outcome:
    """The meaning of an exception raised while connecting or sending one message."""
    if isinstance(error, SMTPRecipientsRefused) and error.recipients:
        error = error.recipients[0]  # one recipient per message
    if isinstance(error, SMTPResponseException) and 400 <= error.code < 600:
        text = _error_text(f"{error.code} {error.message}")
        if error.code >= 500:
            return Outcome(Verdict.FAIL, text)
        return Outcome(Verdict.RETRY, text, ends_batch=error.code == CLOSING)
    if isinstance(error, SMTPException | OSError | TimeoutError):
        # Refused, reset or timed out, or a reply that makes no sense: the message may or may not
        # have arrived, and the connection cannot be trusted. Try again, with the same Message-ID.
        return Outcome(Verdict.RETRY, _error_text(f"{type(error).__name__}: {error}"), ends_batch=True)
    raise error


def connection_outcome(error: BaseException) -> Outcome:
    """The meaning of a failure to connect, greet or log in: whatever the reply, not the messages' fault
    (a refused login is a setting to fix), so each is tried again later."""
    outcome = outcome_of(error)
    return Outcome(Verdict.RETRY, outcome.error, ends_batch=True)


def retry_delay(attempts: int, rng: random.Random) -> timedelta:
    """How long to wait after the `attempts`-th failed attempt: doubling from 30 s to an hour,
    each a random time between half of that and all of it ("equal jitter")."""
    ceiling = min(FIRST_RETRY_DELAY * (1 << (attempts - 1)), LONGEST_RETRY_DELAY)
    return ceiling / 2 + ceiling / 2 * rng.random()


@dataclass(frozen=True, slots=True)
class Settlement:
    """The row's new state after an attempt."""

    state: OutboxState
    next_attempt_at: datetime
    last_error: str | None
    sent_at: datetime | None = None


def settle(attempts: int, outcome: Outcome, now: datetime, rng: random.Random) -> Settlement:
    """The state a message takes after its `attempts`-th attempt ended with `outcome`."""
    if outcome.verdict is Verdict.SENT:
        return Settlement(OutboxState.SENT, now, None, sent_at=now)
    if outcome.verdict is Verdict.FAIL or attempts >= MAX_ATTEMPTS:
        return Settlement(OutboxState.FAILED, now, outcome.error)
    return Settlement(OutboxState.PENDING, now + retry_delay(attempts, rng), outcome.error)


def _error_text(text: str) -> str:
    """One line, short enough for the column: a multi-line SMTP reply is joined."""
    line = " ".join(text.split())
    return line if len(line) <= LAST_ERROR_MAX_LENGTH else line[: LAST_ERROR_MAX_LENGTH - 1] + "…"
