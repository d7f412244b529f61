"""geoclaims.text.claims compiles its patterns on first use; they match as compiled ones do."""

import re

from geoclaims.text import claims


def _lazy_patterns():
    return {k: v for k, v in vars(claims).items() if isinstance(v, claims._LazyPattern)}


def test_every_module_pattern_matches_as_its_compiled_form():
    patterns = _lazy_patterns()
    assert len(patterns) > 20  # the module's patterns are built lazily
    text = (
        "Russia now occupies about 18% of Ukraine's territory, up from 7 percent; "
        "Donetsk and Luhansk cover 53,000 square kilometres. Росія окупувала понад 20% "
        "території України, а это около 100 тысяч квадратных километров."
    )
    for name, lazy in patterns.items():
        compiled = re.compile(*lazy._args)
        got = [(m.span(), m.groupdict()) for m in lazy.finditer(text)]
        want = [(m.span(), m.groupdict()) for m in compiled.finditer(text)]
        assert got == want, name
        assert lazy.pattern == compiled.pattern
        for pos in (0, 5, 40):
            got_at, want_at = lazy.search(text, pos), compiled.search(text, pos)
            assert (got_at and got_at.span()) == (want_at and want_at.span()), name
