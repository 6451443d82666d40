"""The gates of the rules for addresses abroad only save time: every text a rule's pattern matches in holds the
rule's gate, over a line end and after a party's name too (a gate narrower than its pattern would hide a home).
Fictional addresses."""

from __future__ import annotations

import pytest

from redact.detect.address import AddressRecognizer

TEXTS = [
    "Klagande\nSara Haddad, Apt. 204-1101, Mok-dong, Yangcheon-gu, Seoul 07995\nOmbud saknas",
    "Adress: Shahr-e Now, Kocha-e Golbahar, Khana 9, Kabul\nTelefon: saknas",
    "Brodern bor på ul. Lipowa 9/2,\n20-020 Lublin och studerar.",
    "Modern bor numera på Rruga Sami Frashëri 12,\nTiranë 1019 och kan nås där.",
    "Hon bor på Số 7, ngõ 12,\nphố Kim Mã, quận Ba Đình, Hà Nội.",
    "Sökande: Ayesha Khan, House No. 12, Street 4,\nG-10/2, Islamabad 44000\n",
    "Fadern bor i Moskva, Profsoyuznaya ulitsa, d. 12, kv. 40 och ringer ibland.",
    "Sida 4, bilaga 2, Norrby 2026. Punkt 3, H. Berg, P. Lind.",
    "Kopia till\nNoor Bakker\nLange Voorhout 31 bis\n2514 EC Den Haag, Nederland\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_match_of_a_gated_rule_holds_its_gate(text):
    for rule in (r for r in AddressRecognizer.RULES if r.gate is not None):
        for m in rule.regex.finditer(text):
            assert rule.gate.search(text, m.start(), m.end()), (rule.name, m.group())
