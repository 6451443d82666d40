#!/usr/bin/env python3
"""Write a generated N-page Swedish case-file PDF with a typical mix of personal data on every page.

Deterministic (seeded) and fast: one insert_text call per page with the
built-in Helvetica. Every person is fictional; the numbers are valid in form
(personnummer with real dates and Luhn digits, phone numbers in the series PTS
reserves for fiction).

Usage: python scripts/make_benchmark_pdf.py [N] [OUT.pdf] [--seed S]   (defaults: 200, benchmark.pdf)
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_numbers import luhn_digit  # noqa: E402

FIRST = (
    "Anna Erik Maria Lars Karin Johan Eva Anders Kerstin Per Lena Mikael Sara Jonas Ingrid "
    "Mohammed Fatima Ali Amina Omar Leila Reza Shirin Dariush Hodan Abdirahman Faadumo Ahmed "
    "Jukka Aino Tarja Mikko Amra Edin Emir Selma Piotr Katarzyna Tomasz Agnieszka Rojda Dilan "
    "Shilan Yohannes Semhar Tesfay Helen Sten Björn Maj Vera Ros-Marie Per-Olof Ann-Sofie"
).split()
LAST = (
    "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
    "Pettersson Lindqvist Lundqvist Sjöberg Nyström Björk Ek Månsson Hyllén Mäkinen Virtanen "
    "Heikkinen Ahmadi Rezaei Karimi Hosseini Al-Hassan Khalil Haddad Warsame Mohamed Farah "
    "Hodzic Mehmedovic Begic Nowak Kowalski Zielinska Aziz Barzani Tesfay Gebremedhin Haile"
).split()
STREETS = "Storgatan Björkvägen Kvarngatan Rönnbärsvägen Lingonstigen Skolgatan Ekebyvägen Strandvägen Tallvägen Ängsgatan".split()
TOWNS = ("Norrvik", "Ekeby", "Sjöhamn", "Västerby", "Köping")
KINDS = ("Ansökan om bistånd", "Bygglov", "Klagomål", "Tillsyn", "Personalärende", "Faktura", "Yttrande")
FILLER = (
    "Ärendet har beretts av förvaltningen enligt gällande delegationsordning.",
    "Nämnden har tagit del av underlaget och bedömer att det är tillräckligt för ett beslut.",
    "Beslutet kan överklagas hos förvaltningsrätten inom tre veckor från delfåendet.",
    "Ansökan kom in i rätt tid och är fullständig.",
    "Förvaltningen bedömer att kostnaden ryms inom budgeten för innevarande år.",
    "Synpunkter har lämnats under samrådstiden och redovisas i bilagan.",
    "Tillsynsbesöket genomfördes utan anmärkning på brandskydd och ventilation.",
    "Utredningen visar att behovet kan tillgodoses genom insatser i hemmet.",
    "Uppföljning sker vid nästa sammanträde i enlighet med nämndens plan.",
    "Underlaget har kommunicerats med sökanden som inte har haft något att tillägga.",
    "Handlingarna förvaras i kommunens ärendehanteringssystem under diarienumret ovan.",
    "Beslutet gäller från och med dagen för justering av protokollet.",
)


def personnummer(rng: random.Random) -> str:
    """A valid-looking 12-digit personnummer with serial 98x-99x (test-number style)."""
    born = dt.date(1935, 1, 1) + dt.timedelta(days=rng.randrange(80 * 365))
    short = born.strftime("%y%m%d") + f"{rng.randrange(980, 1000)}"
    return f"{born:%Y%m%d}-{short[6:]}{luhn_digit(short)}"


def person(rng: random.Random) -> tuple[str, str]:
    """A (first, last) name pair."""
    return rng.choice(FIRST), rng.choice(LAST)


def ascii_mail(first: str, last: str) -> str:
    """first.last@domain with Swedish letters folded."""
    table = str.maketrans("åäöéÅÄÖÉ", "aaoeAAOE")
    return f"{first}.{last}".lower().translate(table)


def page_lines(rng: random.Random, number: int) -> list[str]:
    """About 45 lines of one case page: header, parties, contact data and prose."""
    applicant, officer, other = person(rng), person(rng), person(rng)
    a_full, o_full, x_full = " ".join(applicant), " ".join(officer), " ".join(other)
    street = f"{rng.choice(STREETS)} {rng.randrange(1, 80)}"
    postal = f"{rng.randrange(700, 999)} {rng.randrange(10, 99)} {rng.choice(TOWNS)}"
    mobile = f"070-174 06 {rng.randrange(5, 100):02d}"
    office = f"08-465 004 {rng.randrange(0, 100):02d}"
    year = 2025
    lines = [
        f"NORRVIKS KOMMUN                                          Dnr {year}/{number:04d}   Sida {number}",
        "",
        f"{rng.choice(KINDS)} - ärende {number}",
        "",
        f"Sökande: {a_full}, {personnummer(rng)}",
        f"Adress: {street}, {postal}",
        f"Telefon: {mobile}   E-post: {ascii_mail(*applicant)}@exempelpost.se",
        f"Handläggare: {o_full}, telefon {office}, {ascii_mail(*officer)}@norrvik.se",
        "",
    ]
    for _ in range(14):
        lines.append(rng.choice(FILLER))
    lines += [
        "",
        f"{applicant[0]} har vid samtal med {officer[0]} uppgett att {x_full} är kontaktperson i ärendet.",
        f"{x_full} nås på {f'070-174 06 {rng.randrange(5, 100):02d}'} och bor på samma adress som {applicant[0]}.",
        f"Enligt {applicant[1]}s tidigare ansökan ({personnummer(rng)}) finns inga skulder.",
        "",
    ]
    for _ in range(12):
        lines.append(rng.choice(FILLER))
    lines += [
        "",
        "Med vänlig hälsning",
        o_full,
        "Handläggare",
    ]
    return lines


def make_pdf(pages: int, out: Path, seed: int = 20250601) -> Path:
    """Write the benchmark PDF and return its path."""
    rng = random.Random(seed)
    doc = pymupdf.open()
    for number in range(1, pages + 1):
        page = doc.new_page(width=595, height=842)
        page.insert_text((56, 64), page_lines(rng, number), fontname="helv", fontsize=9.5, lineheight=1.45)
    doc.set_metadata({"title": f"Benchmark {pages} sidor", "creationDate": "D:20250601120000Z", "modDate": "D:20250601120000Z"})
    doc.save(out, garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: N pages to OUT.pdf."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pages", nargs="?", type=int, default=200)
    ap.add_argument("out", nargs="?", type=Path, default=Path("benchmark.pdf"))
    ap.add_argument("--seed", type=int, default=20250601)
    args = ap.parse_args(argv)
    if args.pages < 1:
        ap.error("N must be at least 1")
    make_pdf(args.pages, args.out, args.seed)
    print(f"{args.out}: {args.pages} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
