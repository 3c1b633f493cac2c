"""Caught mail on disk: one Maildir, each message kept byte for byte as it arrived.

Maildir writes each message to tmp/ and renames it into new/, so a reader never sees half a message.
A `mailbox.Maildir` object caches its table of contents and is not safe across threads, so every call
opens its own: the SMTP server writes from one thread while page requests read from others.
"""

import mailbox
import re
from dataclasses import dataclass
from pathlib import Path

# What `mailbox.Maildir` names a message: seconds.M<microseconds>P<pid>Q<counter>.<host>. Anything else is
# not a key of ours, whatever it names on disk (a path, a dot file, another program's message).
_KEY = re.compile(r"([0-9]{1,12})\.M([0-9]{1,6})P[0-9]{1,10}Q([0-9]{1,10})\.[A-Za-z0-9_.\\-]{1,255}")


def arrival_order(key: str) -> tuple[int, int, int]:
    """When a key was made, for sorting: seconds, microseconds, then the writer's counter."""
    match = _KEY.fullmatch(key)
    if match is None:
        raise ValueError(f"{key!r} is not a Maildir key")
    return int(match[1]), int(match[2]), int(match[3])


def is_key(text: str) -> bool:
    return _KEY.fullmatch(text) is not None


@dataclass(frozen=True, slots=True)
class CaughtMailStore:
    directory: Path

    def add(self, content: bytes) -> str:
        """Keep one message as received; returns its key."""
        # Maildir(create=True) makes tmp/, new/ and cur/ only when the directory itself is missing.
        for folder in ("tmp", "new", "cur"):
            (self.directory / folder).mkdir(parents=True, exist_ok=True)
        return self._maildir().add(content)

    def newest_first(self) -> list[str]:
        """The messages' keys, newest first."""
        if not self._exists():
            return []
        return sorted((key for key in self._maildir().iterkeys() if is_key(key)), key=arrival_order, reverse=True)

    def content(self, key: str) -> bytes | None:
        """The message as stored, or None when `key` names no message of ours."""
        if not is_key(key) or not self._exists():
            return None
        try:
            return self._maildir().get_bytes(key)
        except (KeyError, FileNotFoundError):  # never caught, or deleted since the listing
            return None

    def header_block(self, key: str) -> bytes | None:
        """Only the header lines: a listing should not read every attachment of every message."""
        if not is_key(key) or not self._exists():
            return None
        try:
            with self._maildir().get_file(key) as file:
                lines = []
                for line in file:
                    if not line.strip(b"\r\n"):
                        break
                    lines.append(line)
                return b"".join(lines)
        except (KeyError, FileNotFoundError):
            return None

    def clear(self) -> int:
        """Delete every message; returns how many there were."""
        keys = self.newest_first()
        if keys:
            maildir = self._maildir()
            for key in keys:
                maildir.discard(key)
        return len(keys)

    def _exists(self) -> bool:
        """Whether anything was ever caught here: reading lists new/ and cur/, and fails without them."""
        return (self.directory / "new").is_dir() and (self.directory / "cur").is_dir()

    def _maildir(self) -> mailbox.Maildir:
        return mailbox.Maildir(self.directory, create=False)
