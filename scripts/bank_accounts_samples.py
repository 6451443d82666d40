"""Fictional bank account writings, the tuned half of ``check_bank_accounts.py`` (rules may be tuned on these).

Every number is invented; where a format carries a check digit it was computed (Luhn for bankgiro, plusgiro,
Swedbank's clearing and account, personnummer-based personkonton; mod 11 for Handelsbanken's nine digits;
mod 97 for IBANs; the national weights for Norwegian accounts, US routing numbers and Mexican CLABE).
Plain strings are set in every frame of the checker; a table kind's writing is a pair (header cells,
value cells) set in a table row. The held-out half is ``bank_accounts_heldout.py``.
"""

TUNED: dict[str, list] = {
    # Clearing + account, the banks with a four-digit clearing and seven digits (SEB, Nordea, Danske, ICA, LF, Skandia).
    "se_clearing_account": [
        "5357-10 234 56",
        "5105 - 12 345 67",
        "3014 12 345 67 (Nordea)",
        "SEB 5262 04 183 77",
        "konto 9020 12 34567 (Länsförsäkringar)",
        "1204-7 734 519 (Danske Bank)",
        "9271 014 66 30",
        "5471.05.83120",
    ],
    # Swedbank and the savings banks: five-digit clearing with check digit, ten-digit account.
    "se_swedbank": [
        "8327-9, 914 552 738-9",
        "Swedbank 8214-9 903 118 442-8",
        "8105-9 471 203 386-1",
        "8480-6, 228 719 005-8",
        "83279 9145527389",
        "Sparbanken Skåne 8169-5, 615 540 927-6",
    ],
    "se_handelsbanken": [
        "6789 612 348 571",
        "Handelsbanken 6152-318 774 208",
        "6234 277 550 181",
        "clearing 6841, konto 136 409 725",
        "6410-590213474",
    ],
    # Nordea personkonto: clearing 3300 and the holder's personnummer (ten digits).
    "se_personkonto": [
        "Clearingnummer: 3300 Kontonummer: 8503121231",
        "3300-790415-5566",
        "Nordea personkonto 3300 680922-3412",
        "3300 921103 7784",
        "personkonto 3300-8812271198",
    ],
    # Clearing and account with their own labels inside the writing.
    "se_labelled": [
        "clnr 6789 kontonr 714 029 580",
        "clearingnr. 8390-7 kontonr. 734 019 283-5",
        "Clearing: 5262, Konto: 0418377",
        "cl.nr 9020 kto 1298834",
        "bank: SEB, clearing 5357, kontonummer 10 234 56",
    ],
    # Broken over a line end inside the writing.
    "se_broken": [
        "8201-6\n580 063 714-1",
        "Handelsbanken 6152\n318 774 208",
        "clnr 3300\nkontonr 7508086621",
        "5105 12\n345 67",
    ],
    "bankgiro": [
        "bg 542-1771",
        "BG: 394-1184",
        "bankgiro 2746-5194",
        "Bankgironummer 590-1830",
        "bg.nr 4120-3589",
        "BG 8462038",
    ],
    "plusgiro": [
        "pg 48 77 12-2",
        "PlusGiro 4877122",
        "plusgiro 193 84 55-1",
        "Pg: 2 65 14-0",
        "postgiro 90 61 32-6",
    ],
    # Swish of a private person: a mobile number, or a 123 number of a sole trader.
    "swish": [
        "Swish 070-318 44 27",
        "swish: 0739 112 845",
        "Swishnummer 123 418 77 05",
        "swisha till 072-5561930",
    ],
    "foreign_norway": ["1503.27.12344", "kontonummer 6012 05 41873 (DNB, Norge)"],
    "foreign_denmark": ["reg.nr. 3000 kontonr. 0002291554", "Danske Bank, reg. 3000, konto 229 155 4"],
    "foreign_finland": ["FI14 4055 0018 8304 27", "IBAN FI5339390042117058"],
    "foreign_germany": ["Kontonummer 0047183902, BLZ 370 501 98", "IBAN DE07 3705 0198 0047 1839 02"],
    "foreign_uk": ["sort code 20-45-77, account number 41837206", "Sort Code: 40 11 62 Account No: 73920518"],
    "foreign_us": ["routing number 261073591, account 004417736512", "ABA 071000013 acct. 8830 1726 5512"],
    "foreign_canada": ["transit 03318, institution 004, account 5620914", "Transit/Inst./Acct: 05512-003-7784120"],
    "foreign_australia": ["BSB 062-914, account 1044 8721", "BSB: 733 102 Acc: 5519 2207"],
    "foreign_india": ["IFSC HDFC0002817, A/c no. 50100418820736", "konto 3901 2045 7781 hos State Bank of India, IFSC SBIN0004417"],
    "foreign_japan": ["Mizuho Bank, filial 245, konto 3318402", "MUFG branch 081 ordinary account 0719386"],
    "foreign_mexico": ["CLABE 002180007319402650", "CLABE: 014 180 00455123387 2"],
    "foreign_brazil": ["agência 2208-1, conta corrente 40917-3", "Banco do Brasil ag. 3301 c/c 44718-2"],
    "foreign_turkey": ["TR92 0006 4000 0011 2233 4455 66", "IBAN TR08 0004 6000 1288 0077 1123 40"],
    "foreign_iran": ["Sheba IR70 0560 0000 0071 8392 0465 7", "shebanummer IR280620000001455022891130"],
    # Account cells under a header: (header cells, value cells).
    "table": [
        (("Konto",), ("8214-9 903 118 442-8",)),
        (("Kontonr",), ("6789 612 348 571",)),
        (("Bankkonto",), ("SEB 5357 10 234 56",)),
        (("Utbetalning till",), ("bg 731-0048",)),
        (("Clearing", "Konto"), ("8105-9", "471 203 386-1")),
        (("Clearingnr", "Kontonr"), ("3300", "850312-1231")),
    ],
}
