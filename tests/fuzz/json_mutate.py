"""Structure-aware mutation of JSON documents: a value somewhere replaced, a key dropped or
added, a list emptied or repeated. Byte flips mostly meet a parser's first check; this reaches
the checks behind it (schemas, codecs, what a record's fields may hold)."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            "2024-02-30",
            "2026-05-13",
            "0001-01-01",
            "9999-12-31",
            "x" * 5000,
            "\ud800",
            "1e309",
            "-1",
            "stop",
            "feedback",
            "exercise",
            "goal",
        ]
    ),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(node: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [here]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*here, key))
    elif isinstance(node, list):
        for index, value in enumerate(node[:6]):  # a few items of a long list are enough
            found += _paths(value, (*here, index))
    return found


def _parent(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        doc = doc[step]
    return doc


@st.composite
def json_mutated(draw: st.DrawFn, document: Any, most: int = 3) -> Any:
    doc = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, most))):
        paths = [p for p in _paths(doc) if p]
        if not paths:
            return draw(VALUES)
        path = draw(st.sampled_from(paths))
        parent, last = _parent(doc, path), path[-1]
        how = draw(st.integers(0, 4))
        if how <= 1:
            parent[last] = draw(VALUES)
        elif how == 2 and isinstance(parent, dict):
            del parent[last]
        elif how == 2:
            parent.pop(last)
        elif how == 3 and isinstance(parent, dict):
            parent[draw(st.text(max_size=12))] = draw(VALUES)
        elif isinstance(parent[last], list):
            parent[last] = parent[last] * draw(st.integers(0, 3))
        else:
            parent[last] = draw(VALUES)
    return doc
