"""Fictional labelled identifiers and birth dates, the held-out half of ``check_identifiers.py``.

Other labels and other value shapes of the same kinds as ``identifiers_samples.py``, written blind (before any
run of the checker) and never to be tuned on: their figure is the honest measure of how the identifier and
birth-date rules generalise. Every number and date is invented; check digits of foreign national numbers are
computed (Norwegian mod 11, Finnish mod 31, Danish mod 11, German ISO 7064 mod 11,10). Items are (label, value)
for identifiers and (cue, date) for birth dates, as in the tuned half.
"""

from __future__ import annotations

HELD_OUT: dict[str, list[tuple[str, str]]] = {
    "employee": [
        ("personalnummer", "77 140"),
        ("Anställningsnr", "0031-8842"),
        ("Staff no.", "S/2209/14"),
        ("HR-ID", "HR 402 117 B"),
    ],
    "customer": [
        ("kundnr.", "0044 1208 77"),
        ("Kund-nr", "KN 88-2041"),
        ("kundreferens", "VA-103 556 2"),
        ("Customer ID", "CU-77 4102"),
    ],
    "client": [
        ("klientnr.", "2024/0871"),
        ("klientnummer inom socialtjänsten", "IFO-4417 03"),
        ("Client reference", "CL 30 9915"),
    ],
    "pupil": [
        ("elevnr.", "ELV 2207 13"),
        ("elevens ID-nummer", "88 301 446"),
        ("Student ID", "S-2023-04418"),
    ],
    "patient": [
        ("patientnr", "4410 88 207"),
        ("Journalnummer", "JN-77-30415"),
        ("patient-ID", "PAT/0229/41"),
    ],
    "member": [
        ("medlemsnr", "110 338 72"),
        ("Medlemsnr.", "MN 2041-88"),
        ("Membership no.", "M 7704 1190"),
    ],
    "library_card": [
        ("lånekort", "4470 0012 9903 18"),
        ("Bibliotekskortets nummer", "B-229 104 877"),
        ("Library card no.", "LC 0077 3318"),
    ],
    "parking_permit": [
        ("P-tillstånd för rörelsehindrade", "PRH 0938/25"),
        ("parkeringstillståndets nummer", "2024-RH-1177"),
        ("Disabled parking permit no.", "DP 55 201"),
    ],
    "key_tag": [
        ("nyckelbricka nr", "NB 0471-3"),
        ("Passerkort-ID", "PK 8812 0044 7"),
        ("taggnummer", "3F00 A217 9C"),
        ("key no.", "K-3391-A"),
    ],
    "plot_holder": [
        ("kolonilottskontrakt", "KOL 24-118"),
        ("båtplats-ID", "BPL/0871/23"),
        ("upplåtelsenummer för gravplatsen", "GP 2211 04"),
    ],
    "housing_queue": [
        ("kö-nr", "10 447 812"),
        ("Bostadsköns sökandenummer", "SK-0081 3374"),
        ("Housing queue no.", "HQ 77 2045"),
    ],
    "care_recipient": [
        ("LSS-nr", "24/0188"),
        ("Brukarnummer", "BR 7740 12"),
        ("hemtjänstens kund-ID", "HTJ-3308-21"),
        ("Care recipient ID", "CR 4412"),
    ],
    "debtor": [
        ("gäldenärsnr", "GN 2209 3318"),
        ("Betalarnr", "77 013 448"),
        ("debtor no.", "D-0449-1207"),
    ],
    "insurance": [
        ("försäkringsnr", "77-3301 448-2"),
        ("Försäkringsbrevets nummer", "FB 2204 9911"),
        ("insurance policy no.", "IP/330/88172"),
    ],
    "passport": [
        ("pass nr.", "77 019 448"),
        ("passets nummer", "93340172"),
        ("Passport number", "YB 7731402"),
    ],
    "national_id_card": [
        ("id-kort nr", "8813 3047"),
        ("Nationellt identitetskort", "44 019 772"),
        ("National ID card no.", "NID 4409 1183"),
    ],
    "driving_licence": [
        ("körkort nr", "4408 1127 03"),
        ("Körkortsnummer", "77-331 209"),
        ("Driving licence number", "DLN 3309 4418"),
    ],
    "lma_card": [
        ("LMA-kortets nummer", "30-118 447-2"),
        ("LMA kort", "4417 0932"),
        ("Migrationsverkets dossiernr", "88 204 173"),
    ],
    "no_fodselsnummer": [
        ("fødselsnummer", "221284 45661"),
        ("norskt personnummer", "300601 33200"),
    ],
    "fi_henkilotunnus": [
        ("HETU", "110972-093X"),
        ("henkilötunnus (finsk)", "250100A336S"),
    ],
    "dk_cpr": [
        ("CPR", "290266-1533"),
        ("dansk personnummer (CPR)", "120315 3658"),
    ],
    "de_steuer_id": [
        ("Steuer-IdNr", "29517360824"),
        ("tyskt skatteidentifikationsnummer", "63 170 298 485"),
    ],
    "vehicle_plate": [
        ("regnr", "DGH 27K"),
        ("Registreringsnr", "PLO 805"),
        ("fordonets reg. nr", "WZA 913"),
    ],
    "dog_chip": [
        ("chip-nr", "752098100337615"),
        ("Hundens ID-märkning", "752 0981 0022 7104"),
        ("SKK reg.nr", "SE30218/2020"),
    ],
    # Birth dates: (cue, date).
    "dob_iso": [
        ("född", "1983-08-19"),
        ("Födelsedatum:", "2011-02-07"),
        ("f", "1956-12-01"),
        ("född den", "1999-10-31"),
    ],
    "dob_numeric": [
        ("född", "19.08.1983"),
        ("f.", "7/2-2011"),
        ("födelsedag", "1/12 1956"),
        ("född den", "31.10.99"),
    ],
    "dob_words": [
        ("född", "19 aug. 1983"),
        ("född den", "7:e februari 2011"),
        ("f.", "1 dec 1956"),
        ("född", "31 okt 1999"),
    ],
    "dob_short": [
        ("f.", "830819"),
        ("född", "20110207"),
        ("född", "1:a december -56"),
        ("född", "99-10-31"),
    ],
    "dob_english": [
        ("born on", "19 August 1983"),
        ("Date of birth:", "07/02/2011"),
        ("DOB", "Dec 1, 1956"),
        ("b.", "October 31st 1999"),
    ],
    "dob_no_cue": [
        ("", "1975-04-22"),
        ("", "22 april 1975"),
    ],
}
