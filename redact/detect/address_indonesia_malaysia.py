"""Indonesian and Malaysian addresses: the street ("Jalan", "Jl.", "Gang", "Lorong", "Persiaran") with its name and
number ("Jl. Melati No. 12", "Jalan Kenanga 14", "Jalan SS 2/24"), then after commas the neighbourhood units
("RT 03/RW 05"), the village or urban ward ("Kelurahan Menteng", "Desa Sukamaju", "Kel. Cikini"), the district
("Kecamatan Cibinong", "Kec. Tebet"), the regency or city ("Kabupaten Bogor", "Kota Bandung"), the province, the
town with its five-digit postal code ("Jakarta Selatan 12160", "47300 Petaling Jaya") and the country, across
line ends too. Malaysia puts the house or lot before the street ("No. 8, Jalan Mawar 3, Taman Melati, 53100 Kuala
Lumpur"). Rule of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.first_chars import compiled
from redact.detect.patterns import NeedleGate, Verdict, alternative_needles, compile_rule

_STREET_WORD = (r"(?:Jalan|JALAN|Jln\.?|Jl\.?|JL\.?|Gang|Gg\.?|Lorong|Lrg\.?|Persiaran|Psn\.?|Lebuh|Lebuhraya|"
                r"Lintang|Solok|Tingkat|Jalan[ \t]+Raya|Jl\.[ \t]+Raya)")
_CAP = r"[A-Z][A-Za-z'’-]*"
# the street's name: capitalised words, a Roman or plain number in it ("Gg. Mawar II", "Jalan SS 2/24", "Jalan 3/4")
_STREET_NAME = rf"(?:{_CAP}|\d{{1,3}}/\d{{1,3}}[A-Z]?)(?:[ \t]+(?:{_CAP}|[IVX]{{1,4}}(?![\w])|\d{{1,3}}/\d{{1,3}}[A-Z]?)){{0,3}}"
# the house's number: "14", "14A", "No. 12", "No.12B", "Nomor 7", a block and number ("Blok C2 No. 5", "Kav. 12")
_HOUSE = (r"(?:(?:Blok|Block|Kav\.?|Kavling)[ \t]*[A-Z]{0,2}\d{0,3}[ \t,]*)?"
          r"(?:(?:No\.?|Nomor|Nr\.?)[ \t]*)?\d{1,4}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?(?![\w-])")
# the neighbourhood units: "RT 03/RW 05", "RT. 004 / RW. 007", "RT 3 RW 5", "RT03/RW05", "RT/RW 003/005"
_RT_RW = (r"(?:RT\.?[ \t]?\d{1,3}[ \t]*(?:/|,)?[ \t]*RW\.?[ \t]?\d{1,3}|RT[ \t]?/[ \t]?RW\.?:?[ \t]*\d{1,3}[ \t]*/[ \t]*\d{1,3}"
          r"|RT\.?[ \t]?\d{1,3}|RW\.?[ \t]?\d{1,3})(?![\w-])")
# the administrative parts by their kind word, in any case ("Kelurahan Menteng", "kecamatan Tebet", "Kab. Bogor"),
# and Malaysia's housing estates ("Taman Melati", "Bandar Baru Bangi")
_ADMIN_KIND = (r"(?i:kelurahan|kel\.|desa|ds\.|dusun|dsn\.|kampung|kp\.|kecamatan|kec\.|kabupaten|kab\.|kota|kodya|"
               r"kotamadya|provinsi|prov\.|propinsi|perumahan|perum\.?|komplek|kompleks|taman|tmn\.|bandar|mukim|"
               r"daerah|negeri|wilayah[ \t]+persekutuan)")
_PLACE_NAME = rf"{_CAP}(?:[ \t]+(?:{_CAP}|[IVX]{{1,4}}(?![\w])|\d{{1,2}}(?![\w-]))){{0,3}}"
_ADMIN = rf"{_ADMIN_KIND}[ \t]+{_PLACE_NAME}"
_POSTCODE = r"\d{5}(?![\w-])"
_COUNTRY = r"(?:Indonesia|Indonesien|Malaysia|Malaysien)(?![\w-])"
_TOWN = rf"(?:{_PLACE_NAME}(?:[ \t]+{_POSTCODE})?|{_POSTCODE}(?:[ \t]+{_PLACE_NAME})?)"
_SEP = r"[ \t]*,[ \t]*\n?[ \t]*"
_PART = rf"(?:{_RT_RW}|{_ADMIN}|{_COUNTRY}|{_TOWN})"

MALAY_ADDRESS = compile_rule(
    rf"""
    (?<![\w.-])
    (?P<before>(?:(?:No\.?|Lot|Blok|Unit)[ \t]*[A-Z]?\d{{1,4}}[A-Za-z]?(?:[/-]\d{{1,4}}[A-Za-z]?){{0,2}}{_SEP}))?
    (?P<street>{_STREET_WORD}[ \t]*\n?[ \t]*{_STREET_NAME})
    (?P<house>(?:[ \t]*,?[ \t]*\n?[ \t]*{_HOUSE})?)
    (?P<parts>(?:(?:{_SEP}|[ \t]*\n[ \t]*|[ \t]+(?={_RT_RW})){_PART}){{1,8}})
    """
)
# What every match holds: a street word of Indonesia or Malaysia.
_MALAY_WORD = r"(?:Jalan|JALAN|Jln\b|Jl\b|JL\b|Jl\.|Gang|Gg\.|Lorong|Lrg\.|Persiaran|Lebuh)"
# (the words looked for as written first: the regex alone tried every position of a page without them)
MALAY_GATE = NeedleGate(re.compile(rf"(?<![\w-]){_MALAY_WORD}"), alternative_needles(_MALAY_WORD), cased=True)
_DISTINCT = re.compile(rf"{_RT_RW}|(?<![\w-]){_ADMIN_KIND}[ \t]|(?<![\w-]){_POSTCODE}|{_COUNTRY}")
_PART_AT = compiled(rf"(?:{_SEP}|[ \t]*\n[ \t]*|[ \t]+(?={_RT_RW}))({_PART})")


def check_malay_address(text: str, m: re.Match[str]) -> Verdict | None:
    """A street of Indonesia or Malaysia with its neighbourhood, ward, district, town and postal code, taken whole.

    A neighbourhood unit, an administrative kind word, a five-digit postal code or the country must be among the
    parts, or a "Jalan" street with its number and a place after it ("Jalan Merdeka 12, Menteng, Jakarta")."""
    from redact.detect import context as ctx

    end = m.end("house") if m.group("house") else m.end("street")
    distinct = False
    for part in _PART_AT.finditer(text, end, m.end()):
        if part.start() != end:
            break
        words = part.group(1).split()
        if words[0].lower() in ctx.NOT_A_NAME and not _DISTINCT.match(part.group(1)):
            break  # a Swedish sentence's word after a comma, no place
        distinct = distinct or bool(_DISTINCT.search(part.group(1)))
        end = part.end()
    if end == (m.end("house") if m.group("house") else m.end("street")):
        return None
    if not distinct and not (m.group("house").strip() and m.group("street").split()[0].lower().startswith("j")):
        return None
    return Verdict(m.start(), end, "Indonesian or Malaysian address abroad (jalan, RT/RW, kelurahan, kecamatan)", 0.85)
