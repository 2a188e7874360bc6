from pages import figures, run_page, without_figures


def test_the_page_session_runs_alone_and_every_gradient_agrees():
    out = run_page("04")
    assert out.count("agrees to 1e-6: True") == 6
    assert "128-64-10              83,840   8,832    9.5" in out
    assert "784-100-10   79,400   159,800       79,012" in out
    assert figures(out) == 3


def test_the_local_rules_give_the_chain_rules_slope():
    out = run_page("04")
    assert "dC/dw = 0.11702" in out  # by the chain rule, once
    assert "dC/dw = 0.11702   dC/da_prev" in out  # and by the local rules


def test_every_printed_line_fits_a_phone():
    text = without_figures(run_page("04"))
    assert max(len(line) for line in text.splitlines()) <= 45
