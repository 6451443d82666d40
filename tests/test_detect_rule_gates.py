"""A rule's gate only saves time: every text its pattern matches in holds the gate, so a rule
finds the same with its gate as without it (a gate left narrower than a pattern it guards
would hide addresses). Fictional addresses."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from redact.detect.address import AddressRecognizer

TEXTS = [
    "Sommaradress i Finland: Pihlajakuja 7 B 4, 40520 Jyväskylä.",
    "Han bor numera på Storgatan 14,\n  FI-00100 Helsinki, Finland.",
    "Dottern bor på Kvarnvägen 3, Tromsø, Norge sedan i höstas.",
    "Adress: Ekebyvägen 12, 8600\nSilkeborg, Danmark",
    "Postadress: Lingonstigen 5, DK-8600 Silkeborg",
    "Besöksadress: Torggatan 9, Erbil, Iraq",
    "Adress: Storgatan 12, 716 21 Norrvik. Telefon: 070-174 06 12, personnummer 19850101-1234.",
]


def _found(recognizer: AddressRecognizer, text: str) -> list[tuple[int, int, str]]:
    return sorted((r.start, r.end, r.entity_type) for r in recognizer.analyze(text, None))


@pytest.mark.parametrize("text", TEXTS)
def test_a_gated_rule_finds_what_it_finds_without_its_gate(text):
    gated = [r for r in AddressRecognizer.RULES if r.gate is not None]
    assert gated, "no rule of the address detector has a gate"
    for rule in gated:
        for m in rule.regex.finditer(text):
            assert rule.gate.search(text, m.start(), m.end()), (rule.name, m.group())
    with_gates = _found(AddressRecognizer(), text)
    ungated = type("Ungated", (AddressRecognizer,), {"RULES": tuple(replace(r, gate=None) for r in AddressRecognizer.RULES)})
    assert with_gates == _found(ungated(), text)


def test_the_foreign_post_rule_still_reads_an_address_abroad():
    rule = next(r for r in AddressRecognizer.RULES if r.name == "street_foreign_post")
    text = TEXTS[1]
    assert rule.regex.search(text) and rule.gate.search(text)
    assert any(text[s:e].startswith("Storgatan 14") for s, e, _ in _found(AddressRecognizer(), text))


def test_a_page_without_a_foreign_postal_code_skips_the_rule():
    rule = next(r for r in AddressRecognizer.RULES if r.name == "street_foreign_post")
    assert rule.gate.search(TEXTS[-1]) is None


def _east_european_street_words() -> list[str]:
    """One instance of every street word the east-European gate's regex takes (its alternatives written out)."""
    from redact.detect import address_europe_east as east

    words = []
    for group in (east._OPEN, east._KIND_AFTER):
        inner = group[group.index(":") + 1:-1]
        for alt in inner.split("|"):
            word = alt.replace("\\.", ".").replace("[ \\t]?", "").replace(".?", "")
            assert re.fullmatch(group, word), word
            words.append(word)
    return words


def test_the_east_european_needles_hold_every_street_word_in_any_case():
    from redact.detect.address_europe_east import GATE

    for word in _east_european_street_words():
        for shown in (word, word.upper(), word.title()):
            text = f"Hon flyttade till {shown} 12 i Sofia."
            found = GATE.regex.search(text)
            assert found or word.upper() != word and shown != word  # the words after a name are lowercase only
            assert (GATE.search(text) and GATE.search(text).group()) == (found and found.group()), shown


def test_the_east_european_gate_skips_a_swedish_page_and_reads_a_folded_letter():
    from redact.detect.address_europe_east import GATE

    assert GATE.search(TEXTS[-1]) is None
    # re's IGNORECASE reads "ſ" as an "s", str.lower() keeps it: the regex decides such a text
    assert GATE.search("Adress: ſhosse 4") is not None


def test_leading_letters_hold_every_first_letter_or_give_up():
    from redact.detect.patterns import leading_letters

    assert leading_letters("(?i:bor|bodde|sin[ ]\\w+)", "(?i:övernattar)") == "(?=(?i:[bsö]))"
    # a nested group's alternatives add letters; that only keeps more positions
    assert leading_letters("(?i:adress(?=[ \\t]+(?:till|på))|lägenhet)") == "(?=(?i:[alp]))"
    for unsure in ("(?:(?:a|b)|c)", "a?b|c", "c{2}|d", "\\w+|x", "(?i)bor|bo"):
        assert leading_letters(unsure) == ""


SENTENCES = [
    "Hon bor hos mormor på Ekvägen 4 och flyttade sedan till Åsbränna 56.",
    "BODDE TIDIGARE PÅ NORRBYN 12, 796 32 Älvdalen",
    "Grannen Ingvor Lidén på Rönnlidsvägen 3 hörde ingenting.",
    "Hans trädgård på Tallberga 7 och stugan vid Björnmyra 12 såldes.",
    "Familjen flyttade från Kvarnbyn 12 till Solvik 3 i maj.",
    "Sonen Nils Ek, född 3.4.1990, på Ekarp 14 ringde.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_rule_led_by_its_cues_first_letters_finds_what_it_found_without(text):
    from redact.detect import address

    led = [r for r in AddressRecognizer.RULES if "(?=(?i:[" in r.regex.pattern]
    assert len(led) >= 5
    for rule in led:
        plain = re.compile(re.sub(r"\(\?=\(\?i:\[[^\]]+\]\)\)", "", rule.regex.pattern, count=1), rule.regex.flags)
        assert [m.span() for m in rule.regex.finditer(text)] == [m.span() for m in plain.finditer(text)], rule.name
    assert address.AddressRecognizer().analyze(text, None)


def test_alternative_needles_are_the_letters_each_alternative_begins_with():
    from redact.detect.patterns import alternative_needles

    assert alternative_needles(r"(?:Jalan|Jl\.|Jln\b|Sat(?:ul)?|colou?r|Kifle[ \t]Ketema)") == (
        "Jalan", "Jl", "Jln", "Sat", "colo", "Kifle")
    for unsure in (r"(?:\d+|x)", "(?:(?:a|b)c|x)", "(?:a|[bc]d)", "(?:x|e?f)"):
        with pytest.raises(ValueError):
            alternative_needles(unsure)


def test_a_cased_gate_refuses_a_regex_that_ignores_case():
    from redact.detect.patterns import NeedleGate

    with pytest.raises(ValueError):
        NeedleGate(re.compile("(?i:jalan)"), ("Jalan",), cased=True)
    with pytest.raises(ValueError):
        NeedleGate(re.compile("jalan", re.IGNORECASE), ("Jalan",), cased=True)


# Fictional addresses of the kinds the needle gates guard, in the case their regexes take, and a Swedish page.
GATED_TEXTS = [
    "Hon bor på Granringen 4 i Norrvik; hennes bror på ÄNGARNA 12.",
    "Adress: Sat Valea Mare, Com. Scorțeni, Jud. Bacău, 607555",
    "Ozolkalni, Ozolnieku pag., Ozolnieku nov., LV-3018",
    "Tehran, Saadat Abad, Khiaban-e Sarv, Kuche-ye Bahar, Pelak 9, Vahed 4",
    "Immeuble Les Pins, 3e étage, Rue des Lilas 4, Bldg. 7, Apt 2",
    "Jalan Merdeka 12, JALAN DUA 3, Jl. Sudirman 4, Gg. Mawar 2, Lrg. Satu",
    "Calle 23 e/ L y M, Vedado; Calle 5 esq. A; entre 4 y 6",
    "1-2-3 Jingumae, Shibuya-ku, Tokyo; Kita-shi; Gangnam-daero 12, Seocho-gu; Teheran-ro 4",
    "Resväg: Norrvik – Ekeby\nFrån - till\nDestination: Sjöhamn\nKÖRSTRÄCKA 12 mil",
    "Adress: Storgatan 12, 716 21 Norrvik. Telefon: 070-174 06 12, personnummer 19850101-1234.",
]


def _needle_gates():
    from redact.detect.patterns import NeedleGate, pattern_recognizers

    return {r.name: r.gate for rec in pattern_recognizers() for r in rec.RULES if isinstance(r.gate, NeedleGate)}


@pytest.mark.parametrize("text", GATED_TEXTS)
def test_a_needle_gate_says_what_its_regex_says(text):
    gates = _needle_gates()
    assert {"street_rare_word", "rural_units_europe_east", "named_parts_abroad", "malay_street_abroad", "cuban_street",
            "japanese_block", "korean_road", "trip_end"} <= set(gates)
    for name, gate in gates.items():
        for variant in (text, text.upper(), text.lower()):
            said, found = gate.search(variant), gate.regex.search(variant)
            assert (said and said.span()) == (found and found.span()), (name, variant)


def test_the_needle_gates_pass_the_pages_they_guard_and_skip_a_swedish_page():
    gates = _needle_gates()
    for name, text in [("street_rare_word", 0), ("rural_units_europe_east", 1), ("rural_units_europe_east", 2),
                       ("named_parts_abroad", 3), ("named_parts_abroad", 4), ("malay_street_abroad", 5),
                       ("cuban_street", 6), ("japanese_block", 7), ("korean_road", 7), ("trip_end", 8)]:
        assert gates[name].search(GATED_TEXTS[text]) is not None, name
    for name in ("street_rare_word", "rural_units_europe_east", "named_parts_abroad", "malay_street_abroad",
                 "cuban_street", "japanese_block", "korean_road", "trip_end"):
        assert gates[name].search(GATED_TEXTS[-1]) is None, name
    # re's IGNORECASE reads "ſ" as an "s", str.lower() keeps it: the trip header's regex decides such a text
    assert gates["trip_end"].search("Reſväg: Norrvik – Ekeby") is not None


LABELLED_SENTENCES = [
    "Kundnummer: K-55021-3\nBåtplats: BP-4471\nSchoolSoft-id är\nKB-70915",
    "Hon har medlemsnummer i Lönnbacka Ryttarförening är\nLRF 2217 och kortnummer, FV 3312, gäller sommaren.",
    "Registreringsnummer (UELN) 752004000118934; Fiskekortsnummer för sökanden: FK 2231 0947.",
    "Hans referens hos Kommunassurans Syd är KA-26-0118 och ett medlemskort (nr 4471-22) finns.",
    "| Kundnummer, ekonomisystemet | 500 213 884 |\nLånekort\n4471 2290\nKund nr 55 210",
    "kundnummer där KE-601 992; customer number with us is 44-1029; Identitetsnummer i det norska registret: NO-4410 227",
    "Sida 4 Dnr 2025/0004 Telefon: 070-174 06 93, Ärendet=12 (KS 2026/112)",
]


@pytest.mark.parametrize("text", LABELLED_SENTENCES)
def test_the_unlisted_label_rule_ends_a_label_inside_a_word_without_changing_a_match(text):
    from redact.detect import labelled_id

    lookahead = "    (?=[ \\t\\u00a0\\n:=,(])\n"
    assert labelled_id.GENERIC.pattern.count(lookahead) == 1
    plain = re.compile(labelled_id.GENERIC.pattern.replace(lookahead, ""), labelled_id.GENERIC.flags)

    def matches(rx):  # every match, each search going on after the label as the rule's rescan does
        out, pos = [], 0
        while (m := rx.search(text, pos)) is not None:
            out.append((m.span(), m.groupdict()))
            pos = max(m.end("label"), m.start() + 1)
        return out

    assert matches(labelled_id.GENERIC) == matches(plain)
    assert matches(plain)


@pytest.mark.parametrize("text", SENTENCES + TEXTS + [
    "Hon bor på Granitvägen 4B och hos mamma på Kvarnbacken 12, tidigare Ängsgatan 3 i Norrvik.",
    "Flyttade till STORGATAN 14 - 16, 716 21 Norrvik; sedan Björk-Allén 2 och Sjöbo Backe 7.",
])
def test_a_street_word_led_by_its_suffixes_first_letters_finds_what_it_found_without(text):
    from redact.detect.address import COMPOUND_SUFFIX
    from redact.detect.patterns import leading_letters

    lead = leading_letters(f"(?i:{COMPOUND_SUFFIX})")
    assert lead
    led = [r for r in AddressRecognizer.RULES if lead in r.regex.pattern]
    assert {"street", "street_after_residence_cue", "street_after_kin"} <= {r.name for r in led}
    for rule in led:
        plain = re.compile(rule.regex.pattern.replace(lead, ""), rule.regex.flags)
        assert [(m.span(), m.groupdict()) for m in rule.regex.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)], rule.name


def test_the_runs_of_three_characters_of_a_page_skip_only_needles_it_does_not_hold() -> None:
    import random

    from redact.detect.engine import default_recognizers
    from redact.detect.patterns import _holds_one, _page_needles

    needs = [rule.needs for r in default_recognizers() for rule in getattr(r, "RULES", ()) if rule.needs]
    assert needs
    needles = sorted({n for ns in needs for n in ns})
    rng = random.Random(5)
    texts = ["Anna Berg, Storgatan 12 B, 123 45 Växjö. Tel 070-123 45 67, anna@example.se",
             "İstanbul Caddesi 4, Ankara; ſtraße; ÅÄÖ åäö", "", "x"]
    texts += [" ".join(rng.choice(needles) + rng.choice(["", "s", " ", "-", "\n"]) for _ in range(rng.randint(1, 40)))
              for _ in range(200)]
    for text in texts:
        lowered, held, triples = _page_needles(text)
        assert lowered == text.lower()
        plain: dict[str, bool] = {}
        for ns in needs:
            assert _holds_one(lowered, ns, held, triples) == _holds_one(lowered, ns, plain)
        assert held == {n: plain[n] for n in held}


def test_a_needle_gate_on_a_whole_page_answers_as_its_needles_and_regex_say() -> None:
    import random

    from redact.detect.engine import default_recognizers
    from redact.detect.patterns import NeedleGate, _page_needles

    gates = [rule.gate for r in default_recognizers() for rule in getattr(r, "RULES", ()) if isinstance(rule.gate, NeedleGate)]
    assert any(g.cased for g in gates) and any(not g.cased for g in gates)
    needles = sorted({n for g in gates for n in g.needles})
    rng = random.Random(7)
    texts = ["Anna Berg, Storgatan 12 B, 123 45 Växjö. Tel 070-123 45 67", "İSTANBUL Caddesi 4; ſtraße; ÅÄÖ",
             "ΟΣ Σ Jalan", "", "x", "Kvarnslänten 4, Soi 12, 3e étage, Județul Cluj"]
    texts += [" ".join(rng.choice([rng.choice(needles), rng.choice(needles).upper(), rng.choice(needles).title(), "12"])
                       + rng.choice(["", "s", " ", "-", "\n", " 4"]) for _ in range(rng.randint(1, 30)))
              for _ in range(300)]
    for text in texts:
        for gate in gates:
            held = any(n in text for n in gate.needles) if gate.cased else (
                any(n in text.lower() for n in gate.needles) or any(c in text for c in "\u0130\u0131\u017f"))
            expected = gate.regex.search(text) if held else None
            for kept in (False, True):  # another text than the rules' page, and that page (its needles kept)
                if kept:
                    _page_needles(text)
                got = gate.search(text)
                assert (got and (got.span(), got.group())) == (expected and (expected.span(), expected.group())), (
                    gate.needles[:3], text)


@pytest.mark.parametrize("text", SENTENCES + TEXTS + [
    "Hon bor i Kathmandu-12, Bagmati 44600, Nepal; Pokhara-7, Kaski.", "Tole-3, x-12, 070-17, Å-4,",
    "stugan ormsjöby 4:31 och klockan 13:15", "ormsjöby 4:3", "Rue du 4 Septembre 11, Avenida 5 de Mayo 120",
    "Via XX Settembre 14; 30 juin; 12 MARS; 3 Março", "",
])
def test_a_gate_searched_by_a_rarer_part_passes_the_same_pages(text):
    from redact.detect import address_date_streets, address_nepal, property as prop

    old_nepali = re.compile(r"[^\W\d_]-\d{1,2},")
    old_lower = re.compile(r"(?<![\w-])[a-zåäö]{4,}[ \t]+\d{1,4}:\d")
    old_date = re.compile(rf"{address_date_streets._DAY}[ \t]+(?:(?:de|di)[ \t]+)?{address_date_streets._MONTH}")
    for old, new in ((old_nepali, address_nepal.NEPALI_GATE), (old_lower, prop._LOWER_GATE),
                     (old_date, address_date_streets.DATE_STREET_GATE)):
        for shown in (text, text.upper(), text.lower()):
            assert bool(old.search(shown)) == bool(new.search(shown)), (old.pattern[:30], shown)


def test_every_month_the_date_streets_take_holds_a_needle():
    from redact.detect import address_date_streets as d

    month = re.compile(d._MONTH)
    needles = d._month_needles()
    for spelling in d._month_spellings():
        word = spelling[1] + spelling[4:] if spelling.startswith("[") else spelling
        for shown in {word, word[0].lower() + word[1:]}:
            if month.fullmatch(shown):
                assert any(n in shown.lower() for n in needles), shown


MORE_GATED_TEXTS = [
    "Familjen flyttade från Kvarnbyn 12 till Solvik 3 i våras.", "Barnen växlar mellan Åsen 4 och Backa 9.",
    "Han bor numera på\nBjörnmyra 12 och nås där.", "Hon är skriven hos Tallberga 7, 716 21 Norrvik.",
    "Paketet skickas till Nybyn 4 B.", "Beslutet gäller från och med dagen; han bor på samma adress som Emir.",
    "Bosatt i Ungern: Király u. 17. II/2, 7632 Pécs.", "Szeged, Tisza krt. 40. II/7, 6720", "professor sor 12",
    "stugan ormsjöby 4:31 i fastigheten Ormsjöby 3:11", "Avenue du 30 Juin 12, Kinshasa", "Rua 25 de Abril 8",
    "Bikash bor i Kathmandu-12, Bagmati, 44600, Nepal.", "Ram bor i Ratnanagar-5, Chitwan 44200, Nepal.", "IBAN: SE45 5000 0000 0583 9825 7466 (Ada Berg)",
    "Kontot DE89 3704 0044 0532 0130 00 i Berlin", "Servern 192.168.10.4 och 2001:db8::ff00:42:8329 loggade",
    "fe80::1%eth0", "Bor i London SW1A 1AA, Storbritannien", "Dublin D02 X285", "Momsnummer FR 12345678901, VAT DE123456789",
]


#: Rules whose gate is searched by a part of their own pattern (or a rarer part of the gate's)
PART_GATED = ("place_number_after_cue", "second_place_number_after_cue", "hungarian_street", "nepali_ward",
              "lowercase_block_unit", "date_street_abroad", "iban", "ipv4", "ipv6", "uk_postcode", "eu_business_number")


@pytest.mark.parametrize("text", MORE_GATED_TEXTS + TEXTS)
def test_a_rule_gated_by_a_part_of_its_pattern_finds_what_it_finds_without_its_gate(text):
    from redact.detect.engine import default_recognizers
    from redact.detect.patterns import SwedishPatternRecognizer

    seen = set()
    for recognizer in default_recognizers():
        if not isinstance(recognizer, SwedishPatternRecognizer):
            continue
        mine = [r for r in recognizer.RULES if r.name in PART_GATED]
        if not mine:
            continue
        seen |= {r.name for r in mine}
        for shown in (text, text.upper(), text.lower()):
            for rule in mine:
                for m in rule.regex.finditer(shown):
                    assert rule.gate.search(shown), (rule.name, m.group())
            ungated = type("Ungated", (type(recognizer),), {
                "RULES": tuple(replace(r, gate=None) if r.name in PART_GATED else r for r in recognizer.RULES)})
            assert _found(recognizer, shown) == _found(ungated(), shown), recognizer.name
    assert seen == set(PART_GATED)


def test_every_rule_gated_by_a_part_is_met_by_a_text_above():
    from redact.detect.engine import default_recognizers

    rules = {r.name: r for rec in default_recognizers() for r in getattr(rec, "RULES", ())}
    for name in PART_GATED:
        assert any(rules[name].regex.search(t) for t in MORE_GATED_TEXTS + TEXTS), name


def test_the_new_gates_pass_the_pages_their_rules_read():
    from redact.detect import address

    rules = {r.name: r for r in address.AddressRecognizer.RULES}
    for name, text in (("second_place_number_after_cue", MORE_GATED_TEXTS[0]), ("place_number_after_cue", MORE_GATED_TEXTS[2]),
                       ("hungarian_street", MORE_GATED_TEXTS[6])):
        assert rules[name].regex.search(text) and rules[name].gate.search(text), name
    assert not rules["place_number_after_cue"].gate.search(MORE_GATED_TEXTS[5])
    assert not rules["second_place_number_after_cue"].gate.search(MORE_GATED_TEXTS[5])
    assert not rules["hungarian_street"].gate.search(MORE_GATED_TEXTS[8][:-3])
