"""Fictional labelled identifiers and birth dates, the tuned half of ``check_identifiers.py`` (rules may be tuned on these).

Every number and date is invented for this file; no value was copied from a document, an evaluation set or a
register's published sample. Where a foreign national number carries a check digit or letter it was computed
(Norwegian fødselsnummer mod 11, Finnish henkilötunnus mod 31, Danish CPR mod 11, German Steuer-ID
ISO 7064 mod 11,10) so that a rule checking it is not fooled by a bad sum.

An identifier kind's item is (label, value): the label as a person or a system writes it (in full, abbreviated,
with "-ID", in English), the value is what must not stay readable. A birth-date kind's item is (cue, value):
the words before the date ("född", "f.", "DOB", ...; "" for none) and the date. The held-out half is
``identifiers_heldout.py``. The kinds after the comment "Written by the e-mail and labelled-identifier tuner" add
e-mail addresses (kinds "email_*": (cue, address), set in the e-mail frames of ``check_identifiers.py``) and more
labels and value shapes; their addresses use invented people and domains (gmail.com and the like as any private
person's provider).
"""

from __future__ import annotations

TUNED: dict[str, list[tuple[str, str]]] = {
    "employee": [
        ("anställningsnummer", "40217"),
        ("Anst.nr", "A-118 204"),
        ("Employee ID", "EMP-00731"),
        ("anställnings-ID", "KK 5530-12"),
    ],
    "customer": [
        ("kundnummer", "100 452 877"),
        ("Kundnr", "K-7731 0942"),
        ("kund-ID", "20-558193"),
        ("Customer no.", "C4410087"),
    ],
    "client": [
        ("klientnummer", "KL-2291-04"),
        ("Klientnr", "0419/22"),
        ("klient-ID", "SOC 88 1307"),
    ],
    "pupil": [
        ("elevnummer", "E2024-3381"),
        ("Elev-ID", "st19ab07"),
        ("Elevnr", "7 744 102"),
    ],
    "patient": [
        ("patientnummer", "P-0081 4432"),
        ("journalnr", "J 2231 775"),
        ("Patient ID", "PID 9901327"),
    ],
    "member": [
        ("medlemsnummer", "51 220 078"),
        ("Medl.nr", "M-30917"),
        ("medlems-ID", "SE-KF-004417"),
    ],
    "library_card": [
        ("lånekortsnummer", "2900 1003 4417 52"),
        ("Lånekort nr", "L 0488 1932"),
        ("bibliotekskort", "29001-00881-744"),
    ],
    "parking_permit": [
        ("parkeringstillstånd för rörelsehindrade nr", "PR-2025-0417"),
        ("P-tillstånd nr", "1180/24"),
        ("Parkeringstillstånd (RH) nr", "RH 33 812"),
    ],
    "key_tag": [
        ("nyckelnummer", "N-4417-B"),
        ("Tagg-ID", "04A3F2991C"),
        ("passerkortsnummer", "0012 7754 3319"),
        ("bricknr", "B 22190"),
    ],
    "plot_holder": [
        ("kontraktsnummer för kolonilotten", "KT-2019-088"),
        ("båtplatskontrakt nr", "BP 0442-17"),
        ("gravrättsnummer", "GR 11-0347"),
    ],
    "housing_queue": [
        ("könummer", "BQ-553 019"),
        ("Bostadskö nr", "2026-11872"),
        ("sökande-ID i bostadskön", "774 1092"),
    ],
    "care_recipient": [
        ("LSS-nummer", "LSS 24-0913"),
        ("brukar-ID", "HT-00287-5"),
        ("Hemtjänst kundnr", "4410 229"),
        ("Vårdtagarnr", "VT 7781"),
    ],
    "debtor": [
        ("gäldenärsnummer", "G 118 0427"),
        ("Kundreskontranr", "31007785"),
        ("betalarnummer", "BET-660 218"),
    ],
    "insurance": [
        ("försäkringsnummer", "3301-8812-44"),
        ("Försäkr.nr", "HEM 7 554 019"),
        ("Policy no.", "PL-0099-12877"),
    ],
    "passport": [
        ("passnummer", "88412093"),
        ("Pass nr", "AB 441 9027"),
        ("Passport No.", "P4410972"),
    ],
    "national_id_card": [
        ("id-kortsnummer", "91 772 045"),
        ("Nationellt id-kort nr", "77104823"),
        ("ID-kort", "SE 3319 0472"),
    ],
    "driving_licence": [
        ("körkortsnummer", "1 550 887 203"),
        ("körkortsnr", "88 204 117"),
        ("Driving licence no.", "DL 77312 904"),
    ],
    "lma_card": [
        ("LMA-kort nr", "21-774 019-3"),
        ("LMA-nummer", "1188 2034"),
        ("dossiernummer", "7 731 205"),
    ],
    "no_fodselsnummer": [
        ("norskt fødselsnummer", "270392 51898"),
        ("fødselsnr", "09117520754"),
    ],
    "fi_henkilotunnus": [
        ("henkilötunnus", "150384-2273"),
        ("finskt personnummer (HETU)", "020607A418D"),
    ],
    "dk_cpr": [
        ("CPR-nr", "060483-4228"),
        ("danskt CPR-nummer", "1807912875"),
    ],
    "de_steuer_id": [
        ("Steuer-ID", "47 183 052 947"),
        ("tysk skatte-ID (Steuerliche Identifikationsnummer)", "86024177358"),
    ],
    "vehicle_plate": [
        ("registreringsnummer", "MLB 84F"),
        ("reg.nr", "KXT 311"),
        ("bilens reg-nr", "ARO44P"),
    ],
    "dog_chip": [
        ("chipnummer", "752 098 100 441 327"),
        ("ID-nummer (chip)", "752098100882041"),
        ("hundens registreringsnummer", "SE44172/2021"),
    ],
    # Birth dates: (cue, date).
    "dob_iso": [
        ("född", "1987-03-03"),
        ("födelsedatum:", "1991-11-24"),
        ("f.", "2004-06-15"),
        ("DOB", "1979-01-30"),
    ],
    "dob_numeric": [
        ("f.", "24.11.1991"),
        ("född den", "15/6 2004"),
        ("födelsedatum", "30/01/1979"),
        ("född", "7.9.62"),
    ],
    "dob_words": [
        ("född den", "3 mars 1987"),
        ("född", "24 november 1991"),
        ("f.", "15 juni 2004"),
        ("född den", "30:e januari 1979"),
    ],
    "dob_short": [
        ("född", "870303"),
        ("f.", "19910224"),
        ("född", "3:e mars -87"),
        ("f.", "79-01-30"),
    ],
    "dob_english": [
        ("born", "March 3, 1987"),
        ("DOB:", "24 Nov 1991"),
        ("date of birth", "June 15th, 2004"),
        ("D.O.B.", "30 January 1979"),
    ],
    "dob_no_cue": [
        ("", "1962-09-07"),
        ("", "7 september 1962"),
    ],
    # --- Written by the e-mail and labelled-identifier tuner (this batch; all values invented here) ---
    # Labels of a register's number as a registrar meets them abbreviated or by the thing handed out, and values
    # that mix letters and digits ("AB-4471-K", "K 22/0413").
    "abbreviated_label": [
        ("kundnr.", "AB-4471-K"),
        ("medl.nr", "K 22/0413"),
        ("anst.nr:", "A 7731-09"),
        ("kund-nr", "KX 55 2091"),
        ("Klientnr.", "SOC-2291/B"),
    ],
    "card_and_tag": [
        ("kort-ID", "C7-4410-22"),
        ("kortnummer", "6001 2288 4417"),
        ("bricknummer", "BR 22/0418"),
        ("tagg-ID", "TG-00418-A"),
        ("lånekortsnummer", "L-2291 0447"),
    ],
    "household_contract": [
        ("abonnemangsnummer", "ABN 4471 2209"),
        ("mätarnummer", "M 7731 0942"),
        ("elmätarnummer", "73 5999 1004"),
        ("hyresavtal nr", "HY-0417-22"),
        ("kundnummer för elavtalet:", "EL-88 2041"),
    ],
    "foreign_label": [
        ("Kundennummer", "4471 2209 18"),
        ("asiakasnumero", "AS-77 1302"),
        ("numer klienta", "K 88 1204"),
        ("numéro de client", "FR 5521 0417"),
        ("Mitgliedsnummer", "MG-20 7731"),
        ("member ID", "M-55 7731"),
    ],
    # A log-in, a radio tag, a staff member's and a student's numbers, a contract of a household
    "login_and_staff": [
        ("Student-ID", "st-44710"),
        ("RFID", "04B3E2981D"),
        ("Medarbetar-ID", "mlin0417"),
        ("HSA-id", "SE2321000016-4FT7"),
        ("avtalsnummer", "HYR-2291-0417"),
        ("anläggnings-ID", "735999100044712209"),
        ("Customer ID", "CU-7731-K"),
        ("Migrationsverkets ärendenummer", "22-771094"),
    ],
    # E-mail addresses: (cue, address). A kind "email_*" is set in the e-mail frames of check_identifiers.py
    # (running text, a "Label: value" line, table cells as LibreOffice and PyMuPDF render them, angle brackets,
    # "mailto:", punctuation after it, and line ends after "@", at a dot and at a hyphen).
    "email_plain": [
        ("e-post", "anna.lindqvist@gmail.com"),
        ("mejl", "a.lindqvist@telia.com"),
        ("e-postadress", "lindqvist.anna@hotmail.se"),
        ("mail", "anna_lindqvist77@outlook.com"),
    ],
    "email_swedish_letters": [
        ("e-post", "åsa.öberg@bredband.net"),
        ("e-post", "göran.älvdal@äppelgården.nu"),
        ("mejladress", "björn-åke@ekström-måleri.se"),
        ("e-postadress", "maja.söderström@bahnhof.se"),
    ],
    # letters of other alphabets in the local part or an IDN domain (a Norwegian's, a Pole's, a Turk's name)
    "email_foreign_letters": [
        ("e-post", "bjørn.ås@online.no"),
        ("e-post", "łukasz.wójcik@wp.pl"),
        ("e-mail", "josé.martínez@correo.es"),
        ("e-post", "kaan.yılmaz@gmail.com"),
        ("E-Mail", "jürgen.groß@gärtnerei-groß.de"),
    ],
    "email_shapes": [
        ("e-post", "anna.lindqvist+kommunen@gmail.com"),
        ("E-mail", "Anna.Lindqvist@Telia.com"),
        ("EPOST", "ANNA.L@HOTMAIL.COM"),
        ("e-post", "anna-karin.lind_84@spray.se"),
        ("e-post", "erik.holm@student.mail.lu.se"),
        ("e-post", "kalle99@post.utfors.se"),
    ],
    "email_tld": [
        ("e-post", "anna@lindqvistfoto.nu"),
        ("e-post", "anna.lindqvist@familjenlindqvist.info"),
        ("e-post", "erik.holm@holmsnickeri.online"),
        ("e-post", "a.lindqvist@wildlife-trust.org"),
        ("e-post", "holm.erik@byaforening.com"),
    ],
    "email_obfuscated": [
        ("e-post", "anna.lindqvist(at)gmail.com"),
        ("e-post", "anna.lindqvist [at] gmail punkt com"),
        ("e-post", "anna.lindqvist at gmail dot com"),
        ("e-post", "anna.lindqvist (snabel-a) telia.se"),
        ("e-post", "anna.lindqvist @ gmail.com"),
        ("e-post", "anna.lindqvist(at)gmail(dot)com"),
        ("e-post", "anna.lindqvist@ gmail.com"),
        ("e-post", "anna(a)lindqvist.fi"),
        ("e-post", "anna punkt lindqvist at gmail punkt com"),
    ],
    # one-word boxes of private people on a public provider's domain, another person's "first.last" beside
    "email_one_word": [
        ("e-post", "skogsmulle@gmail.com"),
        ("e-post", "stugan.vid.sjon@telia.com"),
        ("mejl", "gullvivan@hotmail.com"),
        ("e-post", "sunnanvind@bredband.net"),
    ],
    "email_staff": [
        ("e-post", "anna.lindqvist@norrvik.se"),
        ("e-post", "anna.lindqvist@skola.norrvik.se"),
        ("e-post", "annli@norrvik.se"),
        ("e-post", "lindqvistanna@norrvik.se"),
    ],
}
