"""Article dates: the date an article gives in its dateline."""

from __future__ import annotations

import datetime as _dt
import re

from geoclaims.text.lang import merged_dict
from geoclaims.text.mentions import _check_text, _has_hidden, _without_marks

#: Month names of every language (lower case) and their numbers.
_MONTHS = merged_dict("MONTHS")
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_PATTERNS = (
    # 2022-09-21
    (re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"), ("y", "m", "d")),
    # 21 September 2022, 21 Sept. 2022, 21st September 2022, 21st of September 2022
    (
        re.compile(
            rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?,?\s+(\d{{4}})(?!\d)",
            re.I,
        ),
        ("d", "mon", "y"),
    ),
    # September 21, 2022, April 15th, 2023
    (
        re.compile(
            rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.I
        ),
        ("mon", "d", "y"),
    ),
    # 2022/09/30 (year first, as the ISO order)
    (re.compile(r"(?<![\d/])(\d{4})/(\d{1,2})/(\d{1,2})(?![\d/])"), ("y", "m", "d")),
    # 24.02.2025 (day first, as Ukrainian and Russian datelines write it)
    (re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\.?\d)"), ("d", "m", "y")),
)
#: How far into an article :func:`article_date` looks for its date (the dateline).
DATELINE_CHARS = 400


#: Before a date: a label that makes it the article's ("Posted 3 Mar 2014", "Опубліковано:").
_DATE_LABEL = re.compile(
    r"(?i)(?:published|posted|updated|dated?|filed|опубліковано|оновлено|опубликовано|"
    r"обновлено|дата)\s*:?\s*(?:on\s+)?$"
)
#: Before a date: a time of day, alone at the line's start or after a label ("Updated
#: 14:05 GMT, 2 Oct 2023", "10:32 a.m. ET | 3 March 2024", "оновлено 09:15, ").
_TIME_BEFORE = re.compile(
    r"(?i)^\s*(?:(?:published|posted|updated|filed|last updated|опубліковано|оновлено|"
    r"опубликовано|обновлено)\s*:?\s*(?:at\s+)?)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|ET|EST|EDT|PT|PST|PDT|Kyiv time|"
    r"за київським часом|мск)|\s*[+-]\d{2}:?\d{2})?\s*(?:[,|•·]|[—–-](?=\s))?\s*(?:on\s+)?$"
)
#: Before a date: a dateline's place and its comma ("KYIV, ", "Sumy, Ukraine, ").
_PLACE_BEFORE = re.compile(r"^\s*[^\W\d][^.!?;:\n]{0,40},\s*$")
#: After a date: where a dateline ends ("— ", " - ", ": ", "(Reuters) -").
_DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:[—–:|]|-\s|$|\n)")
#: A line as short as a date line or a byline, with no sentence in it.
_SHORT_LINE = 80


def _in_dateline(head: str, start: int, end: int) -> bool:
    """Whether the date at ``head[start:end]`` is the article's own date.

    It is when it opens its line, follows a dateline's place ("KYIV, 21 September 2022 —")
    or a label ("Posted 3 Mar 2014"), stands before a dateline's end, or stands on a short
    line of its own (a date line, a byline); not an event date in running text ("the
    invasion that began on 24 February 2022").
    """
    line_start = head.rfind("\n", 0, start) + 1
    line_end = head.find("\n", end)
    line_end = len(head) if line_end < 0 else line_end
    prefix = head[line_start:start]
    if (
        not prefix.strip()
        or _DATE_LABEL.search(prefix)
        or _PLACE_BEFORE.match(prefix)
        or _TIME_BEFORE.match(prefix)
    ):
        return True
    if len(prefix) <= 40 and not re.search(r"[.!?]\s", prefix) and not _EVENT_BEFORE.search(prefix):
        if _DATELINE_END.match(head, end):
            return True
        line = head[line_start:line_end]
        return len(line) <= _SHORT_LINE and not re.search(r"[.!?]\s*$", line)
    return False


#: Before a date: a preposition of an event's date ("seized on 7 April 2014").
_EVENT_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:on|since|until|till|after|before|from|by|in|of|to|between|and|від|з|до|"
    r"після|с|со|после|по|на)\s+$"
)


def article_date(text: str) -> _dt.date | None:
    """The date an article gives in its dateline, if any.

    Looks at the first :data:`DATELINE_CHARS` characters only, for an ISO date
    (``2022-09-21``), a day-month-year date in any language of :mod:`geoclaims.text.lang`
    (``21 September 2022``, ``24 лютого 2025``, ``30 сентября 2022``), a month-day-year
    date (``September 21, 2022``) or a day.month.year date (``24.02.2025``), and returns
    the first valid one.

    Parameters
    ----------
    text : str
        The article.

    Returns
    -------
    datetime.date or None

    Examples
    --------
    >>> article_date("Kyiv, 21 Sept. 2022 - Officials said ...")
    datetime.date(2022, 9, 21)
    >>> article_date("КИЇВ, 24 лютого 2025 - Росія окупувала ...")
    datetime.date(2025, 2, 24)
    >>> article_date("No date here.") is None
    True
    """
    head = _check_text(text)[:DATELINE_CHARS]
    if _has_hidden(head):
        # "21 Sep\u00adtember 2022", "21\u200f.09.2022": read as shown
        head = _without_marks(head)[0]
    found: list[tuple[int, _dt.date]] = []
    for pattern, order in _DATE_PATTERNS:
        for m in pattern.finditer(head):
            if not _in_dateline(head, m.start(), m.end()):
                continue
            parts = dict(zip(order, m.groups(), strict=True))
            month = _MONTHS[parts["mon"].lower()] if "mon" in parts else int(parts["m"])
            try:
                found.append((m.start(), _dt.date(int(parts["y"]), month, int(parts["d"]))))
            except ValueError:
                continue
    return min(found)[1] if found else None
