"""A court's own paper numbers its cases under the bare "Mål" without the series' letters ("4418-27"); a "Mål" over
such numbers on a paper that names no court, or over scores, names no cases; "Aktbil." numbers the parts of the
court's file, and a case column may hold an office's digit before a long serial. Fictional people."""

from __future__ import annotations

from redact.detect.case_headings import case_heading_codes

_TABLE = ["Klaganden", "Mål", "Klagande", "Född", "Kundnr",
          "3307-26", "Gunnel Ådahl", "4 maj 1938", "KN-5512",
          "3315-26", "Ivar Skoglund", "19 juli 1941", "KN-5519",
          "3322-26", "Sirpa Määttä", "1 mars 1936", "KN-5523", ""]


def test_an_administrative_courts_bare_mal_over_unlettered_numbers_names_its_cases():
    text = "\n".join(["Kammarrätten i Sundsvall, avdelning 1", "Rådman Olof Brännström", *_TABLE])
    codes = case_heading_codes([text])
    assert {"3307-26", "3315-26", "3322-26"} <= codes
    assert "KN-5512" not in codes


def test_a_row_a_line_table_on_a_district_courts_paper():
    text = "\n".join(["Gävle tingsrätt, rotel 3", "| Mål | Part | Född",
                      "| 1184-27 | Lennart Wiik | 3 juni 1950", "| 1190-27 | Maj Frisk | 9 maj 1961", ""])
    assert {"1184-27", "1190-27"} <= case_heading_codes([text])


def test_the_same_table_on_a_paper_naming_no_court_names_no_cases():
    text = "\n".join(["Hemtjänsten i Sundsvall, enhet 1", *_TABLE])
    assert not {"3307-26", "3315-26", "3322-26"} & case_heading_codes([text])


def test_scores_under_mal_on_a_courts_paper_stay_no_cases():
    text = "\n".join(["Tingsrättens korpenlag, resultat", "Mål", "Motståndare", "3-1", "Kvarnby IF", "2-0",
                      "Lindö BK", "1-1", "Ekvalla", ""])
    assert not {"3-1", "2-0", "1-1"} & case_heading_codes([text])


def _court_table(header: str, codes: list[str]) -> str:
    rows = [[code, name, born, f"KN-55{n}"] for n, (code, name, born) in enumerate(
        zip(codes, ["Gunnel Ådahl", "Ivar Skoglund", "Sirpa Määttä"], ["4 maj 1938", "19 juli 1941", "1 mars 1936"]))]
    return "\n".join(["Jönköpings tingsrätt, rotel 2", header, "Part", "Född", "Klientnr",
                      *(cell for row in rows for cell in row), ""])


def test_a_courts_attachment_column_names_its_files_parts():
    # "Aktbil." over the court's file's attachments, the case's series letter glued to its serial
    codes = case_heading_codes([_court_table("Aktbil.", ["T3307-26/4", "T3307-26/5", "T3307-26/6"])])
    assert {"T3307-26/4", "T3307-26/5", "T3307-26/6"} <= codes
    assert "KN-550" not in codes


def test_a_courts_case_column_with_the_parts_number_after_a_slash():
    codes = case_heading_codes([_court_table("Mål", ["M 3307-26/1", "M 3307-26/2", "M 3307-26/3"])])
    assert {"M 3307-26/1", "M 3307-26/2", "M 3307-26/3"} <= codes


def test_a_case_column_of_an_offices_digit_and_a_seven_digit_serial():
    text = "\n".join(["Skattekontoret i Västerås", "| Ärende | Person | Född",
                      "| 5-3307118 | Lennart Wiik | 3 juni 1950", "| 5-3307119 | Maj Frisk | 9 maj 1961", ""])
    assert {"5-3307118", "5-3307119"} <= case_heading_codes([text])


def test_an_attachment_header_on_a_paper_naming_no_court_needs_the_series_letter():
    # scores or counts under the word name no file's parts
    text = "\n".join(["Hemtjänsten i Sundsvall", "| Aktbil. | Person", "| 12-3 | Gunnel Ådahl", "| 14-2 | Ivar Skoglund", ""])
    assert not {"12-3", "14-2"} & case_heading_codes([text])
