from pages import run_page


def test_the_page_session_runs_alone_and_every_gradient_agrees():
    out = run_page("04")
    assert out.count("agrees to 1e-6: True") == 6
    assert "(128, 64, 10)                      83,840          8,832" in out
    assert out.count("<svg") == 2
