"""A firm's or a maker's name, what the number is of in any words in small letters and the number, filling a table's
cell (a pension provider's number by its own word, a carrier's parcel, an insurer's claim, a glazier's work order, a
payment's reference, a grid's facility, an aid's or a device's serial, a maker's model before "nr"), are marked from
the firm's name; a body, a label alone before its number, a year and a case's number by its year stay. Fictional
firms' numbers."""

from __future__ import annotations

import pytest

from found_ids import labelled_ids


# a cell of a table read one cell a line, between two handlers' initials
@pytest.mark.parametrize("value", [
    "Pensia tjänstepension nr 5520918-3",
    "Vandel pensioen nr 552091833",
    "Caixa pensión nr 12/5520918-04",
    "Rentia dossier 55209183B",
    "Fraktia Express sändning 552091831207",
    "Postlyn kolli LX552091834DE",
    "Trygga skadenummer 5520918-31",
    "Glasab Norr arbetsorder GL-552091",
    "Payza betalning 5E5520918B",
    "Norrkraft anläggnings-id 735999552091830122",
    "Vakta trygghetslarm nr TL-552091",
    "Gåbra rullator nr 55209183-K",
    "Mätab+Co E520 nr 55209183",
    "Resia.com bokning 5520918344",
    "Lagerhus förråd nr 5520-918",
    "TRK12 truckkort 31-552091",
    # a firm or a society named by its noun in the definite form, before a customer's, a member's or an order's label
    "Hemapoteket dosdispensering kundnr 5520918",
    "Seglarsällskapet medlemsnr 552091-8",
    "Flyttbilen order FB-31-552091",
    # a thing's noun of three letters before the maker's order or a bare "nr"
    "Solvia rör order 31-5520-XL",
    "Brunte kar nr KR-552091",
    # a payment service's or an e-wallet's account of one customer, the number in spaced groups
    "Paylo kontonr 5520 9183",
    "Vippa konto 55 2091 8344",
])
def test_the_firm_the_noun_and_the_number_in_a_cell_are_one_mark(value):
    assert value in labelled_ids(f"AB\n{value}\nKL\n")


# a body alone in the definite form, a region's own, a label alone before "nr", a year, a case's number by its year,
# too few digits, a run in a sentence that is no cell
STAYS = [
    ("AB\nSkatteverket beslut 5520918344\nKL\n", "Skatteverket"),
    ("AB\nFörsäkringskassan ärende 5520918344\nKL\n", "Försäkringskassan"),
    ("AB\nKronofogden utmätning 5520918344\nKL\n", "Kronofogden"),
    ("AB\nNorrby tingsrätt beslut 5520918344\nKL\n", "Norrby"),
    ("AB\nRegion Norrby remiss 5520918344\nKL\n", "Region"),
    ("AB\nFaktura nr F5520918\nKL\n", "Faktura"),
    ("AB\nPensia tjänstepension nr 2027-0412\nKL\n", "Pensia"),
    ("AB\nPensia ärende nr 55209-27\nKL\n", "Pensia"),
    ("AB\nPensia tjänstepension nr 5520\nKL\n", "Pensia"),
    ("AB\nPassport number: 552091834\nKL\n", "Passport"),
    ("AB\nNordea personkonto 5520918344\nKL\n", "Nordea"),  # an account's cell: its number alone
    ("AB\nPensia sparkonto 5520918344\nKL\n", "Pensia"),  # a field's label, no firm
    ("AB\nNordea kontonr 5520 9183\nKL\n", "Nordea"),  # a bank's account: its number alone
    ("AB\nNgày sinh 15/8/1961\nKL\n", "Ngày"),  # a date
    ("AB\nAgda har 5520918\nKL\n", "har"),  # a short small word with no label names no thing
    ("Hon fick Pensia utbetalning 5520918-3 i maj och flyttade.", "Pensia"),
]


@pytest.mark.parametrize("text, part", STAYS)
def test_a_body_a_bare_label_a_year_or_a_sentence_stays_readable(text, part):
    assert not any(part in f for f in labelled_ids(text))



# a firm named by its trade in the plural's definite form, its inspection's protocol or its quote in a cell
@pytest.mark.parametrize("text, value", [
    ("BN\nfuktskada\nTaktäckarna protokoll 5520/3\nAF\n", "Taktäckarna protokoll 5520/3"),
    ("BN\nfönster\nRutmästarna offert 5520-184\nAF\n", "Rutmästarna offert 5520-184"),
])
def test_a_trade_firms_protocol_in_a_cell_is_one_mark(text, value):
    assert value in labelled_ids(text)


@pytest.mark.parametrize("text, part", [
    ("BN\nstämma\nStyrelsen protokoll 5520/3\nAF\n", "Styrelsen"),  # a board's own minutes
    ("Makarna hade bråttom.\nBN\nmakarna protokoll 5520/3\nAF\n", "makarna"),  # a common noun, no firm
    ("Parterna har fått kopior.\nparterna skrev.\nParterna protokoll 5520/3\n", "Parterna"),
])
def test_a_body_or_a_common_plural_before_a_protocol_stays_readable(text, part):
    assert not any(part in f for f in labelled_ids(text))
