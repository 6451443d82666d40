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
    # Birth dates after another language's cue, as Swedish documents quote foreign papers (cue, date as that
    # country writes it). The cues and months are the project's own knowledge of the languages.
    "dob_nordic_abroad": [
        ("født", "12.03.1987"),
        ("fødselsdato:", "04.11.1992"),
        ("født den", "7. mars 1983"),
        ("født", "21. desember 1975"),
        ("fødselsdato", "1990-08-14"),
        ("født", "3. marts 1968"),
        ("fødd", "30.06.2001"),
        ("fædd", "9. júní 1994"),
        ("fæðingardagur:", "14.02.1981"),
        ("fæddur", "2.10.1972"),
        ("født", "1. januar 2004"),
        ("fødselsdag:", "19.9.1959"),
    ],
    "dob_finnish_baltic": [
        ("syntynyt", "5.6.1990"),
        ("s.", "17.10.1984"),
        ("syntymäaika", "23.4.1978"),
        ("syntynyt", "8. kesäkuuta 1991"),
        ("syntymäaika:", "1986-12-02"),
        ("sündinud", "11.09.1986"),
        ("sünniaeg:", "02.01.1999"),
        ("sündinud", "5. juunil 1990"),
        ("gimęs", "1983 m. kovo 14 d."),
        ("gimimo data:", "1995-07-21"),
        ("dzimšanas datums:", "19.08.1977"),
        ("s.", "3.11.1969"),
    ],
    "dob_german_dutch": [
        ("geb.", "03.04.1979"),
        ("geboren am", "3. April 1979"),
        ("Geburtsdatum:", "17.11.1962"),
        ("geboren", "12. März 1958"),
        ("geb.", "1. Januar 2003"),
        ("geboren am", "28.02.1971"),
        ("Geburtsdatum", "5. Jänner 1988"),
        ("geboren op", "3 april 1979"),
        ("geboortedatum:", "14-08-1993"),
        ("geb.", "22-05-1966"),
        ("geboren op", "9 maart 1984"),
        ("geboortedatum", "30 oktober 2010"),
    ],
    "dob_romance": [
        ("né le", "4 mai 1985"),
        ("née le", "1er août 1977"),
        ("date de naissance :", "12/03/1987"),
        ("né(e) le", "23/09/1969"),
        ("nacido el", "3 de marzo de 1985"),
        ("fecha de nacimiento:", "14/02/1991"),
        ("nacida el", "28 de noviembre de 1974"),
        ("data de nascimento:", "07/07/1982"),
        ("nascida em", "12 de setembro de 1996"),
        ("data di nascita:", "15/01/1980"),
        ("nato il", "3 marzo 1985"),
        ("nata il", "19 luglio 1973"),
        ("data nașterii:", "04.10.1989"),
        ("născută la", "9 februarie 1976"),
    ],
    "dob_slavic_balkan": [
        ("data urodzenia:", "03.04.1979"),
        ("ur.", "3 marca 1979"),
        ("urodzona", "12 października 1988"),
        ("urodzony dnia", "21.11.1970"),
        ("datum narození:", "8. 5. 1984"),
        ("nar.", "14. února 1992"),
        ("rođen", "12.03.1987."),
        ("rođena", "3. ožujka 1990."),
        ("datum rođenja:", "12. 03. 1987."),
        ("rodjen", "27. avgusta 1981"),
        ("rođen", "5. jula 1965."),
        ("rojena", "11. 4. 1983"),
        ("data e lindjes:", "18.06.1994"),
        ("e lindur më", "2 prill 1986"),
        ("született", "1979. április 3."),
        ("data rozhdeniya:", "14.07.1975"),
    ],
    "dob_english_abroad": [
        ("born on", "3 March 1987"),
        ("date of birth:", "04/23/1985"),
        ("DOB", "12-Mar-1987"),
        ("born on", "3rd of March 1987"),
        ("Date of Birth:", "1987-03-12"),
        ("D.O.B.", "12/03/1987"),
        ("born", "12th June 1990"),
        ("DOB:", "07 JUL 1969"),
    ],
    "dob_mideast_africa": [
        ("doğum tarihi", "12 Mart 1987"),
        ("doğum tarihi:", "12.03.1987"),
        ("Doğum Tarihi", "03/04/1979"),
        ("dogum tarihi", "5 Eylul 1990"),
        ("tarikh al-milad:", "01/01/1985"),
        ("tavalod:", "1984-09-21"),
        ("tarikh-e tavalod", "21.03.1992"),
        ("taariikhda dhalashada:", "12/03/1987"),
        ("dhalasho", "01.01.1993"),
        ("ku dhashay", "15 Maarso 1988"),
        ("rojbûn:", "12.03.1987"),
        ("jidayikbûn", "1991-04-30"),
    ],
}

# Dates in the same languages that are no one's birth: a decision's, an arrival's, a passport's issue, a title's
# words ("Geboren in Berlin") and the alliance's name. (text, the part that must stay readable)
KEEP_ABROAD: list[tuple[str, str]] = [
    ("Enligt det norska vedtaket, datert 12.03.2024, ska ärendet prövas på nytt.", "12.03.2024"),
    ("Passet är utfärdat i Berlin (ausgestellt am 03.04.2019) och gäller i tio år.", "03.04.2019"),
    ("Den tyska domen, verkündet am 14. Mai 2021, bifogas i översättning.", "14. Mai 2021"),
    ("Av det finska intyget framgår att han saapui Tornioon 5.6.2023.", "5.6.2023"),
    ("Den franska handlingen slutar med orden fait à Lyon le 4 mai 2022.", "4 mai 2022"),
    ("Resolución de 3 de marzo de 2020 bifogas i spansk översättning.", "3 de marzo de 2020"),
    ("Det polska intyget är wydane dnia 12.10.2021 w Krakowie.", "12.10.2021"),
    ("Boken ”Geboren in Berlin” kom ut på svenska 2011.", "2011"),
    ("Romanen Geboren am Meer (utgiven 12.03.2009) finns på biblioteket.", "12.03.2009"),
    ("Sverige gick med i Nato den 7 mars 2024 enligt regeringens beslut.", "7 mars 2024"),
    ("NATO 4 april 1949: så bildades försvarsalliansen.", "4 april 1949"),
    ("Den turkiska domen (karar tarihi 12.03.2022) har vunnit laga kraft.", "12.03.2022"),
    ("Innreisedato: 14.08.2022 enligt den norska stämpeln.", "14.08.2022"),
    ("Ankunftsdatum: 3. April 2023", "3. April 2023"),
    ("Date of issue: 04/05/2021", "04/05/2021"),
    ("Data wydania: 12.03.2020", "12.03.2020"),
    ("Datum izdavanja: 12.03.2019.", "12.03.2019"),
    ("Fecha de expedición: 14/02/2020", "14/02/2020"),
    ("Data di rilascio: 15/01/2019", "15/01/2019"),
    ("Se bilaga s. 14, beslut 2021-03-04.", "2021-03-04"),
    ("Den finska lagen (s. 12) ändrades 1.1.2020.", "1.1.2020"),
    ("Le document est daté du 4 mai 2022 et signé à Lyon.", "4 mai 2022"),
    ("Tarih: 12.03.2023, Konu: oturma izni", "12.03.2023"),
    ("Rubriken Naissance d'une nation visades 2015 på festivalen.", "2015"),
]
