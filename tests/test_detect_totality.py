"""Detection is total: no text, however odd, makes a detector or the detect stage raise.

Property tests (Hypothesis, derandomised so CI sees the same examples every run) push
arbitrary Unicode and random mixes of listed names, sentence words, particles, titles,
labels, digits, punctuation and line breaks through ``Detector.detect`` and through the
whole detect stage (merge, propagation, initials, linking) on a text file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redact.detect.names import OPENERS, load_lexicons
from redact.errors import InputError
from redact.pipeline import detect_document
from redact.types import Page

FAST = settings(
    max_examples=40, derandomize=True, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _vocabulary() -> list[str]:
    lex = load_lexicons()
    pick = lambda words, n: sorted(words)[:: max(1, len(words) // n)]  # noqa: E731 - a spread, not the first n
    return [
        *pick(lex.first, 60), *pick(lex.last, 60), *pick(lex.exceptions, 30), *sorted(lex.particles),
        *pick(lex.titles, 20), *[label.title() for label in lex.labels[:40]], *sorted(OPENERS)[:60],
        *[w.title() for w in sorted(OPENERS)[:60]],
        "Hos", "Ho", "Mia", "AB", "EvA", "K.S.", "OaU", "YT", "RJ / SvB", "E", "O", "C.", "al-Khair", "von",
        "säger", "sade", "i", "och", ",", ".", ":", ";", "(", ")", "–", "-", "|", "”", "'s", ":s", "’",
        "19700101-1234", "070-123 45 67", "SE45 5000 0000 0583 9825 7466", "8327-9", "512 044 781-3",
        "Storgatan", "12", "111 22", "Box", "kommun", "Bygglov", "Lingonstigen 14", "Lingonstigen", "bor på",
        "Torbjörn", "Tobbe", "Christina", "Kicki", "Kundnummer", "Sign.", "Ansvarig", "Justerandes signatur:",
        "Växel", "registrator@norrvik.se", "Lövstrands", "SE720418556001", "NO93 8601 1117 947", "\u00ad", "\ufb01", "\u200b", "\t",
    ]


VOCAB = _vocabulary()
# a line of no-break spaces, a line separator or an ideographic space stands alone where an empty table cell was
SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "\n\n", "", " | ", "\t", ", ", ".\n", "\u00a0", "\n\u00a0\n",
                              "\n\u2028\n", "\n\u3000\n"])


@st.composite
def word_soup(draw) -> str:
    """A line-broken run of listed names, sentence words, labels, numbers and punctuation."""
    words = draw(st.lists(st.sampled_from(VOCAB), min_size=1, max_size=40))
    out = []
    for w in words:
        out.append(w if draw(st.booleans()) else w.upper() if draw(st.booleans()) else w.lower())
        out.append(draw(SEPARATORS))
    return "".join(out)


ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)


def _page(text: str) -> Page:
    return Page(number=1, width=595, height=842, text=text, words=())


def _check(detector, text: str) -> None:
    for f in detector.detect(_page(text)):
        assert 0 <= f.start < f.end <= len(text)
        assert f.text == text[f.start:f.end]


@FAST
@given(text=ANY_TEXT)
def test_any_unicode_through_the_blank_detector(blank_detector, text):
    _check(blank_detector, text)


@FAST
@given(text=word_soup())
def test_word_soup_through_the_blank_detector(blank_detector, text):
    _check(blank_detector, text)


@settings(FAST, max_examples=15)
@given(text=st.one_of(word_soup(), ANY_TEXT))
def test_the_trained_model_and_the_rules(model_detector, text):
    _check(model_detector, text)


@settings(FAST, max_examples=15)
@given(text=st.one_of(word_soup(), ANY_TEXT))
def test_the_whole_detect_stage_on_a_text_file(blank_detector, tmp_path_factory, text):
    path = Path(tmp_path_factory.mktemp("soup")) / "doc.txt"
    path.write_text(text, encoding="utf-8")
    if not text.strip():
        with pytest.raises(InputError):  # an empty file is refused with a message, not a traceback
            detect_document(path, blank_detector)
        return
    det = detect_document(path, blank_detector)
    assert all(f.subject for f in det.findings)


@pytest.mark.parametrize("text", [
    "Hos mormor bodde Wilma Ekdahl.",
    "Hos",
    "HOS KURATORN\nträffade vi Liam",
    "Enligt\nHo",
    "Lars E O\nHos",
])
def test_a_sentence_word_read_as_a_surname_genitive_does_not_break_the_name_rules(blank_detector, text):
    _check(blank_detector, text)


def test_when_the_name_rules_fail_the_page_still_gets_the_listed_names(blank_detector, monkeypatch):
    import redact.detect.names as names

    def broken(*args, **kwargs):
        raise IndexError("a rule that breaks on some text")

    monkeypatch.setattr(names, "find_names", broken)
    text = "Protokollet justerades av Vilma Sandberg och Oskar Nyström."
    persons = {f.text for f in blank_detector.detect(_page(text)) if f.category == "PERSON"}
    assert {"Vilma", "Sandberg", "Oskar", "Nyström"} <= {w for p in persons for w in p.split()}


CATEGORY = st.sampled_from(["PERSON", "PERSON", "PERSON", "ADDRESS", "PHONE", "ID_NUMBER", "IBAN"])
DETECTOR = st.sampled_from(["names", "ner", "initials", "initials_column", "short_form", "address", "street"])


@st.composite
def findings_on(draw):
    """A text and findings on arbitrary spans of it, as a detector might (mis)report them."""
    from redact.types import Finding

    text = draw(word_soup())
    found = []
    for n in range(draw(st.integers(0, 8))):
        a = draw(st.integers(0, max(0, len(text) - 1)))
        b = draw(st.integers(a + 1, len(text))) if text else a + 1
        if not text[a:b].strip():
            continue
        found.append(Finding(id=f"p1-{n}", page=1, start=a, end=b, text=text[a:b], category=draw(CATEGORY),
                             score=draw(st.floats(0.35, 1.0)), detector=draw(DETECTOR), reason="fuzz"))
    return text, found


@FAST
@given(case=findings_on())
def test_resolving_any_findings_never_raises(case):
    from redact.resolve.link import link
    from redact.resolve.person_initials import find_initials
    from redact.resolve.propagate import propagate
    from redact.resolve.short_forms import find_short_forms
    from redact.resolve.streets import find_bare_streets

    text, found = case
    pages = {1: text}
    extra = find_initials(found, pages) + find_short_forms(found, pages) + find_bare_streets(found, pages)
    extra += propagate([*found, *extra], pages, known_names=load_lexicons().first)
    for f in extra:
        assert f.text == text[f.start:f.end]
    numbered = [f.with_(id=f"f{n}") for n, f in enumerate([*found, *extra])]
    linked, subjects = link(numbered)
    assert {f.subject for f in linked} == {s.id for s in subjects}
