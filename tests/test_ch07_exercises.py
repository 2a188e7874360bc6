import numpy as np

from nnmaths.ch07 import exercises


def test_exercise_1_the_layers_jacobian_is_W_transposed():
    J, W_T = exercises.exercise_1()
    np.testing.assert_allclose(J, W_T, rtol=0, atol=1e-9)


def test_multiplications_counts_a_naive_matrix_product():
    rng = np.random.default_rng(0)
    A, B = rng.normal(size=(2, 3)), rng.normal(size=(3, 4))
    count, C = 0, np.zeros((2, 4))
    for i in range(2):
        for k in range(4):
            for j in range(3):
                C[i, k] += A[i, j] * B[j, k]
                count += 1
    np.testing.assert_allclose(C, A @ B)
    assert exercises.multiplications(2, 3, 4) == count


def test_exercise_2_gives_the_pages_billion_and_million():
    assert exercises.exercise_2(1000) == (10**9, 10**6)


def test_exercise_3_tanh_has_a_diagonal_jacobian_of_one_minus_tanh_squared():
    numeric, formula = exercises.exercise_3(np.array([-2.0, 0.0, 0.5, 3.0]))
    np.testing.assert_allclose(numeric, formula, rtol=0, atol=1e-9)


def test_exercise_4_every_backward_step_shrinks_delta_within_the_bound():
    ratios, bounds = exercises.exercise_4()
    assert ratios.shape == bounds.shape == (9,)
    assert (ratios <= bounds).all() and (bounds < 1).all()
