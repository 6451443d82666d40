"""A second held-out batch of labelled identifiers and birth dates (for ``check_identifiers.py --half held-out2``).

Written blind, after the held-out half had been run many times: by a helper who had not seen the detector's rules,
its word lists, its tests, the held-out half's items nor any figure the checker printed for identifiers, and who
chose no item by how the tool does on it. It measures how the identifier rules generalise to labels and writings
nobody tuned on. Do not tune rules on its misses and never run it with ``-v``: once this batch has been looked at,
write a fresh one for the honest figure.

Every number and date is invented for this file; no value was copied from a document, an evaluation set or a
register's published sample. Where a foreign national number carries a check digit or letter it was computed
(Norwegian fødselsnummer mod 11, Finnish henkilötunnus mod 31, Danish CPR mod 11, German Steuer-ID ISO 7064
mod 11,10, Icelandic kennitala mod 11, Polish PESEL, Dutch BSN 11-proof, Spanish DNI / NIE mod 23, Estonian
isikukood, the Swedish samordningsnummer's Luhn digit) so that a rule checking it is not fooled by a bad sum.

The kinds of the tuned half come again with other labels (definite forms such as "kundnumret", abbreviations with
and without a full stop, "-ID" / "-nr" / " nr", English labels) and other writings of the values (spaces, hyphens,
slashes, letters first or last). Kinds that the tuned half lacks and a Swedish municipality or agency meets:
the samordningsnummer and the health care's reserve number, a residence permit card, a private car's chassis
number, a färdtjänst permit, a school or bus travel card, a household's utility subscription and meter, a tenant's
number, a child's place in the preschool queue, and the national numbers of Iceland, Poland, the Netherlands,
Spain, Estonia and the United Kingdom; birth dates also after Norwegian, Danish, German and Finnish cues.

An identifier kind's item is (label, value) and a birth-date kind's item is (cue, value), as in
``identifiers_samples``. ``KEEP2`` lists, as ``check_identifiers.KEEP`` does, the authority's own numbers and
ordinary figures that must stay readable: (text, the part that must not be masked).
"""

from __future__ import annotations

HELD_OUT2: dict[str, list[tuple[str, str]]] = {
    "employee": [
        ("personalnr", "71 40 332"),
        ("Lönenr", "L-20918"),
        ("HSA-id", "SE2321000099-HK4T"),
        ("Staff ID", "ST-04472"),
    ],
    "customer": [
        ("kund nr", "88 301 276"),
        ("kundnumret", "3309-1147"),
        ("Kund ID", "KU 440 918 2"),
        ("Customer number", "CN-2025-88140"),
    ],
    "client": [
        ("klientnumret", "SOC-2219-07"),
        ("Klient-nr", "44 019 82"),
        ("aktnummer", "A 19-3306"),
        ("Client ref.", "CL 7730-22"),
    ],
    "pupil": [
        ("elev-nr", "2025E-0713"),
        ("elevnumret", "19 0442 7"),
        ("elevens nummer", "S-448 217"),
    ],
    "patient": [
        ("patientens ID", "PAT 55 018 4"),
        ("journal-ID", "JN-7741-90"),
        ("pat.nr", "0228 4471"),
    ],
    "member": [
        ("medlemsnumret", "MN 88 2041"),
        ("Medlems-nr", "2219-0088"),
        ("Member no.", "M 0044 7129"),
    ],
    "library_card": [
        ("bibliotekskortsnummer", "L4471 2290 08"),
        ("Lånekortsnr", "0077 4412 19"),
        ("lånekortets nummer", "LIB-33 0917"),
    ],
    "parking_permit": [
        ("tillståndsnummer för parkering", "PT 2026-0119"),
        ("särskilt P-tillstånd nr", "SP 0912/25"),
        ("boendeparkeringstillstånd nr", "BP-44 718"),
    ],
    "key_tag": [
        ("nyckelbrickans nummer", "7F 22 91 A0"),
        ("passerkortets nummer", "PK 0044 1983"),
        ("nyckel nr", "K-217 C"),
        ("Key card no.", "KC 88 041 7"),
    ],
    "plot_holder": [
        ("kolonilottskontrakt nr", "KL-44 2020"),
        ("båtplatskontraktets nummer", "BK 2208-11"),
        ("gravrättsbevis nr", "GB 4471-03"),
    ],
    "housing_queue": [
        ("kö-nummer", "KÖ 2207 415"),
        ("Bostadskönummer", "BK-770 218"),
        ("sökandenummer i bostadskön", "55 0912"),
    ],
    "care_recipient": [
        ("trygghetslarmets nummer", "TL 4471-2"),
        ("Brukarnr", "BR-22 0917"),
        ("hemtjänst-ID", "HT 7730 19"),
        ("LSS-ID", "L 2206-4417"),
    ],
    "debtor": [
        ("gäldenärs-ID", "GN-44 7102"),
        ("betalar-ID", "90 4471 28"),
        ("reskontranummer", "R 2204 7719"),
    ],
    "insurance": [
        ("försäkringsnumret", "774-22 0918"),
        ("försäkring nr", "F 2291 4407 1"),
        ("Insurance no.", "INS-88 3012-4"),
        ("EU-kortets nummer", "80752000010044719023"),
    ],
    "passport": [
        ("passnumret", "91 004 772"),
        ("Passnr", "71042289"),
        ("Passport nr", "N 0447 2191"),
    ],
    "national_id_card": [
        ("ID-kortets nummer", "88 107 442"),
        ("Id-kortsnr", "7 2219 044"),
        ("ID card number", "ID 4419 7730"),
    ],
    "driving_licence": [
        ("körkortets nummer", "22 718 4409"),
        ("körkortsnumret", "1 447 229 018"),
        ("Driver's licence number", "DL-550 7714"),
    ],
    "lma_card": [
        ("LMA-kortsnummer", "22-418 907-6"),
        ("LMA nr", "0917 4422"),
        ("Dossiernr", "8 204 771"),
    ],
    "residence_permit_card": [
        ("UT-kortsnummer", "UA 2290 441"),
        ("uppehållstillståndskort nr", "UT7104482"),
        ("Residence permit card no.", "RP 7741 0932"),
    ],
    "coordination_number": [
        ("samordningsnummer", "870363-4413"),
        ("Samordningsnr", "19910284-2276"),
    ],
    "reserve_number": [
        ("reservnummer", "19870303-R447"),
        ("Reservnr", "99 870303 4418"),
        ("reserv-ID", "RES-2026-00391"),
    ],
    "no_fodselsnummer": [
        ("personnummer (norskt)", "031295 41252"),
        ("Fnr.", "19066823213"),
    ],
    "fi_henkilotunnus": [
        ("finsk personbeteckning", "281163-447L"),
        ("HETU-nr", "090571Y862Y"),
    ],
    "dk_cpr": [
        ("cpr-nummer", "220977-4448"),
        ("CPR nr.", "0311855468"),
    ],
    "de_steuer_id": [
        ("IdNr", "59 301 278 569"),
        ("Steuer-Identifikationsnummer", "28751049769"),
    ],
    "is_kennitala": [
        ("kennitala", "120587-3239"),
        ("isländskt personnummer (kennitala)", "3011904419"),
    ],
    "pl_pesel": [
        ("PESEL", "86071403827"),
        ("polskt personnummer (PESEL)", "02230915776"),
    ],
    "nl_bsn": [
        ("BSN", "551028762"),
        ("burgerservicenummer", "2094.77.313"),
    ],
    "es_dni_nie": [
        ("DNI", "47192836X"),
        ("NIE-nummer", "Y-4418270-F"),
    ],
    "ee_isikukood": [
        ("isikukood", "48805212735"),
        ("estniskt personnummer", "37509160440"),
    ],
    "uk_nino": [
        ("National Insurance number", "JT 77 10 42 A"),
        ("NI no.", "NR447102C"),
    ],
    "vehicle_plate": [
        ("registreringsnumret", "DKR 17W"),
        ("Reg nr", "HUT 904"),
        ("fordonets regnr", "ZLP33A"),
    ],
    "vehicle_vin": [
        ("chassinummer", "YV1DZ8256C2271149"),
        ("VIN", "WVWZZZ1KZ9W441732"),
    ],
    "dog_chip": [
        ("chipnr", "752 098 100 773 410"),
        ("Chip-ID", "752098100519273"),
        ("kattens chipnummer", "752 0981 0044 0618"),
    ],
    "transport_service": [
        ("färdtjänstkortets nummer", "FT 2207 441"),
        ("Färdtjänsttillstånd nr", "FTJ-44 1092"),
        ("riksfärdtjänst-ID", "RF 0917-22"),
    ],
    "travel_card": [
        ("skolkortsnummer", "3012 7744 0918"),
        ("Reskort nr", "RK 44 719 2"),
        ("busskortets nummer", "BK 4471 0982"),
    ],
    "utility_subscriber": [
        ("abonnentnummer", "AB 70 4419"),
        ("Mätarnr", "M 22 881 047"),
        ("anläggnings-ID", "735999100044172918"),
    ],
    "tenant": [
        ("hyresgästnummer", "HG-2290 17"),
        ("Hyreskontrakt nr", "HK 4417-0092"),
        ("Tenant ID", "T 77 1023"),
    ],
    "childcare_queue": [
        ("köplats-ID i förskolekön", "FK 2026-0441"),
        ("barnets kö-nr", "BQ 77 109"),
    ],
    # Birth dates: (cue, date).
    "dob_iso": [
        ("född:", "1984-12-09"),
        ("födelsedatum (ÅÅÅÅ-MM-DD)", "2011-02-28"),
        ("född", "1958-07-21"),
        ("birth date:", "1993-05-17"),
    ],
    "dob_numeric": [
        ("f.", "09.12.1985"),
        ("född", "28/2 2012"),
        ("föd.dat.", "21-07-1957"),
        ("född den", "17.5.93"),
    ],
    "dob_words": [
        ("född den", "9 december 1983"),
        ("f.", "21 juli 1959"),
        ("född den", "17:e maj 1994"),
        ("född", "2 okt. 1966"),
    ],
    "dob_short": [
        ("f.", "841209"),
        ("född", "20110228"),
        ("f.", "21/7 -58"),
        ("född", "93-05-17"),
    ],
    "dob_english": [
        ("birthdate", "9 December 1984"),
        ("date of birth (mm/dd/yyyy)", "02/28/2011"),
        ("Birth date", "July 21st, 1958"),
        ("born:", "May 17, 1993"),
    ],
    "dob_no_cue": [
        ("", "1976-10-04"),
        ("", "4 oktober 1976"),
    ],
    "dob_foreign": [
        ("født", "11.08.1971"),
        ("geb.", "23.04.1966"),
        ("syntynyt", "5.1.1990"),
    ],
}

# The authority's own numbers and ordinary figures that must stay readable: (text, the part that must not be
# masked), in running text, on "Label: value" lines and in table cells.
KEEP2: list[tuple[str, str]] = [
    ("Vårt diarienummer är SBN 2026/0731; ange det när du kontaktar oss.", "SBN 2026/0731"),
    ("Ärendet registrerades under dnr 2025-000412 hos socialnämnden.", "2025-000412"),
    ("Handläggning\nDnr: BN 2026-00178\nHandläggare: bygglovsenheten", "BN 2026-00178"),
    ("Er referens: inköpsorder IO-44718, levererad 2026-02-11.", "IO-44718"),
    ("Leverans\nOrdernr: 4500 22 1187\nLeveransvecka: 14", "4500 22 1187"),
    ("Artikelnummer 33-2190-4 (kopieringspapper A4) har utgått ur sortimentet.", "33-2190-4"),
    ("| Artikel | Art.nr | Antal |\n| Pärmar | 40-1188 | 12 |\n| Pennor | 40-2291 | 50 |", "40-1188"),
    ("Upphandlingsnummer: UPH 2025-0193", "UPH 2025-0193"),
    ("Samtalet hålls i besöksrum 2.114 på socialkontoret.", "2.114"),
    ("Utbildningen äger rum i konferensrum C 112, plan 1.", "C 112"),
    ("Sista dag för yttrande är den 14 april 2026.", "14 april 2026"),
    ("Beslutsdatum: 2026-01-27", "2026-01-27"),
    ("Den totala kostnaden beräknas till 1 245 000 kronor inklusive moms.", "1 245 000 kronor"),
    ("Avgiften är 2 310 kr per månad från och med den 1 juli.", "2 310 kr"),
    ("Enligt 4 kap. 1 § socialtjänstlagen (2001:453) har den enskilde rätt till bistånd.", "2001:453"),
    ("Ärendet behandlades som § 112 vid nämndens sammanträde.", "§ 112"),
    ("Fakturan ska märkas med kommunens referenskod 4410KS.", "4410KS"),
    ("Bygglovet gäller enligt ritning nr A-40.1-003, daterad 2025-11-20.", "A-40.1-003"),
]
