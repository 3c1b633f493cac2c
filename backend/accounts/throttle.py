"""How long repeated sign-in failures must wait: a pure policy over counts and instants."""

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True, slots=True)
class ThrottlePolicy:
    free_failures: int
    """Failures allowed before any wait."""
    first_wait: timedelta
    max_wait: timedelta
    forget_after: timedelta
    """A key with no failure for this long starts again from zero."""

    def current_failures(self, failures: int, last_failure_at: datetime, now: datetime) -> int:
        return 0 if now - last_failure_at >= self.forget_after else failures

    def wait(self, failures: int, last_failure_at: datetime, now: datetime) -> timedelta:
        """Time still to wait before the next attempt is heard; zero when it may go ahead."""
        excess = self.current_failures(failures, last_failure_at, now) - self.free_failures
        if excess < 0:
            return timedelta(0)
        lockout = min(self.first_wait * (1 << min(excess, 30)), self.max_wait)
        return max(last_failure_at + lockout - now, timedelta(0))


# One mailbox: five tries, then 30 s, 60 s, 120 s … up to 15 minutes between tries.
PER_EMAIL = ThrottlePolicy(
    free_failures=5,
    first_wait=timedelta(seconds=30),
    max_wait=timedelta(minutes=15),
    forget_after=timedelta(hours=1),
)
# One client address: offices share addresses behind NAT, so allow more before slowing it.
PER_CLIENT = ThrottlePolicy(
    free_failures=30,
    first_wait=timedelta(seconds=30),
    max_wait=timedelta(minutes=15),
    forget_after=timedelta(hours=1),
)
# One known device (see devices.py): five failures of its own, after which it is known no more
# for an hour and signs in as any other browser does, under the e-mail's throttle.
PER_DEVICE = ThrottlePolicy(
    free_failures=5,
    first_wait=timedelta(hours=1),
    max_wait=timedelta(hours=1),
    forget_after=timedelta(hours=1),
)
# Password-link requests, counted whether or not the address has an account (so a wait says
# nothing about it). One mailbox: three links, then 1 min, 2 min … up to 15 minutes apart.
RESET_PER_EMAIL = ThrottlePolicy(
    free_failures=3,
    first_wait=timedelta(minutes=1),
    max_wait=timedelta(minutes=15),
    forget_after=timedelta(hours=1),
)
# One client address: enough for an office behind NAT, too few to mail-bomb many mailboxes.
RESET_PER_CLIENT = ThrottlePolicy(
    free_failures=20,
    first_wait=timedelta(minutes=1),
    max_wait=timedelta(minutes=15),
    forget_after=timedelta(hours=1),
)
