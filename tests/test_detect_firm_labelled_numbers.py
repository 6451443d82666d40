"""A firm's or a maker's name, a short label and a number written as one run (a lender's customer number, an employer's
staff number, a bicycle's frame number, an animal's chip, a booking) are marked from the firm's name; a body's own
number, a year and a sum stay. Fictional firms' numbers and people."""

from __future__ import annotations

import pytest

from found_ids import labelled_ids

found = labelled_ids


@pytest.mark.parametrize("text, value", [
    # a cell of a table read one cell a line
    ("Part\nHandling\nES\nNordax Finans avtal 31-5520918\nOLi\n", "Nordax Finans avtal 31-5520918"),
    ("JMR\nIkano Bank kundnr 55209183\nCW\n", "Ikano Bank kundnr 55209183"),
    ("GÅ\nKlarna faktura 5520918344\nCW\n", "Klarna faktura 5520918344"),
    ("AB\nByggbolaget Syd anst.nr C-55209\nPK\n", "Byggbolaget Syd anst.nr C-55209"),
    ("PK\nPostnord personalnr 5520918\nKL\n", "Postnord personalnr 5520918"),
    ("KL\nSveaskog kontrakt 31-5520\nMN\n", "Sveaskog kontrakt 31-5520"),
    ("MN\nMellanskog medl.nr 55209-18\nOP\n", "Mellanskog medl.nr 55209-18"),
    ("OP\nCube Kathmandu ramnr WCU552091K\nQR\n", "Cube Kathmandu ramnr WCU552091K"),
    ("hund\nVirbac chip 900 164 000 220 741\nfår\n", "Virbac chip 900 164 000 220 741"),
    ("får\nAllflex öronmärke SE 552091-0044\nget\n", "Allflex öronmärke SE 552091-0044"),
    ("ZY\nStrawberry bokning 55209183\nAW\n", "Strawberry bokning 55209183"),
    ("AW\nVy biljett 5520 9183 1\nEP\n", "Vy biljett 5520 9183 1"),
    ("EP\nSkiStar skipass 5520 9183 0044\nLu\n", "SkiStar skipass 5520 9183 0044"),
    # an insurer's claim, a carrier's travel card, a school platform's account led by letters, a housing
    # cooperative's member of four digits, a society or a venue in the definite form before its member's or gift card
    ("SJ\nTrygga Bolaget skadenr 5520918\nYD\n", "Trygga Bolaget skadenr 5520918"),
    ("SK\nNorrtrafiken Dalby kort 5520 9183 15\nLS\n", "Norrtrafiken Dalby kort 5520 9183 15"),
    ("MG\nSkolplattan konto S-552091\nPN\n", "Skolplattan konto S-552091"),
    ("IB\nBrf Tallbacken medlemsnr 0552\nKH\n", "Brf Tallbacken medlemsnr 0552"),
    ("JW\nKulturhuset presentkort 5520 9183 4471\nMR\n", "Kulturhuset presentkort 5520 9183 4471"),
    ("AC\nVänföreningen medlemsnr 5520-91\nMR\n", "Vänföreningen medlemsnr 5520-91"),
    # an airline named by its country and its carrier's word
    ("LN\nQatar Airways biljett 157-5520918344\nAR\n", "Qatar Airways biljett 157-5520918344"),
    ("Han flög med Vietnam Airlines biljett 738-5520918344 hem.", "Vietnam Airlines biljett 738-5520918344"),
    # in running text, a subject line's quote
    ("Åberopat avtal Nordax Finans avtal 31-5520918.", "Nordax Finans avtal 31-5520918"),
    ("Konu: annemin seyahati, Strawberry bokning 55209183", "Strawberry bokning 55209183"),
    ("Subject: my brother's cargo bike, Urban Arrow Family ram UA552091877", "Urban Arrow Family ram UA552091877"),
    # a firm's invoice numbered by the year in a register's cell, and a service firm's assignment for a person
    ("MV\nEkby Färghandel faktura 2031-5520\nTS\n", "Ekby Färghandel faktura 2031-5520"),
    ("TS\nBudbyrån uppdrag D-5520-31\nMV\n", "Budbyrån uppdrag D-5520-31"),
    ("MV\nNorrby Juridik uppdragsnr 31-55209\nTS\n", "Norrby Juridik uppdragsnr 31-55209"),
    # a broker's custody account, the broker's name ending as a definite form does
    ("TS\nNordnet depå 5520-9183\nMV\n", "Nordnet depå 5520-9183"),
    ("MV\nAvanza depånr 5520-9183\nTS\n", "Avanza depånr 5520-9183"),
])
def test_the_firm_the_label_and_the_number_are_one_mark(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text, part", [
    ("Skatteverket kundnr 55209183 gäller inte här.", "Skatteverket"),  # a body alone in the definite form
    ("Vi skickade Region Norrby faktura 5520918344 i maj.", "Norrby"),  # a region's own invoice
    ("Beslut: Faktura 5520918344 betalas senast i juni.", "Faktura"),  # a label opens the run
    ("Faktura 3307\nErt ordernummer: KA-31-5520\nLeverans i maj\n", "Ert"),  # a pronoun opens a form's line
    ("Konto\nAB\nNorrbanken konto 3300 12 55209\nCD\n", "Norrbanken"),  # a bank's account: no letters lead
    # a sentence's firm in the genitive before a claim's label: the label, the number alone
    ("Trygga Bolagets skadenummer TB 27-5520918; cykeln lånades ut.", "Trygga"),
    # an IBAN after "konto": the account rules'
    ("Hon hyr ut en stuga; Qêlanîs konto TR56 0006 2000 4410 0006 2988 17 avslutas.", "konto"),
    ("Kort\nAB\nFöreningen medlemsnr 5520-91\nCD\n", "Föreningen"),  # the noun alone names no society
    ("Avtal\nAB\nSverige kundnr 55209183\nCD\n", "Sverige"),  # a country alone names no firm
    ("Butiken har gett Richard kundnummer KN 31-5520 i år.", "Richard"),  # a person given the number
])
def test_a_body_or_a_label_before_the_label_stays_readable(text, part):
    assert all(part not in f for f in found(text))


@pytest.mark.parametrize("text", [
    "Ekbacka Bygg kontrakt 2027-0412 gäller från maj.",  # a case's number by its year
    "Norrby Energi faktura 5520 kr betalas i juni.",  # a sum
    "Norrby Energi faktura 1250 betalas i juni.",  # too short for a customer's number
    "Norrby Energi kundnr 1250 betalas i juni.",  # four digits: a member's number only
    "Norrby Energi faktura 2031-5520 betalas i juni.",  # a number by its year in a sentence, no cell
])
def test_a_year_a_sum_or_a_short_serial_stays(text):
    assert all("Norrby" not in f and "Ekbacka" not in f for f in found(text))
