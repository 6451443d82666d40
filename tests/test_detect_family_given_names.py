"""A family name and a hyphenated given name, in either order, for Chinese and Korean names alike: the family names
that are Swedish words count on one side only (Chinese "Ho", "Fan" before the given name; Korean "Han", "Min"
after it), so a sentence opening "Han Per-olof ..." is no Korean name. Fictional names; the recognizers on text."""

from __future__ import annotations

import pytest

from redact.detect.chinese_names import ChineseNameRecognizer
from redact.detect.korean_names import KoreanNameRecognizer

TEXT = """Handläggaren ringde Tsai Ya-ting och sedan Chia-hao Lin; Ho Mei-fang kom senare.
Kwon Hye-jin och Dong-hyun Han deltog i mötet.
Han Per-olof ringde tillbaka. Tolken Shu-fen Fan ringde också.
"""


def _names(recognizer) -> set[str]:
    return {TEXT[r.start:r.end] for r in recognizer.analyze(TEXT, ["PERSON"])}


@pytest.mark.parametrize("recognizer, names", [
    (ChineseNameRecognizer, {"Tsai Ya-ting", "Chia-hao Lin", "Ho Mei-fang"}),
    (KoreanNameRecognizer, {"Kwon Hye-jin", "Dong-hyun Han"}),
])
def test_family_name_and_hyphenated_given_name_in_either_order(recognizer, names):
    assert _names(recognizer()) == names
