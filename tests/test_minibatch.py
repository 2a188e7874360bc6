import numpy as np
import pytest

from nnmaths.crossentropy import cross_entropy, dL_dz, one_hot
from nnmaths.digits import Split
from nnmaths.gradcheck import numerical_gradient, relative_error
from nnmaths.layers import Layer, backward, forward, init_layers
from nnmaths.minibatch import batches, step, train
from nnmaths.softmax import softmax


@pytest.fixture
def network():
    """A 4-5-3-3 network (two sigmoid layers, softmax output) with random biases, and a batch."""
    rng = np.random.default_rng(88)
    layers = [
        Layer(W, rng.normal(size=b.shape))
        for W, b in init_layers(rng, (4, 5, 3, 3))
    ]
    x = rng.normal(size=(6, 4))
    y = one_hot(rng.integers(0, 3, size=6), 3)
    return layers, x, y


def loss_with(layers, x, y, l, name, value):
    """The loss with parameter ``name`` ("W" or "b") of layer ``l`` replaced by ``value``."""
    changed = list(layers)
    changed[l] = changed[l]._replace(**{name: value})
    return cross_entropy(forward(x, changed, output=softmax).z[-1], y)


@pytest.mark.parametrize("name", ["W", "b"])
@pytest.mark.parametrize("l", [0, 1, 2], ids=["layer1", "layer2", "layer3"])
def test_every_weight_and_bias_gradient_matches_finite_differences(
    network, l, name
):
    layers, x, y = network
    trace = forward(x, layers, output=softmax)
    grads = backward(trace, layers, dL_dz(trace.z[-1], y))
    numeric = numerical_gradient(
        lambda value: loss_with(layers, x, y, l, name, value),
        getattr(layers[l], name),
    )
    assert relative_error(getattr(grads[l], name), numeric) < 1e-7


def test_bias_gradient_is_the_row_sum_of_delta(network):
    layers, x, y = network
    trace = forward(x, layers, output=softmax)
    delta_L = dL_dz(trace.z[-1], y)
    np.testing.assert_allclose(
        backward(trace, layers, delta_L)[-1].b, delta_L.sum(axis=0)[None]
    )


def test_batches_cover_every_example_once():
    parts = batches(np.random.default_rng(3), 10, 4)
    assert [len(b) for b in parts] == [4, 4, 2]
    np.testing.assert_array_equal(
        np.sort(np.concatenate(parts)), np.arange(10)
    )


def test_batches_are_reshuffled_on_every_call():
    rng = np.random.default_rng(3)
    first, second = (
        np.concatenate(batches(rng, 50, 8)),
        np.concatenate(batches(rng, 50, 8)),
    )
    assert not np.array_equal(first, second)


def test_a_small_step_lowers_the_loss(network):
    layers, x, y = network
    before = cross_entropy(forward(x, layers, output=softmax).z[-1], y)
    after = cross_entropy(
        forward(x, step(layers, x, y, 0.1), output=softmax).z[-1], y
    )
    assert after < before


def test_step_leaves_the_layers_passed_in_unchanged(network):
    layers, x, y = network
    copies = [Layer(W.copy(), b.copy()) for W, b in layers]
    step(layers, x, y, 0.5)
    for (W, b), (W0, b0) in zip(layers, copies):
        np.testing.assert_array_equal(W, W0)
        np.testing.assert_array_equal(b, b0)


def test_a_quadratic_step_follows_chapter_7s_gradient_averaged_over_the_batch():
    from nnmaths.layer_training import layer_gradients
    from nnmaths.layers import init_layers
    from nnmaths.minibatch import step

    rng = np.random.default_rng(3)
    layers = init_layers(rng, (3, 4, 2))
    x, y = rng.normal(size=(5, 3)), np.eye(2)[[0, 1, 1, 0, 1]]
    stepped = step(layers, x, y, 0.5, quadratic=True)
    for new, old, grad in zip(stepped, layers, layer_gradients(x, y, layers)):
        np.testing.assert_allclose(new.W, old.W - 0.5 * grad.W / 5, rtol=1e-12)
        np.testing.assert_allclose(new.b, old.b - 0.5 * grad.b / 5, rtol=1e-12)


def tiny_split(m_train=4, labels_train=4):
    rng = np.random.default_rng(0)
    return Split(
        rng.random((m_train, 3)),
        np.arange(labels_train) % 2,
        rng.random((2, 3)),
        np.array([0, 1]),
    )


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: step(
                init_layers(np.random.default_rng(0), (3, 2)),
                np.ones((2, 3)),
                np.eye(2),
                0.0,
            ),
            r"learning_rate must be a positive number, got 0.0",
        ),
        (
            lambda: train(
                np.random.default_rng(0),
                init_layers(np.random.default_rng(0), (3, 2)),
                tiny_split(labels_train=3),
                0.1,
                1,
                2,
            ),
            r"labels_train: expected shape \(4,\), got shape \(3,\)",
        ),
        (
            lambda: train(
                np.random.default_rng(0),
                init_layers(np.random.default_rng(0), (3, 2)),
                tiny_split(),
                0.1,
                1,
                0,
            ),
            r"batch_size must be a positive whole number, got 0",
        ),
    ],
)
def test_bad_input_is_named_with_what_came(call, message):
    with pytest.raises(ValueError, match=message):
        call()
