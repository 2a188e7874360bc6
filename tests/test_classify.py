import numpy as np
import pytest

from nnmaths.classify import confusion_matrix, evaluate, predict_labels
from nnmaths.layers import Layer


@pytest.fixture
def identity():
    """A one-layer network whose logits are its inputs: it predicts the largest input."""
    return [Layer(np.eye(3), np.zeros((1, 3)))]


def test_predicted_label_is_the_largest_logit(identity):
    x = np.array([[0.1, 0.9, 0.0], [5.0, -1.0, 4.9], [0.0, 0.0, 3.0]])
    np.testing.assert_array_equal(predict_labels(x, identity), [1, 0, 2])


def test_accuracy_counts_the_right_predictions(identity):
    x = np.array(
        [[0.1, 0.9, 0.0], [5.0, -1.0, 4.9], [0.0, 0.0, 3.0], [1.0, 0.0, 0.0]]
    )
    assert evaluate(x, np.array([1, 2, 2, 1]), identity).accuracy == 0.5


def test_confusion_matrix_rows_are_true_classes_and_columns_predictions():
    C = confusion_matrix(
        np.array([0, 0, 1, 2, 2, 2]), np.array([0, 1, 1, 2, 0, 2]), 3
    )
    np.testing.assert_array_equal(C, [[1, 1, 0], [0, 1, 0], [1, 0, 2]])
    assert C.sum() == 6 and np.trace(C) == 4


def test_confusion_matrix_rejects_a_prediction_outside_the_classes():
    with pytest.raises(
        ValueError, match=r"labels must be classes 0\.\.2 \(K = 3\), got 3"
    ):
        confusion_matrix(np.array([0, 1]), np.array([0, 3]), 3)


def test_evaluate_does_not_overflow_on_logits_below_minus_709():
    # The repro: a sigmoid at the output would compute exp(800) (an overflow warning,
    # an error under this suite's settings); the score needs only the logits.
    layers = [Layer(np.zeros((1, 2)), np.array([[-800.0, 0.0]]))]
    score = evaluate(np.zeros((1, 1)), np.array([1]), layers)
    assert score.accuracy == 1.0 and score.loss == pytest.approx(0.0)


def test_predict_labels_does_not_overflow_on_logits_below_minus_709():
    layers = [Layer(np.zeros((1, 2)), np.array([[-800.0, 0.0]]))]
    np.testing.assert_array_equal(
        predict_labels(np.zeros((1, 1)), layers), [1]
    )


LAYERS = [Layer(np.zeros((3, 2)), [[0.0, 1.0]])]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: evaluate(np.zeros((3, 3)), np.array([1]), LAYERS),
            r"labels: expected shape \(3,\), got shape \(1,\)",
        ),
        (
            lambda: evaluate(np.zeros(3), np.array([1]), LAYERS),
            r"x: expected shape \(any, any\), got shape \(3,\)",
        ),
        (
            lambda: confusion_matrix(np.array([0, 1, 1]), np.array([1]), 2),
            r"predicted: expected shape \(3,\), got shape \(1,\)",
        ),
        (
            lambda: confusion_matrix(np.array([[0, 1]]), np.array([1]), 2),
            r"labels: expected shape \(any,\), got shape \(1, 2\)",
        ),
    ],
)
def test_bad_input_is_named_with_what_came(call, message):
    with pytest.raises(ValueError, match=message):
        call()
