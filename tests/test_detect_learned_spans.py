"""The learned span tagger: its spans join the rules' findings where no finding covers them."""

from __future__ import annotations

import pytest
import spacy

from redact.detect.learned_spans import (
    DETECTOR, EXTENDS, REASON, load_extra_taggers, load_tagger, model_path, tagged_spans, union_spans,
    with_learned_spans,
)
from redact.types import Finding, Page


def _ruler_tagger(patterns: list[tuple[str, str]]) -> spacy.Language:
    """A stand-in tagger: a blank pipeline that tags the given phrases (label, text)."""
    nlp = spacy.blank("sv")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": label, "pattern": text} for label, text in patterns])
    return nlp


def _page(text: str) -> Page:
    return Page(number=1, text=text, words=(), width=595.0, height=842.0, source="plain")


def _finding(text: str, part: str, category: str = "PERSON") -> Finding:
    a = text.index(part)
    return Finding(id="p1-0", page=1, start=a, end=a + len(part), text=part, category=category, score=0.8,
                   detector="names", reason="namn")


def test_tagged_spans_become_findings_of_the_products_categories():
    text = "Vilgot Brännström bor i Nybyn 14, kvitterat av vb. Kortnummer XQ-7731."
    tagger = _ruler_tagger([("PERSON", "Vilgot Brännström"), ("ADDRESS", "Nybyn 14"), ("INITIALS", "vb"),
                            ("OTHER_ID", "XQ-7731"), ("ORG", "Kortnummer")])
    spans = tagged_spans(tagger, [text])[0]
    assert len(spans) == 4  # a label the product does not know is dropped
    got = {f.text: f.category for f in with_learned_spans(_page(text), [], spans)}
    # initials are proposed as persons, identifiers as ID_NUMBER
    assert got == {"Vilgot Brännström": "PERSON", "Nybyn 14": "ADDRESS", "vb": "PERSON", "XQ-7731": "ID_NUMBER"}


def test_a_single_unlisted_word_is_no_person_to_the_tagger():
    text = "Åtgärdslista\nRagnhild\nKvarngården har fått nytt tak."
    spans = [(text.index(w), text.index(w) + len(w), "PERSON") for w in ("Åtgärdslista", "Ragnhild", "Kvarngården")]
    # a listed first name stays; a heading and a place are in no name list
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["Ragnhild"]


def test_initials_are_a_few_letters():
    text = "Sign. A.-K.N.\nSökväg ServerhemlaxbergMIDokument"
    spans = [(6, 13, "INITIALS"), (text.index("Server"), len(text), "INITIALS")]
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["A.-K.N."]


def test_a_files_format_is_no_ones_initials():
    text = "Beslutet skickas som PDF till sökanden. Skicka underlaget som PDF eller JPG. Sign. PDJ"
    spans = [(m, m + 3, "INITIALS") for m in (text.index("PDF"), text.rindex("PDF"), text.index("JPG"),
                                              text.index("PDJ"))]
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["PDJ"]


def test_a_compulsory_care_laws_abbreviation_in_a_column_is_no_ones_initials():
    text = "Patient\nFödd\nVårdform\nKontakt\nE.K.\n1991\nLRV\nBSa\nO.N.\n1985\nLPT\nLPV\n"
    spans = [(text.index(w), text.index(w) + 3, "INITIALS") for w in ("LRV", "LPT", "BSa", "LPV")]
    # a contact's initials one letter from the law's stay
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["BSa", "LPV"]


def test_an_answer_written_as_a_word_in_a_remarks_cell_is_no_ones_initials():
    text = "Ärende\nKontrollant\nAnm.\nV 14-2207\nTiL\nok\nV 14-2231\nok\nNej\n"
    spans = [(text.index(w), text.index(w) + len(w), "INITIALS") for w in ("TiL", "ok", "Nej")]
    spans.append((text.rindex("ok"), text.rindex("ok") + 2, "INITIALS"))
    # the signer's initials stay
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["TiL"]


def test_a_kind_of_vehicle_is_no_ones_initials():
    text = "Hans ATV har reg.nr KLM 22P och hennes SUV står i ladan. Sign. ATW"
    spans = [(text.index(w), text.index(w) + 3, "INITIALS") for w in ("ATV", "SUV", "ATW")]
    # a signer's initials one letter from the vehicle's kind stay
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["ATW"]


def test_the_shipped_tagger_proposes_no_files_format_as_a_person(model_detector):
    text = "Beslutet skickas som PDF till sökanden. Bifogat: ansökan (DOCX) och karta (JPG)."
    found = model_detector.detect(_page(text))
    assert not [f.text for f in found if f.category == "PERSON"]


def test_an_address_needs_a_number_or_more_than_one_word():
    text = "Boende på Tallbacken, Tallbacken 4 och Övre Myrvik har hörts."
    spans = [(10, 20, "ADDRESS"), (22, 34, "ADDRESS"), (text.index("Övre"), text.index(" har"), "ADDRESS")]
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["Tallbacken 4", "Övre Myrvik"]


def test_a_page_or_appendix_number_is_no_home():
    text = "Dnr 2027/0114   Sida 4 av 9\nBilaga 2 gäller Kerstin Alm, som bor i Lövåsen 11."
    spans = [(text.index(p), text.index(p) + len(p), "ADDRESS") for p in ("Sida 4 av 9", "Bilaga 2", "Lövåsen 11")]
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["Lövåsen 11"]


def test_a_page_number_stays_no_home_when_its_word_is_found_as_something_else():
    # an office export's running header "Page 1" whose word a rule took for a surname: the number alone
    # would become an address and be masked wherever "1" stands
    text = "lista\nPage 1\nNamn\nTelefon\nBritt Ohlsson\n1\n2"
    a = text.index("Page 1")
    spans = [(a, a + 6, "ADDRESS")]
    assert with_learned_spans(_page(text), [_finding(text, "Page")], spans) == [_finding(text, "Page")]


def test_an_address_holds_a_letter():
    text = "Hyresgäst Gunvor Lind, Bäckvägen 7, rad 14"
    spans = [(text.index("Bäckvägen"), text.index(", rad"), "ADDRESS"), (text.index("14"), len(text), "ADDRESS")]
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["Bäckvägen 7"]


def test_a_time_is_no_initials_and_a_contact_line_no_address():
    text = "Kl. 07:58:12 mottagen av LW\nEkholmsvägen 3, 714 30 Brattvik, tfn 0581-120 40, post@brattvik.se\nKVITTO"
    t = text.index("07:58:12")
    line = text.index("Ekholmsvägen")
    spans = [(t, t + 8, "INITIALS"), (text.index("LW"), text.index("LW") + 2, "INITIALS"),
             (line, len(text), "ADDRESS"), (line, text.index(", tfn"), "ADDRESS")]
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["LW", "Ekholmsvägen 3, 714 30 Brattvik"]


def test_initials_need_no_name_list():
    text = "Utlämnat av\nöbk\n2026-02-14"
    a = text.index("öbk")
    assert [f.text for f in with_learned_spans(_page(text), [], [(a, a + 3, "INITIALS")])] == ["öbk"]


def test_a_code_after_the_label_of_a_payment_or_case_number_stays():
    text = "Fakturanr: 55 2019 8841\nOCR-nummer\n7731 0042 1180\nMedlemskort: MK 40-2231"
    spans = [(text.index(c), text.index(c) + len(c), "OTHER_ID") for c in ("55 2019 8841", "7731 0042 1180", "MK 40-2231")]
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["MK 40-2231"]


def test_an_identifier_holds_a_digit_and_a_words_dash_is_no_second_word():
    text = "Tillsyn - ärende 7\nNämnden beslutade i ärendet. Kundnummer K-40 812 gäller."
    spans = [(0, 9, "ADDRESS"), (text.index("Nämnden"), text.index("Nämnden") + 7, "OTHER_ID"),
             (text.index("K-40"), text.index(" gäller"), "OTHER_ID")]
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["K-40 812"]


def test_a_switchboard_line_is_no_identifier():
    text = "Handläggare Kim Ardelius\nVäxel 0591-62 30 00, bygg@hogsby.se\nKundnummer KN 3381 207"
    line = text.index("Växel")
    spans = [(line, text.index("\nKund"), "OTHER_ID"), (text.index("KN 3"), len(text), "OTHER_ID")]
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["KN 3381 207"]


def test_a_running_serial_after_a_units_letters_and_the_year_is_no_identifier():
    # a list's row numbers ("SR 26-014", "SR 26-015", …; "26-041", "26-042", …); a lone code of the shape stays
    text = ("| SR 26-014 | Ida Berg\n| SR 26-015 | Eva Lind\n| SR 26-016 | Per Ek\n"
            "26-041: Ida\n26-042: Eva\n26-043: Per\nKundnummer KB 26-118.")
    codes = ("SR 26-015", "26-042", "KB 26-118")
    spans = [(text.index(c), text.index(c) + len(c), "OTHER_ID") for c in codes]
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["KB 26-118"]


def test_a_heading_with_the_authoritys_case_number_is_no_home():
    text = "Ansökan 4, dnr SN 2026/1210\nSökande bor på Ekvägen 3, 123 45 Ekby."
    spans = [(0, text.index("\n"), "ADDRESS"), (text.index("Ekvägen"), len(text) - 1, "ADDRESS")]
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["Ekvägen 3, 123 45 Ekby"]


def test_one_or_two_digits_alone_are_no_identifier():
    # a minutes' paragraph in its column ("| 17 | Avtal ..."); a short code with letters or three digits still counts
    text = "| 17 | Avtal med bygdegården | LRa\nSkåp 4B tillhör Noa. Anst.nr 318."
    spans = [(text.index("17"), text.index("17") + 2, "OTHER_ID"), (text.index("4B"), text.index("4B") + 2, "OTHER_ID"),
             (text.index("318"), text.index("318") + 3, "OTHER_ID")]
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["4B", "318"]


def test_only_spans_no_finding_covers_are_added_with_the_reason():
    text = "Hemadress: Gärdsta 9 B. Kontakt: Ottilia Fransén."
    page = _page(text)
    rules = [_finding(text, "Ottilia Fransén")]
    a = text.index("Gärdsta")
    o = text.index("Ottilia")
    spans = [(a, a + len("Gärdsta 9 B"), "ADDRESS"), (o, o + len("Ottilia"), "PERSON")]
    out = with_learned_spans(page, rules, spans)
    added = [f for f in out if f.detector == DETECTOR]
    assert [f.text for f in added] == ["Gärdsta 9 B"]
    assert added[0].category == "ADDRESS" and added[0].reason == REASON
    assert out[0] is rules[0]  # the rules' own finding is left as it was


def test_a_span_ending_in_a_line_break_is_cut_before_it():
    text = "Sign.\nhå\nDatum 2026-03-02"
    a = text.index("hå")
    out = with_learned_spans(_page(text), [], [(a, a + 3, "INITIALS")])
    assert [f.text for f in out] == ["hå"]


def test_a_person_ends_before_the_next_cell_or_a_digit():
    text = "| Söderlund | 610203-4471 | brev\nMaja Ekdahl 12 år"
    a = text.index("Söderlund")
    m = text.index("Maja")
    out = with_learned_spans(_page(text), [], [(a, text.index(" brev"), "PERSON"), (m, text.index(" år"), "PERSON")])
    assert [f.text for f in out] == ["Söderlund", "Maja Ekdahl"]


def test_a_span_over_findings_of_other_kinds_keeps_only_its_own_part():
    # the tagger read a telephone number and the e-mail beside it as one span; the rules found both
    text = "Kontakt: 070-318 44 02, tove.lindmark@example.se, Björkvägen 3 B"
    rules = [_finding(text, "070-318 44 02", "PHONE"), _finding(text, "tove.lindmark@example.se", "EMAIL")]
    a = text.index("070")
    out = with_learned_spans(_page(text), rules, [(a, len(text), "ADDRESS"), (a, text.index(", Björk"), "OTHER_ID")])
    assert [(f.text, f.category) for f in out if f.detector == DETECTOR] == [("Björkvägen 3 B", "ADDRESS")]


def test_a_span_partly_covered_is_still_added():
    # the rules masked the street of an address abroad, the tagger reads the whole address
    text = "Bor på 27 Kestrel Lane, Ardmore, Co. Waterford sedan 2019."
    rules = [_finding(text, "27 Kestrel Lane", "ADDRESS")]
    a = text.index("27")
    b = text.index(" sedan")
    out = with_learned_spans(_page(text), rules, [(a, b, "ADDRESS")])
    assert [f.text for f in out if f.detector == DETECTOR] == ["27 Kestrel Lane, Ardmore, Co. Waterford"]


def test_a_further_taggers_spans_follow_the_firsts_once_each(monkeypatch):
    first = [[(0, 5, "PERSON")], []]
    second = [[(0, 5, "PERSON"), (0, 11, "PERSON")], [(3, 9, "ADDRESS")]]
    assert union_spans([first, second]) == [[(0, 5, "PERSON"), (0, 11, EXTENDS + "PERSON")],
                                            [(3, 9, EXTENDS + "ADDRESS")]]
    monkeypatch.setenv("REDACT_LEARNED_SPANS_EXTRA_MODE", "all")
    assert union_spans([first, second]) == [[(0, 5, "PERSON"), (0, 11, "PERSON")], [(3, 9, "ADDRESS")]]


def test_a_further_taggers_span_only_extends_what_is_found_of_its_kind():
    text = "Namn: Bishnu Maya Magar\nTelefon 070-174 06 21\nBor i Ekby Norra."
    rules = [_finding(text, "Maya Magar"), _finding(text, "070-174 06 21", "PHONE")]
    name = (text.index("Bishnu"), text.index("\nTel"), EXTENDS + "PERSON")  # the whole name: kept
    inside = (text.index("Maya"), text.index("Maya") + 4, EXTENDS + "PERSON")  # nothing beyond the rules' name
    alone = (text.index("Ekby"), text.index("."), EXTENDS + "ADDRESS")  # nothing of its kind found there
    other = (text.index("Telefon"), text.index("070") + 3, EXTENDS + "PERSON")  # over a telephone, not a name
    out = with_learned_spans(_page(text), rules, [name, inside, alone, other])
    assert [f.text for f in out if f.detector == DETECTOR] == ["Bishnu Maya Magar"]
    # the first tagger's spans are anchors as the findings are; a plain span is added as ever
    home = "Bor på Kvarnvägen 4 B i Ekby sedan i fjol."
    a = home.index("Kvarnvägen")
    out = with_learned_spans(_page(home), [], [(a, home.index(" B i"), "ADDRESS"),
                                              (a, home.index(" i Ekby"), EXTENDS + "ADDRESS")])
    assert [f.text for f in out if f.detector == DETECTOR] == ["Kvarnvägen 4", "Kvarnvägen 4 B"]


def test_no_further_tagger_unless_one_is_named(monkeypatch, tmp_path):
    monkeypatch.delenv("REDACT_LEARNED_SPANS_EXTRA", raising=False)
    assert load_extra_taggers() == []
    monkeypatch.setenv("REDACT_LEARNED_SPANS_EXTRA", "0")
    assert load_extra_taggers() == []
    monkeypatch.setenv("REDACT_LEARNED_SPANS_EXTRA", str(tmp_path / "nowhere"))
    assert load_extra_taggers() == []


def test_detector_adds_a_further_taggers_extension_of_what_is_found():
    from redact.detect.engine import Detector
    from redact.detect.lemmatizer import FACTORY

    nlp = spacy.blank("sv")
    nlp.add_pipe(FACTORY)
    text = "Familjen flyttade till Östra Lövåsen 3 B i mars."
    det = Detector(nlp=nlp, tagger=_ruler_tagger([("ADDRESS", "Östra Lövåsen")]),
                   extra_taggers=[_ruler_tagger([("ADDRESS", "Östra Lövåsen 3 B"), ("ADDRESS", "Familjen flyttade")])])
    tagged = [f.text for f in det.detect(_page(text)) if f.detector == DETECTOR]
    assert "Östra Lövåsen 3 B" in tagged and "Familjen flyttade" not in tagged


def test_detector_adds_the_taggers_spans_to_a_page(monkeypatch):
    from redact.detect.engine import Detector
    from redact.detect.lemmatizer import FACTORY

    nlp = spacy.blank("sv")
    nlp.add_pipe(FACTORY)
    text = "Familjen flyttade till Östra Lövåsen 3 i mars."
    det = Detector(nlp=nlp, tagger=_ruler_tagger([("ADDRESS", "Östra Lövåsen 3")]))
    found = det.detect(_page(text))
    tagged = [f for f in found if f.detector == DETECTOR]
    assert [(f.text, f.category, f.reason) for f in tagged] == [("Östra Lövåsen 3", "ADDRESS", REASON)]


def test_a_given_pipeline_runs_the_rules_alone():
    from redact.detect.engine import Detector
    from redact.detect.lemmatizer import FACTORY

    nlp = spacy.blank("sv")
    nlp.add_pipe(FACTORY)
    assert Detector(nlp=nlp).tagger is None


def test_the_tagger_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("REDACT_LEARNED_SPANS", "0")
    assert load_tagger() is None


def test_a_missing_tagger_leaves_the_rules(tmp_path):
    assert load_tagger(tmp_path / "nowhere") is None


@pytest.fixture(scope="module")
def shipped():
    if not (model_path() / "config.cfg").is_file():
        pytest.skip("the learned span tagger is not shipped in this tree")
    return load_tagger()


def test_shipped_tagger_reads_a_village_and_number_as_a_home(shipped):
    """No rule knows a village with a number after a household's name; the tagger does, and the word "Hushållet",
    which its span may hold, stays readable."""
    from redact.detect.engine import Detector
    from redact.detect.lemmatizer import FACTORY

    nlp = spacy.blank("sv")
    nlp.add_pipe(FACTORY)
    text = "Hushållet Lindqvist, Tjärnmyra 11, har evakuerats till vandrarhemmet."
    found = Detector(nlp=nlp, tagger=shipped).detect(_page(text))
    assert ("Tjärnmyra 11", "ADDRESS", DETECTOR) in [(f.text, f.category, f.detector) for f in found]
    assert not any("Hushållet" in f.text for f in found)


def test_the_taggers_vocabulary_does_not_grow_with_the_pages_it_reads(shipped):
    """Every new word's string stayed in the tagger's vocabulary: memory grew with each page of a long run."""
    before = len(shipped.vocab.strings)
    pages = [" ".join(f"Qxv{n}{k}ört Brzl{n}{k}ąk" for k in range(40)) for n in range(20)]
    tagged_spans(shipped, pages)
    assert len(shipped.vocab.strings) == before


TEXTS = [
    "Handläggare Maj-Britt Öhrvall, t.ex. bl.a. hos Liisa Kekkonen, Tallmyra 7, medlemsnr LK-4471.\n\nMvh\tBo",
    " Sidan börjar med ett blanksteg: Göran Wikdahl, Solbacka 3.",  # the tokenizer's special case for a first space
    "EMIL ÖSTBERG\nStorgatan 12 B\n871 60 Norrvik",
]


@pytest.mark.parametrize("text", [*TEXTS, TEXTS])
def test_the_tagger_reading_the_main_pipelines_docs_tags_as_reading_the_text(model_detector, text):
    """The tagger reads the main pipeline's Docs (one tokenization per page; where it listens to that pipeline's
    tok2vec, one vector per word): the same spans as reading the texts itself, page by page or a batch at once."""
    from redact.detect.learned_spans import shared_components, shares_docs, tagged_spans_of_docs
    from redact.detect.presidio import analyze_many

    detector = model_detector
    if detector.tagger is None:
        pytest.skip("the learned span tagger is not shipped in this tree")
    texts = text if isinstance(text, list) else [text]
    assert shares_docs(detector.nlp, detector.tagger)
    skip = shared_components(detector.nlp, detector.tagger)
    read: list = []
    analyze_many(detector.engine, texts, detector.threshold, lambda docs: read.append(
        (tagged_spans_of_docs(detector.tagger, docs, skip), [doc.text for doc in docs])))
    assert read[0][1] == texts
    assert read[0][0] == tagged_spans(detector.tagger, texts)
    # and with the tagger's own components all run on the main pipeline's Docs
    read.clear()
    analyze_many(detector.engine, texts, detector.threshold, lambda docs: read.append(
        tagged_spans_of_docs(detector.tagger, docs)))
    assert read[0] == tagged_spans(detector.tagger, texts)


def test_the_taggers_labels_read_in_the_main_pipelines_strings(model_detector):
    """A span the tagger sets in a Doc of the main pipeline reads its label there (the strings were added)."""
    if model_detector.tagger is None:
        pytest.skip("the learned span tagger is not shipped in this tree")
    for label in model_detector.tagger.get_pipe("ner").labels:
        assert label in model_detector.nlp.vocab.strings


@pytest.mark.parametrize("text,tagged", [
    ("Remissen skickas till Hemtjänst Sörby som bokar tiden.", "Hemtjänst Sörby"),
    ("Borgen för Lagunen Grill AB lämnas av ägarens bror.", "Lagunen Grill"),
    ("Stipendiet går till en spelare i Norrbyns Innebandyklubb i år.", "Norrbyns Innebandyklubb"),
])
def test_the_taggers_person_passes_the_rules_checks_for_units_and_organisations(text, tagged):
    # a service unit, a company before its form and a club are read as persons by the tagger; the
    # rules let them go, and so the tagger's span must pass the same checks
    from redact.detect.engine import Detector
    from redact.detect.lemmatizer import FACTORY

    nlp = spacy.blank("sv")
    nlp.add_pipe(FACTORY)
    det = Detector(nlp=nlp, tagger=_ruler_tagger([("PERSON", tagged), ("PERSON", "Vilgot Brännström")]))
    found = det.detect(_page(f"{text} Kontakt: Vilgot Brännström."))
    persons = [f.text for f in found if f.category == "PERSON"]
    assert "Vilgot Brännström" in persons
    assert not any(tagged in p or p in tagged for p in persons if p != "Vilgot Brännström"), persons


def test_a_person_and_the_name_they_go_by_are_two_names_without_the_verb():
    text = "Hans son Tewodros kallas Teddy av alla."
    a = text.index("Tewodros")
    out = with_learned_spans(_page(text), [], [(a, text.index(" av"), "PERSON")])
    assert [f.text for f in out] == ["Tewodros", "Teddy"]


def test_an_address_ends_before_an_amount_on_the_next_line():
    text = "Sökande\nÅsby Byväg 14\n7 500 kr\nbeviljat"
    a = text.index("Åsby")
    out = with_learned_spans(_page(text), [], [(a, text.index("\nbeviljat"), "ADDRESS")])
    assert [f.text for f in out] == ["Åsby Byväg 14"]


def test_a_nickname_verb_splits_a_proposed_name():
    from redact.detect.name_spans import split_at_titles

    text = "Dottern Marjatta kallas Maija i byn."
    a = text.index("Marjatta")
    f = Finding(id="p1-0", page=1, start=a, end=text.index(" i byn"), text="Marjatta kallas Maija", category="PERSON",
                score=0.8, detector="names", reason="namn")
    assert [g.text for g in split_at_titles([f], text, frozenset())] == ["Marjatta", "Maija"]


def test_an_amount_before_its_currency_is_no_identifier():
    # a fee column ("| 14 500 kr") or a sum in running text: money, whoever pays it; a code after it still counts
    text = "| KN-51204 | Ville Rasku | 14 500 kr\nAvgiften 7 250 SEK betalas av Lina. Nyckel 7 250 A gäller."
    spans = [(text.index("14 500"), text.index("14 500") + 6, "OTHER_ID"),
             (text.index("7 250 SEK"), text.index("7 250 SEK") + 5, "OTHER_ID"),
             (text.index("7 250 A"), text.index("7 250 A") + 7, "OTHER_ID")]
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["7 250 A"]


def test_an_events_year_after_a_square_or_a_firms_name_is_no_home():
    # a heading's square with the event's year, and a place before a firm's company form; a village's house
    # number and a square's house number still count
    text = ("Vårmarknad på Smedjetorget 2027, platser\nFiber till villor, etapp Ekbyn, Ekby Stadsnät AB\n"
            "Hon bor i Ekbyn 112 och han på Smedjetorget 4.")
    spans = [(text.index("Smedjetorget 2027"), text.index(", platser"), "ADDRESS"),
             (text.index("Ekbyn, Ekby"), text.index(" AB"), "ADDRESS"),
             (text.index("Ekbyn 112"), text.index(" och han"), "ADDRESS"),
             (text.index("Smedjetorget 4"), len(text) - 1, "ADDRESS")]
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["Ekbyn 112", "Smedjetorget 4"]


@pytest.mark.parametrize("role", ["Handläggaren", "Enhetschefen", "Kuratorn"])
def test_a_role_the_tagger_takes_in_before_a_name_the_rules_found_is_cut(role):
    text = f"{role} Bergqvist ringde upp familjen på tisdagen."
    span = [(0, text.index(" ringde"), "PERSON")]
    found = with_learned_spans(_page(text), [_finding(text, "Bergqvist")], span)
    assert sorted(f.text for f in found) == ["Bergqvist"]


@pytest.mark.parametrize("opener", ["Enligt", "Även", "Dessutom"])
def test_a_sentences_opening_word_the_tagger_takes_in_before_a_name_the_rules_found_is_cut(opener):
    # "Enligt", "according to", opens the sentence with a capital and is no part of the name after it
    text = f"Familjen har hört av sig. {opener} Bergqvist behöver de stöd i hemmet."
    span = [(text.index(opener), text.index(" behöver"), "PERSON")]
    found = with_learned_spans(_page(text), [_finding(text, "Bergqvist")], span)
    assert sorted(f.text for f in found) == ["Bergqvist"]


@pytest.mark.parametrize("role", ["Skyddsvärdsman", "Nämndeman", "Överassessor", "Stödmamman"])
def test_a_compound_role_the_tagger_takes_in_before_a_name_the_rules_found_is_cut(role):
    # a role on "-man", or a compound ending in a listed title or role ("assessor", "mamma"), opening the line
    text = f"Protokoll\n{role} Vilgot Bergqvist (VBe) deltog, sekreterare Ulla Sten.\n"
    span = [(text.index(role), text.index(" (VBe)"), "PERSON")]
    found = with_learned_spans(_page(text), [_finding(text, "Vilgot Bergqvist")], span)
    assert sorted(f.text for f in found) == ["Vilgot Bergqvist"]


@pytest.mark.parametrize("role", ["Kronofogde", "Hovrättsråd", "Kammarrättsråd", "Justitieråd", "Rådman", "Lagman"])
def test_a_judges_or_an_enforcement_officers_title_before_a_name_the_rules_found_is_cut(role):
    # a court's or the enforcement authority's officer opening the letterhead's line of who handles the case
    text = f"Avdelning 2\n{role} Vilgot Bergqvist (VBe), föredragande Ulla Sten (USt).\n"
    span = [(text.index(role), text.index(" (VBe)"), "PERSON")]
    found = with_learned_spans(_page(text), [_finding(text, "Vilgot Bergqvist")], span)
    assert sorted(f.text for f in found) == ["Vilgot Bergqvist"]


@pytest.mark.parametrize("name", ["Zorvan", "Bergman", "Svensson"])
def test_no_name_is_a_compound_role(name):
    from redact.detect.name_words import role_compound

    assert not role_compound(name)


def test_an_unlisted_given_name_before_a_surname_the_rules_found_stays_the_taggers():
    text = "Zorvan Bergqvist ringde upp familjen på tisdagen."
    span = [(0, text.index(" ringde"), "PERSON")]
    found = with_learned_spans(_page(text), [_finding(text, "Bergqvist")], span)
    assert "Zorvan Bergqvist" in [f.text for f in found]


def test_a_lists_running_numbers_are_no_identifiers_and_their_letter_no_initials():
    # a list numbers its rows "T-208", "T-209", "T-210"; a code alone of that shape, or two that do not run on, counts
    text = ("Nr\nBesökare\nT-208\nLinnea Falk\nT-209\nOmid Rahimi\nT-210\nSara Holm\n"
            "Lånekort K-5512 och K-5519 lämnades åter. Rad R-33 fick nytt nummer.")
    spans = [(text.index(c), text.index(c) + len(c), "OTHER_ID") for c in ("T-209", "K-5512", "K-5519", "R-33")]
    spans.append((text.index("T-210"), text.index("T-210") + 1, "INITIALS"))
    # the letters of a code that is no list's running number stay the tagger's (they may be a person's)
    spans.append((text.index("R-33"), text.index("R-33") + 1, "INITIALS"))
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["K-5512", "K-5519", "R-33", "R"]


def test_a_year_in_a_sentence_is_no_identifier():
    text = "Hon har lett kören sedan 1987; medlemsnummer 2291 enligt registret. Kod 1994 gäller."
    spans = [(text.index(c), text.index(c) + 4, "OTHER_ID") for c in ("1987", "2291", "1994")]
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["2291", "1994"]


def test_the_tok2vec_comparison_agrees_with_the_serialised_models(model_detector):
    """Whether the tagger may skip its tok2vec is decided layer by layer, in place: the same answer as comparing both
    models serialised, for the shipped pair, a model and its copy, and a copy with one weight changed."""
    import copy

    from redact.detect.learned_spans import same_weights

    if model_detector.tagger is None:
        pytest.skip("the learned span tagger is not shipped in this tree")
    main = model_detector.nlp.get_pipe("tok2vec").model
    tagger = model_detector.tagger.get_pipe("tok2vec").model
    assert same_weights(main, tagger) == (main.to_bytes() == tagger.to_bytes())
    twin = copy.deepcopy(main)
    assert same_weights(main, twin) and main.to_bytes() == twin.to_bytes()
    layer = next(node for node in twin.walk() for name in node.param_names if node.has_param(name))
    name = next(n for n in layer.param_names if layer.has_param(n))
    changed = layer.get_param(name).copy()
    changed.flat[0] += 1.0
    layer.set_param(name, changed)
    assert not same_weights(main, twin) and main.to_bytes() != twin.to_bytes()


# A technical text's names with one digit ("UTF-8", "CSS2", "LaserJet 4") are versions and models the tagger can read
# as codes; a person's identifier has more digits than one, or few letters ("4B" of a locker), and stays the tagger's.
TECH_TEXT = ("Filen sparas som UTF-8 och formateras med CSS2 innan den skrivs ut på en HP LaserJet 4. "
             "Kundnummer KN-48, kortet A 7714 och skåp B 2 gäller Sofia Lindqvist.")


@pytest.mark.parametrize("code", ["UTF-8", "CSS2", "LaserJet 4"])
def test_a_tagged_code_with_one_digit_is_no_identifier(code):
    from redact.detect.learned_spans import plausible

    a = TECH_TEXT.index(code)
    assert not plausible(TECH_TEXT, a, a + len(code), "OTHER_ID")


@pytest.mark.parametrize("code", ["KN-48", "A 7714", "B 2"])
def test_a_tagged_code_with_two_digits_or_few_letters_stays(code):
    from redact.detect.learned_spans import plausible

    a = TECH_TEXT.index(code)
    assert plausible(TECH_TEXT, a, a + len(code), "OTHER_ID")


def test_a_code_after_the_documents_own_case_label_opening_its_line_is_no_identifier():
    from redact.detect.engine import Detector
    from redact.detect.lemmatizer import FACTORY

    nlp = spacy.blank("sv")
    nlp.add_pipe(FACTORY)
    text = ("Skatteverket, Fastighetstaxering\nBeslutslista FX-2026-0771, omprövningar 2026-09-24\n"
            "Oskar Vall lämnade in FX-2026-0772 i maj.\n")
    det = Detector(nlp=nlp, tagger=_ruler_tagger([("OTHER_ID", "FX-2026-0771"), ("OTHER_ID", "FX-2026-0772")]))
    tagged = [f.text for f in det.detect(_page(text)) if f.detector == DETECTOR]
    # the list's own number stays readable; the same shape in a sentence stays the tagger's
    assert tagged == ["FX-2026-0772"]


def test_a_date_alone_tagged_as_a_code_is_no_identifier_and_a_birth_date_stays_masked():
    from redact.detect.engine import Detector
    from redact.detect.lemmatizer import FACTORY

    nlp = spacy.blank("sv")
    nlp.add_pipe(FACTORY)
    text = ("Den österrikiska domen, verkündet am 9. Juni 2020, bifogas. Beslutet daterat 17.11.2023 gäller.\n"
            "Sökanden Irma Falk, född 1961-08-23, har kundnummer KL-55 20 913.\n")
    tagged_texts = ["9. Juni 2020", "17.11.2023", "1961-08-23", "KL-55 20 913"]
    det = Detector(nlp=nlp, tagger=_ruler_tagger([("OTHER_ID", t) for t in tagged_texts]))
    findings = det.detect(_page(text))
    masked = {f.text for f in findings}
    assert "KL-55 20 913" in masked  # a code stays masked, whoever found it
    assert "1961-08-23" in masked  # the birth rules' own finding
    assert not masked & {"9. Juni 2020", "17.11.2023"}


def test_a_label_a_rule_read_before_its_number_is_cut_from_the_tagged_identifier():
    text = "Mäklaren har NMI-ID 41873 hos inspektionen. Kortet XQ-7731 gäller."
    rule = Finding(id="p1-0", page=1, start=text.index("41873"), end=text.index("41873") + 5, text="41873",
                   category="ID_NUMBER", score=0.8, detector="labelled_id",
                   reason="unlisted_label_identifier; identifierare efter 'nmi-id'")
    spans = [(text.index("NMI-ID"), text.index("41873") + 5, "OTHER_ID"), (text.index("Kortet"), text.index(" gäller"),
                                                                          "OTHER_ID")]
    got = [f.text for f in with_learned_spans(_page(text), [rule], spans)]
    # the label is no one's number; a word the rules read as no label stays in the tagger's span
    assert "NMI-ID 41873" not in got and "Kortet XQ-7731" in got


def test_a_short_word_before_the_number_stays_with_the_tagged_identifier():
    # "ID 7730 5512": two letters may be the document's own, part of what is masked
    text = "Legitimation: ID 7730 5512 visades upp."
    rule = Finding(id="p1-0", page=1, start=text.index("7730"), end=text.index("7730") + 9, text="7730 5512",
                   category="ID_NUMBER", score=0.8, detector="labelled_id",
                   reason="unlisted_label_identifier; identifierare efter 'id'")
    spans = [(text.index("ID 7730"), text.index("ID 7730") + 12, "OTHER_ID")]
    assert "ID 7730 5512" in [f.text for f in with_learned_spans(_page(text), [rule], spans)]


def test_an_address_stops_before_the_next_cells_company_line():
    # a row read one cell a line: the home's cell, then the employer's; the tagger's address ran into the firm's name
    text = "Bostad\nArbete\nRönnvägen 3 lgh 1101,\nKvarnby Rör & Värme AB\n07.00–16.00\n"
    a = text.index("Rönnvägen")
    spans = [(a, text.index(" Rör"), "ADDRESS")]
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["Rönnvägen 3 lgh 1101,"]


def test_an_address_whose_next_line_is_a_postal_town_runs_on():
    # the home's second line is its postal code and town, no company's name
    text = "Bostad\nRönnvägen 3 lgh 1101,\n655 31 Kvarnby\n"
    a = text.index("Rönnvägen")
    spans = [(a, text.index("Kvarnby") + len("Kvarnby"), "ADDRESS")]
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["Rönnvägen 3 lgh 1101,\n655 31 Kvarnby"]


def test_a_tagged_code_begins_after_the_rules_label_that_opened_with_its_owners_word():
    from redact.detect.learned_spans import after_rules_label
    from redact.types import Finding

    text = "Göran lämnade sin BankID-dosa KT 5512-0931 till en granne."
    a, start = text.index("BankID"), text.index("KT")
    b = start + len("KT 5512-0931")
    rule = Finding(id="r", page=1, start=start, end=b, text=text[start:b], category="ID_NUMBER", score=0.75,
                   detector="labelled_id", reason="code_after_whose; en kod efter 'sin BankID-dosa'")
    assert after_rules_label(text, a, b, [rule]) == start


def test_a_tagged_code_begins_after_the_short_last_word_of_the_rules_longer_label():
    from redact.detect.learned_spans import after_rules_label
    from redact.types import Finding

    # the tagger took the label's last word ("ID") with the number; the rule read the whole label before it
    text = "Hon har Qatari ID 284-1978-5512931 och bor i Doha."
    a, start = text.index("ID 284"), text.index("284")
    b = start + len("284-1978-5512931")
    rule = Finding(id="r", page=1, start=start, end=b, text=text[start:b], category="ID_NUMBER", score=0.8,
                   detector="labelled_id", reason="national_identity_code; personlig kod efter 'qatari id'")
    assert after_rules_label(text, a, b, [rule]) == start
    # a short word before the number that is no end of the rule's label stays with it
    rule = Finding(id="r", page=1, start=start, end=b, text=text[start:b], category="ID_NUMBER", score=0.8,
                   detector="labelled_id", reason="national_identity_code; personlig kod efter 'qatari nr'")
    assert after_rules_label(text, a, b, [rule]) == a


def test_a_garages_or_a_parking_places_number_is_no_home():
    text = "| KN 27-0412 | Lena Ödman | Garage 7 |\n| KN 27-0419 | Per Ås | P-plats 12B |"
    spans = [(text.index("Garage 7"), text.index("Garage 7") + 8, "ADDRESS"),
             (text.index("P-plats 12B"), text.index("P-plats 12B") + 11, "ADDRESS")]
    assert with_learned_spans(_page(text), [], spans) == []


def test_a_codes_series_letters_after_a_slash_go_with_it():
    text = "| 3 | Eva Ek | faktura TK-4471-0932/B |"
    a = text.index("TK-4471")
    spans = [(a, a + len("TK-4471-0932"), "OTHER_ID")]
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["TK-4471-0932/B"]


@pytest.mark.parametrize("text, verb", [
    ("Früher habe ich in Birkenweg 7, 04109 Leipzig gewohnt, jetzt in Ekby.", " gewohnt"),
    ("Tidigare har hon i Tallvägen 3, 641 30 Ekby bott i tio år.", " bott"),
])
def test_a_sentences_words_after_the_town_end_a_tagged_home(text, verb):
    start = text.index(" in ") + 4 if " in " in text else text.index(" i ") + 3
    end = text.index(verb) + len(verb)
    found = with_learned_spans(_page(text), [], [(start, end, "ADDRESS")])
    assert [f.text for f in found] == [text[start:text.index(verb)]]


@pytest.mark.parametrize("text, span", [("Rugadh mé ar 14 Márta 1979 i Sligo.", "ar 14 Márta 1979"),
                                        ("Elle est née le 3 mars 1981 à Lyon.", "le 3 mars 1981")])
def test_a_date_after_its_small_word_is_no_tagged_code(text, span):
    from redact.detect.learned_spans import plausible

    a = text.index(span)
    assert not plausible(text, a, a + len(span), "OTHER_ID")


def test_an_identity_codes_label_is_no_tagged_home():
    from redact.detect.learned_spans import plausible

    text = "Han har turkiskt T.C. Kimlik No 10000000146 sedan 2001."
    a = text.index("Kimlik No")
    assert not plausible(text, a, a + len("Kimlik No"), "ADDRESS")


@pytest.mark.parametrize("opener", ["Enligt", "Även"])
def test_a_sentences_opening_word_is_cut_from_a_tagged_name_no_rule_found(opener):
    # the rules may find the name only later, as a copy of one found on another page: the opener stays readable
    text = f"Familjen har hört av sig. {opener} Bergqvists behöver de stöd i hemmet."
    span = [(text.index(opener), text.index(" behöver"), "PERSON")]
    assert [f.text for f in with_learned_spans(_page(text), [], span)] == ["Bergqvists"]


def test_a_year_before_its_genitive_is_no_tagged_code():
    from redact.detect.learned_spans import plausible

    text = "Målet gäller en båt av 1962 års modell med en läckande köl."
    a = text.index("1962")
    assert not plausible(text, a, a + 4, "OTHER_ID")
    # a number of five digits or more before the word is still a code the tagger may read
    text = "Fordonet VR-19621 års besiktning"
    a = text.index("VR-19621")
    assert plausible(text, a, a + len("VR-19621"), "OTHER_ID")
