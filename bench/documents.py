"""Benchmark (`python -m bench.documents`): the document gate's CPU time per request, real and hostile documents.

For each document: parsing, the linear limits check and graphql-core's validation (none for a
refused document), as the gate does them when a query text is not in its cache yet: CPU time per
request, the best of several batches. Real documents are the frontend's (with the `__typename`
urql's cache adds to every selection set), the licences benchmark's and GraphiQL's introspection
query; every hostile one must be refused. The ratios compare each with the median real document,
measured in the same run.
"""

import re
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from graphql import (
    DocumentNode,
    FieldNode,
    GraphQLError,
    NameNode,
    OperationDefinitionNode,
    SelectionSetNode,
    get_introspection_query,
    parse,
    print_ast,
    specified_rules,
    validate,
    visit,
)
from graphql.language import Visitor

from backend.graphql.document_gate import LIMITS, MAX_COMMENTS, MAX_TOKENS, STRAWBERRY_RULES, parse_admissible
from backend.graphql.document_limits import check_document
from backend.graphql.schema import create_schema
from bench.licences import QUERIES

REPOSITORY = Path(__file__).resolve().parents[1]
BATCHES = 5
BATCH_SECONDS = 0.2
TYPENAME = FieldNode(name=NameNode(value="__typename"))


def frontend_documents() -> dict[str, str]:
    """The frontend's GraphQL operations by name, as written in its `graphql(`...`)` calls, with their fragments."""
    src = REPOSITORY / "frontend" / "src"
    # Everywhere but the generated code, which holds the same documents again.
    sources = sorted(path for path in src.rglob("*.ts*") if not path.is_relative_to(src / "gql"))
    text = "".join(path.read_text(encoding="utf-8") for path in sources)
    operations, fragments = {}, {}
    for document in re.findall(r"graphql\(`(.*?)`\)", text, re.S):
        fragment = re.match(r"\s*fragment (\w+)", document)
        if fragment:
            fragments[fragment.group(1)] = document
            continue
        name = re.search(r"(?:query|mutation) (\w+)", document)
        assert name is not None, document
        operations[name.group(1)] = document
    # As the generated documents send them: each operation followed by every fragment it spreads.
    return {name: _with_fragments(document, fragments) for name, document in operations.items()}


def _with_fragments(document: str, fragments: dict[str, str]) -> str:
    used: list[str] = []
    pending = re.findall(r"\.\.\.(\w+)", document)
    while pending:
        name = pending.pop()
        if name not in used:
            used.append(name)
            pending += re.findall(r"\.\.\.(\w+)", fragments[name])
    return "\n".join([document, *(fragments[name] for name in sorted(used))])


class _AddTypename(Visitor):
    def leave_selection_set(self, node: SelectionSetNode, _key: object, parent: object, *_: object) -> object:
        if isinstance(parent, OperationDefinitionNode) or any(  # as urql's formatNode
            isinstance(selection, FieldNode) and selection.name.value == "__typename" for selection in node.selections
        ):
            return None
        return SelectionSetNode(selections=(*node.selections, TYPENAME))


def as_urql_sends(query: str) -> str:
    """The query with `__typename` in every selection set but the operation's, as urql's cacheExchange sends it."""
    document: DocumentNode = visit(parse_admissible(query), _AddTypename())
    return print_ast(document)


def real_documents() -> dict[str, str]:
    documents = {f"frontend {name}": as_urql_sends(query) for name, query in frontend_documents().items()}
    documents |= {f"bench {name}": query for name, query in QUERIES.items()}
    documents["GraphiQL introspection"] = get_introspection_query(descriptions=True)
    return documents


def doubling_chain(depth: int) -> str:
    """The issue's bomb: each fragment spreads the next twice, the last selects `products { code }`."""
    fragments = [f"fragment F{n} on Query {{ ...F{n + 1} ...F{n + 1} }}" for n in range(depth - 1)]
    return " ".join(["query { ...F0 }", *fragments, f"fragment F{depth - 1} on Query {{ products {{ code }} }}"])


def fan_out(layers: int) -> str:
    """Each fragment spreads the three of the next layer under a field of its own: 3**layers selections."""
    fields = ("ofType", "interfaces", "possibleTypes")
    fragments = [
        f"fragment L{layer}_{n} on __Type {{ {field} {{ {' '.join(f'...L{layer + 1}_{m}' for m in range(3))} }} }}"
        for layer in range(layers - 1)
        for n, field in enumerate(fields)
    ]
    fragments += [f"fragment L{layers - 1}_{n} on __Type {{ {field} {{ name }} }}" for n, field in enumerate(fields)]
    return '{ __type(name: "Query") { ...L0_0 ...L0_1 ...L0_2 } } ' + " ".join(fragments)


def inline_fragment_chain(depth: int, *, cycle: bool = False) -> str:
    """Fragments each spreading the next from two inline fragments; with `cycle`, the last spreads the first."""
    fragments = [
        f"fragment F{n} on __Type {{ ... on __Type {{ ofType {{ ...F{n + 1} }} }}"
        f" ... {{ interfaces {{ ...F{n + 1} }} }} }}"
        for n in range(depth - 1)
    ]
    last = "name ...F0" if cycle else "name"
    return " ".join([*fragments, f"fragment F{depth - 1} on __Type {{ {last} }}"])


def spread_by(operations: int, fragments: str) -> str:
    """Operations each spreading F0 once."""
    queries = (f'query Q{n} {{ __type(name: "Query") {{ ...F0 }} }}' for n in range(operations))
    return " ".join([*queries, fragments])


def nested_duplicates(copies: int, depth: int) -> str:
    selection = "name"
    for _ in range(depth):
        selection = " ".join(f"ofType {{ {selection} }}" for _ in range(copies))
    return '{ __type(name: "Query") { ' + selection + " } }"


HOSTILE: dict[str, Callable[[], str]] = {
    "fragment bomb, 22 deep (the issue's)": lambda: doubling_chain(22),
    "fragment bomb, 40 deep": lambda: doubling_chain(40),
    "wide fan-out, 6 layers of 3": lambda: fan_out(6),
    "spreads in inline fragments, 19 deep": lambda: spread_by(1, inline_fragment_chain(19)),
    "a bomb spread by 5 operations": lambda: spread_by(5, inline_fragment_chain(6)),
    "a bomb through a fragment cycle": lambda: spread_by(1, inline_fragment_chain(19, cycle=True)),
    "499 copies of products { code }": lambda: "{ " + " ".join("products { code }" for _ in range(499)) + " }",
    "duplicates nested 2 x 7 deep": lambda: nested_duplicates(2, 7),
    "10 MB of comment": lambda: "{ __typename } #" + "x" * 10_000_000,
    "NUL in a string literal": lambda: '{ licence(serialNumber: "a\\u0000b") { errors { code } } }',
}


def cpu_per_call(work: Callable[[], object]) -> float:
    """Milliseconds of CPU per call: the best of several batches, each as many calls as fill BATCH_SECONDS."""
    calls = 1
    while True:
        started = time.process_time()
        for _ in range(calls):
            work()
        if time.process_time() - started > BATCH_SECONDS or calls > 10_000:
            break
        calls *= 4
    best = float("inf")
    for _ in range(BATCHES):
        started = time.process_time()
        for _ in range(calls):
            work()
        best = min(best, (time.process_time() - started) / calls)
    return best * 1000


def refusal(query: str) -> GraphQLError:
    try:
        parse_admissible(query)
    except GraphQLError as error:
        return error
    raise SystemExit(f"not refused: {query[:80]}")


@dataclass(frozen=True)
class Row:
    name: str
    size: int
    parsing: float
    limits: float
    validation: float | None
    """None for a refused document: it is never validated."""
    code: str = ""

    @property
    def total(self) -> float:
        return self.parsing + self.limits + (self.validation or 0.0)


def main() -> None:
    schema = create_schema(production=False, staff=True)._schema
    rules = (*specified_rules, *STRAWBERRY_RULES)
    parse_text = partial(parse, max_lexical_tokens=MAX_TOKENS, max_comments=MAX_COMMENTS)
    rows: list[Row] = []
    for name, query in real_documents().items():
        document = parse_text(query)
        assert check_document(document, LIMITS) is None and validate(schema, document, rules) == [], name
        parsing = cpu_per_call(partial(parse_text, query))
        limits = cpu_per_call(partial(check_document, document, LIMITS))
        rows.append(Row(name, len(query), parsing, limits, cpu_per_call(partial(validate, schema, document, rules))))
    for name, build in HOSTILE.items():
        query = build()
        # A syntax error (the parser's token limit) has no code of ours.
        code = str((refusal(query).extensions or {}).get("code", "SYNTAX_ERROR"))
        if code == "QUERY_TOO_LARGE":  # refused before parsing
            rows.append(Row(name, len(query), 0.0, cpu_per_call(partial(refusal, query)), None, code))
            continue
        if code == "SYNTAX_ERROR":  # refused while parsing
            rows.append(Row(name, len(query), cpu_per_call(partial(refusal, query)), 0.0, None, code))
            continue
        document = parse_text(query)
        parsing = cpu_per_call(partial(parse_text, query))
        rows.append(Row(name, len(query), parsing, cpu_per_call(partial(check_document, document, LIMITS)), None, code))
    median = statistics.median(row.total for row in rows if row.validation is not None)
    print("CPU per request in ms, for a query text not in the gate's cache yet (the best of several runs)")
    print(f"{'document':44} {'bytes':>10} {'parse':>7} {'limits':>7} {'validate':>8} {'total':>7} {'/ median':>8}")
    for row in rows:
        validation = "refused" if row.validation is None else f"{row.validation:.3f}"
        print(
            f"{row.name:44} {row.size:10,} {row.parsing:7.3f} {row.limits:7.3f} {validation:>8} {row.total:7.3f}"
            f" {row.total / median:8.2f}  {row.code}"
        )
    print(f"median of the real documents: {median:.3f} ms")


if __name__ == "__main__":
    main()
