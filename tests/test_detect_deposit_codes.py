"""A code whose capitals shorten the noun before it ("deposition DEP-SV 3317-26", "hyra HYR-N 5520") is the
person's number of that thing, and the same register's code written again without the noun ("DEP-SV 3318-26") is
masked too. A code after an authority's own case noun stays. Fictional numbers."""

from __future__ import annotations

from redact.detect.id_labels import code_repeats_noun
from redact.resolve.id_shapes import find_same_shape_ids
from redact.types import Finding


def test_a_codes_capitals_that_shorten_the_noun_before_it():
    assert code_repeats_noun("deposition", "DEP-SV 3317-26")
    assert code_repeats_noun("läst", "LÄST-GVB 0931/L")
    assert not code_repeats_noun("deposition", "HK-3317")
    assert not code_repeats_noun("ärende", "ÄRE-SV 3317-26")


def test_a_code_with_a_two_group_prefix_is_followed_in_the_same_shape():
    text = "Deposition DEP-SV 3317-26 betald.\nHennes syster betalade DEP-SV 3318-26 i juni."
    start = text.index("DEP-SV 3317-26")
    found = Finding(id="p1-0", page=1, start=start, end=start + 14, text="DEP-SV 3317-26", category="ID_NUMBER",
                    score=0.8, detector="labelled_id")
    assert [f.text for f in find_same_shape_ids([found], {1: text})] == ["DEP-SV 3318-26"]
