"""The spirals data (CS231n's recipe), as lib/Data/Datasets.Spirals.cs makes it; shared by the reference scripts."""
import numpy as np


def spirals(n, k, seed):
    np.random.seed(seed)
    X = np.zeros((n * k, 2))
    y = np.zeros(n * k, dtype="uint8")
    for j in range(k):
        ix = range(n * j, n * (j + 1))
        r = np.linspace(0.0, 1, n)
        t = np.linspace(j * 4, (j + 1) * 4, n) + np.random.randn(n) * 0.2
        X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
        y[ix] = j
    return X, y
