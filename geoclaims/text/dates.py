"""Article dates: the date an article gives in its dateline."""

from __future__ import annotations

import datetime as _dt
import re

from geoclaims.text.lang import merged_dict
from geoclaims.text.mentions import _check_text

#: Month names of every language (lower case) and their numbers.
_MONTHS = merged_dict("MONTHS")
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_PATTERNS = (
    # 2022-09-21
    (re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"), ("y", "m", "d")),
    # 21 September 2022, 21 Sept. 2022
    (
        re.compile(rf"(?<!\d)(\d{{1,2}})\s+({_MONTH_RE})\.?,?\s+(\d{{4}})(?!\d)", re.I),
        ("d", "mon", "y"),
    ),
    # September 21, 2022
    (
        re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)", re.I),
        ("mon", "d", "y"),
    ),
    # 24.02.2025 (day first, as Ukrainian and Russian datelines write it)
    (re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\.?\d)"), ("d", "m", "y")),
)
#: How far into an article :func:`article_date` looks for its date (the dateline).
DATELINE_CHARS = 400


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
    found: list[tuple[int, _dt.date]] = []
    for pattern, order in _DATE_PATTERNS:
        for m in pattern.finditer(head):
            parts = dict(zip(order, m.groups(), strict=True))
            month = _MONTHS[parts["mon"].lower()] if "mon" in parts else int(parts["m"])
            try:
                found.append((m.start(), _dt.date(int(parts["y"]), month, int(parts["d"]))))
            except ValueError:
                continue
    return min(found)[1] if found else None
