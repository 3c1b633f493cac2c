"""The document cache: least recently used first out, bounded by entries and by bytes, large texts never kept."""

from backend.graphql.document_cache import DocumentCache, utf8_size


def cache(*, max_entries: int = 10, max_bytes: int = 100, max_item_bytes: int = 100) -> DocumentCache[int]:
    return DocumentCache(max_entries=max_entries, max_bytes=max_bytes, max_item_bytes=max_item_bytes)


def contents(documents: DocumentCache[int], *texts: str) -> dict[str, int | None]:
    return {text: documents.get(text) for text in texts}


def test_the_least_recently_used_entry_goes_first_when_entries_are_full() -> None:
    documents = cache(max_entries=2)
    documents.put("a", 1)
    documents.put("b", 2)
    assert documents.get("a") == 1  # now b is the least recently used
    documents.put("c", 3)
    assert contents(documents, "a", "b", "c") == {"a": 1, "b": None, "c": 3}
    assert (len(documents), documents.total_bytes) == (2, 2)


def test_entries_are_evicted_until_the_bytes_fit() -> None:
    documents = cache(max_bytes=10)
    documents.put("aaaa", 1)
    documents.put("bbbb", 2)
    documents.put("cc", 3)
    assert documents.total_bytes == 10
    documents.put("ddddd", 4)  # 15 bytes: the two oldest go
    assert contents(documents, "aaaa", "bbbb", "cc", "ddddd") == {"aaaa": None, "bbbb": None, "cc": 3, "ddddd": 4}
    assert (len(documents), documents.total_bytes) == (2, 7)


def test_a_text_above_the_item_size_is_never_stored_and_evicts_nothing() -> None:
    documents = cache(max_item_bytes=4)
    documents.put("abcd", 1)
    documents.put("abcde", 2)
    documents.put("ああ", 3)  # 2 characters, 6 bytes
    assert contents(documents, "abcd", "abcde", "ああ") == {"abcd": 1, "abcde": None, "ああ": None}
    assert (len(documents), documents.total_bytes) == (1, 4)


def test_the_item_size_is_never_above_the_cache_size() -> None:
    documents = cache(max_bytes=3, max_item_bytes=100)
    documents.put("abcd", 1)
    assert (len(documents), documents.total_bytes) == (0, 0)


def test_storing_a_text_again_replaces_it_without_counting_it_twice() -> None:
    documents = cache()
    documents.put("abc", 1)
    documents.put("abc", 2)
    assert (documents.get("abc"), len(documents), documents.total_bytes) == (2, 1, 3)


def test_sizes_are_utf8_bytes_and_a_lone_surrogate_counts_without_failing() -> None:
    assert (utf8_size("abc"), utf8_size("あ"), utf8_size("😀"), utf8_size("\ud800")) == (3, 3, 4, 3)
