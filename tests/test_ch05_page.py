import re

from pages import figures, run_page, without_figures


def test_the_page_session_runs_alone_and_every_formula_matches_its_measurement():
    out = run_page("05")
    rows = re.findall(
        r"^(d\w+/d\w+ = .*?|\(A\).*?|\(B\).*?|dC/db\d)\s+(-?\d+\.\d+)\s+(-?\d+\.\d+)$",
        out,
        re.MULTILINE,
    )
    assert len(rows) == 10
    assert all(formula == numeric for _, formula, numeric in rows)
    assert figures(out) == 4


def test_the_chain_at_zero_shrinks_keeps_and_grows_the_error():
    out = run_page("05")
    assert re.search(r"^2\.0 +0\.50 +0\.00195$", out, re.MULTILINE)
    assert re.search(r"^4\.0 +1\.00 +1$", out, re.MULTILINE)
    assert re.search(r"^8\.0 +2\.00 +512$", out, re.MULTILINE)


def test_every_printed_line_fits_a_phone():
    text = without_figures(run_page("05"))
    assert max(len(line) for line in text.splitlines()) <= 45
