"""E-mail detector: addresses with exact spans, line-wrapped and obfuscated forms, and non-addresses."""

import socket

import pytest

from redact.detect.email import EmailRecognizer

REC = EmailRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["EMAIL"], nlp_artifacts=None)]


HITS = [
    ("Skicka till anna.berg@exempel.se idag.", "anna.berg@exempel.se"),
    ("E-post: Lena.Ek+ansokan@socialtjansten.smastad.se.", "Lena.Ek+ansokan@socialtjansten.smastad.se"),
    ("<per.akesson@exempel.com>", "per.akesson@exempel.com"),
    ("Från: Åsa Öberg [asa.oberg@kommun-exempel.se]", "asa.oberg@kommun-exempel.se"),
    ("mejla bjorn_n@exempel.nu, tack", "bjorn_n@exempel.nu"),
    ("Kontakt: karin.lund@\nexempel.se", "karin.lund@\nexempel.se"),
    ("Svara till nils.holm (at) exempel.se", "nils.holm (at) exempel.se"),
    ("maria[at]exempel[dot]org", "maria[at]exempel[dot]org"),
]

NEAR_MISSES = [
    "Följ oss på @exempelkommun och www.exempel.se.",
    "Adressen anna.berg@exempel saknar toppdomän.",
    "Filen heter rapport@2024.pdf? Nej, rapport_2024.pdf.",
    "Mötet hålls @ kommunhuset kl. 10.",
    "Kostnad 5 st @ 20 kr.",
]


@pytest.mark.parametrize("text,expected", HITS)
def test_hit_has_exact_span(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_an_address(text):
    assert found(text) == []


def test_plain_address_scores_high_obfuscated_lower():
    plain = REC.analyze("anna.berg@exempel.se", ["EMAIL"])[0].score
    hidden = REC.analyze("anna.berg (at) exempel.se", ["EMAIL"])[0].score
    assert plain >= 0.85 > hidden > 0.3


def test_no_network_is_used(monkeypatch):
    # Presidio's own e-mail recognizer fetches a suffix list on first use; ours must not.
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    fresh = EmailRecognizer()
    assert [r.start for r in fresh.analyze("a.b@exempel.se", ["EMAIL"])] == [0]


def test_a_units_mailbox_named_by_a_piece_of_the_unit_before_it_is_kept(blank_detector):
    from redact.pipeline import detect_text

    text = ("Bygg- och trafikavdelningen, trafik@norrvik.se, växel 0511-30 20 00\n"
            "Hamnkontoret, hamn@norrvik.se\n"
            "Handläggare Sven Berg, berg@norrvik.se, 0511-30 21 44\n")
    emails = {f.text for f in detect_text(text, blank_detector).findings if f.category == "EMAIL"}
    assert "berg@norrvik.se" in emails
    assert not emails & {"trafik@norrvik.se", "hamn@norrvik.se"}, emails


@pytest.mark.parametrize("mailbox", ["hemtjanst.sodra@ekvik.se", "fardtjanst.ostra@ekvik.se", "hemtjänsten.västra@ekvik.se"])
def test_a_services_mailbox_named_by_its_district_is_kept(mailbox):
    # a municipal service ("-tjänst") and the district it serves: a unit's shared box, no person's
    assert found(f"Frågor om remissen: Växel 0511-30 20 00, {mailbox}.") == []


@pytest.mark.parametrize("mailbox", ["linnea.sodra@ekvik.se", "hemtjanst.berg@ekvik.se", "ostra.lind@ekvik.se"])
def test_a_persons_address_beside_district_words_stays(mailbox):
    assert found(f"Skicka till {mailbox} idag.") == [mailbox]


@pytest.mark.parametrize("mailbox", ["vfu@larande.ekvik.se", "apl@gymnasiet.ekvik.se", "feriejobb@ekvik.se",
                                     "praktik.norra@ekvik.se"])
def test_a_placements_or_a_schooling_mailbox_is_kept(mailbox):
    # the student teachers' placements (VFU), the pupils' workplace learning (APL): a service's box, no person's
    assert found(f"Frågor om placeringen besvaras via {mailbox}.") == []


def test_a_person_at_the_same_subdomain_stays():
    assert found("Handledaren nås på vera.falk@larande.ekvik.se.") == ["vera.falk@larande.ekvik.se"]


# Shapes a registrar meets in letters, forms and table cells (fictional people and domains).
WRAPPED_AND_WRITTEN_OUT = [
    # a "+tag" after a unit's word is still the person's own box
    ("Svar till tove.haraldsson+socialtjansten@exempel.se, tack.", "tove.haraldsson+socialtjansten@exempel.se"),
    # wrapped before "@", after a hyphen of the domain, after a hyphen or a dot of the local part
    ("Skriv till jonas.ek\n@exempel.se senast fredag.", "jonas.ek\n@exempel.se"),
    ("Skriv till jonas@ek-\nsnickeri.se senast fredag.", "jonas@ek-\nsnickeri.se"),
    ("Skriv till jonas.eke-\nlund@exempel.se senast fredag.", "jonas.eke-\nlund@exempel.se"),
    ("E-post: jonas.\nekelund@exempel.se", "jonas.\nekelund@exempel.se"),
    # written out against robots: bare words, brackets, a spaced "@", a wrap after "(at)"
    ("nås på jonas.ek at exempel dot se efter kl 16", "jonas.ek at exempel dot se"),
    ("nås på jonas.ek [at] exempel punkt se efter kl 16", "jonas.ek [at] exempel punkt se"),
    ("nås på jonas.ek (snabel-a) exempel.se efter kl 16", "jonas.ek (snabel-a) exempel.se"),
    ("nås på jonas.ek @ exempel.se efter kl 16", "jonas.ek @ exempel.se"),
    ("nås på jonas.ek(at)\nexempel.se efter kl 16", "jonas.ek(at)\nexempel.se"),
]


@pytest.mark.parametrize("text,expected", WRAPPED_AND_WRITTEN_OUT)
def test_a_wrapped_or_written_out_address_is_found_whole(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    # a sentence's last word and its dot end the line; the address begins the next
    ("Vi har fått ditt mejl.\njonas@exempel.se", "jonas@exempel.se"),
    ("Kontakt.\njonas(at)exempel.se", "jonas(at)exempel.se"),
])
def test_a_sentence_ending_the_line_before_is_no_part_of_the_address(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "Skicka handlingarna till registrator(at)ekvik.se.",
    "Frågor: kommun [at] ekvik punkt se",
    "Vi ses at noon, skriver han.",
])
def test_the_authoritys_written_out_mailbox_and_a_bare_at_are_kept(text):
    assert found(text) == []


def test_one_word_boxes_on_a_public_providers_domain_are_private():
    # another person's "first.last" on the same provider, or the provider named as a company, makes no unit box
    text = ("Kontaktombud: Tor Lund, tor.lund@gmail.com; Vera Falk, blåklinten@gmail.com.\n"
            "Telia Sverige AB har bekräftat flytten. Stugägare: fjallstugan@telia.com")
    assert found(text) == ["tor.lund@gmail.com", "blåklinten@gmail.com", "fjallstugan@telia.com"]


def test_a_staff_box_spelled_by_a_named_persons_first_letters_stays():
    text = "Handläggare:\nTor Lund, tor.lund@ekvik.se\nVera Falkenberg, verfa@ekvik.se"
    assert found(text) == ["tor.lund@ekvik.se", "verfa@ekvik.se"]


@pytest.mark.parametrize("address", ["ingrid.sæther@online.no", "bartłomiej.żak@wp.pl", "inés.peña@correo.es",
                                     "oğuz.çelik@gmail.com", "noël@brasserie-français.fr"])
def test_an_address_spelled_with_other_alphabets_letters_is_found_whole(address):
    assert found(f"Kontakt: {address}, dagtid.") == [address]


@pytest.mark.parametrize("text,expected", [
    ("Svar till vera.falk@ exempel.se i dag.", "vera.falk@ exempel.se"),
    ("Svar till vera.falk @exempel.se i dag.", "vera.falk @exempel.se"),
    ("Svar till vera.falk(a)exempel.fi i dag.", "vera.falk(a)exempel.fi"),
    ("Svar till vera punkt falk at exempel punkt se i dag.", "vera punkt falk at exempel punkt se"),
])
def test_a_typed_space_by_the_at_sign_and_written_out_dots(text, expected):
    assert found(text) == [expected]


def test_an_address_glued_to_the_next_cells_digits_ends_at_its_domain():
    assert found("Vera Falk vera.falk@exempel.se070-118 22 31 beviljad") == ["vera.falk@exempel.se"]


def test_a_staff_box_of_surname_then_first_name_is_no_units():
    text = "Handläggare: Tor Lund, tor.lund@ekvik.se. Ersättare: strandbergmaria@ekvik.se"
    assert found(text) == ["tor.lund@ekvik.se", "strandbergmaria@ekvik.se"]


def test_an_associations_box_on_a_providers_domain_stays_readable():
    # the box names the club the text names; a member's own "first.last" beside it is masked
    text = "Sökande: Lövnäs Schackklubb, kontaktperson Tor Lund, tor.lund@gmail.com, lovnasschack@gmail.com"
    assert found(text) == ["tor.lund@gmail.com"]


@pytest.mark.parametrize("text, expected", [
    ("Fönstren putsas av Kjell Dahlgren, enskild firma, kjells.fonsterservice@telia.com.",
     "kjells.fonsterservice@telia.com"),
    ("Hundpassningen sköts av Majas firma, majas.hundservice@bahnhof.se, på helgerna.",
     "majas.hundservice@bahnhof.se"),
    ("Beställ ved från eva.vedservice@gmail.com före oktober.", "eva.vedservice@gmail.com"),
    ("Fotvården har bokning på lenasfotvardsservice@outlook.com varje tisdag.", "lenasfotvardsservice@outlook.com"),
])
def test_a_sole_traders_box_named_after_its_owner_is_private_though_it_ends_in_service(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "Frågor om bygglov: bygg.service@norrvik.se.",
    "Kontakta kundservice@norrvik.se eller idrottsservice@norrvik.se.",
])
def test_a_units_service_box_stays_readable(text):
    assert found(text) == []


@pytest.mark.parametrize("mailbox", ["biblioteket@ekvik.se", "skolskjutsen@ekvik.se", "fordonsinformation@vagverket.se",
                                     "rattshjalpsmyndigheten@dom.se", "skatteupplysningen@skatteverket.se"])
def test_a_units_box_by_its_definite_noun_or_an_agencys_name_is_kept(mailbox):
    # the unit's own noun in its definite form, an agency's name, an information desk: no person's box
    assert found(f"Frågor besvaras via {mailbox} på vardagar.") == []


@pytest.mark.parametrize("mailbox", ["erik.verket@ekvik.se", "karin.information@ekvik.se"])
def test_a_persons_name_beside_an_agencys_ending_stays(mailbox):
    assert found(f"Skicka till {mailbox} idag.") == [mailbox]


@pytest.mark.parametrize("mailbox", ["ekby.tingsratt@dom-ekby.se", "nedre.hovratten@dom-nedre.se",
                                     "batregistret@sjo-reg.se", "larmcentralen@rtjanst-ekby.se",
                                     "kontakt.mitt@polis-ekby.se"])
def test_a_courts_a_registers_a_centrals_or_an_agency_regions_box_is_kept(mailbox):
    # a court by its kind, a register an agency keeps, a central service, a box by the agency's region: no one's
    assert found(f"Svar skickas till {mailbox} senast fredag.") == []


@pytest.mark.parametrize("mailbox", ["oskar.tingsratt@dom-ekby.se", "annas.central@ekby.se",
                                     "greta.mitt@polis-ekby.se", "hampus.lindgren@sjo-reg.se"])
def test_a_persons_box_beside_a_courts_or_a_registers_word_stays(mailbox):
    assert found(f"Svar skickas till {mailbox} senast fredag.") == [mailbox]
