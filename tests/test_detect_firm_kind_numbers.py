"""A firm's or a maker's name, the kind of thing it gives in small letters and the number written as one run (an
insurer's policy by its kind, a bank's loan promise, a clinic's referral, a carrier's pass or booking, a hire firm's
contract, a maker's thing and its serial, a school's or an employer's number after its name of two words) are marked
from the firm's name; a sentence's noun before the maker, a body, a year and a sum stay. Fictional firms' numbers."""

from __future__ import annotations

import pytest

from found_ids import labelled_ids


# a cell of a table read one cell a line: the kind alone before the number, or the kind and a label
@pytest.mark.parametrize("text, value", [
    ("IB\nTrygga försäkring 55-2091-83\nAF\n", "Trygga försäkring 55-2091-83"),
    ("MS\nDjurfors djur DF 552091-8\nAF\n", "Djurfors djur DF 552091-8"),
    ("MS\nNorrbank bolånelöfte 5520 9183\nAF\n", "Norrbank bolånelöfte 5520 9183"),
    ("MS\nKredo lånelöfte L-055209\nAF\n", "Kredo lånelöfte L-055209"),
    ("AR\nLjusa röntgen RX-5520918\nMS\n", "Ljusa röntgen RX-5520918"),
    ("LK\nNorrtåg periodkort 5520 9183 91\nFO\n", "Norrtåg periodkort 5520 9183 91"),
    ("TW\nHyrma hyrbil avtal 552091831\nLK\n", "Hyrma hyrbil avtal 552091831"),
    ("SP\nFjällflyg bokning Q7RZ3N\nFO\n", "Fjällflyg bokning Q7RZ3N"),
    # a maker, its model's figures and the thing's noun or number's label before a serial, a hull's or a tag's chip
    ("DM\nTrygga fotboja nr TF552091\nHE\n", "Trygga fotboja nr TF552091"),
    ("HE\nSaab 95 chassinr YS3DD5520918\nTN\n", "Saab 95 chassinr YS3DD5520918"),
    ("HE\nKronberg 640 ramnr KRBHVA5520918\nTN\n", "Kronberg 640 ramnr KRBHVA5520918"),
    ("HE\nTohatsu F90 motor nr 7CH-1055209\nTN\n", "Tohatsu F90 motor nr 7CH-1055209"),
    ("AR\nBergström 512 skrov SE-BRG55209K818\nKH\n", "Bergström 512 skrov SE-BRG55209K818"),
    ("MS\nLås-Nord bricka 04:55:20:91:8A:3C\nAF\n", "Lås-Nord bricka 04:55:20:91:8A:3C"),
    # a maker's name ending as a definite noun does, its model after it
    ("OM\nCitroen Berlingo chassinr VF7GJ5520918\nTN\n", "Citroen Berlingo chassinr VF7GJ5520918"),
    # an organisation's name of two words, its place and its noun, before a staff's or a pupil's number
    ("PR\nNorrby högskola anst.nr 552091\nJÅ\n", "Norrby högskola anst.nr 552091"),
    ("TTL\nLärcentrum Norrby elevnr 2705520\nJÅ\n", "Lärcentrum Norrby elevnr 2705520"),
    # in running text, a subject line's quote
    ("Ämne: min brors jobb, Norrby högskola anst.nr 552091", "Norrby högskola anst.nr 552091"),
    # a pension provider's by its own word, a carrier's parcel, a work order, a course, an aid in a home, in a sentence
    ("Hon har Pensia tjänstepension nr 5520918-3 sedan i fjol.", "Pensia tjänstepension nr 5520918-3"),
    ("Paketet kom med Fraktia sändning 552091831207 i går.", "Fraktia sändning 552091831207"),
    ("Vi anlitade Glasab arbetsorder GL-552091 för rutan.", "Glasab arbetsorder GL-552091"),
    ("Hon gick Lastab truckkurs TK-552091 i maj.", "Lastab truckkurs TK-552091"),
    ("Pappa har Vakta trygghetslarm nr TL-552091 i hallen.", "Vakta trygghetslarm nr TL-552091"),
    # a booking site's name with its domain
    ("Tvisten gäller Resia.com bokning 5520918344. Förhandlingen hålls i sal 2.", "Resia.com bokning 5520918344"),
    ("Тема: автомобіль моєї сестри, Citroen Berlingo chassinr VF7GJ5520918", "Citroen Berlingo chassinr VF7GJ5520918"),
])
def test_the_firm_the_kind_and_the_number_are_one_mark(text, value):
    assert value in labelled_ids(text)


# a sentence's noun opening the line, a body alone in the definite form, a region's own, a person's name; a case's
# number by its year, a sum, a number too short for a policy's, a code without a digit or after no booking's word,
# bytes after no tag's noun
STAYS = [
    ("Rapport\nBilen Saab 95 chassinr YS3DD5520918 säljs på auktion.", "Bilen"),
    ("Skatteverket försäkring 55209183 gäller inte här.", "Skatteverket"),
    ("Vi skickade Region Norrby röntgen 5520918344 i maj.", "Region"),
    ("Ämne: Överklagan, Karin Lindqvist elevnr E27-5520918", "Karin"),  # the pupil the number is given to
    ("Motorn var registrerad på\nEvas båt SSR 552091.", "Evas"),  # a person's genitive: whose the thing is
    ("Hon har Trygga försäkring 2027-0412 från maj.", "Trygga"),
    ("Hon har Trygga försäkring 5520 kr att betala i juni.", "Trygga"),
    ("Hon har Trygga försäkring 1250 sedan juni.", "Trygga"),
    ("Hon tog Fjällflyg bokning ABCDEF i maj.", "Fjällflyg"),
    ("Hon tog Fjällflyg resa Q7RZ3N i maj.", "Fjällflyg"),
    ("MS\nNorrtåg periodkort 04:55:20:91\nAF\n", "Norrtåg"),
    ("Han hade Försäkringskassan intyg 5520918 med sig.", "Försäkringskassan"),  # a body's own paper
]


@pytest.mark.parametrize("text, part", STAYS)
def test_a_noun_a_body_a_year_a_sum_or_a_short_code_stays_readable(text, part):
    assert not any(part in f for f in labelled_ids(text))
