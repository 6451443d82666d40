"""Homes of francophone, Spanish- and Portuguese-speaking Africa: a quarter or street and its town after a verb of
living, the quarter with its numbered street and lot, the post box with its town, and a postal cell closed by the
country's code. Fictional people and places."""

from __future__ import annotations

import pytest

from redact.detect.address import address_spans
from redact.detect.postal_columns import code_and_town


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text)]


@pytest.mark.parametrize("text, home", [
    ("Avant, ma tante habitait Quartier Kalaba, Sarh,\net en mars elle vient chez moi.", "Quartier Kalaba, Sarh"),
    ("Autrefois ma mère vivait quartier Lakouanga, Bambari,\net maintenant à Umeå.", "quartier Lakouanga, Bambari"),
    ("Mi abuelo vivía antes en el Barrio Santa Isabel, Mongomo,\ny ahora vive en Luleå.",
     "Barrio Santa Isabel, Mongomo"),
    ("A minha avó morou até agora no Bairro de Cupelon, Gabú,\ne agora mora em Kiruna.", "Bairro de Cupelon, Gabú"),
    ("O meu tio vivia antes na Rua do Comércio, Trindade,\ne agora.", "Rua do Comércio, Trindade"),
    # the participle after its auxiliary: "a vécu", "ha vivido", "tem morado"
    ("Ma sœur a vécu jusqu'à présent dans le quartier Kinama, Ngozi,\net elle arrive en mai.",
     "quartier Kinama, Ngozi"),
    ("Mi primo ha vivido hasta ahora en el Barrio Los Ángeles, Malabo,\ny ahora en Gävle.",
     "Barrio Los Ángeles, Malabo"),
])
def test_a_quarter_and_its_town_after_a_verb_of_living_are_one_home(text, home):
    assert home in _found(text)


@pytest.mark.parametrize("text", [
    "Vi besökte Quartier Latin i Paris under resan.",  # no verb of living, no town after a comma
    "Elle habite à Lyon depuis longtemps.",  # no quarter's or street's word
])
def test_no_quarter_home_without_its_shape(text):
    assert not any("Quartier" in f or "Lyon" in f for f in _found(text))


@pytest.mark.parametrize("text, home", [
    ("Marcel Obame Nze\nQuartier Louis II, rue 14, lot 52\nBP 2210 Port-Gentil, Gabon\n\nÄrendenr 12.",
     "Quartier Louis II, rue 14, lot 52\nBP 2210 Port-Gentil, Gabon"),
    ("Hon bor i Quartier Akébé 3, parcelle 7, Oyem.", "Quartier Akébé 3, parcelle 7, Oyem"),
    ("| 12 | BP 1180 Franceville, Gabon |", "BP 1180 Franceville, Gabon"),
])
def test_a_quarter_with_its_lot_and_a_post_box_with_its_town_are_homes(text, home):
    assert home in _found(text)


def test_a_box_like_product_name_in_a_sentence_is_no_home():
    assert not _found("Bilen hade en motor av märket BP 2000 Turbo enligt säljaren.")


def test_a_postal_cell_closed_by_the_countrys_code_is_a_postal_line():
    assert code_and_town("Vila Malanza, Caué, STP")
    assert not code_and_town("Vila Malanza")


@pytest.mark.parametrize("text, home", [
    # English, the quarter's word before its name or after it, the article between
    ("My mother has been living in Mohalla Qasimpura, Bahawalpur,\nbut in May she comes to us.",
     "Mohalla Qasimpura, Bahawalpur"),
    ("Her uncle lived for years in the Al Mushrif district, Abu Dhabi,\nand now in Kiruna.",
     "Al Mushrif district, Abu Dhabi"),
    # French, five words between the verb and the quarter, and a quarter's Arabic word with no French one
    ("Ma tante habite depuis très longtemps dans le quartier Hivernage, Safi,\net viendra en juin.",
     "quartier Hivernage, Safi"),
    ("Mon oncle a toujours vécu à Hay Essalam, Oujda,\nmais il arrive.", "Hay Essalam, Oujda"),
    # Romanian, Malagasy (the subject after the place), Italian, German, Swahili
    ("Bunica a locuit în cartierul Copou, Botoșani,\niar acum la noi.", "cartierul Copou, Botoșani"),
    ("Nipetraka tao Ambohipo, Fianarantsoa ny reniko,\nfa ho avy.", "Ambohipo, Fianarantsoa"),
    ("Mio padre abitava nel quartiere Borgo Nuovo, Lecce,\ne ora vive con noi.", "quartiere Borgo Nuovo, Lecce"),
    ("Mein Vater wohnte bis jetzt im Viertel Neustadt, Kassel,\naber ab Mai bei uns.", "Viertel Neustadt, Kassel"),
    ("Baba yangu ameishi katika mtaa wa Kariakoo, Morogoro,\nlakini sasa yuko nasi.", "mtaa wa Kariakoo, Morogoro"),
])
def test_a_quarter_and_its_town_after_a_verb_of_living_in_many_languages(text, home):
    assert home in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "He has lived in Uppsala, Sweden for many years.",  # a town and its country
    "She lived in Umeå, Västerbotten, until 2019.",  # a Swedish town and its county
    "They have lived in Leeds, Bristol and Cardiff.",  # towns listed
    "Sie wohnt in Graz, Österreich.",  # a town and its country in the country's own name
    "He lived with Omar Said, Lina Haddad and their children.",  # no preposition of place: the people he lived with
])
def test_no_home_after_a_verb_of_living_of_towns_alone(text):
    assert _found(text) == [], _found(text)


def test_dakars_cite_with_its_villa_is_a_home_in_a_cell():
    assert "Cité Mamelles, villa 112" in _found("| 7 | Cité Mamelles, villa 112 | BP 4410 Thiès, Sénégal |")


@pytest.mark.parametrize("text, home", [
    # Cyrillic: Bulgarian with the quarter's abbreviation, Belarusian, Russian and Ukrainian with the village's word
    # in its case before the name and the district's word after the town
    ("Майка ми живееше досега в кв. Младост, Варна,\nно от май живее при нас.", "кв. Младост, Варна"),
    ("Мая маці жыла ў вёсцы Ракаў, Валожынскі раён,\nа цяпер з намі.", "Ракаў, Валожынскі раён"),
    ("Моя мать жила в деревне Ивановка, Тверская область,\nа теперь с нами.", "Ивановка, Тверская область"),
    ("Мій батько мешкав у селі Криворівня, Верховинський район,\nа тепер у нас.",
     "Криворівня, Верховинський район"),
    # Serbian and Croatian, Greek, Italian, Albanian: the settlement's or village's word before the name
    ("Moja majka je živela u naselje Detelinara, Novi Sad,\na sada kod nas.", "naselje Detelinara, Novi Sad"),
    ("Baka je živjela u mjestu Bibinje, Zadar,\na sada kod nas.", "Bibinje, Zadar"),
    ("Η μητέρα μου ζούσε στο χωριό Λεύκαρα, Λάρνακα,\nκαι τώρα μένει μαζί μας.", "χωριό Λεύκαρα, Λάρνακα"),
    ("Mia nonna viveva in frazione Pila, Gressan,\nma ora vive con noi.", "frazione Pila, Gressan"),
    ("Gjyshja ka jetuar në fshatin Dardhë, Korçë,\ndhe tani jeton me ne.", "Dardhë, Korçë"),
    # Estonian and Lithuanian: the place's word in its case and no preposition, the kind's word after the names
    ("Ema elas kohas Kurgja küla, Vändra vald,\naga nüüd elab meiega.", "Kurgja küla, Vändra vald"),
    ("Mano tėvas gyveno kaime Pakalniškiai, Kelmės rajonas,\no dabar pas mus.", "Pakalniškiai, Kelmės rajonas"),
    # Maltese: the place with its article straight after the verb
    ("Zijuwi kien joqgħod in-Nadur, Għawdex,\nissa jgħix magħna.", "in-Nadur, Għawdex"),
    # German and Dutch: the participle after the place
    ("Meine Tante hat lange in Eggenberg, Graz gelebt,\naber jetzt wohnt sie bei uns.", "Eggenberg, Graz"),
    ("Mijn oom heeft tot vorig jaar in Wilrijk, Antwerpen gewoond,\nnu woont hij bij ons.", "Wilrijk, Antwerpen"),
    # Kazakh: the verb closes the clause, the sentence's subject before the place is no part of it
    ("Анам Жаңаөзен, Маңғыстау облысы қаласында тұрған,\nал қазір бізбен.", "Жаңаөзен, Маңғыстау облысы"),
])
def test_a_village_and_its_town_after_a_verb_of_living_in_more_languages_and_scripts(text, home):
    assert home in _found(text), _found(text)


def test_a_turkish_quarter_before_its_verb_leaves_the_sentences_subject_readable():
    found = _found("Annem Moda, Kadıköy'de yaşadı,\nşimdi bizimle.")
    assert len(found) == 1 and found[0].startswith("Moda, Kadıköy"), found


@pytest.mark.parametrize("text", [
    "Mein Onkel hat in Wien, Österreich gelebt.",  # a town and its country before the participle
    "Баща ми живее в София, България.",  # a capital and its country in Cyrillic
    "Он жил в Москве, Россия.",
    "Babam İstanbul, Türkiye'de yaşadı.",  # a town and its country before the verb, the locative on the country
    "Jien kont noqgħod Malta, Ewropa.",  # a country after a Maltese verb
])
def test_no_home_of_a_town_and_its_country_in_more_languages(text):
    assert _found(text) == [], _found(text)


def test_a_numbered_name_after_a_verb_of_living_keeps_its_number():
    from redact.detect.address_homes_after_living import RULES

    text = "My cousin lived at Flat 9, Dunmore Court, Tralee,\nbut now with us.\n"
    homes = [text[v.start:v.end] for r in RULES for m in r.regex.finditer(text) if (v := r.check(text, m))]
    assert homes == ["Flat 9, Dunmore Court, Tralee"]
