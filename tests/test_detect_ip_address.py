"""IP address detector: IPv4 and IPv6, validated."""

import pytest

from redact.detect.ip_address import IpAddressRecognizer

REC = IpAddressRecognizer()


def found(text: str, minimum: float = 0.5) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["IP_ADDRESS"], nlp_artifacts=None) if r.score >= minimum]


HITS = [
    ("Inloggning från 192.168.12.34 kl. 08.15.", "192.168.12.34"),
    ("IP-adress: 10.0.0.1", "10.0.0.1"),
    ("Servern 203.0.113.250 svarade inte.", "203.0.113.250"),
    ("Nätet 198.51.100.0/24 spärrades.", "198.51.100.0/24"),
    ("IPv6 2001:db8::8a2e:370:7334 loggades.", "2001:db8::8a2e:370:7334"),
    ("Adress fe80::1%eth0 lokalt.", "fe80::1%eth0"),
    ("Full form 2001:0db8:0000:0000:0000:ff00:0042:8329.", "2001:0db8:0000:0000:0000:ff00:0042:8329"),
    ("Mappad ::ffff:192.0.2.128 från datorn.", "::ffff:192.0.2.128"),
]

NEAR_MISSES = [
    "Adressen 256.1.1.1 finns inte.",
    "Version 1.2.3.4.5 släpptes.",
    "Datum 12.03.2024 och kl. 10:30:00.",
    "Ratio 10:30:45:12 i tabellen.",
    "Sektion 01.02.03.04 i bilagan.",
    "Tid 12:34:56, inte en adress.",
]


@pytest.mark.parametrize("text,expected", HITS)
def test_hit_has_exact_span(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_an_ip(text):
    assert found(text, minimum=0.0) == []


def test_section_number_shape_is_low_without_context():
    assert found("Se avsnitt 1.2.3.4 nedan.") == []
    assert found("Se avsnitt 1.2.3.4 nedan.", minimum=0.0) == ["1.2.3.4"]
