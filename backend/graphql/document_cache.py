"""A least-recently-used cache keyed by GraphQL query text, bounded by entries, by total bytes and by item size.

functools.lru_cache (Strawberry's ParserCache and ValidationCache) bounds entries only, so sixty
different 10 MB query texts were sixty 10 MB keys and ASTs kept alive. Here an entry weighs the
UTF-8 size of its query text, a proxy for its parsed AST: graphql-core keeps every token, with
locations, so an AST took 36–75 times its text for the frontend's queries and up to about 280
times for the densest text the token limit allows. Texts above `max_item_bytes` are never stored:
the documents worth caching are the clients' own, which are small and sent again and again.
"""

from collections import OrderedDict
from typing import Generic, TypeVar

Value = TypeVar("Value")


def utf8_size(text: str) -> int:
    """Bytes of `text` in UTF-8. A lone surrogate (JSON allows `\\ud800`) counts as its three bytes, not an error."""
    return len(text.encode("utf-8", "surrogatepass"))


class DocumentCache(Generic[Value]):
    """Entries in least- to most-recently-used order; `put` evicts from the least recent end until both bounds hold.

    Not locked: the app touches it from one event loop only, between awaits.
    """

    def __init__(self, *, max_entries: int, max_bytes: int, max_item_bytes: int) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.max_item_bytes = min(max_item_bytes, max_bytes)
        self._entries: OrderedDict[str, tuple[Value, int]] = OrderedDict()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def total_bytes(self) -> int:
        return self._bytes

    def get(self, text: str) -> Value | None:
        entry = self._entries.get(text)
        if entry is None:
            return None
        self._entries.move_to_end(text)
        return entry[0]

    def put(self, text: str, value: Value) -> None:
        # len() is a lower bound of the UTF-8 size: no need to encode a text that is too large anyway.
        if len(text) > self.max_item_bytes or (size := utf8_size(text)) > self.max_item_bytes:
            return
        previous = self._entries.pop(text, None)
        if previous is not None:
            self._bytes -= previous[1]
        self._entries[text] = (value, size)
        self._bytes += size
        while len(self._entries) > self.max_entries or self._bytes > self.max_bytes:
            _, (_, evicted) = self._entries.popitem(last=False)
            self._bytes -= evicted
