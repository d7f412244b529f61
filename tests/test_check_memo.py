"""Within one check, remembered shares, look-ups and areas give what computing afresh gives.

A check of an article computes each share (a claim wave, the named regions), place
look-up and Web Mercator area once and reuses it for every figure that asks again. These
tests check the labelled verdict texts, joined into articles of several figures, once with
that memo and once with every value computed afresh, and compare the verdicts field by
field.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import geoclaims
from geoclaims import check

DATA = Path(__file__).parent / "data"


def _articles(per: int = 6) -> list[tuple[str, str]]:
    """The labelled verdict texts joined, ``per`` at a time, into articles of one date."""
    by_date: dict[str, list[str]] = {}
    for name in ("verdict_rules.jsonl", "heldout_verdicts.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                by_date.setdefault(row["as_of"], []).append(row["text"])
    return [
        ("\n\n".join(texts[i : i + per]), as_of)
        for as_of, texts in sorted(by_date.items())
        for i in range(0, len(texts), per)
    ]


def _fields(v: geoclaims.Verdict) -> tuple:
    share = None if v.share is None else v.share.to_frame()
    return (
        v.status,
        v.best,
        v.summary,
        v.interval,
        v.country,
        v.whole,
        v.regions,
        v.unrecognised,
        v.verb,
        v.readings,
        share,
    )


def _check_all(articles: list[tuple[str, str]]) -> list[list[tuple]]:
    out = []
    for text, as_of in articles:
        try:
            verdicts = geoclaims.check_claims(text, as_of=as_of)
        except geoclaims.GeoclaimsError as exc:
            out.append([("error", type(exc).__name__, str(exc))])
        else:
            out.append([_fields(v) for v in verdicts])
    return out


def _assert_same(got: list[list[tuple]], expected: list[list[tuple]]) -> None:
    assert len(got) == len(expected)
    for a, b in zip(got, expected, strict=True):
        assert len(a) == len(b)
        for fa, fb in zip(a, b, strict=True):
            assert len(fa) == len(fb)
            for x, y in zip(fa, fb, strict=True):
                if isinstance(x, pd.DataFrame):
                    pd.testing.assert_frame_equal(x, y)
                else:
                    assert x == y


def test_a_check_with_its_memo_gives_what_computing_afresh_gives(monkeypatch):
    articles = _articles()
    assert len(articles) >= 10
    remembered = _check_all(articles)
    assert sum(len(a) for a in remembered) >= 60  # most texts state a figure

    with monkeypatch.context() as mp:
        mp.setattr(check, "_memoised", lambda key, compute: compute())
        afresh = _check_all(articles)
    _assert_same(remembered, afresh)


def test_a_verdicts_share_is_its_own(monkeypatch):
    """Changing one verdict's share frame does not change another figure's."""
    text = (
        "Donetsk and Luhansk make up about 9% of Ukraine. "
        "Later, officials said Donetsk and Luhansk cover roughly 10% of Ukraine."
    )
    first, second = geoclaims.check_claims(text, as_of="2022-10-01")
    assert first.share is not None and second.share is not None
    assert first.share is not second.share
    before = second.share.to_frame().copy()
    first.share.units.loc[:, "name"] = "changed"
    pd.testing.assert_frame_equal(second.share.to_frame(), before)


@pytest.mark.parametrize("name", ["Donbas", "Pridnestrovie", "Golan Heights", "Donetsk", "Xyz"])
def test_area_id_by_name(name):
    """area_id reads a named area's names from the names table (one area, else None)."""
    from geoclaims import boundaries

    names = boundaries._names()
    hit = names[
        (names["norm"] == boundaries.normalize(name))
        & names["unit_id"].str.startswith(boundaries.AREA_PREFIX)
    ]
    ids = list(dict.fromkeys(hit["unit_id"]))
    assert boundaries.area_id(name) == (ids[0] if len(ids) == 1 else None)


def test_a_figure_stated_again_gets_the_same_verdict_of_its_own(monkeypatch):
    """Repeats of a figure are decided once; each verdict is its own object with its claim."""
    import dataclasses

    import pandas as pd

    from geoclaims import check, check_claims, find_claims

    text = (
        "Russia holds about 18% of Ukraine, officials said. Donetsk and Luhansk make up "
        "about 9% of Ukraine. Analysts said Russia holds about 18% of Ukraine. Donetsk and "
        "Luhansk make up about 9% of Ukraine."
    )
    claims = find_claims(text)
    assert len(claims) == 4
    decided = []
    verdict = check._verdict

    def counting(fig, **kwargs):
        decided.append(fig.claim)
        return verdict(fig, **kwargs)

    monkeypatch.setattr(check, "_verdict", counting)
    together = check_claims(text, as_of="2022-10-01")
    assert decided == claims[:2]  # the repeats are not decided again
    alone = [check_claims(text, claims=[c], as_of="2022-10-01")[0] for c in claims]
    assert [v.claim for v in together] == claims
    for got, want in zip(together, alone, strict=True):
        pd.testing.assert_frame_equal(got.readings, want.readings)
        fields = [f.name for f in dataclasses.fields(got) if f.name not in ("readings", "share")]
        assert [getattr(got, f) for f in fields] == [getattr(want, f) for f in fields]
        if want.share is not None:
            pd.testing.assert_frame_equal(got.share.to_frame(), want.share.to_frame())
    # the repeats share nothing that can be changed
    assert together[1].readings is not together[3].readings
    together[1].readings.loc[0, "description"] = "changed"
    assert together[3].readings.loc[0, "description"] != "changed"
    if together[1].share is not None:
        assert together[1].share.units is not together[3].share.units
