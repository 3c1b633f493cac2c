"""The limits a document is held to before validation: each at its boundary, fragments expanded, cycles survived."""

import pytest
from graphql import GraphQLError, get_introspection_query, parse

from backend.graphql.document_limits import DocumentLimits, check_document
from bench.documents import as_urql_sends, frontend_documents
from bench.licences import QUERIES as BENCH_QUERIES


def check(query: str, **limits: int) -> GraphQLError | None:
    return check_document(parse(query), DocumentLimits(**limits))


def refusal(query: str, **limits: int) -> tuple[str, str]:
    error = check(query, **limits)
    assert error is not None
    assert error.extensions is not None
    return error.message, error.extensions["code"]


def nested(levels: int, leaf: str = "b") -> str:
    """`leaf` under `levels` nested fields."""
    return "{ " + "a { " * levels + leaf + " }" * levels + " }"


def fields(count: int, prefix: str = "f") -> str:
    return " ".join(f"{prefix}{n}" for n in range(count))


TOO_DEEP = ("The query is nested more than 10 levels deep.", "QUERY_TOO_DEEP")
TOO_MANY_ALIASES = ("The query has more than 15 aliases.", "TOO_MANY_ALIASES")
TOO_MANY_SELECTIONS = ("The query has more than 300 selections once its fragments are expanded.", "TOO_MANY_SELECTIONS")
TOO_WIDE = ("A selection set has more than 30 selections once its fragments are expanded.", "SELECTION_SET_TOO_WIDE")
TOO_MANY_FRAGMENTS = ("The query defines more than 20 fragments.", "TOO_MANY_FRAGMENTS")
NUL = ("A string in the query contains the character U+0000.", "NUL_IN_STRING")


def duplicated(key: str) -> tuple[str, str]:
    return (
        f"The query asks for '{key}' more than 4 times in one selection set once its fragments are expanded.",
        "DUPLICATE_FIELDS",
    )


def merged_below(key: str) -> tuple[str, str]:
    return (
        f"The query asks for more than 4 fields at one path below '{key}' once same-named fields are merged.",
        "DUPLICATE_FIELDS",
    )


# Depth, as Strawberry's QueryDepthLimiter counted it: `{ a { b } }` is 1 deep.


def test_depth_10_passes_and_11_is_refused_at_the_operation() -> None:
    assert check(nested(10)) is None
    error = check(nested(11))
    assert error is not None
    assert (error.message, error.extensions) == (TOO_DEEP[0], {"code": TOO_DEEP[1]})
    assert [location.formatted for location in error.locations or ()] == [{"line": 1, "column": 1}]


def test_depth_counts_through_fragments_and_inline_fragments() -> None:
    fragment = " fragment F on T { " + "a { " * 8 + "b" + " }" * 8 + " }"  # 8 deep
    assert check("{ a { a { ...F } } }" + fragment) is None
    assert refusal("{ a { a { ... { a { ...F } } } } }" + fragment) == TOO_DEEP


def test_a_leaf_too_deep_is_refused_even_if_it_is_typename() -> None:
    assert refusal(nested(11, "__typename")) == TOO_DEEP


def test_introspection_is_not_measured_for_depth() -> None:
    assert check("{ __schema { types { " + nested(12)[2:-2] + " } } }") is None


def test_depth_is_an_operations_own_a_fragment_used_only_below_introspection_may_be_deeper() -> None:
    assert check('{ __type(name: "Q") { ...F } } fragment F on __Type { ' + nested(12)[2:-2] + " }") is None


# Aliases: in the whole document, each counted as often as its fragment is spread.


def test_15_aliases_pass_and_16_are_refused() -> None:
    assert check("{ " + " ".join(f"x{n}: a" for n in range(15)) + " }") is None
    assert refusal("{ " + " ".join(f"x{n}: a" for n in range(16)) + " }") == TOO_MANY_ALIASES


def test_aliases_count_every_spread_and_every_operation() -> None:
    fragment = " fragment F on T { " + " ".join(f"x{n}: a" for n in range(8)) + " }"
    assert check("{ a { ...F } }" + fragment) is None
    assert refusal("{ a { ...F } b { ...F } }" + fragment) == TOO_MANY_ALIASES
    assert refusal("query A { a { ...F } } query B { b { ...F } }" + fragment) == TOO_MANY_ALIASES


# Selections: fields, spreads and inline fragments of the operations, once per time each is reached.


def test_300_selections_pass_and_301_are_refused() -> None:
    three_hundred = " ".join(f"f{n} {{ {fields(29, 'g')} }}" for n in range(10))
    assert check("{ " + three_hundred + " }") is None
    assert refusal("{ " + three_hundred + " h }") == TOO_MANY_SELECTIONS


def test_selections_count_a_fragment_each_time_it_is_spread() -> None:
    # Each field: itself, the spread and the fragment's fields.
    assert (
        check("{ " + " ".join(f"f{n} {{ ...F }}" for n in range(10)) + " } fragment F on T { " + fields(28) + " }")
        is None
    )
    assert refusal(
        "{ " + " ".join(f"f{n} {{ ...F }}" for n in range(10)) + " } fragment F on T { " + fields(29) + " }"
    ) == (TOO_MANY_SELECTIONS)


def test_selections_add_up_over_the_documents_operations() -> None:
    fragment = f" fragment F on T {{ {' '.join(f'f{n} {{ {fields(14)} }}' for n in range(10))} }}"  # 150 selections
    assert check("query A { ...F }" + fragment) is None  # 151
    assert refusal("query A { ...F } query B { ...F }" + fragment) == TOO_MANY_SELECTIONS  # 302


def test_a_bomb_of_2_to_the_200_selections_is_refused_without_being_expanded() -> None:
    # That this returns at all shows the walk is linear: each fragment is counted once, and the count saturates.
    # Below an introspection field, so that depth is not what refuses it.
    fragments = " ".join(f"fragment F{n} on T {{ a {{ ...F{n + 1} }} b {{ ...F{n + 1} }} }}" for n in range(200))
    document = "{ __type { ...F0 } } " + fragments + " fragment F200 on T { c }"
    assert refusal(document, max_fragments=1000) == TOO_MANY_SELECTIONS


def test_the_issues_fragment_chain_40_deep() -> None:
    chain = " ".join(f"fragment F{n} on Query {{ ...F{n + 1} ...F{n + 1} }}" for n in range(39))
    document = "query { ...F0 } " + chain + " fragment F39 on Query { products { code } }"
    assert refusal(document) == TOO_MANY_FRAGMENTS
    # Were fragments not counted, the spreads doubling in one selection set are: 'products' 8 times in F36.
    assert refusal(document, max_fragments=1000) == duplicated("products")


# Width: the selections merged into one selection set.


def test_30_merged_selections_pass_and_31_are_refused() -> None:
    fragment = f" fragment F on T {{ {fields(14, 'a')} }}"
    assert check("{ ...F ... { " + fields(14, "b") + " } }" + fragment) is None  # 1 + 14 + 1 + 14
    assert refusal("{ ...F ... { " + fields(15, "b") + " } }" + fragment) == TOO_WIDE


def test_width_is_held_in_every_field_and_every_fragment() -> None:
    assert refusal("{ a { " + fields(31) + " } }") == TOO_WIDE
    assert refusal("{ a } fragment Unused on T { " + fields(31) + " }") == TOO_WIDE


# Fields sharing a response key, or a response path once same-named fields' selections merge.


def test_4_fields_with_one_response_key_pass_and_5_are_refused() -> None:
    assert check("{ " + " ".join("products { code }" for _ in range(4)) + " }") is None
    assert refusal("{ " + " ".join("products { code }" for _ in range(5)) + " }") == duplicated("products")
    assert refusal("{ " + " ".join("__typename" for _ in range(5)) + " }") == duplicated("__typename")
    assert refusal("{ x: products x: code x: me x: a x: b }") == duplicated("x")  # the alias is the key


def test_duplicates_count_through_fragments_and_inline_fragments() -> None:
    fragment = " fragment F on Query { products { code } ... { products { code } } }"
    assert check("{ products { code } ...F }" + fragment) is None
    assert refusal("{ products { code } ...F ...F }" + fragment) == duplicated("products")


def test_same_named_fields_merge_so_their_fields_add_up_below() -> None:
    twice = "a { b { c } b { c } }"
    assert check("{ " + twice + " " + twice + " }") is None  # 4 b's at a.b
    assert refusal("{ " + twice + " " + twice + " a { b { c } } }") == merged_below("a")  # 5 b's at a.b


def test_499_duplicates_are_refused() -> None:
    assert refusal("{ " + " ".join("products { code }" for _ in range(499)) + " }") == duplicated("products")


def test_a_fragment_no_operation_uses_is_still_held_to_the_duplicates_limit() -> None:
    assert refusal("{ a } fragment Unused on Query { " + " ".join("b" for _ in range(5)) + " }") == duplicated("b")


def test_a_fragment_shadowed_by_a_namesake_is_still_held_to_the_limits() -> None:
    shadowed = "fragment F on Query { " + " ".join("b" for _ in range(5)) + " }"
    assert refusal("{ ...F } " + shadowed + " fragment F on Query { a }") == duplicated("b")


# Fragments: how many a document defines; unknown and cyclic ones are graphql-core's to report.


def test_20_fragments_pass_and_21_are_refused() -> None:
    def document(count: int) -> str:
        spreads = " ".join(f"g{n} {{ ...F{n} }}" for n in range(count))
        return "{ " + spreads + " } " + " ".join(f"fragment F{n} on T {{ f }}" for n in range(count))

    assert check(document(20)) is None
    assert refusal(document(21)) == TOO_MANY_FRAGMENTS


@pytest.mark.parametrize(
    "document",
    [
        "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }",
        "{ ...A } fragment A on Query { a ...A }",
        "{ a { ...A } } fragment A on T { b { ...B } } fragment B on T { ... { c { ...A } } }",
        "{ ...Missing a }",
    ],
)
def test_cycles_and_unknown_fragments_are_left_to_graphql_core(document: str) -> None:
    assert check(document) is None


def test_a_bomb_closed_by_a_cycle_is_refused_and_the_walk_ends() -> None:
    fragments = " ".join(f"fragment F{n} on T {{ a {{ ...F{n + 1} }} b {{ ...F{n + 1} }} }}" for n in range(19))
    assert refusal("{ __type { ...F0 } } " + fragments + " fragment F19 on T { c ...F0 }") == TOO_MANY_SELECTIONS


# String literals holding U+0000, wherever the document has values.


@pytest.mark.parametrize(
    "literal",
    ['"a\\u0000b"', '"a\\u{0}b"', '"a\\u{0000}b"', '"a\x00b"', '"""a\x00b"""'],
    ids=["escape", "braced escape", "long braced escape", "raw", "block string"],
)
def test_every_spelling_of_nul_in_a_string_is_refused(literal: str) -> None:
    error = check("mutation { signIn(email: " + literal + ', password: "x") { me { email } } }')
    assert error is not None
    assert (error.message, error.extensions) == (NUL[0], {"code": NUL[1]})
    assert [location.formatted for location in error.locations or ()] == [{"line": 1, "column": 26}]


@pytest.mark.parametrize(
    "document",
    [
        '{ a(b: ["x", "\\u0000"]) }',
        '{ a(b: { c: { d: "\\u0000" } }) }',
        '{ a @include(if: "\\u0000") }',
        'query($v: String = "\\u0000") { a(b: $v) }',
        'query($v: String @d(e: "\\u0000")) { a(b: $v) }',
        'query @q(r: "\\u0000") { a }',
        '{ ...F } fragment F on Query @q(r: "\\u0000") { a }',
        '{ ...F } fragment F on Query { ... @q(r: "\\u0000") { a } }',
        '{ a ...F @q(r: "\\u0000") } fragment F on Query { b }',
        '{ a } fragment Unused on Query { b(c: "\\u0000") }',
    ],
)
def test_nul_is_refused_in_every_place_a_value_can_be(document: str) -> None:
    assert refusal(document) == NUL


def test_other_control_characters_and_surrogate_pairs_pass() -> None:
    assert check('{ a(b: "\\u0001 \\t \\ud83d\\ude00") }') is None


# The documents clients really send.


def real_documents() -> dict[str, str]:
    documents = {f"frontend {name}": as_urql_sends(query) for name, query in frontend_documents().items()}
    documents |= {f"bench {name}": query for name, query in BENCH_QUERIES.items()}
    documents["introspection"] = get_introspection_query(descriptions=True)
    documents["introspection, every option"] = get_introspection_query(True, True, True, True, True, True)
    return documents


def test_there_are_frontend_documents_to_check() -> None:
    assert set(frontend_documents()) == {
        "SignIn",
        "SignOut",
        "Me",
        "SetLanguage",
        "RequestPasswordReset",
        "ResetPassword",
        "FindLicence",
        "LicenceDetail",
        "Licences",
        "RenewableSerialNumbers",
        "RenewalAccount",
        "RenewalCartFacts",
        "RenewalCartPrices",
        "RenewalLegalDocuments",
        "RenewalQuote",
        "CreateQuote",
        "PlaceRenewalOrder",
        "Orders",
        "Order",
        "OrderDocuments",
        "CancelOrder",
        "StopAutoRenewal",
        # The staff console
        "PaymentsOverview",
        "StatementImports",
        "BankCredits",
        "ApplyBankCredit",
        "RefundBankCredit",
        "DismissBankCredit",
        "Archive",
    }


@pytest.mark.parametrize(("name", "document"), real_documents().items(), ids=real_documents().keys())
def test_real_documents_pass(name: str, document: str) -> None:
    assert check(document) is None, name
