"""A parcel's or a registered letter's number in the postal services' S10 shape, found by its check digit in a
table's cell or in running text, a carrier's other parcel numbers after a parcel's label ("kolli-ID 0037…",
"Spårningsnummer: 1Z…"), and a traveller's booking reference after its label ("bokningsnummer K7T4QX", the carrier
perhaps between: "bokningsnummer hos Nordflyg …") or one person's booked visit's ("Bokningsnummer för besöket: …");
a number whose check digit fails, and the authority's own booking numbers (a room's, an interpreter's), stay
readable. Fictional people."""

from __future__ import annotations

import pytest

from redact.types import Page
from tests.found_ids import page_ids

PARCELS = """Postförsändelser som hålls kvar
| Försändelse | Mottagare | Leveransadress | Innehåll
| RR483920115SE | Amanda Rask | Box 58, 981 92 Vittangi | kosttillskott
| CX715048366TH | Niklas Fjällström | c/o Holm, Repslagargatan 3, 981 35 Kiruna | snus
| EE366204152CN | Mohammed Al-Sayed | Kuttainen 12, 981 99 Karesuando | e-cigaretter
Kollit LB 209 183 743 GB till Sara Isaksson lämnas ut när avgiften är betald.
Försändelsen RR483920116SE har fel kontrollsiffra och är ingen försändelses.
Paketet till Emil Sandberg har kolli-ID 00373500301234567 enligt fraktbolaget.
Spårningsnummer: 1Z999AA10123456784 (skickat av Oliver Pike).
"""

BOOKINGS = """Ur e-post från vittnet:
Tågbiljetten har bokningsnummer K7T4QX och kostade 412 kr.
Hennes flygresa har bokningsreferens: 44712 09 hos bolaget.
Hotellbokning nr 7HQ2M4 gällde två nätter i Umeå.
Bokningsnr TB-1140 gäller tolken till förhandlingen.
Bokningsnummer 20260412 avser sammanträdesrummet.
Bokningsnummer för besöket: BK7-2251-904.
Bokningsnummer för lokalen: LK-2201-88.
Vera flög hem med bokningsnummer hos Nordflyg 4QK7T2 i mars.
Tolken har bokningsnr hos Tolkservice TB-1150 till förhandlingen.
"""


@pytest.mark.parametrize("number", ["RR483920115SE", "CX715048366TH", "EE366204152CN", "LB 209 183 743 GB",
                                    "00373500301234567", "1Z999AA10123456784"])
def test_a_parcels_number_is_found_by_its_check_digit(blank_detector, number):
    assert number in page_ids(blank_detector, PARCELS)


def test_a_number_of_the_shape_with_a_wrong_check_digit_stays(blank_detector):
    from redact.detect.parcel_numbers import s10_check_ok

    assert s10_check_ok("RR483920115SE") and not s10_check_ok("RR483920116SE")
    assert "RR483920116SE" not in page_ids(blank_detector, PARCELS)


@pytest.mark.parametrize("reference", ["K7T4QX", "44712 09", "7HQ2M4", "BK7-2251-904",
                                       "4QK7T2"])  # the carrier named between the label and the reference
def test_a_travellers_booking_reference_after_its_label(blank_detector, reference):
    assert reference in page_ids(blank_detector, BOOKINGS)


@pytest.mark.parametrize("number", ["TB-1140", "20260412", "LK-2201-88", "TB-1150"])
def test_the_authoritys_own_booking_numbers_stay(blank_detector, number):
    assert not any(number in found for found in page_ids(blank_detector, BOOKINGS))


@pytest.mark.parametrize("carrier", ["KLM", "SAS", "Finnair"])
def test_the_carrier_named_before_a_booking_reference_is_no_person(model_detector, carrier):
    text = f"Vera Lindqvist flög hem med bokningsnummer hos {carrier} 4QK7T2 och betalade själv."
    page = Page(number=1, text=text, words=(), width=595, height=842)
    persons = [f.text for f in model_detector.detect(page) if f.category == "PERSON"]
    assert not any(carrier in p for p in persons), persons
