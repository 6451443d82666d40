"""The value after an identifier's label, and what is no code however labelled: shared by the labelled
identifiers (``labelled_id``) and the numbers a sentence says are a person's (``whose_numbers``). The rest of a value
a sentence's wrapped line carried over, and the shape of a code in its own right, shared by the listed and the
unlisted labels' checks.
"""

from __future__ import annotations

import re

# the value: optional letters, then digits with spaces, dashes, slashes or dots inside
# (a group of capitals alone may stand between dashes: "2026-K-0042", "4471-AB-12"; two groups of capitals before
# the digits: "LB-APP 300 4172")
# (a frame number may end in a check letter of its own: "WBK 0938 2271 F"; a register's series letters after a slash
# end a code too, "KT-4471-0932/B", and a letter between two groups of digits stands inside it, "31-Å 207714")
# (a hull's or a frame's number may run its letters into the digits: "SE-KLX40217B707")
# (a permit's number led by its country's and its office's letters, slashes between: the CITES certificate's
# "SE/ÖG/26/0412"; or by a foreign agency's letters of three or four: "KRUS/OD/3308/5512")
# (a log-in's code in small letters and digits: "Elev-ID bk22mn04", "st-44710"; not a term's "ht2024")
# (an issuer's letters of five or six, or with a small letter as the issuer writes its name, lead the digits too: a
# refugee agency's "UNHCR 381-18C04421", a pharmacy's dose service's "MEDDOS 31-77042", a university's student card
# "HDa 204471 18"; on the same line only: a row's initials "CWe" at a line's end are no prefix of the next row's number)
# (a study's or a register's name of up to eight capitals and its series lead the digits too: "UMEÅKOL-HJ 0412-B")
# (an issuer's capitals may carry a short word of the document's kind in small letters: a board's licence "HSL-leg
# 4471 0926"; not "-nr" or "-no", a label's own ending)
# (a colon may join the issuer's letters and the groups of digits, as a register's series and serial are written:
# "KTR:5512:07", "BID 31:2207-C"; between digits or after the letters only, where a label's own colon never stands)
_VALUE = (r"(?P<value>(?!(?:ht|vt)-?\d)[a-zåäö]{1,4}-?\d\d[\da-zåäö]*(?![\w-])|(?:[A-ZÅÄÖ]{1,4}(?:-[A-ZÅÄÖ]{1,4}(?=[- \u00a0]?\d|\n\d)|-(?!n[ro][ \u00a0])[a-zåäö]{2,4}(?=[ \u00a0]\d))?(?:[-\s]|:(?=\d))?|(?:[A-ZÅÄÖ]{5,6}|[A-ZÅÄÖ]{2,3}[a-zåäö]|[A-ZÅÄÖ]{5,8}-[A-ZÅÄÖ]{2,4})[- \u00a0]|[A-Z]{2,4}/[A-ZÅÄÖ]{1,4}/(?=\d))?\d[\dA-Z]*"
          r"(?:(?:[ \u00a0]|[-/.]|(?<=\d):(?=\d))[\dA-Z]*\d[\dA-Z]*|[-/][A-ZÅÄÖ]{1,3}(?=[-/ \u00a0]\d)){0,5}"
          # a check letter after a space or a dash ("WBK 0938 2271 F", "00-4471-N"); not "I" after a space: a
          # sentence's "I dag" after a number
          r"(?:(?<=\d)(?:[ \u00a0][A-HJ-ZÅÄÖ]|-[A-ZÅÄÖ]{1,2}|/[A-ZÅÄÖ]{1,3})(?![\w\-]|\.\w))?)")
# What is no identifier however labelled: a date, a time, a sum, a year, the authority's case ("KS 2026/112"),
# a telephone number (the phone detector's: a Swedish one has ten digits at most, so a card's "01-2048-7731-55" with
# twelve is no phone).
_NOT_A_CODE = re.compile(
    r"^(?:\d{4}-\d\d-\d\d|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|\d{1,2}[.:]\d\d|(?:19|20)\d\d"
    r"|(?:[A-ZÅÄÖ]{1,6}[ -])?(?:19|20)\d\d[/:-]\d{1,5}"
    # (a series in two parts, a space, the year and a slash or a colon: "KHN-AV 2026/31", a register's own entry)
    r"|[A-ZÅÄÖ]{1,6}-[A-ZÅÄÖ]{1,6}[ ](?:19|20)\d\d[/:]\d{1,5}|(?:\+|00)\d[\d \-]*|0(?!(?:[ \-]*\d){10})\d{1,3}[- ]\d[\d \-]*)$")  # a phone number has no letter: "00-4471-N" is a code


# The rest of a value a sentence's line wrapped: groups of digits opening the next line, then the sentence goes on
# ("kundnr K-7731" / "0942 enligt …", "har pass nr AB 441" / "9027 enligt …"); not groups a sum's unit or a month
# follows: the sentence's own sum or date
_WRAPPED_GROUP = re.compile(r"[ \t]*\n[ \t]*(\d{2,6}(?:[- \u00a0]\d{1,6}){0,2})"
                            r"(?=[ \t]+(?!(?:kr|kronor|st|år|jan(?:uari)?|feb(?:ruari)?|mars?|apr(?:il)?|maj|juni?|juli?|aug(?:usti)?"
                            r"|sept?(?:ember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)[a-zåäö]"
                            r"|[ \t]*[.,;)\n]|[ \t]*$)")


def _wrapped_rest(text: str, label_start: int, end: int) -> int:
    """Where a value ends that a sentence's line may have wrapped inside (``end`` where it stops on its line)."""
    if _in_running_text(text, label_start) and (more := _WRAPPED_GROUP.match(text, end)):
        return more.end(1)
    return end


def _in_running_text(text: str, at: int) -> bool:
    """True when the label stands in a sentence: three words or more before it on its line, not a "Label: value" line."""
    line_start = text.rfind("\n", 0, at) + 1
    return len(text[line_start:at].split()) >= 3


# A code in its own right: a letter prefix and three digits ("HK-7713", "PA 118 37"), or six digits in groups.
# (an operator's customer number with a dot after its first digits, "1.2207481", is one too)
_CODE_LIKE = re.compile(r"^(?:[A-ZÅÄÖ]{1,4}[- \u00a0]?\d[\d \u00a0-]*\d|\d{2,}[ \u00a0-]\d[\d \u00a0-]*\d"
                        r"|\d{1,4}\.\d{5,}(?:\.\d+)?)$")


# A code named by two groups of capitals, a register's and its series ("UMEÅKOL-HJ 0412-B", "LU-GF 2207/AN"): a code in
# its own right however few its digits.
NAMED_SERIES = re.compile(r"^[A-ZÅÄÖ]{2,8}-[A-ZÅÄÖ]{1,4}[ \u00a0]\d{3,}(?:[-/ \u00a0][\dA-ZÅÄÖ]+)*$")

# A series of capitals joined by a dash to four digits ("VLB-0312", "MK-2207"): a club's or a firm's own code, not a
# year ("SM-2024").
_SERIES_CODE = re.compile(r"^[A-ZÅÄÖ]{2,4}-(?!(?:19|20)\d\d$)\d{4}$")


def held_code(whole: str) -> bool:
    """True when ``whole``, a value after where a number is held ("medlemsnummer i föreningen …"), is a code in its own
    right: code-shaped with five digits at least, or a series and a dash before four digits; a count ("1 2 3") is no
    code."""
    return bool(_CODE_LIKE.match(whole) and sum(c.isdigit() for c in whole) >= 5) or bool(_SERIES_CODE.match(whole))
