"""Verification counts the forms of a masked string that propagation masks, no fewer and no more."""

from __future__ import annotations

from redact.resolve.propagate import propagate
from redact.types import Finding, Mask
from redact.verify.rule import forms_of, occurrences


def _mask(text: str, detector: str = "names") -> Mask:
    return Mask(id="m1", page=1, rects=((0.0, 0.0, 1.0, 1.0),), category="PERSON", detector=detector, score=0.9,
                decision="auto-accepted", text=text)


def _found(masks: list[Mask], text: str) -> list[str]:
    return [text[s:e] for _, s, e in occurrences(forms_of(masks), text)]


def test_a_name_cut_at_a_line_end_hyphen_has_no_part_el():
    # "Selma Hamdy El-" / "Sayed": "El-" is the start of a word, not a part of the name to look for
    assert _found([_mask("Selma Hamdy El-")], "The group around El- and the others. El-\nSayed wrote") == []


def test_initials_followed_by_a_capital_s_are_another_abbreviation():
    masks = [_mask("RC", detector="initials")]
    assert _found(masks, "the RCS guideline of the year") == []
    assert _found(masks, "signed RC and RCs later") == ["RC", "RCs"]  # the initials and their genitive still count


def test_a_capital_s_after_a_name_in_mixed_case_is_another_name():
    masks = [_mask("Lee S")]
    assert _found(masks, "Kim SS, Lee SS. Hepatology.") == []
    assert _found(masks, "Lee S, Lee Ss and LEE S.") == ["Lee S", "Lee Ss", "LEE S"]


def _person(page: int, text: str, name: str) -> Finding:
    start = text.index(name)
    return Finding(id=f"p{page}-{start}", page=page, start=start, end=start + len(name), text=name,
                   category="PERSON", score=0.95, detector="names")


def test_a_copy_that_reads_otherwise_is_spread_as_its_own_text():
    # OCR read the name with a hyphen on page 2; verification counts that text, so page 3's copy is masked too
    texts = {1: "Närvarande: Dana Ekholm, sekreterare.", 2: "Protokollet skrevs av Dana-Ekholm i dag.",
             3: "Justerat av Dana-Ekholm den 4 mars."}
    copies = propagate([_person(1, texts[1], "Dana Ekholm")], texts, ocr_pages={2})
    assert (2, "Dana-Ekholm") in [(f.page, f.text) for f in copies]
    assert (3, "Dana-Ekholm") in [(f.page, f.text) for f in copies]


def test_us_and_uk_are_no_ones_initials_in_running_text():
    from redact.resolve.person_initials import find_initials

    texts = {1: "Deltagare: Ulla Svensson och Karin Ek.", 2: "Prices on the US market and in the UK rose. Signed: US"}
    found = [(f.page, f.text) for f in find_initials([_person(1, texts[1], "Ulla Svensson")], texts)]
    assert (2, "US") in found and len([x for x in found if x[1] == "US"]) == 1, found  # only where it signs
    assert ("UK" not in [t for _, t in found]), found


def test_repeated_object_strings_are_read_once_and_find_the_same(monkeypatch):
    from redact.verify import rule

    masks = [_mask("Anna Berg"), _mask("Annika Holm"), _mask("Bo", detector="initials"), _mask("Lars-Erik Ek")]
    forms = forms_of(masks)
    index = rule._index(forms)
    texts = ["Anna Bergs brev", "Annikas katt", "Anna Berg", "Holm", "lars-erik ek", "Anna Bergs brev"] * 3
    plain = {c for t in texts for f, _, _ in occurrences(forms, rule._plain(t), index) for c in f.categories}
    assert plain == {"PERSON"}
    assert rule._categories_in(texts, forms, index) == plain
    monkeypatch.setattr(rule, "SEEN_STRINGS", 2)  # forgetting what was read costs a second reading, nothing else
    assert rule._categories_in(texts, forms, index) == plain
    assert rule._categories_in(["Holm och Annikas katt"] * 4, forms, index) == {"PERSON"}
    assert rule._categories_in(["Anneli Bergström"] * 4, forms, index) == set()


def test_forms_whose_first_word_is_absent_are_skipped_in_order():
    masks = [_mask("Anna Berg"), _mask("Anna"), _mask("Annika Holm"), _mask("Holm")]
    text = "Annika Holm träffade Anna Berg; Anna kom sent. Holm"
    found = [(f.key, text[s:e]) for f, s, e in occurrences(forms_of(masks), text)]
    # in the order of the forms (the masked strings by key, then the parts of names), each form's places left to right
    assert found == [("anna", "Anna"), ("anna", "Anna"), ("anna berg", "Anna Berg"), ("annika holm", "Annika Holm"),
                     ("holm", "Holm"), ("holm", "Holm"), ("annika", "Annika"), ("berg", "Berg")]


def test_a_partners_name_in_a_firms_name_is_no_copy_to_verification_either():
    # what propagation leaves readable inside "Vall & Ek KB" verification does not count as a leak; a surname before
    # the next cell's company still counts
    text = "Advokatfirman Vall & Ek KB. Vall skrev. Vall Sport & Cykel AB."
    assert _found([_mask("Oskar Vall")], text) == ["Vall", "Vall"]


# A sole trader's firm named by the owner's surname and its trade ("Strandbergs Mark & Trädgård"): the registered
# firm's name stays readable as a company's does; the owner's name, and his surname anywhere else, are masked.
FIRM_TEXTS = {
    1: "Gäldenär: Ville Strandberg, som driver enskild firma under namnet Strandbergs Mark & Trädgård.",
    2: "Ämne: Förskott till Strandbergs Mark & Trädgård\nStrandberg lovade att lägga plattorna. Strandbergs bil stod "
       "kvar. Ville Strandbergs Kakel nämndes också.",
}


def test_a_sole_traders_firm_by_his_surname_and_trade_is_not_spread_to_and_not_counted():
    copies = {(f.page, f.text) for f in propagate([_person(1, FIRM_TEXTS[1], "Ville Strandberg")], FIRM_TEXTS)}
    assert (1, "Strandbergs") not in copies, copies
    masks = [_mask("Ville Strandberg")]
    firm_words = [t for t in _found(masks, FIRM_TEXTS[2].replace("\n", " ")) if t.startswith("Strandberg")]
    # the surname alone, in a genitive before a plain noun and after the first name are still the person's
    assert firm_words == ["Strandberg", "Strandbergs", "Strandbergs"], firm_words
    assert {(2, "Strandberg"), (2, "Strandbergs")} <= copies, copies


def test_a_surname_beside_a_trade_word_across_a_cell_border_still_counts():
    # a row read on one line, the cells apart by a wide gap: the next cell's word is no firm's
    masks = [_mask("Ville Strandberg")]
    assert _found(masks, "Strandberg   Bygg   2026-03-01") == ["Strandberg"]


def test_a_bare_surname_and_one_trade_word_may_be_a_lists_surname_and_first_name():
    masks = [_mask("Ville Strandberg")]
    assert _found(masks, "Deltagare: Strandberg Mark, Ek Anna.") == ["Strandberg"]
    assert _found(masks, "Offert från Strandberg Mark & Schakt.") == []
