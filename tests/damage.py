"""Random damage to a file's bytes, for tests that a reader reads it whole or refuses it, never crashes."""

import random


def damaged(rng: random.Random, original: bytes, interesting: bytes, record_length: int | None = None) -> bytes:
    """1–4 edits: a byte replaced, inserted or deleted (often one the format gives meaning to, from `interesting`),
    the file truncated, or, with `record_length`, two whole fixed-length records swapped."""
    data = bytearray(original)
    for _ in range(rng.randint(1, 4)):
        actions = ["replace", "insert", "delete", "truncate"] + (["swap"] if record_length else [])
        action = rng.choice(actions)
        position = rng.randrange(len(data)) if data else 0
        byte = rng.choice(interesting) if rng.random() < 0.55 else rng.randrange(256)
        if action == "replace" and data:
            data[position] = byte
        elif action == "insert":
            data.insert(position, byte)
        elif action == "delete" and data:
            del data[position]
        elif action == "truncate":
            del data[position:]
        elif action == "swap" and record_length and len(data) >= 2 * record_length:
            first, second = sorted(rng.sample(range(len(data) // record_length), 2))
            a = slice(first * record_length, (first + 1) * record_length)
            b = slice(second * record_length, (second + 1) * record_length)
            data[a], data[b] = data[b], data[a]
    return bytes(data)
