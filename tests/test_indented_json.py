"""indented_json.dumps writes exactly what json.dumps(value, ensure_ascii=False, indent=2) writes.

The reference is json.dumps itself, on generated documents: every JSON type json writes, nested, with
hostile strings (quotes, backslashes, control characters, line separators, emoji), floats json spells
its own way (NaN, the infinities, -0.0, 1e-05, 1e+16), and the keys json converts (int, float, bool,
None). Nested at a depth, the text is json's with every newline followed by two spaces per level.
"""

from __future__ import annotations

import collections
import enum
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regienet.render.indented_json import dumps


def reference(value, depth=0):
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + "  " * depth) if depth else text


scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from([0.0, -0.0, 1e-05, 1e16, 0.1, 2.5])
    | st.text()
    | st.sampled_from(['"', "\\", "\n", "\x00\x1f", "\u2028", "🙂", "é", ""])
)
keys = st.text() | st.integers() | st.floats(allow_nan=True) | st.booleans() | st.none()
documents = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=5) | st.lists(inner, max_size=3).map(tuple) | st.dictionaries(keys, inner, max_size=5)
    ),
    max_leaves=40,
)


@settings(max_examples=500, deadline=None)
@given(documents, st.integers(min_value=0, max_value=4))
def test_equals_json_dumps(value, depth):
    assert dumps(value, depth) == reference(value, depth)


class Colour(enum.IntEnum):
    RED = 1


class Name(str):
    pass


class Ratio(float):
    pass


def test_subclasses_of_json_types_as_json_writes_them():
    value = {
        "ordered": collections.OrderedDict([("b", 1), ("a", [Colour.RED, Name("x"), Ratio(0.5)])]),
        "counter": collections.Counter("abca"),
        "empty": [collections.OrderedDict(), (), []],
        Name("key"): Ratio(float("nan")),
    }
    for depth in (0, 3):
        assert dumps(value, depth) == reference(value, depth)


@pytest.mark.parametrize("bad", [{1, 2}, object(), b"bytes", {"a": [1, {2}]}])
def test_what_json_refuses_is_refused_in_json_words(bad):
    with pytest.raises(TypeError) as ours:
        dumps(bad)
    with pytest.raises(TypeError) as theirs:
        json.dumps(bad, ensure_ascii=False, indent=2)
    assert str(ours.value) == str(theirs.value)


def test_a_key_json_refuses_is_refused():
    with pytest.raises(TypeError, match="keys must be str, int, float, bool or None, not tuple"):
        dumps({(1, 2): "x"})
    with pytest.raises(TypeError, match="keys must be str, int, float, bool or None, not tuple"):
        json.dumps({(1, 2): "x"}, indent=2)
