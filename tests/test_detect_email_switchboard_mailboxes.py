"""The authority's contact line: a mailbox right after its switchboard or service number (on the line or opening the
next) is the body's whatever its register is called, and the address before an operations centre's or a customer
service's number is the body's. A person's mailbox or line there stays masked. Fictional bodies and people; the
blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text


def _found(blank_detector, text: str, category: str) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings
            if f.category == category and f.status != "rejected"}


BODIES = [
    "Kansligatan 3, 551 90 Jönköping, växel 036-770 40 00, hundregister@jbv-hundreg.se",
    "Registervägen 12, 851 81 Sundsvall, kundtjänst 060-44 19 00, handelsregistret@bv-register.se",
    "Box 17 640, 118 92 Stockholm, kundtjänst 08-550 174 00, kontroll.btp@pm-kundtjanst.se",
    "Stationsgatan 6, 645 30 Sjöhamra, växel 0540-455 00, pass.sjohamra@polis-pass.se",
    "Hamnvägen 40, 613 41 Kårhamn, ledningscentral 010-448 70 00\nstation.karhamn@kbv-region-ost.se",
]


@pytest.mark.parametrize("line", BODIES)
def test_the_bodys_mailbox_after_its_switchboard_is_not_proposed(blank_detector, line):
    text = f"Beslutslista, maj 2026\nEkby myndighet, enheten för tillstånd\n{line}\nDnr 2026/118\n\nBeslut följer.\n"
    mailbox = line.rsplit(" ", 1)[-1].split("\n")[-1]
    assert mailbox not in _found(blank_detector, text, "EMAIL")


PERSONS = [
    ("Handläggare Anna Berg, växel 0123-450 00, anna.berg@norrvik.se", "anna.berg@norrvik.se"),
    ("Storgatan 1, 123 45 Norrvik, växel 0123-450 00, abe@norrvik.se", "abe@norrvik.se"),  # initials
    ("Storgatan 1, 123 45 Norrvik, växel 0123-450 00, lindqvist@norrvik.se", "lindqvist@norrvik.se"),  # a surname
    ("Storgatan 1, 123 45 Norrvik, växel 0123-450 00, pelle.kanin@gmail.com", "pelle.kanin@gmail.com"),
    ("Storgatan 1, 123 45 Norrvik, växel 0123-450 00\nanna.berg@norrvik.se", "anna.berg@norrvik.se"),
]


@pytest.mark.parametrize("line,mailbox", PERSONS)
def test_a_persons_mailbox_after_a_switchboard_is_still_masked(blank_detector, line, mailbox):
    text = f"Beslutslista, maj 2026\n{line}\n\nBeslut följer.\n"
    assert mailbox in _found(blank_detector, text, "EMAIL")


def test_the_address_before_an_operations_centres_number_is_the_bodys(blank_detector):
    text = ("Händelselogg, juli 2026\nKustbevakningen, kustbevakningsstation Kårhamn\n"
            "Hamnvägen 40, 613 41 Kårhamn, ledningscentral 010-448 70 00\n\nHändelser följer.\n")
    assert "Hamnvägen 40, 613 41 Kårhamn" not in _found(blank_detector, text, "ADDRESS")
    assert "010-448 70 00" not in _found(blank_detector, text, "PHONE")


# An agency's letterhead in two lines: the agency and its unit with the box, then a service's number and the box
AGENCY_HEAD = ("Beslut om skuldfrihet\nIndrivningsfogden, Enheten för avbetalning Syd, Box 118, 551 21 Ekmora\n"
               "Telefon 010-448 30 00. E-post avbetalning.syd@ifo-ekmora.se\n\nBeslut följer.\n")


def test_the_letterheads_second_line_keeps_the_units_number_and_mailbox(blank_detector):
    assert "avbetalning.syd@ifo-ekmora.se" not in _found(blank_detector, AGENCY_HEAD, "EMAIL")
    assert "010-448 30 00" not in _found(blank_detector, AGENCY_HEAD, "PHONE")


@pytest.mark.parametrize("line, mailbox", [
    ("Telefon 010-448 30 00. E-post linnea.vall@ifo-ekmora.se", "linnea.vall@ifo-ekmora.se"),  # a person's box
    ("Telefon 010-448 30 00. E-post avb.ls@ifo-ekmora.se", "avb.ls@ifo-ekmora.se"),  # initials
    ("Handläggare Linnea Vall, telefon 010-448 31 12, avbetalning.syd@ifo-ekmora.se", "avbetalning.syd@ifo-ekmora.se"),
])
def test_a_persons_box_or_line_under_the_letterhead_stays_masked(blank_detector, line, mailbox):
    text = f"Beslut om skuldfrihet\nIndrivningsfogden, Enheten för avbetalning Syd, Box 118, 551 21 Ekmora\n{line}\n\nBeslut.\n"
    assert mailbox in _found(blank_detector, text, "EMAIL")


def test_the_letterheads_mailbox_is_the_bodys_on_every_page(blank_detector):
    from redact.detect.switchboard_mailboxes import drop_letterhead_mailboxes, letterhead_mailboxes

    pages = [AGENCY_HEAD, "Bilaga: e-post från gäldenären\nTill: avbetalning.syd@ifo-ekmora.se\n"
                          "Från: oskar.vall@postlada.se\nJag betalar i maj.\n"]
    own = letterhead_mailboxes(pages)
    assert own == {"avbetalning.syd@ifo-ekmora.se"}
    findings = detect_text(pages[1], blank_detector).findings
    kept = {f.text for f in drop_letterhead_mailboxes(findings, own) if f.category == "EMAIL"}
    assert kept == {"oskar.vall@postlada.se"}



def test_a_box_the_letterhead_calls_a_shared_mailbox_is_the_bodys_on_every_page(blank_detector):
    from redact.detect.switchboard_mailboxes import drop_letterhead_mailboxes, letterhead_mailboxes

    pages = ["Ekmora tingsrätt, Box 512, 412 05 Ekmora\n"
             "Växel 031-702 40 00. Funktionsbrevlåda tr.ekmora.rotel4@tingsratt-ekm.se\n",
             "Från: vera.lind@postlada.se\nTill: tr.ekmora.rotel4@tingsratt-ekm.se\nÄmne: ny adress\n"]
    own = letterhead_mailboxes(pages)
    assert own == {"tr.ekmora.rotel4@tingsratt-ekm.se"}
    findings = detect_text(pages[1], blank_detector).findings
    kept = {f.text for f in drop_letterhead_mailboxes(findings, own) if f.category == "EMAIL"}
    assert kept == {"vera.lind@postlada.se"}

# The letterhead's second line under the line that names the body: its number and its mailbox are the body's, whether
# the line opens with the box, a duty service's name or the mailbox's label, and whatever the box's parts are called
# (a district's word, or short words its domain and letterhead spell).
LETTERHEADS = [
    ("Region Norrfjäll Ådalen, Patientenheten, fakturering\nBox 618, 831 27 Näsby. Telefon 0640-155 40 00. "
     "E-post fakturering@regionnf-fakt.se", "0640-155 40 00", "fakturering@regionnf-fakt.se"),
    ("Mark- och miljödomstolen vid Näsby tingsrätt, Box 1204, 901 21 Näsby\nTelefon 0920-205 61 00. "
     "E-post mmd.nasby@domstol-mmd.se", "0920-205 61 00", "mmd.nasby@domstol-mmd.se"),
    ("Farledsverket, Region Mitt, enheten Sjömätning, Box 2207, 851 04 Näsby\nKundtjänst 010-448 20 00. "
     "E-post sjomatning.mitt@farled-mitt.se", None, "sjomatning.mitt@farled-mitt.se"),
    ("Länsstyrelsen i Övre Näsby län, Viltenheten, Box 418, 871 29 Näsby\nViltjouren 0611-455 80 00. "
     "E-post skyddsjakt@lst-ovre-vilt.se", "0611-455 80 00", "skyddsjakt@lst-ovre-vilt.se"),
    ("Näsbyinspektionen, Box 315, 651 08 Näsby, telefon 0550-550 22 00\nE-post anmalan@nasbyinsp.se. "
     "Jurist: Petra Lindholm (PLi).", "0550-550 22 00", "anmalan@nasbyinsp.se"),
    # the label a compound whose last part is the switchboard's, the service's or the duty officer's
    ("Näsby kommun, tekniska enheten, Box 88, 734 21 Näsby\nKommunväxel 0223-47 30 00. "
     "E-post felanmalan@nasby-teknik.se", "0223-47 30 00", "felanmalan@nasby-teknik.se"),
    ("Skogsfogden, enheten Norr, Box 611, 931 27 Näsby\nUpplysningstjänsten 0910-38 52 00. "
     "E-post skogsbidrag.norr@skogsfogden-arende.se", "0910-38 52 00", "skogsbidrag.norr@skogsfogden-arende.se"),
    ("Försvarsmakten, Näsbybataljonen, Box 4410, 981 31 Näsby\nVakthavande befäl 0980-55 41 00. "
     "E-post bataljonen.vakt@fm-nasby.se", "0980-55 41 00", "bataljonen.vakt@fm-nasby.se"),
    ("Skattefogden, folkbokföringen, Box 2290, 403 11 Näsby\nInformationslinje 0771-66 30 00. "
     "E-post flyttanmalan@skattefogden-fb.se", "0771-66 30 00", "flyttanmalan@skattefogden-fb.se"),
    # a county board named by its county without "i"
    ("Länsstyrelsen Övre Näsbys län, viltenheten, Box 418, 871 29 Näsby\nVäxel 0611-455 80 00. "
     "E-post vilthagn@lst-ovre-vilt.se", "0611-455 80 00", "vilthagn@lst-ovre-vilt.se"),
    # an archive by its name, its service in lower case, the service's name as the number's label
    ("Näsbyarkivet, läsesalsservice, Box 301, 871 40 Näsby\nLäsesalsservice 0611-48 70 00. "
     "E-post kopior@nasbyarkivet-best.se", "0611-48 70 00", "kopior@nasbyarkivet-best.se"),
    # a centre of a region named for what it does, and an office by its name, as the number's label
    ("Region Norrfjäll, barnmedicin, Box 612, 831 40 Näsby\nVårdcentralen för tekniska hjälpmedel 0640-77 10 00. "
     "E-post pumpar.barn@rnf-vard.se", None, "pumpar.barn@rnf-vard.se"),
    ("Ersättningsnämnden, kansliet, Box 2207, 113 80 Näsby\nKansliet 08-440 330 00. "
     "E-post yttranden@ern-kansli.se", None, "yttranden@ern-kansli.se"),
    # a box of four letters that the letterhead's unit spells
    ("Näsbyarkivet, SFRV-kontoret, Box 301, 871 40 Näsby\nVäxel 0611-48 70 00. "
     "E-post sfrv@nasbyarkivet-sfrv.se", "0611-48 70 00", "sfrv@nasbyarkivet-sfrv.se"),
]


@pytest.mark.parametrize("head, number, mailbox", LETTERHEADS)
def test_the_letterheads_number_and_mailbox_stay_readable(blank_detector, head, number, mailbox):
    text = f"Beslutslista, maj 2026\n{head}\nHandläggare: Petra Lindholm.\n\nTill: {mailbox}\nBeslut följer.\n"
    assert mailbox not in _found(blank_detector, text, "EMAIL")
    if number:
        assert number not in _found(blank_detector, text, "PHONE")


PERSONS_ON_LETTERHEADS = [
    # a staff member's box, though the line is the letterhead's
    ("Farledsverket, Region Mitt, enheten Sjömätning, Box 2207, 851 04 Näsby\nKundtjänst 010-448 20 00. "
     "E-post petra.lindholm@farled-mitt.se", "petra.lindholm@farled-mitt.se", "EMAIL"),
    ("Mark- och miljödomstolen vid Näsby tingsrätt, Box 1204, 901 21 Näsby\nTelefon 0920-205 61 00. "
     "E-post pl.ek@domstol-mmd.se", "pl.ek@domstol-mmd.se", "EMAIL"),  # initials and a surname
    ("Länsstyrelsen i Övre Näsby län, Viltenheten, Box 418, 871 29 Näsby\nE-post lindholm@lst-ovre-vilt.se",
     "lindholm@lst-ovre-vilt.se", "EMAIL"),  # a surname
    # a mobile on the letterhead's line is a person's, and so is a number not round
    ("Näsbyinspektionen, Box 315, 651 08 Näsby, telefon 070-550 22 00", "070-550 22 00", "PHONE"),
    ("Näsbyinspektionen, Box 315, 651 08 Näsby, telefon 0550-550 22 17", "0550-550 22 17", "PHONE"),
    # a person named on the line before the number
    ("Näsbyinspektionen, jurist Petra Lindholm, telefon 0550-550 22 00", "0550-550 22 00", "PHONE"),
    # under a compound label: a staff member's box, a mobile, a number not round
    ("Näsby kommun, tekniska enheten, Box 88, 734 21 Näsby\nKommunväxel 0223-47 30 00. "
     "E-post jonas.ekholm@nasby-teknik.se", "jonas.ekholm@nasby-teknik.se", "EMAIL"),
    ("Försvarsmakten, Näsbybataljonen, Box 4410, 981 31 Näsby\nVakthavande 070-255 41 00",
     "070-255 41 00", "PHONE"),
    ("Näsby kommun, hemtjänsten, Box 88, 734 21 Näsby\nHemtjänsten 0223-47 31 86", "0223-47 31 86", "PHONE"),
    ("Länsstyrelsen Övre Näsbys län, viltenheten, Box 418, 871 29 Näsby\nVäxel 0611-455 80 00. "
     "E-post karin.wallin@lst-ovre-vilt.se", "karin.wallin@lst-ovre-vilt.se", "EMAIL"),
    # four letters the letterhead does not spell may be a person's initials
    ("Näsbyarkivet, SFRV-kontoret, Box 301, 871 40 Näsby\nVäxel 0611-48 70 00. "
     "E-post kgrl@nasbyarkivet-sfrv.se", "kgrl@nasbyarkivet-sfrv.se", "EMAIL"),
]


@pytest.mark.parametrize("head, value, category", PERSONS_ON_LETTERHEADS)
def test_a_persons_mailbox_or_number_on_a_letterhead_is_still_masked(blank_detector, head, value, category):
    text = f"Beslutslista, maj 2026\n{head}\n\nBeslut följer.\n"
    assert value in _found(blank_detector, text, category)


# The letterhead's number and mailbox, written again further on in the letter: "ring …" in its last lines, "Till: …" of
# a logged e-mail. The body's own wherever they stand; the caseworker's direct line and the resident's mobile are not.
LETTER_WITH_CONTACTS_AGAIN = """Kvarnby kommun, Fritids- och kulturförvaltningen, Torggatan 2, 655 80 Kvarnby
Badhusets servicetelefon 0551-260 47, badhuset@kvarnby-kommun.se, dnr FKN 2026/318

Beslut om nytt årskort
Tyra Blomgren, Lingonstigen 8, 655 91 Kvarnby, har tappat sitt årskort. Hon nås på 073-418 62 05.
Har du frågor ring 0551-260 47.

Från: tyra.blomgren@kvarnmejl.se
Till: badhuset@kvarnby-kommun.se
Ämne: Årskort

Handläggare Majken Ödlund, 0551-260 91.
"""

AGENCY_LETTER = """Sjukförsäkringsverket, Enheten för utlandsärenden, Box 2210, 831 22 Östersund
Telefon 063-710 40 00, utland@sfv-utland.se

Levnadsintyg saknas
Gösta Fjällström, Calle del Olmo 4, 29640 Fuengirola, har inte skickat in intyget. Han nås på +34 611 20 48 19.
Har du frågor ring 063-710 40 00. Handläggare Ronja Kettunen, 063-710 41 58.
"""


def test_the_letterheads_number_and_mailbox_are_the_bodys_where_written_again(blank_detector):
    phones = _found(blank_detector, LETTER_WITH_CONTACTS_AGAIN, "PHONE")
    assert "0551-260 47" not in phones and "0551-260 47." not in phones, phones
    assert not _found(blank_detector, LETTER_WITH_CONTACTS_AGAIN, "EMAIL") & {"badhuset@kvarnby-kommun.se"}
    # the resident's mobile, her mailbox and the caseworker's direct line stay masked
    assert "073-418 62 05" in phones and any("0551-260 91" in p for p in phones), phones
    assert "tyra.blomgren@kvarnmejl.se" in _found(blank_detector, LETTER_WITH_CONTACTS_AGAIN, "EMAIL")


def test_the_agencys_round_number_written_again_in_the_letter_stays(blank_detector):
    phones = _found(blank_detector, AGENCY_LETTER, "PHONE")
    assert not any(p.startswith("063-710 40 00") for p in phones), phones
    assert "+34 611 20 48 19" in phones and any("063-710 41 58" in p for p in phones), phones


def test_a_persons_number_on_the_letterheads_line_is_hers_where_written_again(blank_detector):
    text = AGENCY_LETTER.replace("Telefon 063-710 40 00, utland@sfv-utland.se",
                                 "Ronja Kettunen, telefon 063-710 40 00, utland@sfv-utland.se")
    phones = _found(blank_detector, text, "PHONE")
    assert any(p.startswith("063-710 40 00") for p in phones), phones


# the letterhead's town is a surname too ("Strand"): the unit's mailbox names its town, no person
TOWN_HEAD = "Polismyndigheten, region Nord, hittegodsenheten, Box 77, 981 05 Strand\n"


def test_the_letterheads_town_in_its_mailbox_is_no_surname(blank_detector):
    text = f"Upphittade cyklar\n{TOWN_HEAD}Telefon 0980-155 00 00. E-post hittegods.strand@polis-hitt.se\n\nListan.\n"
    assert "hittegods.strand@polis-hitt.se" not in _found(blank_detector, text, "EMAIL")


@pytest.mark.parametrize("mailbox", [
    "lena.strand@polis-hitt.se",  # a person's box: her first name
    "k.strand@polis-hitt.se",  # an initial and the surname
])
def test_a_persons_box_of_the_towns_surname_stays_masked(blank_detector, mailbox):
    text = f"Upphittade cyklar\n{TOWN_HEAD}Telefon 0980-155 00 00. E-post {mailbox}\n\nListan.\n"
    assert mailbox in _found(blank_detector, text, "EMAIL")


# the letterhead's town is a listed first name too ("Nora"): the unit's mailbox names its town, no person
NORA_HEAD = "Länsstyrelsen i Bergslagens län, tillståndsenheten, Box 31, 713 81 Nora\n"


def test_the_letterheads_town_in_its_mailbox_is_no_first_name(blank_detector):
    text = f"Tillstånd\n{NORA_HEAD}Växel 0587-81 20 00. E-post tillstand.nora@lst-bergslagen.se\n\nListan.\n"
    assert "tillstand.nora@lst-bergslagen.se" not in _found(blank_detector, text, "EMAIL")


@pytest.mark.parametrize("mailbox", ["nora.lindgren@lst-bergslagen.se", "e.nora@lst-bergslagen.se"])
def test_a_persons_box_of_the_towns_first_name_stays_masked(blank_detector, mailbox):
    text = f"Tillstånd\n{NORA_HEAD}Växel 0587-81 20 00. E-post {mailbox}\n\nListan.\n"
    assert mailbox in _found(blank_detector, text, "EMAIL")


def test_the_letterheads_number_read_as_an_identifier_is_the_bodys_too():
    from redact.detect.letterhead_numbers import drop_letterhead_numbers, letterhead_numbers
    from redact.types import Finding

    numbers = letterhead_numbers([AGENCY_LETTER])

    def finding(value: str, category: str) -> Finding:
        start = AGENCY_LETTER.index(value)
        return Finding(id=value, page=1, start=start, end=start + len(value), text=value, category=category,
                       score=0.5, detector="learned_spans")

    # the tagger's identifier that is the switchboard goes; the caseworker's line and a code with its digits stay
    kept = drop_letterhead_numbers([finding("063-710 40 00", "ID_NUMBER"), finding("063-710 41 58", "ID_NUMBER"),
                                    finding("Box 2210, 831 22", "ID_NUMBER")], numbers)
    assert [f.text for f in kept] == ["063-710 41 58", "Box 2210, 831 22"]


# a court's division by its number, the mailbox abbreviating it ("avd2."): the unit's box, and no name in it
COURT_HEAD = ("Mål om vårdnad\nÅsby tingsrätt, avdelning 2, Box 77, 901 20 Åsby\n"
              "Växel 0900-10 00 00. E-post avd2.asby@domstol-asby.se\n\nKallelse.\n")


def test_a_numbered_divisions_mailbox_is_the_units(blank_detector):
    assert "avd2.asby@domstol-asby.se" not in _found(blank_detector, COURT_HEAD, "EMAIL")


def test_another_number_in_a_box_keeps_it_a_persons():
    from redact.detect.switchboard_mailboxes import after_switchboard

    for box in ("avd3.asby@domstol-asby.se", "anna2.berg@domstol-asby.se"):
        text = COURT_HEAD.replace("avd2.asby@domstol-asby.se", box)
        assert not after_switchboard(text, text.index(box), box), box


def test_a_name_read_inside_the_letterheads_mailbox_goes_with_it():
    from redact.detect.switchboard_mailboxes import drop_letterhead_mailboxes, letterhead_mailboxes
    from redact.types import Finding

    own = letterhead_mailboxes([COURT_HEAD])
    start = COURT_HEAD.index("avd2.")
    tagged = Finding(id="t", page=1, start=start, end=start + 3, text="avd", category="PERSON", score=0.5,
                     detector="learned_spans")
    elsewhere = COURT_HEAD.index("Kallelse")
    other = Finding(id="o", page=1, start=elsewhere, end=elsewhere + 8, text="Kallelse", category="PERSON",
                    score=0.5, detector="learned_spans")
    assert [f.id for f in drop_letterhead_mailboxes([tagged, other], own, COURT_HEAD)] == ["o"]



def test_a_piece_of_the_letterheads_switchboard_read_as_an_identifier_is_the_bodys_too():
    from redact.detect.letterhead_numbers import drop_letterhead_numbers, letterhead_numbers
    from redact.types import Finding

    # a switchboard by its label, though its number is not round, under the unit's line
    text = ("Ringhults kommun, kulturförvaltningen, avgiftsenheten\nBox 4410, 571 80 Ringhult. Växel 0571-441 82 27.\n"
            "Handläggare Tove Lindahl, 0571-441 82 31.\n")
    numbers = letterhead_numbers([text])

    def piece(value: str) -> Finding:
        at = text.index(value)
        return Finding(id=value, page=1, start=at, end=at + len(value), text=value, category="ID_NUMBER", score=0.5,
                       detector="learned_spans")

    # the tagger's piece of the switchboard goes; a piece of the caseworker's own line stays
    assert [f.text for f in drop_letterhead_numbers([piece("82 27"), piece("82 31")], numbers, text)] == ["82 31"]


@pytest.mark.parametrize("line, mailbox, masked", [
    ("Box 14418, 103 44 Ekby. Växel 08-546 441 00. E-post ersattning@ekby-granskning.se.",
     "ersattning@ekby-granskning.se", False),
    ("Box 14418, 103 44 Ekby. Växel 08-546 441 00. E-post anna.berg@ekby-granskning.se.",
     "anna.berg@ekby-granskning.se", True),
])
def test_a_full_stop_and_the_mailboxs_label_after_the_switchboard(blank_detector, line, mailbox, masked):
    text = (f"Arvoden till granskare\nEkby forskningsråd, avdelningen för bidrag, arvodesgruppen\n{line}\n\n"
            "Beslut följer.\n")
    assert (mailbox in _found(blank_detector, text, "EMAIL")) == masked
