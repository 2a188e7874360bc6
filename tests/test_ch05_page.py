import re

from pages import run_page


def test_the_page_session_runs_alone_and_every_formula_matches_its_measurement():
    out = run_page("05")
    rows = re.findall(
        r"^(d\w+/d\w+ = .*?|\(A\).*?|\(B\).*?|dC/db\d)\s+(-?\d+\.\d+)\s+(-?\d+\.\d+)$",
        out,
        re.MULTILINE,
    )
    assert len(rows) == 10
    assert all(formula == numeric for _, formula, numeric in rows)
    assert out.count("<svg") == 3


def test_chapter_6_and_the_scalar_results_print_the_same_numbers():
    out = run_page("05")
    for name in ("dC/dw2", "dC/dw1"):
        (row,) = re.findall(rf"^{name}\s+(\S+)\s+(\S+)$", out, re.MULTILINE)
        assert row[0] == row[1]


def test_every_printed_line_fits_a_phone():
    text = re.sub(r"<svg.*?</svg>", "", run_page("05"), flags=re.DOTALL)
    assert max(len(line) for line in text.splitlines()) <= 45
