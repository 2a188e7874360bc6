"""The data of Chapter 2: two species of iris, measured by two features."""

# --8<-- [start:imports]
import numpy as np

# --8<-- [end:imports]


# --8<-- [start:iris_two_species]
def iris_two_species(
    rng: np.random.Generator,
    features: tuple[int, int] = (0, 2),
    species: tuple[int, int] = (0, 1),
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Return x (100, 2), the labels y (100,) and the feature names, rows in a shuffled order.

    The first of ``species`` is labeled -1 and the second +1: 0 setosa,
    1 versicolor, 2 virginica. The bundled file lists the flowers species by
    species, so the rows are shuffled once with ``rng``. The features are
    columns of the data set: 0 sepal length, 1 sepal width, 2 petal length, 3 petal
    width, all in cm. scikit-learn ships the data, so nothing is downloaded.

    >>> x, y, names = iris_two_species(np.random.default_rng(0))
    >>> x.shape, y.shape, names
    ((100, 2), (100,), ['sepal length (cm)', 'petal length (cm)'])
    >>> iris_two_species(np.random.default_rng(0), species=(1, 1))
    Traceback (most recent call last):
    ValueError: species: expected two of 0, 1, 2, got (1, 1)
    """
    from sklearn.datasets import (
        load_iris,
    )  # only this function needs scikit-learn

    if len(set(species)) != 2 or not set(species) <= {0, 1, 2}:
        raise ValueError(f"species: expected two of 0, 1, 2, got {species!r}")
    if len(features) != 2 or not set(features) <= {0, 1, 2, 3}:
        raise ValueError(
            f"features: expected two of 0, 1, 2, 3, got {features!r}"
        )
    iris = load_iris()
    keep = np.isin(iris.target, species)
    x = iris.data[keep][:, list(features)]
    y = np.where(iris.target[keep] == species[1], 1.0, -1.0)
    order = rng.permutation(len(y))
    return x[order], y[order], [iris.feature_names[j] for j in features]
    # --8<-- [end:iris_two_species]
