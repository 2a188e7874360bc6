"""scikit-learn's MLPClassifier on the same data, as an independent reference.

scikit-learn is a docs and test dependency only, so it is imported inside the function.
"""

from collections.abc import Sequence

from nnmaths.digits import Split


# --8<-- [start:fit_mlp]
def mlp_accuracy(
    data: Split, hidden: Sequence[int], seed: int, **solver: object
) -> float:
    """Train MLPClassifier with sigmoid hidden layers of sizes ``hidden``; return test accuracy.

    ``activation="logistic"`` is the sigmoid. The L-BFGS solver converges on this small data
    set well within ``max_iter``, so scikit-learn raises no ConvergenceWarning. ``solver``
    settings replace these (the benchmark tries others).

    >>> from nnmaths.digits import load_split
    >>> round(mlp_accuracy(load_split(), (32,), seed=0), 3)
    0.976
    """
    from sklearn.neural_network import MLPClassifier

    mlp = MLPClassifier(
        hidden_layer_sizes=tuple(hidden),
        activation="logistic",
        random_state=seed,
        **({"solver": "lbfgs", "max_iter": 1000} | solver),
    )
    mlp.fit(data.x_train, data.labels_train)
    return float(mlp.score(data.x_test, data.labels_test))
    # --8<-- [end:fit_mlp]
