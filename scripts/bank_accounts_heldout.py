"""Fictional bank account writings, the held-out half of ``check_bank_accounts.py``.

Other writings of the same kinds as ``bank_accounts_samples.py``, written blind (before any run) and never to be
tuned on: their figure is the honest measure of how the account rules generalise. Every number is invented;
check digits are computed where the format has them (Luhn, mod 11, mod 97, national weights). Plain strings are
set in every frame of the checker; a table kind's writing is a pair (header cells, value cells).
"""

HELD_OUT: dict[str, list] = {
    "se_clearing_account": [
        "Nordea 3009-44 518 27",
        "5218 00 771 93",
        "ICA Banken 9273 508 44 19",
        "Danske Bank 1272 0661 508",
        "Skandiabanken 9150-12 744 30",
        "5354/02 613 88",
        "3127 06-902 41",
        "kontot 9060-4085526 i Länsförsäkringar",
    ],
    "se_swedbank": [
        "8431-9 306 612 774-1",
        "Swedbank, clearing 8264-4, konto 845 003 129-2",
        "8150-5 / 519 927 430-8",
        "8313-9 402.277.195-2",
        "Swedbank 8390-7 9633305181",
        "kontonummer 8201-6, 127 745 902-8 (Swedbank)",
    ],
    "se_handelsbanken": [
        "Handelsbanken 6618 703 188 461",
        "6102-882 140 590",
        "Handelsbanken, clnr 6530, kontonr 644 182 032",
        "6950 299305171",
        "6011 – 511 776 284",
    ],
    "se_personkonto": [
        "3300 690731-8825",
        "Nordea 3300-020518-3361",
        "personkonto i Nordea: 3300 830101 4471",
        "clearingnummer 3300, kontonummer 9902143370",
        "3300 0106304454",
    ],
    "se_labelled": [
        "Clnr: 8150-5 Kontonr: 519 927 430-8",
        "clearingnummer 5218 och kontonummer 0077193",
        "Clearing 6530 Konto 644 182 032",
        "cl 9273, kto 508 44 19",
        "kontonr (inkl. clearing) 5354-0261388",
    ],
    "se_broken": [
        "8431-9 306 612\n774-1",
        "Clearingnummer: 3300\nKontonummer: 6907318825",
        "6618\n703 188 461",
        "Nordea 3009\n44 518 27",
    ],
    "bankgiro": [
        "Bg 318-8778",
        "bankgironr: 503-9177",
        "BG-nr 722-4686",
        "bankgiro nr 6630-2159",
        "bg 9201849",
        "Bankgiro: 5117-3029",
    ],
    "plusgiro": [
        "pg 337 74 01-9",
        "Plusgiro: 5 12 08-7",
        "PG 74 22 66-0",
        "plusgironummer 1180934-0",
        "Postgiro 883 01 72-6",
    ],
    "swish": [
        "Swish: 076-240 18 93",
        "swishnummer 0708 55 21 64",
        "Swish 123 604 29 17",
        "via Swish till 46739204411",
    ],
    "foreign_norway": ["kontonr. 4202 33 11881", "Norsk bankkonto: 9235.14.00678"],
    "foreign_denmark": ["DK26 1230 0004 4182 70", "reg.nr 5295 kontonr 3817702"],
    "foreign_finland": ["FI10 1025 3500 4417 62", "IBAN: FI08 1662 3500 9044 12"],
    "foreign_germany": ["DE17 4306 0967 0004 9177 33", "Konto-Nr. 301177462, BLZ 12030000"],
    "foreign_uk": ["account 55102983, sort code 09-01-28", "Barclays 20-33-91 / 60447812"],
    "foreign_us": ["Routing: 311000074 Account: 2207 5519 03", "US-konto 4471 0098 2231, routing nr 053000125"],
    "foreign_canada": ["institution 001 transit 00417 account 5502718", "Kanada: 07722-010-1093384"],
    "foreign_australia": ["BSB 012-003 Account 4417 2290", "australiskt konto BSB 083 125, kontonummer 51 922 0871"],
    "foreign_india": ["A/c 00720110044791, IFSC ICIC0000072", "kontonummer 6021 7739 1045 (IFSC PUNB0602100)"],
    "foreign_japan": ["Japan Post Bank 10180-27731561", "Sumitomo Mitsui, branch 703, futsu 4418290"],
    "foreign_mexico": ["CLABE 072 180 00678901234 2", "clabe interbancaria 032180001122334457"],
    "foreign_brazil": ["Itaú agência 0441 conta 07712-9", "ag 2917-0 cc 10332-4"],
    "foreign_turkey": ["TR28 0001 0003 4455 0019 2837 46", "IBAN: TR100011100000000071234509"],
    "foreign_iran": ["IR14 0170 0000 0322 5567 8104 62", "Shebanr IR04 0120 0000 0004 5123 7698 15"],
    "table": [
        (("Konto",), ("Nordea 3300 830101-4471",)),
        (("Kontonr",), ("8264-4, 845 003 129-2",)),
        (("Bankkonto",), ("6102 882 140 590",)),
        (("Utbetalning till",), ("pg 883 01 72-6",)),
        (("Clearing", "Konto"), ("6950", "299 305 171")),
        (("Clearingnummer", "Kontonummer"), ("9273", "5084419")),
    ],
}
