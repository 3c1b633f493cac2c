"""Limits on what a parsed GraphQL document may ask for, checked in time linear in its size, before validation.

graphql-core's validation is not linear in the document: OverlappingFieldsCanBeMergedRule compares
every pair of fields sharing a response path (same-named fields' sub-selections merge, so their
fields pair up too), and every pair of fragments spread into one selection set. Fragments also
multiply: `fragment A on Query { ...B ...B }` doubles B, so a 900-byte document can stand for
millions of fields. This module measures a document as if its fragments were expanded, without
expanding them: each fragment is summarised once, after the fragments it spreads, and counters
saturate, so the cost is linear in the document's size however many paths run through it. A
fragment cycle is graphql-core's to report; here a spread that closes one counts as empty.

What is measured where:
- per operation, summed over the document (what executes): depth, aliases, selections; measured
  as Strawberry's QueryDepthLimiter and MaxAliasesLimiter measured depth and aliases;
- per selection set, in every definition (validation walks fragments no operation uses too):
  the width of the set once merged, and how many fields share one response path below it.
"""

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import NoReturn

from graphql import (
    ArgumentNode,
    DirectiveNode,
    DocumentNode,
    ExecutableDefinitionNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    ListValueNode,
    Node,
    ObjectValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    StringValueNode,
    ValueNode,
)


@dataclass(frozen=True)
class DocumentLimits:
    """What one document may ask for, counted as if its fragments were expanded (every spread counts).

    graphql-core spends some 30–70 µs validating each selection (bench/documents.py), so the
    limits are set from the largest real documents: GraphiQL's introspection query (230
    selections, 3 fragments, 9 selections in its widest set) and the frontend's (under 40).
    """

    max_depth: int = 10
    """Levels of fields below an operation's root, as QueryDepthLimiter counts: `{ me { email } }` is 1.
    Introspection fields (`__schema`, `__type`) are not measured, so GraphiQL's query passes."""
    max_aliases: int = 15
    """Aliases in the document's operations, as MaxAliasesLimiter counted them."""
    max_selections: int = 300
    """Fields, fragment spreads and inline fragments in the document's operations, each counted every
    time it is reached: bounds execution, and validation's cost per selection (about 20 ms at 300)."""
    max_fragments: int = 20
    """Fragment definitions: graphql-core compares the fragments spread into one set pairwise, and walks
    every fragment an operation reaches once per operation."""
    max_width: int = 30
    """Selections merged into one selection set through its fragments and inline fragments. It also keeps
    this walk linear: a spread merges at most this many response keys."""
    max_same_path: int = 4
    """Fields sharing one response path, same-named fields' selections merged: graphql-core compares them
    pairwise, sub-selections included, so `a { a { … } a { … } }` copies grow its work exponentially.
    Counted as an upper bound: below a key, the bounds of its fields add up."""


def check_document(document: DocumentNode, limits: DocumentLimits) -> GraphQLError | None:
    """The first limit the document exceeds, or its first string literal holding U+0000, as an error; else None."""
    try:
        _Walk(document, limits).run()
    except _LimitExceededError as refused:
        return refused.error
    return None


def refusal(message: str, code: str, node: Node | None = None) -> GraphQLError:
    """A refused document's error: the code says which limit it hit, the location where."""
    return GraphQLError(message, node, extensions={"code": code})


class _LimitExceededError(Exception):
    """Unwinds the walk at the first limit exceeded."""

    def __init__(self, error: GraphQLError) -> None:
        super().__init__(error.message)
        self.error = error


def _refuse(message: str, code: str, node: Node | None = None) -> NoReturn:
    raise _LimitExceededError(refusal(message, code, node))


@dataclass(frozen=True)
class _Summary:
    """A selection set as if its fragments were expanded: totals below it, and its merged top level."""

    selections: int
    aliases: int
    depth: int
    width: int
    counts: Mapping[str, int]
    """Response key → fields with that key at the merged top level."""
    loads: Mapping[str, int]
    """Response key → the sum of those fields' `same_path`: a bound on the fields at any path below the key."""
    same_path: int
    """The most fields at one response path in this set or below it (a bound: see `loads`)."""


_NOTHING = _Summary(0, 0, 0, 0, {}, {}, 0)
"""What the spread of an unknown fragment, or of one closing a cycle, adds: graphql-core reports both."""


@dataclass
class _Level:
    """One merged selection set being summed: its own selections, its inline fragments' and its fragments'."""

    owner: Node
    selections: int = 0
    aliases: int = 0
    depth: int = 0
    width: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    loads: dict[str, int] = field(default_factory=dict)
    same_path: int = 0


class _Walk:
    def __init__(self, document: DocumentNode, limits: DocumentLimits) -> None:
        self.document = document
        self.limits = limits
        # As graphql-core resolves spreads: the last definition of a name wins (a duplicate is its error).
        self.fragments = {
            definition.name.value: definition
            for definition in document.definitions
            if isinstance(definition, FragmentDefinitionNode)
        }
        self.summaries: dict[str, _Summary] = {}

    def run(self) -> None:
        if len(self.fragments) > self.limits.max_fragments:
            _refuse(f"The query defines more than {self.limits.max_fragments} fragments.", "TOO_MANY_FRAGMENTS")
        self._summarise_fragments()
        selections = aliases = 0
        for definition in self.document.definitions:
            if isinstance(definition, OperationDefinitionNode):
                summary = self._definition(definition)
                if summary.depth > self.limits.max_depth:
                    _refuse(
                        f"The query is nested more than {self.limits.max_depth} levels deep.",
                        "QUERY_TOO_DEEP",
                        definition,
                    )
                selections += summary.selections
                aliases += summary.aliases
            elif isinstance(definition, FragmentDefinitionNode) and self._shadowed(definition):
                self._definition(definition)  # validation walks it still
            # Other definitions (types, schema) are not executable: graphql-core refuses them, cheaply.
        if selections > self.limits.max_selections:
            _refuse(
                f"The query has more than {self.limits.max_selections} selections once its fragments are expanded.",
                "TOO_MANY_SELECTIONS",
            )
        if aliases > self.limits.max_aliases:
            _refuse(f"The query has more than {self.limits.max_aliases} aliases.", "TOO_MANY_ALIASES")

    def _shadowed(self, fragment: FragmentDefinitionNode) -> bool:
        """Whether a later fragment of the same name is the one spreads resolve to."""
        return fragment is not self.fragments[fragment.name.value]

    def _summarise_fragments(self) -> None:
        """Summarise every fragment after those it spreads. Iterative, so that a long chain of fragments cannot
        exhaust Python's stack. Grey fragments are on the current path: a spread of one closes a cycle."""
        grey: set[str] = set()
        for root in self.fragments:
            if root in self.summaries:
                continue
            grey.add(root)
            path: list[tuple[str, Iterator[str]]] = [(root, _spreads(self.fragments[root].selection_set))]
            while path:
                name, spreads = path[-1]
                for spread in spreads:
                    if spread in self.fragments and spread not in self.summaries and spread not in grey:
                        grey.add(spread)
                        path.append((spread, _spreads(self.fragments[spread].selection_set)))
                        break
                else:
                    path.pop()
                    self.summaries[name] = self._definition(self.fragments[name])
                    grey.discard(name)  # black from here on: summarised

    def _definition(self, definition: ExecutableDefinitionNode) -> _Summary:
        self._check_directives(definition.directives)
        for variable in definition.variable_definitions or ():
            self._check_directives(variable.directives)
            if variable.default_value is not None:
                _check_value(variable.default_value)
        return self._selection_set(definition.selection_set, definition)

    def _selection_set(self, selection_set: SelectionSetNode, owner: Node) -> _Summary:
        level = _Level(owner)
        self._merge(selection_set, level)
        return _Summary(
            level.selections, level.aliases, level.depth, level.width, level.counts, level.loads, level.same_path
        )

    def _merge(self, selection_set: SelectionSetNode, level: _Level) -> None:
        """Add a selection set's selections to `level`; an inline fragment's merge into the same level."""
        for selection in selection_set.selections:
            self._check_directives(selection.directives)
            self._widen(level, 1)
            level.selections = self._saturate(level.selections + 1)
            if isinstance(selection, FieldNode):
                self._check_arguments(selection.arguments)
                key = selection.alias.value if selection.alias else selection.name.value
                self._add_key(level, key, 1, 0)
                if selection.alias is not None:
                    level.aliases = min(level.aliases + 1, self.limits.max_aliases + 1)
                if selection.selection_set is not None:
                    below = self._selection_set(selection.selection_set, selection)
                    self._add_key(level, key, 0, below.same_path)
                    self._add_totals(level, below)
                    if not selection.name.value.startswith("__"):  # as QueryDepthLimiter: introspection is not measured
                        level.depth = max(level.depth, 1 + below.depth)
            elif isinstance(selection, InlineFragmentNode):
                self._merge(selection.selection_set, level)
            elif isinstance(selection, FragmentSpreadNode):
                fragment = self.summaries.get(selection.name.value, _NOTHING)
                # Widen first: a fragment's keys are then at most max_width, so merging them is cheap.
                self._widen(level, fragment.width)
                for key, count in fragment.counts.items():
                    self._add_key(level, key, count, fragment.loads.get(key, 0))
                self._add_totals(level, fragment)
                level.depth = max(level.depth, fragment.depth)

    def _saturate(self, selections: int) -> int:
        # A fragment spread twice per level for 40 levels stands for 2**40 selections: stop counting past the limit.
        return min(selections, self.limits.max_selections + 1)

    def _add_totals(self, level: _Level, below: _Summary) -> None:
        level.selections = self._saturate(level.selections + below.selections)
        level.aliases = min(level.aliases + below.aliases, self.limits.max_aliases + 1)

    def _widen(self, level: _Level, selections: int) -> None:
        level.width += selections
        if level.width > self.limits.max_width:
            _refuse(
                f"A selection set has more than {self.limits.max_width} selections once its fragments are expanded.",
                "SELECTION_SET_TOO_WIDE",
                level.owner,
            )

    def _add_key(self, level: _Level, key: str, count: int, load: int) -> None:
        count += level.counts.get(key, 0)
        load += level.loads.get(key, 0)
        limit = self.limits.max_same_path
        if count > limit:
            _refuse(
                f"The query asks for '{key}' more than {limit} times in one selection set"
                " once its fragments are expanded.",
                "DUPLICATE_FIELDS",
                level.owner,
            )
        if load > limit:
            _refuse(
                f"The query asks for more than {limit} fields at one path below '{key}'"
                " once same-named fields are merged.",
                "DUPLICATE_FIELDS",
                level.owner,
            )
        level.counts[key] = count
        level.loads[key] = load
        level.same_path = max(level.same_path, count, load)

    def _check_directives(self, directives: Iterable[DirectiveNode] | None) -> None:
        for directive in directives or ():
            self._check_arguments(directive.arguments)

    def _check_arguments(self, arguments: Iterable[ArgumentNode] | None) -> None:
        for argument in arguments or ():
            _check_value(argument.value)


def _check_value(value: ValueNode) -> None:
    """Refuse a string literal holding U+0000: graphql-core decodes `\\u0000` and resolvers would get it."""
    pending = [value]
    while pending:
        node = pending.pop()
        if isinstance(node, StringValueNode):
            if "\x00" in node.value:
                _refuse("A string in the query contains the character U+0000.", "NUL_IN_STRING", node)
        elif isinstance(node, ListValueNode):
            pending.extend(node.values)
        elif isinstance(node, ObjectValueNode):
            pending.extend(object_field.value for object_field in node.fields)


def _spreads(selection_set: SelectionSetNode) -> Iterator[str]:
    """Names of the fragments spread anywhere in a selection set, fields' and inline fragments' included."""
    pending = [selection_set]
    while pending:
        for selection in pending.pop().selections:
            if isinstance(selection, FragmentSpreadNode):
                yield selection.name.value
            elif isinstance(selection, (FieldNode, InlineFragmentNode)) and selection.selection_set is not None:
                pending.append(selection.selection_set)
