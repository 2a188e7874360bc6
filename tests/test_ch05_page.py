import re
import runpy


def test_the_page_session_runs_alone_and_every_formula_matches_its_measurement(capsys):
    runpy.run_module("nnmaths.ch05.page", run_name="__main__")
    out = capsys.readouterr().out
    rows = re.findall(
        r"^(\(\d\.\d\)|\(A\)|\(B\)|dC/db\d).*?(-?\d+\.\d+)\s+(-?\d+\.\d+)$", out, re.MULTILINE
    )
    assert len(rows) == 10
    assert all(formula == numeric for _, formula, numeric in rows)
    assert out.count("<svg") == 2
