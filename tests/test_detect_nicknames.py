"""Short forms of a named person's first name that no list holds ("Hennan" for Henrietta,
"Mirre" for Mirjam, "Ragge" for Ragnhild), derived by rule, and ordinary capitalised words
that look like such forms left alone. Fictional people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text

LETTER = """Utredning om hemtjänst
Sökande: Henrietta Blomqvist, Solvägen 4, 451 50 Ornäs.
Dottern Mirjam Wiśniewska och grannen Ragnhild Tallberg deltog vid hembesöket, liksom
kontaktpersonen Viveka Sundin. Handläggare var Hanna Lindgren, med stöd av Allan Berg,
Sven Ekholm och Vidar Moe från enheten.
Vid besöket berättade Hennan att hon vill bo kvar hemma. Mirre hjälper till med inköpen,
Ragge tittar in varje kväll och Vivvi ringer på söndagar. Alla var överens om insatsen.
Han som kör färdtjänst nämns inte. Svea hovrätt har inte prövat frågan.
"""


def _persons(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "PERSON"}


@pytest.mark.parametrize("short", ["Hennan", "Mirre", "Ragge", "Vivvi"])
def test_a_short_form_of_a_named_persons_first_name_is_masked(blank_detector, short):
    assert short in _persons(LETTER, blank_detector)


@pytest.mark.parametrize("word", ["Alla", "Han", "Svea", "Vid"])
def test_ordinary_words_are_not_taken_for_short_forms(blank_detector, word):
    assert not any(word in p.split() for p in _persons(LETTER, blank_detector))


def test_a_short_form_is_linked_to_its_person(blank_detector):
    det = detect_text(LETTER, blank_detector)
    henni = next(f for f in det.findings if f.text == "Hennan")
    full = next(f for f in det.findings if f.text == "Henrietta Blomqvist")
    assert henni.subject is not None and henni.subject == full.subject


@pytest.mark.parametrize("word, first, expected", [
    ("Shiri", "Shirin", True), ("Bjösse", "Björn", True), ("Siggan", "Sigrid", True), ("Steffe", "Stefan", True),
    ("Auli", "Aulikki", True), ("Hans", "Hans", False), ("Han", "Hanna", False), ("Svea", "Sven", False),
    ("Stina", "Ann-Stina", False),
])
def test_the_derivation_rule(word, first, expected):
    from redact.resolve.derived_short_forms import derives_from

    assert derives_from(word, first) is expected


CASE_NOTE = """Samordnad individuell plan
Deltagare: Thanakorn Srisuk (brukare), Jarmo Kettunen (god man), Mahmud Karimi (kontaktperson).
Korn vill börja på dagverksamheten i augusti. Jarsa följer med vid första besöket och
Mamo hämtar honom på fredagar. Planen följs upp i oktober.
"""


@pytest.mark.parametrize("short, full", [
    ("Korn", "Thanakorn Srisuk"),  # the end of a long first name
    ("Jarsa", "Jarmo Kettunen"),  # a Finnish form in "-sa"
    ("Mamo", "Mahmud Karimi"),  # listed
])
def test_short_forms_by_the_end_of_the_name_a_finnish_ending_or_the_list(blank_detector, short, full):
    det = detect_text(CASE_NOTE, blank_detector)
    form = next(f for f in det.findings if f.text == short)
    person = next(f for f in det.findings if " ".join(f.text.split()) == full)
    assert form.category == "PERSON" and form.subject == person.subject


def test_a_polish_short_form_in_ek(blank_detector):
    text = ("Hembesök hos Bogusława Zielińska. Hennes bror Władysław Zieliński var med.\n"
            "Władek lovade att hjälpa till med inköpen varje vecka.\n")
    det = detect_text(text, blank_detector)
    form = next(f for f in det.findings if f.text == "Władek")
    person = next(f for f in det.findings if f.text == "Władysław Zieliński")
    assert form.subject == person.subject


@pytest.mark.parametrize("text, short", [
    ("Schemat: Roger Bäckström, Malin Fors.\n– Roffe tar nattpasset på lördag.", "Roffe"),
    ("Grannen Zlatan Hadžić, född 1958, har nycklarna. Zlajo har lovat att titta till huset.", "Zlajo"),
    ("Vännen Youssef Amrani (20 år) sover ibland över. Jojo har ingen egen bostad.", "Jojo"),
])
def test_a_listed_short_form_of_a_named_persons_first_name(blank_detector, text, short):
    found = {" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings if f.category == "PERSON"}
    assert short in found


@pytest.mark.parametrize("text,name", [
    ('Stipendiet går till Karin ”Kajsa” Ekwall, som ställer ut i höst.', "Karin ”Kajsa” Ekwall"),
    ('| Mikael "Micke" Strand | keramik | 10 000 kr |', 'Mikael "Micke" Strand'),
    ("Ansökan från Tobias (Tobbe) Lindgren avslås.", "Tobias (Tobbe) Lindgren"),
])
def test_a_nickname_in_quotes_between_first_name_and_surname_is_one_person(blank_detector, text, name):
    from redact.pipeline import detect_text

    persons = {f.text for f in detect_text(text, blank_detector).findings if f.category == "PERSON"}
    assert name in persons, persons


def test_a_quoted_title_between_capitalised_words_is_no_person(blank_detector):
    from redact.pipeline import detect_text

    text = 'Projektet "Sommarljus" Norrby startar i juni.'
    assert not [f for f in detect_text(text, blank_detector).findings if '"' in f.text]


# A nickname named as one: after "kallas", "kallar sig", "skriver under som". A place called something stays.
CALLED = """Samtal med anhöriga, Björkgårdens korttidsboende
Sven-Olof Sjölund, som kallas Soffe av personalen, vill ha besök på förmiddagen.
Hans son Valdemar Sjölund skriver under
som "Vogge" i sina brev. Han kallar sig Vogge även i telefon.
Dagrummet kallas Solrummet av de boende.
"""


@pytest.mark.parametrize("nick", ["Soffe", "Vogge"])
def test_a_nickname_after_kallas_is_a_person(blank_detector, nick):
    det = detect_text(CALLED, blank_detector)
    persons = {(f.start, f.text) for f in det.findings if f.category == "PERSON"}
    assert (CALLED.index(nick), nick) in persons
    assert not any(t == "Solrummet" for _, t in persons)


OTHER_ORIGINS = """Anteckningar från hembesöket
Närvarande: Svitlana Hrytsenko, Charalambos Vlachos, Francisco Ocampo och Zbigniew Kowal.
Sveta visade lägenheten och Babis berättade om fukten i badrummet. Pancho kom senare med
hyresavtalet, och Zbyszek hade med sig nycklarna. Mötet avslutades kl. 15.
"""


@pytest.mark.parametrize("short, full", [
    ("Sveta", "Svitlana Hrytsenko"),  # Ukrainian
    ("Babis", "Charalambos Vlachos"),  # Greek
    ("Pancho", "Francisco Ocampo"),  # Spanish
    ("Zbyszek", "Zbigniew Kowal"),  # Polish
])
def test_listed_short_forms_of_other_origins_without_a_cue(blank_detector, short, full):
    # no verb of calling ties them: the list says whose short form it is, and the full name is in the document
    det = detect_text(OTHER_ORIGINS, blank_detector)
    form = next(f for f in det.findings if f.text == short)
    person = next(f for f in det.findings if " ".join(f.text.split()) == full)
    assert form.category == "PERSON" and form.subject == person.subject


# A register with split name cells ("Förnamn" / "Efternamn"), the first name never written with the surname, and a
# note that names the people by short forms no list holds: a prefix ("Leti"), three letters and "-i" ("Yoli").
SPLIT_REGISTER = """Medverkande vid kulturnatten 2027
Grupp
Förnamn
Efternamn
Telefon
Trio Almendra
Yolanda
Quispe Mamani
070-318 44 21
Kvarnbygdens kör
Leticia
Arancibia Soto
073-552 19 08
Leticias bror spelar gitarr. I programmet står Yolanda som Yoli och Leticia som Leti.
"""


@pytest.mark.parametrize("short", ["Yoli", "Leti"])
def test_a_short_form_of_a_first_name_given_alone_in_a_name_column(blank_detector, short):
    assert short in _persons(SPLIT_REGISTER, blank_detector)


@pytest.mark.parametrize("word, first, expected", [
    ("Yoli", "Yolanda", True), ("Gabi", "Gabriela", True), ("Tobi", "Tobías", True),
    ("Rosi", "Rosa", False), ("Susi", "Susan", False), ("Lisi", "Lisa", False),
])
def test_three_letters_and_i_derive_from_a_longer_first_name(word, first, expected):
    from redact.resolve.derived_short_forms import derives_from

    assert derives_from(word, first) is expected


def test_a_listed_spanish_short_form_of_a_first_name_given_alone(blank_detector):
    text = ("Deltagare\nFörnamn\nEfternamn\nGraciela\nVargas Quiroga\nMercedes\nMontes Ibáñez\n\n"
            "Dansen leds i år av Chela, musiken av Meche.\n")
    persons = _persons(text, blank_detector)
    assert "Chela" in persons and "Meche" in persons
