"""Resolve: merging overlaps, propagating strings, initials and linking mentions into subjects."""

from __future__ import annotations

from redact.resolve.link import link
from redact.resolve.merge import merge
from redact.resolve.person_initials import find_initials, person_initials
from redact.resolve.propagate import propagate
from redact.types import Finding


def F(page, start, end, text, category="PERSON", score=0.8, detector="names", status="proposed", id=None):
    return Finding(id=id or f"x{page}-{start}", page=page, start=start, end=end, text=text, category=category, score=score, detector=detector, status=status)


def test_merge_overlapping_keeps_higher_score_and_joins_detectors():
    text = "Ring 070-123 45 67 nu"
    a = F(1, 5, 18, text[5:18], "PHONE", 0.7, "phone")
    b = F(1, 5, 15, text[5:15], "PERSONNUMMER", 0.5, "personnummer")
    (m,) = merge([b, a], {1: text})
    assert (m.start, m.end, m.category, m.detector, m.text) == (5, 18, "PHONE", "personnummer+phone", "070-123 45 67")


def test_merge_adjacent_same_category_only():
    text = "Anna Maria Berg och Storgatan 1"
    a = F(1, 0, 4, "Anna")
    b = F(1, 5, 10, "Maria")
    c = F(1, 11, 15, "Berg")
    d = F(1, 20, 31, "Storgatan 1", "ADDRESS")
    out = merge([d, c, b, a], {1: text})
    assert [(f.start, f.end, f.category) for f in out] == [(0, 15, "PERSON"), (20, 31, "ADDRESS")]
    # Deterministic: the same input in any order gives the same output.
    assert merge([a, b, c, d], {1: text}) == out


def test_merge_does_not_join_across_pages_or_distant_spans():
    out = merge([F(1, 0, 4, "Anna"), F(2, 0, 4, "Anna"), F(1, 10, 14, "Berg")], {1: "Anna och  Berg", 2: "Anna"})
    assert len(out) == 3


def test_propagate_other_pages_genitive_and_case():
    texts = {1: "Klienten Anna Svensson kom.", 2: "Anna Svenssons mamma och ANNA SVENSSON igen.", 3: "Ingen här."}
    src = F(1, 9, 22, "Anna Svensson")
    new = propagate([src], texts)
    got = sorted((f.page, f.text) for f in new if f.detector == "propagate" and " " in f.text)
    assert got == [(2, "ANNA SVENSSON"), (2, "Anna Svenssons")]


def test_propagate_name_parts_but_not_words_inside_other_words():
    texts = {1: "Handläggare Sten Ek skrev.", 2: "Ek svarade. Ekonomi och Sten.", 3: "en sten i skon"}
    new = propagate([F(1, 12, 19, "Sten Ek")], texts)
    found = sorted((f.page, f.text) for f in new)
    assert (2, "Ek") in found and (2, "Sten") in found
    assert all(f.text != "Ekonomi" for f in new)
    assert not [f for f in new if f.page == 3]  # the lower-case word "sten" is not the name


def test_propagate_does_not_spread_an_abbreviation_inside_a_name():
    texts = {1: "Kontakt HR Vera Nyström", 2: "HR-avdelningen bokar. Vera svarar. Bokas av HR."}
    found = {f.text for f in propagate([F(1, 8, 23, "HR Vera Nyström")], texts)}
    assert "Vera" in found and "HR" not in found


def test_propagate_ignores_rejected_findings():
    texts = {1: "Anna Berg", 2: "Anna Berg"}
    assert propagate([F(1, 0, 9, "Anna Berg", status="rejected")], texts) == []


def test_propagate_on_ocr_pages_tolerates_other_separators():
    texts = {
        1: "Plusgiro 45 67 89-7, släpvagn KLM 47P, Dragan Petrovic",
        2: "Plusgiro 45 67-89-7 och KLM.47P, Dragan  Petrovic.",
        3: "Plusgiro 45 67-89-7 och KLM.47P på en textsida.",
    }
    src = [
        F(1, 9, 19, "45 67 89-7", "BANK_ACCOUNT"),
        F(1, 31, 38, "KLM 47P", "LICENSE_PLATE"),
        F(1, 40, 55, "Dragan Petrovic"),
    ]
    new = propagate(src, texts, ocr_pages={2})
    found = sorted((f.page, f.category, f.text) for f in new)
    assert (2, "BANK_ACCOUNT", "45 67-89-7") in found
    assert (2, "LICENSE_PLATE", "KLM.47P") in found
    assert (2, "PERSON", "Dragan  Petrovic") in found
    # A text layer is read exactly: page 3 keeps the strict match.
    assert not [f for f in new if f.page == 3]


def test_propagate_on_ocr_pages_keeps_word_edges_and_short_strings_strict():
    texts = {1: "Bil ABC 123 och kod AB1", 2: "XABC123Y och AB-1"}
    src = [F(1, 4, 11, "ABC 123", "LICENSE_PLATE"), F(1, 20, 23, "AB1", "LICENSE_PLATE")]
    assert propagate(src, texts, ocr_pages={2}) == []


def test_a_one_word_guess_spreads_on_ocr_pages_as_ocr_split_it():
    # OCR read "Växel" as two pieces on page 1; the fresh OCR of the output glues them again.
    texts = {1: "Ring Väx el 08-123 45 67 eller skriv", 2: "Hälsningar\nVäxel\nkommunen", 3: "en väx el i texten"}
    new = propagate([F(2, 11, 16, "Växel", score=0.5)], texts, ocr_pages={1, 3})
    assert [(f.page, f.text) for f in new] == [(1, "Väx el")]  # not the lower-case words on page 3


def test_a_one_word_name_keeps_strict_edges_on_ocr_pages():
    texts = {1: "Stena Line och Stens bil", 2: "Sten"}
    new = propagate([F(2, 0, 4, "Sten", score=0.5)], texts, ocr_pages={1})
    assert [(f.page, f.text) for f in new] == [(1, "Stens")]


def test_a_string_of_one_letter_over_and_over_spreads_only_exactly_on_ocr_pages():
    # A font that cannot be read out extracts as "a" for every letter: loosely, the e-mail address
    # found in that garbage would match every run of a's on the page.
    texts = {1: "aaaa@aaa-aaaaaa.aa aaaaaaaaa aaa.aaa aaaaaa aaaaaaa:+aa"}
    new = propagate([F(1, 0, 18, "aaaa@aaa-aaaaaa.aa", "EMAIL")], texts, ocr_pages={1})
    assert new == []


def test_person_initials():
    # two capitals and any later letter of the surname too ("AAs", "ABg"): some sign "GHn" for Gösta Hellman
    assert person_initials("Annika Andersson") == {"AA", "AAn", "AnAn", "AnA", "AAd", "AAe", "AAr", "AAs", "AAo"}
    assert person_initials("Anna-Karin Berg") == {"AB", "AKB", "ABe", "A-KB", "ABr", "ABg"}
    assert "ML" in person_initials("Maria von Linde")
    assert person_initials("Anna") == set()


def test_initials_explicit_and_from_attendance_list():
    texts = {1: "Närvarande: Annika Andersson (AA), Omar Farah\nPunkt 1 Budget AA\nPunkt 2 Lokaler OF\nKS beslutar", 2: "Ansvarig: AA"}
    persons = [F(1, 12, 28, "Annika Andersson"), F(1, 35, 45, "Omar Farah")]
    new = find_initials(persons, texts)
    got = sorted((f.page, f.text, f.score) for f in new)
    assert (1, "AA", 0.9) in got and (2, "AA", 0.9) in got and (1, "OF", 0.6) in got
    assert all(f.text != "KS" for f in new)


def test_link_full_name_parts_genitive_and_initials_into_one_subject():
    fs = [
        F(1, 0, 13, "Anna Svensson", id="f1"),
        F(1, 20, 24, "Anna", detector="propagate", id="f2"),
        F(2, 0, 9, "Svenssons", detector="propagate", id="f3"),
        Finding(id="f4", page=2, start=20, end=22, text="AS", category="PERSON", score=0.6, detector="initials", subject="anna svensson"),
        F(2, 30, 40, "Omar Farah", id="f5"),
        F(3, 0, 13, "070-123 45 67", "PHONE", id="f6"),
        F(3, 20, 32, "0701234567", "PHONE", id="f7"),
    ]
    linked, subjects = link(fs)
    by_id = {f.id: f.subject for f in linked}
    assert by_id["f1"] == by_id["f2"] == by_id["f3"] == by_id["f4"]
    assert by_id["f5"] != by_id["f1"]
    assert by_id["f6"] == by_id["f7"]  # the same number written two ways
    assert len(subjects) == 3
    assert subjects[0].finding_ids == ("f1", "f2", "f3", "f4")


def test_link_ambiguous_surname_gets_its_own_subject():
    fs = [F(1, 0, 14, "Anna Andersson", id="a"), F(1, 20, 34, "Omar Andersson", id="b"), F(2, 0, 9, "Andersson", id="c")]
    linked, _ = link(fs)
    s = {f.id: f.subject for f in linked}
    assert len({s["a"], s["b"], s["c"]}) == 3


def test_propagate_matches_a_name_broken_by_hyphenation_and_spans_both_halves():
    page2 = "Ärendet handläggs av Vera Lind-\nqvist och av Holm\u00ad\nberg.\nAnna-\nKarin Lindqvist"
    names = [F(1, 0, 14, "Vera Lindqvist", score=0.9), F(1, 20, 29, "Holmberg", score=0.9)]
    out = propagate(names, {1: "Vera Lindqvist och Holmberg", 2: page2}, known_names={"Holmberg", "Lindqvist"})
    on_two = sorted((f.start, f.end, f.text) for f in out if f.page == 2)
    start = page2.index("Vera")
    holm = page2.index("Holm\u00ad")
    assert (start, page2.index("qvist") + 5, "Vera Lindqvist") in on_two  # "Lind-" and "qvist" both covered
    assert (holm, page2.index("berg") + 4, "Holmberg") in on_two
    # A hyphen before a capital is part of the name ("Anna-" / "Karin"), not a break: nothing is glued.
    assert not any("AnnaKarin" in t for _, _, t in on_two)


def test_propagate_spreads_a_one_word_guess_and_says_so():
    texts = {1: "Mötet leddes av Zirak.", 2: "Zirak hade ordet. En zirak är inget namn."}
    out = propagate([F(1, 16, 21, "Zirak", score=0.5)], texts, known_names=set())
    assert [(f.page, f.text) for f in out] == [(2, "Zirak")]  # capitalised only
    assert "osäker gissning" in out[0].reason and out[0].score <= 0.5


def test_propagate_cover_separates_sources_from_taken_spans():
    # A source found in another reading (offsets into other text) must not hide the same span here.
    other = F(1, 0, 14, "Vera Holmqvist", score=0.9)
    out = propagate([other], {1: "Vera Holmqvist"}, known_names=set(), cover=[])
    assert [(f.start, f.end) for f in out] == [(0, 14)]
    assert propagate([other], {1: "Vera Holmqvist"}, known_names=set()) == []


def test_dotted_initials_stand_for_a_person_of_the_document():
    text = "Selma Rundqvist and Tobias Eklöf attended. S.R. noted that T.E. will send the plan. The U.S. office agreed."
    persons = [F(1, 0, 15, "Selma Rundqvist"), F(1, 20, 32, "Tobias Eklöf")]
    found = {f.text: f for f in find_initials(persons, {1: text})}
    assert set(found) == {"S.R.", "T.E."}
    assert text[found["S.R."].start:found["S.R."].end] == "S.R."
    assert found["S.R."].subject == "selma rundqvist"


def test_dotted_initials_tied_to_a_name_in_brackets():
    text = "Minutes taken by Selma Rundqvist (S.R.). Later S.R. and SR read them again."
    found = find_initials([F(1, 17, 32, "Selma Rundqvist")], {1: text})
    assert [(f.text, f.score) for f in found] == [("S.R.", 0.9), ("S.R.", 0.9), ("SR", 0.9)]


def test_a_name_that_is_a_word_does_not_spread_to_a_sentence_opening_question():
    text = ("Hi Will, thanks for the notes from Hope.\nWill you send the agenda? I asked Will to do it.\n"
            "Hope to hear from you. Hope will chair.")
    found = [F(1, 3, 7, "Will", score=0.8), F(1, text.index("Hope."), text.index("Hope.") + 4, "Hope", score=0.8)]
    new = propagate(found, {1: text})
    assert [(f.text, f.start) for f in new] == [("Will", text.index("Will to")), ("Hope", text.index("Hope will"))]


def test_a_short_form_follows_a_first_name_detected_alone():
    from redact.resolve.short_forms import find_short_forms

    text = "Christina ringde i morse. Senare kom Kicki förbi, och kicki (valpen) skällde."
    start = text.index("Christina")
    person = Finding(id="f1", page=1, start=start, end=start + 9, text="Christina", category="PERSON",
                     score=0.55, detector="names", reason="list:first name")
    new = find_short_forms([person], {1: text})
    assert [(f.text, f.start) for f in new] == [("Kicki", text.index("Kicki"))]  # not the lowercase word


def test_a_bare_street_is_masked_only_when_the_document_gives_it_with_a_number():
    from redact.resolve.streets import find_bare_streets

    text = "Han bor på Tallbacksvägen 7 B.\nBussen går längs Tallbacksvägen och Storgatan."
    start = text.index("Tallbacksvägen 7")
    address = Finding(id="f1", page=1, start=start, end=start + len("Tallbacksvägen 7 B"), text="Tallbacksvägen 7 B",
                      category="ADDRESS", score=0.9, detector="address", reason="street")
    new = find_bare_streets([address], {1: text})
    assert [(f.text, f.start, f.category) for f in new] == [("Tallbacksvägen", text.index("Tallbacksvägen och"), "ADDRESS")]


def test_a_village_the_document_writes_after_its_postcode_is_no_bare_street():
    from redact.resolve.streets import find_bare_streets

    # "Myrvallen 118" is a house number in the village Myrvallen ("830 44 Myrvallen"); the village named alone
    # ("Vårdcentralen Myrvallen", "i Myrvallen") stays readable, but a street given with a number still follows
    text = ("Gästen bodde i Tallbacken, Myrvallen 118, och på Tallbacksvägen 7.\nVårdcentralen Myrvallen, 830 44 "
            "Myrvallen.\nHon åkte skidor i Myrvallen och gick längs Tallbacksvägen.")
    found = []
    for part in ("Tallbacken, Myrvallen 118", "Tallbacksvägen 7"):
        start = text.index(part)
        found.append(Finding(id=f"f{start}", page=1, start=start, end=start + len(part), text=part,
                             category="ADDRESS", score=0.9, detector="address", reason="street"))
    new = find_bare_streets(found, {1: text})
    assert [f.text for f in new] == ["Tallbacksvägen"], [(f.text, f.start) for f in new]


def test_a_bare_village_the_document_writes_as_a_postal_town_is_not_followed():
    from redact.resolve.streets import find_bare_streets

    # "Fjällvallen 214" is a village and its number; "840 97 Fjällvallen" says the name is a place, as a town is
    text = ("Gästen bodde i Fjällvallen 214.\nVårdcentralen Fjällvallen tog emot henne.\n"
            "Post till c/o Ek, Skidvägen 3, 840 97 Fjällvallen. Hon gick ofta längs Skidvägen.")

    def address(value: str) -> Finding:
        start = text.index(value)
        return Finding(id=value, page=1, start=start, end=start + len(value), text=value, category="ADDRESS",
                       score=0.9, detector="address", reason="street")

    new = find_bare_streets([address("Fjällvallen 214"), address("c/o Ek, Skidvägen 3, 840 97 Fjällvallen")], {1: text})
    # the street of the c/o address is still followed to its bare mention
    assert [f.text for f in new] == ["Skidvägen"]


def _address(text: str, value: str, page: int = 1) -> Finding:
    start = text.index(value)
    return Finding(id=f"a{start}", page=page, start=start, end=start + len(value), text=value, category="ADDRESS",
                   score=0.9, detector="table_column", reason="address")


def test_a_house_name_the_document_gives_as_a_home_over_its_postcode_is_followed():
    from redact.resolve.streets import find_bare_streets

    # the address column gives "Granhyddan" alone over its postcode: the house is the home, and the letter on the
    # next page that says the family moved from there names the same home
    first = "Kallelseadresser\n1\nGranhyddan\n362 93 Tingsryd\n"
    second = "Vi har flyttat från Granhyddan till Storgatan 14, 362 30 Tingsryd. Huset på Tingsryd Granhyddan 1:4 är sålt."
    prop = second.index("Tingsryd Granhyddan 1:4")
    found = [_address(first, "Granhyddan\n362 93 Tingsryd"),
             Finding(id="p", page=2, start=prop, end=prop + len("Tingsryd Granhyddan 1:4"),
                     text="Tingsryd Granhyddan 1:4", category="PROPERTY", score=0.9, detector="property")]
    new = find_bare_streets(found, {1: first, 2: second})
    assert [(f.page, f.start, f.category) for f in new] == [(2, second.index("Granhyddan"), "ADDRESS")]


def test_a_care_homes_or_a_villages_name_over_a_postcode_is_not_followed():
    from redact.resolve.streets import find_bare_streets

    # "Ekbacken" is a care home the text names as one; "Kvarnby" is a village written as a postal town: both stay
    text = ("Adresser\nEkbacken\n362 93 Tingsryd\nKvarnby\n362 94 Kvarnby\nPersonalen på Ekbackens äldreboende "
            "hjälper till. Bussen till Kvarnby går två gånger om dagen. Dagverksamhet på Ekbacken.")
    found = [_address(text, "Ekbacken\n362 93 Tingsryd"), _address(text, "Kvarnby\n362 94 Kvarnby")]
    assert find_bare_streets(found, {1: text}) == []


def test_initials_keep_a_lowercase_particle():
    assert {"OU", "OaU"} <= person_initials("Oskar af Ugglas")
    assert "VvD" in person_initials("Vera van Dijk")


def test_initials_of_a_signature_column_link_to_the_one_person_they_match():
    text = "Ingrid Wästberg\nSign.\nIW\nTK"
    person = Finding(id="f1", page=1, start=0, end=15, text="Ingrid Wästberg", category="PERSON", score=0.95,
                     detector="names", reason="list")
    iw = Finding(id="f2", page=1, start=text.index("IW"), end=text.index("IW") + 2, text="IW", category="PERSON",
                 score=0.6, detector="initials_column", reason="column")
    tk = Finding(id="f3", page=1, start=text.index("TK"), end=text.index("TK") + 2, text="TK", category="PERSON",
                 score=0.6, detector="initials_column", reason="column")
    linked, _ = link([person, iw, tk])
    by_id = {f.id: f.subject for f in linked}
    assert by_id["f2"] == by_id["f1"]
    assert by_id["f3"] != by_id["f1"]


def test_a_short_form_that_is_someone_elses_name_is_left_to_that_person():
    from redact.resolve.short_forms import find_short_forms

    text = "Helena Berg och Lena Ström kom. Senare ringde Lena igen."
    helena = Finding(id="f1", page=1, start=0, end=11, text="Helena Berg", category="PERSON", score=0.95,
                     detector="names", reason="list")
    lena = Finding(id="f2", page=1, start=16, end=26, text="Lena Ström", category="PERSON", score=0.95,
                   detector="names", reason="list")
    assert find_short_forms([helena, lena], {1: text}) == []


def test_a_name_found_only_in_the_genitive_spreads_without_its_s():
    # "Li Meiyings" is the only full form; "Meiying" alone later is the same person
    texts = {1: "Li Meiyings moster hämtar. Sedan åker Meiying hem.", 2: "Ros och Fors på plats."}
    found = {(f.page, f.text) for f in propagate([F(1, 0, 11, "Li Meiyings")], texts)}
    assert (1, "Meiying") in found


def test_a_surname_ending_in_s_does_not_spread_a_shorter_word():
    texts = {1: "Handläggare Tove Lindros skrev. Lindro är inget namn här.", 2: "lindro"}
    found = {f.text for f in propagate([F(1, 12, 24, "Tove Lindros")], texts)}
    assert "lindro" not in found


def test_a_name_read_with_its_address_spreads_only_the_name():
    # the model may read "c/o Farah, Åsgatan 3 B, 684 31 Norrbacka" as one name: the street and the town
    # must not spread as name parts to "Norrbacka kommun"; the name before the address still does
    page = {1: "Brevet till c/o Farah, Åsgatan 3 B, 684 31 Norrbacka.\nGodset tillfaller Norrbacka kommun. Farah hämtade."}
    text = page[1]
    start = text.index("c/o")
    end = text.index("Norrbacka.") + len("Norrbacka")
    new = propagate([F(1, start, end, text[start:end], score=0.9)], page)
    spread = {f.text for f in new}
    assert "Norrbacka" not in spread and "Åsgatan" not in spread
    assert "Farah" in spread


def test_propagate_the_street_and_number_of_an_address_written_with_its_postal_code():
    # a letter's window holds "Lövås 318" / "870 10 Hultsjö"; the text then names the home by "Lövås 318" alone
    page1 = "Till: Nils Ek\nLövås 318\n870 10 Hultsjö\nVid besöket på Lövås 318 fanns två hundar."
    start = page1.index("Lövås")
    end = page1.index("Hultsjö") + len("Hultsjö")
    src = F(1, start, end, page1[start:end], "ADDRESS", 0.9, "address")
    new = propagate([src], {1: page1, 2: "Kontroll igen på Lövås 318 i maj; Box 22 svarade."})
    got = sorted((f.page, f.text) for f in new if f.category == "ADDRESS")
    assert got == [(1, "Lövås 318"), (2, "Lövås 318")]


def test_propagate_no_post_box_part_of_an_address():
    text = "Box 418, 870 10 Hultsjö\nSvar till Box 418 senast i maj."
    src = F(1, 0, 23, text[:23], "ADDRESS", 0.9, "address")
    assert not [f for f in propagate([src], {1: text}) if f.text == "Box 418"]


def test_a_property_or_a_post_box_read_as_a_name_spreads_no_place_word():
    # the names rules may read a designation ("Ekmora Lind 2:14") or a box with its village ("Box 12, 571 93 Södra
    # Lind") as a name: "Ekmora", "Lind" and "Box" must not spread to the heading's place or to the authority's box
    text = ("Småhus i Ekmora\nPostadress Box 118, 571 02 Ekmora\nEkmora Lind 2:14 ägs av Oskar Vall.\n"
            "Post till Box 12, 571 93 Södra Lind.\nVall skrev.")
    prop = text.index("Ekmora Lind")
    box = text.index("Box 12")
    name = text.index("Oskar Vall")
    findings = [F(1, prop, prop + len("Ekmora Lind 2:14"), "Ekmora Lind 2:14", score=0.9, detector="names+property"),
                F(1, box, box + len("Box 12, 571 93 Södra Lind"), "Box 12, 571 93 Södra Lind", score=0.9,
                  detector="address+names"),
                F(1, name, name + len("Oskar Vall"), "Oskar Vall", score=0.9)]
    spread = {f.text for f in propagate(findings, {1: text})}
    assert not spread & {"Ekmora", "Box", "Lind"}, spread
    assert "Vall" in spread  # a person's name beside them still spreads


def test_a_partners_name_in_a_firms_name_with_its_form_does_not_spread_there():
    # "Vall" of Oskar Vall is no copy of his name in "Advokatfirman Vall & Ek KB"; it is one where it stands alone,
    # and in a row read on one line, where the next cell's company follows his surname's cell
    text = ("Ombud: Oskar Vall, Advokatfirman Vall & Ek KB.\nVall skrev i maj.\n"
            "Vall Sport & Cykel Ekmora AB 3 250 kr\nVall\nCykelhuset Ekmora AB\n")
    name = text.index("Oskar Vall")
    spread = [f.start for f in propagate([F(1, name, name + len("Oskar Vall"), "Oskar Vall", score=0.9)], {1: text})]
    firm = text.index("Vall & Ek")
    assert firm not in spread
    assert spread == [i for i in (text.index("Vall skrev"), text.index("Vall Sport"), text.index("Vall\nCykel"))]


def test_an_identifier_is_copied_whole_where_a_guessed_name_covers_its_letters():
    # a subject line: the model read "Ärende KB" as a name; the file number found in a table is copied whole
    texts = {1: "Aktnr KB 2031:14 i listan\n", 2: "Ämne: Ärende KB 2031:14 och svar\n"}
    number = F(1, 6, 16, "KB 2031:14", "ID_NUMBER", 0.7, "table_column")
    guess = F(2, 6, 15, "Ärende KB", "PERSON", 0.85, "names")
    copies = [(f.page, f.text, f.category) for f in propagate([number, guess], texts)]
    assert (2, "KB 2031:14", "ID_NUMBER") in copies, copies


def test_an_identifier_inside_a_longer_copied_text_is_not_copied_again():
    texts = {1: "Bor på Ekgatan 4 lgh 1102 sedan maj\n", 2: "Ny adress: Ekgatan 4 lgh 1102.\n"}
    home = F(1, 7, 25, "Ekgatan 4 lgh 1102", "ADDRESS", 0.8, "address")
    flat = F(1, 17, 25, "lgh 1102", "ID_NUMBER", 0.6, "labelled_id")
    copies = [(f.page, f.text) for f in propagate([home, flat], texts)]
    assert copies == [(2, "Ekgatan 4 lgh 1102")], copies
