import re

from pages import run_page


def test_the_page_session_runs_alone_and_every_formula_matches_its_measurement():
    out = run_page("05")
    rows = re.findall(
        r"^(\(\d\.\d\)|\(A\)|\(B\)|dC/db\d).*?(-?\d+\.\d+)\s+(-?\d+\.\d+)$",
        out,
        re.MULTILINE,
    )
    assert len(rows) == 10
    assert all(formula == numeric for _, formula, numeric in rows)
    assert out.count("<svg") == 2
