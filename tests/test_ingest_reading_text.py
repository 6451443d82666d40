"""The text as a reader reads it: the expressions that find hyphenated and letter-spaced words, searched fast."""

from __future__ import annotations

import random
import re

from redact.ingest import pdf

# the expressions as written, searched by ``re`` at every position
_BREAK_AS_WRITTEN = re.compile(pdf._BREAK.pattern, pdf._BREAK.flags)
_SPACED_AS_WRITTEN = re.compile(r"(?<!\S)[^\W\d_](?: [^\W\d_]){3,}(?!\S)")


def _texts(letters: str, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(letters) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def test_a_letter_spaced_run_is_found_from_its_first_space_where_it_is_found_from_its_first_letter():
    texts = [*_texts("aBö  \n\t-\u00ad1_.\u00a0", 20000, 1), *_texts("ab   \n1ä-", 20000, 2),
             "Sökande: H o l m q v i s t, Storgatan 3", "a b c", " a b c d", "x a b c d", "a b c d5", "H o l m\nq v i s t"]
    for text in texts:
        spaced = [(m.start(), m.end()) for m in _SPACED_AS_WRITTEN.finditer(text)]
        assert [(m.start() - 1, m.end()) for m in pdf._SPACED_SPACE.finditer(text)] == spaced, text
        assert pdf.has_letter_spacing(text) == bool(spaced)


def test_a_broken_word_is_found_where_the_expression_as_written_finds_it():
    texts = [*_texts("aBö  \n\t-\u00ad1_.", 20000, 3), "Lind-\nqvist", "Anna-\nKarin", "Lind\u00adqvist", "Lind- \n  qvist"]
    for text in texts:
        assert [m.span() for m in pdf._BREAK.finditer(text)] == [m.span() for m in _BREAK_AS_WRITTEN.finditer(text)], text


def test_reading_text_joins_hyphenated_and_letter_spaced_words():
    text = "Handläggare Eva Lind-\nqvist och H o l m b e r g\n"
    boxes = [(float(i), 0.0, i + 0.8, 10.0) if not c.isspace() else None for i, c in enumerate(text)]
    joined, origin = pdf.reading_text(text, boxes)
    assert joined == "Handläggare Eva Lindqvist och Holmberg\n"
    assert [text[i] for i in origin] == list(joined)
