"""A serial number of a person's engine, bicycle or phone ("serienummer 7C309912"), an identity card's, a
passport's or a residence permit's number, also written in groups of three ("id-kort 318 472 095"); a sum after a card ("kortet kostar 250 kr",
"körkort 1 200") stays. Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page


def found(detector, text: str) -> dict[str, str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()): f.category for f in detector.detect(page)}


@pytest.mark.parametrize("text, value", [
    ("Hans utombordare har serienummer 7C309912 och stals i maj.", "7C309912"),
    ("Cykeln, serienr 44K-20931, hittades vid stationen.", "44K-20931"),
    ("Hon legitimerade sig med ett polskt id-kort 318 472 095 vid disken.", "318 472 095"),
    ("Han visade sitt identitetskort 771 204 338 och fick nyckeln.", "771 204 338"),
    # a permit to stay, a travel document, an alien's passport, a hull's number with its letters run into the
    # digits, an English serial
    ("Hon visade sitt uppehållstillstånd UT 5582-3310 vid besöket.", "UT 5582-3310"),
    ("Han legitimerade sig med resedokument R 0559318.", "R 0559318"),
    ("Hans främlingspass 52 883 310 hade gått ut.", "52 883 310"),
    ("Ekans skrovnummer är SE-MBX51328C808 enligt båtregistret.", "SE-MBX51328C808"),
    ("Serial no. QT-552983 on the outboard engine.", "QT-552983"),
])
def test_the_number_of_a_persons_thing_or_card_is_an_identifier(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text, value", [
    ("Kortet kostar 1 250 kr för ett år.", "1 250"),
    ("Hon har haft körkort 1 200 dagar.", "1 200"),
])
def test_a_sum_after_a_card_stays(blank_detector, text, value):
    assert value not in found(blank_detector, text)


@pytest.mark.parametrize("text, value", [
    # the make (in capitals or capitalised) and the model before the serial, after the serial's label
    ("Avfuktaren hon hyr ut har serienummer DRYMAX D450 77310 enligt kvittot.", "DRYMAX D450 77310"),
    ("Hans rullstol har tillverkningsnummer Permobil 2019-55318 och lånades ut.", "Permobil 2019-55318"),
    ("Pumpen, serienr Grundfos 4471-803312, byttes i mars.", "Grundfos 4471-803312"),
])
def test_a_serial_after_its_label_holds_the_make_before_it(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text, kept", [
    # a numbered part or a year after the label's make is no serial
    ("Se serienummer Kapitel 3 4410 i manualen.", "Kapitel 3 4410"),
    ("Serienummer: Husqvarna 2019 enligt listan.", "Husqvarna 2019"),
    ("Maskinen har serienummer Bosch 118.", "Bosch 118"),
])
def test_a_make_before_a_year_a_short_number_or_a_part_stays(blank_detector, text, kept):
    assert found(blank_detector, text).get(kept) != "ID_NUMBER"


@pytest.mark.parametrize("text, value", [
    # a device a person wears or keeps for care, its make and its serial right after its noun
    ("Ingrid har fått trygghetslarm Vakta 5512-0938 av kommunen.", "Vakta 5512-0938"),
    ("Han bär hörapparat Audiva 7710 22 45 på höger öra.", "Audiva 7710 22 45"),
    # a competitor's timing transponder, its make written with a capital inside
    ("Bilen kör med transponder RaceTag RT4 5520718 i serien.", "RaceTag RT4 5520718"),
])
def test_a_worn_devices_make_and_serial_after_its_noun_are_one_identifier(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text, value", [
    # a thing of one home after its noun: a key tag, an access tag, a stove guard, a meter, a sewage plant; the make in
    # the maker's own case, series letters and a check letter inside, the make perhaps on the next line
    ("Hyresgästen återlämnade nyckelbrickan dormaKaba 5519-3307 vid besiktningen.", "dormaKaba 5519-3307"),
    ("Olle har passerbricka Salto KT-5519 3307 till entrén.", "Salto KT-5519 3307"),
    ("Hemtjänsten har monterat en spisvakt\nFirexo 7720-5519 i köket.", "Firexo 7720-5519"),
    ("Vid besöket lästes vattenmätaren Kamstrup 33-5519-07 av.", "Kamstrup 33-5519-07"),
    ("Hushållets minireningsverk WaterKnight 5519-3307-K töms i juni.", "WaterKnight 5519-3307-K"),
    # a bicycle's or a computer's plate in a register of a person's property
    ("Hans elcykel Crescent WTU 5519307 anmäldes stulen.", "Crescent WTU 5519307"),
    ("Den intagnes bärbara dator Lenovo PF-5519 3307 förvaras i skåpet.", "Lenovo PF-5519 3307"),
])
def test_a_held_things_make_and_serial_after_its_noun_are_one_identifier(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text, value", [
    # after a serial's label at a paragraph's line end, the make on the next line; the maker's own number as a label
    ("Patienten lånar en blodtrycksmätare med serienummer\nMedisana B7-5519-3307 över helgen.", "Medisana B7-5519-3307"),
    ("Pumpen har tillverkarnummer AquaFlow 5519-3307-T enligt skylten.", "AquaFlow 5519-3307-T"),
])
def test_a_serial_with_its_make_after_a_label_over_a_line_end(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text, value", [
    # a make, a model perhaps and the serial after the plate's "S/N" or "SN", in a sentence or a cell of its own
    ("Hon bär hörapparater Sonova Lumity 5 SN 5519KX3307 sedan maj.", "Sonova Lumity 5 SN 5519KX3307"),
    ("Han lånar en rollator, Invacare R2 S/N 5519-3307-IV, från centralen.", "Invacare R2 S/N 5519-3307-IV"),
    ("KV-40-1101\nfickur\nCertina C033.4 S/N 5519W307\nKV-40-1118", "Certina C033.4 S/N 5519W307"),
    # a thing's noun and a word of its cell, the make of two words and its serial in the next cell
    ("KV-40-1125\nnyckelbricka simhall\nActive Bad 77 51 930\nKV-40-1132", "Active Bad 77 51 930"),
])
def test_a_make_and_model_before_an_sn_or_a_things_cell_are_part_of_the_serial(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text", [
    "Klockan Certina C033 SN 12 är ny.",
    # a year and a serial after the letters: a case's number
    "Ärendet Bygglov SN 2026-0412 avgörs i maj.",
    # a series of cases by its year after the letters
    "Växel 0640-100 00. Ärendeserie SN 2026/VX",
    "Rapporten Bygglov SN 2026 gäller i år.",
])
def test_a_short_number_or_a_case_after_sn_stays(blank_detector, text):
    assert "ID_NUMBER" not in found(blank_detector, text).values()


@pytest.mark.parametrize("text, value", [
    # a make in the maker's own mixed case before a long serial, with no noun or label before it
    ("Vid flytten lämnade hon tillbaka dormaKaba 5519-3307 och två nycklar.", "dormaKaba 5519-3307"),
    ("Åkaren bar transponder nummer två, AquaFlow TR4 5519307, under loppet.", "AquaFlow TR4 5519307"),
])
def test_a_mixed_case_make_before_a_long_serial_is_part_of_it(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text, kept", [
    # a model's short number, a firm's telephone, a number's own label in mixed case
    ("Föreningen köpte AquaFlow 300 till badet.", "AquaFlow 300"),
    ("Ring PostNord 0771-33 33 10 om paketet.", "PostNord 0771-33 33 10"),
    ("| Tyskland | SteuerIdNr 47 036 892 816", "SteuerIdNr 47 036 892 816"),
])
def test_a_mixed_case_word_before_a_short_number_a_phone_or_as_a_label_stays_out(blank_detector, text, kept):
    assert found(blank_detector, text).get(kept) != "ID_NUMBER"


def test_the_next_serial_of_a_list_of_one_make_is_one_too(blank_detector):
    got = found(blank_detector, "Hon fick nyckelbrickorna dormaKaba 5519-3307 och dormaKaba 5519-3314 i mars.")
    assert got.get("dormaKaba 5519-3307") == "ID_NUMBER" and got.get("dormaKaba 5519-3314") == "ID_NUMBER"


@pytest.mark.parametrize("text", [
    # a model's number, a count or a sum after a thing's make stays
    "Föreningen köpte brandvarnare Jalo 2 till alla lägenheter.",
    "Vattenmätaren Kamstrup 21 byts ut 2027.",
    "Hyresgästen fick nyckelbricka Salto 3 st för 150 kr.",
    # a firm's telephone number, a date or a sum after a thing's noun and the firm
    "Vid fel på larmet Säkerhetsbolaget 08-551 93 30 dygnet runt.",
    "Brandlarm Firesafe 2026-04-12 enligt protokollet.",
    "Nya lås Låssmeden 1 250 000 kr för hela området.",
])
def test_a_held_things_model_or_count_stays(blank_detector, text):
    assert "ID_NUMBER" not in found(blank_detector, text).values()


@pytest.mark.parametrize("text, value", [
    # an engine's make, model and serial written as one after its noun, a compound noun too
    ("Båten har båtmotor Mercury F15 1B4-0718224 och ligger vid bryggan.", "Mercury F15 1B4-0718224"),
    ("Utombordsmotorn Suzuki DF9 9A2 4471802 stals i natt.", "Suzuki DF9 9A2 4471802"),
])
def test_an_engines_make_model_and_serial_after_its_noun_are_one_identifier(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


def test_an_engines_model_alone_stays(blank_detector):
    assert "ID_NUMBER" not in found(blank_detector, "Båtmotorn Mercury F15 är ny sedan i våras.").values()


def test_a_worn_devices_model_number_stays(blank_detector):
    text = "Hon har hörapparat Audiva Lyra 2 och trygghetslarm Vakta 300 sedan i fjol."
    assert "ID_NUMBER" not in found(blank_detector, text).values()


@pytest.mark.parametrize("text, value", [
    # the make before the serial in a column of serials is part of the number
    ("Nr | Föremål | Serienr\n1 | Hörapparat | Audiva 7710 22 45\n2 | Mobil | IMEI 356611204418227\n",
     "Audiva 7710 22 45"),
])
def test_the_make_before_a_serial_in_a_column_of_serials_is_part_of_it(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text, value", [
    # the plate's own mark for the serial after a make and a model: the make and the model are part of the number
    ("Han fick en rullstol, Rullex K7 S/N 5531-0927-RX, från hjälpmedelscentralen.", "Rullex K7 S/N 5531-0927-RX"),
    ("Hon har hörapparater Audiva Lyra 2 SN 3107KQ5520 sedan i fjol.", "Audiva Lyra 2 SN 3107KQ5520"),
    ("Föremål | Nummer\narmbandsur | Klockhuset T88.201 S/N 5520Q731\n", "Klockhuset T88.201 S/N 5520Q731"),
])
def test_a_make_and_model_before_a_serials_mark_are_part_of_the_number(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text", [
    "Anh Van Minh SN 1985 bor i Hanoi.",
    "Modellen Rullex K7 SN 12 finns i lager.",
])
def test_a_year_or_a_short_count_after_sn_is_no_serial(blank_detector, text):
    assert "ID_NUMBER" not in found(blank_detector, text).values()


def test_a_things_number_beside_a_column_of_things_with_its_firms_name(blank_detector):
    # a bare "Nummer" beside "Föremål": each thing's own number, the firm's or the maker's name before it inside
    text = ("Inlämnade föremål\nNamn | Föremål | Nummer\nOve Lindkvist | nyckelbricka simhall | Badhuset Vågen 55 20 718\n"
            "Ove Lindkvist | mobiltelefon | IMEI 356611204418227\n")
    assert found(blank_detector, text).get("Badhuset Vågen 55 20 718") == "ID_NUMBER"


def test_a_bare_number_header_names_identifiers_only_beside_a_column_of_things():
    from redact.detect.table_headers import row_kinds

    assert row_kinds(["Kundnr", "Föremål", "Nummer"])[2] == "id"
    assert row_kinds(["Kundnr", "Datum", "Nummer"])[2] is None


@pytest.mark.parametrize("text, value", [
    # after a held thing's noun (a prosthesis, a wheelchair, a rain gauge, a hearing aid, a laptop, a scale) or a
    # frame's number: the make, the model's words and a serial of letters and digits, as the plate writes them
    ("Hans gamla protes,\nOrtexa Flexi-Run 18C33071, lämnas till återvinning.", "Ortexa Flexi-Run 18C33071"),
    ("Protes Ortexa NOVA 5531-2207. Frågor till mottagningen.", "Ortexa NOVA 5531-2207"),
    ("Hon kör rullstol Movanta K4 Terra MK4-0552917 sedan i våras.", "Movanta K4 Terra MK4-0552917"),
    ("Regnmätaren Pluvitek RM300X #55182 byts i juni.", "Pluvitek RM300X #55182"),
    ("Han har hörapparat Audiva Lyra 2 3107KQ5520 på vänster öra.", "Audiva Lyra 2 3107KQ5520"),
    ("Stöld av cykel med ramnummer Velora Sonja VLR55190328B i natt.", "Velora Sonja VLR55190328B"),
    ("Vid besöket stals laptop Datona ProBook Z5 QX-7HK31M ur bilen.", "Datona ProBook Z5 QX-7HK31M"),
    ("Bikupans våg Apiscan Hive Meter AS-31C0552 sänder varje timme.", "Apiscan Hive Meter AS-31C0552"),
    # the serial alone after the noun in a subject line, with its series' letters
    ("Ämne: Protes KR5531-2207", "KR5531-2207"),
])
def test_a_held_things_make_model_and_serial_of_any_plates_shape_are_one_identifier(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text, value", [
    # a cell of a make, a model and a serial, whatever the column is called
    ("Sökare och telefon\nFinnare\nSökare\nTelefon\nLB\nXR Orbis III 55192207\n0498-11 22 33\n", "XR Orbis III 55192207"),
    ("Station\nVindmätare\nÖvre Lid\nAnemo WS20 R5519307\n", "Anemo WS20 R5519307"),
    ("Brukare\nHjälpmedel\nKM\nKirsch Stepper #RK5531-2207\n", "Kirsch Stepper #RK5531-2207"),
])
def test_a_cell_of_a_make_a_model_and_a_serial_is_one_identifier(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


def _held_serials(text: str) -> list[str]:
    from redact.detect.make_model_serials import RULES

    rules = [r for r in RULES if r.name in ("serial_with_make_and_model_after_held_thing",
                                            "serial_with_make_and_model_in_a_cell")]
    return [text[v.start:v.end] for r in rules for m in r.regex.finditer(text) if (v := r.check(text, m))]


@pytest.mark.parametrize("text", [
    # a column's header, then a station and its number in the next row
    "Station\nMätare\nStorvallen 14033\nAnna Berg\n",
    "Ärende\nLåsets serienummer\nHTL-2031-118\nAnna Berg\n",
    # a model's number, a sum, a date written as digits after a thing's make
    "Hon fick rullstol Movanta K4 Terra 300 i fjol.",
    "Laptop Datona 12 500 kr enligt kvittot.",
    "Hon fick hörapparat Audiva 19850412 i present.",
    # a cell of a name or a bank and a number, a document's letters and its series
    "Namn\nAnna Berg 5519207\n",
    "Bank\nDanske Bank 1247 03 58921\n",
    "Id\nZB II AK551822\n",
    # an account's label opening a wrapped line of text
    "Betala till mitt konto:\nIBAN GB31 ABCD 5519 3072\n1184 22, kontohavare Anna Berg.",
    # a bare number after the noun without series letters: a count or a case
    "Ärendet om protes 2031-55182 avgörs i maj.",
])
def test_no_make_model_and_serial_in_a_header_a_sum_a_name_or_a_bank(text):
    assert _held_serials(text) == []
