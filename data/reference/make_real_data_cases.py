"""Reference values for CourseLib's ranking metrics, StandardScaler and stratified split, computed by scikit-learn.

Run with Debian 12's packages (python3-sklearn 1.2.1, NumPy 1.24.2), from the repository root:

    /usr/bin/python3 data/reference/make_real_data_cases.py

It writes three files next to itself:

- ranking_cases.json: for pairs of binary labels and scores (hand-picked edge cases and random ones, with ties,
  float32 scores, logits), what roc_curve (drop_intermediate True and False), roc_auc_score,
  precision_recall_curve and average_precision_score return. NaN is written as null.
- scaler_cases.json: StandardScaler fitted on one matrix (features of very different scales, constant and
  near-constant columns, a single row) and applied to another: mean_, var_, scale_ and both transforms.
- stratified_split_cases.json: train_test_split(arange(n), test_size=..., train_size=..., stratify=y,
  random_state=...) for several label vectors (binary and imbalanced, tied class shares, ten classes, the two
  real datasets' labels) and sizes; the train and test indices in the order scikit-learn returns them.
"""
import gzip
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.exceptions import UndefinedMetricWarning
from sklearn.metrics import average_precision_score, precision_recall_curve, roc_auc_score, roc_curve
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

warnings.simplefilter("ignore", UndefinedMetricWarning)
warnings.simplefilter("ignore", UserWarning)

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = f"scikit-learn {sklearn.__version__}, NumPy {np.__version__}"


def floats(a):
    return [None if np.isnan(v) else float(v) for v in np.asarray(a, dtype=np.float64).ravel()]


def ranking_case(name, y_true, y_score):
    y_true = np.asarray(y_true, dtype=np.int64)
    out = {"name": name, "y_true": y_true.tolist(), "float32": y_score.dtype == np.float32, "y_score": floats(y_score)}
    for drop in (True, False):
        fpr, tpr, thr = roc_curve(y_true, y_score, drop_intermediate=drop)
        out["roc_drop" if drop else "roc_all"] = {"fpr": floats(fpr), "tpr": floats(tpr), "thresholds": floats(thr)}
    precision, recall, thr = precision_recall_curve(y_true, y_score)
    out["pr"] = {"precision": floats(precision), "recall": floats(recall), "thresholds": floats(thr)}
    out["roc_auc"] = float(roc_auc_score(y_true, y_score)) if len(np.unique(y_true)) == 2 else None
    out["average_precision"] = float(average_precision_score(y_true, y_score)) if y_true.any() else None
    return out


def ranking_cases():
    rng = np.random.RandomState(14)
    cases = [
        ranking_case("four samples", [0, 0, 1, 1], np.array([0.1, 0.4, 0.35, 0.8])),
        ranking_case("perfect ranking", [0, 0, 0, 1, 1], np.array([0.1, 0.2, 0.3, 0.8, 0.9])),
        ranking_case("reversed ranking", [1, 1, 0, 0, 0], np.array([0.1, 0.2, 0.3, 0.8, 0.9])),
        ranking_case("every score tied", [0, 1, 0, 1, 1], np.array([0.5, 0.5, 0.5, 0.5, 0.5])),
        ranking_case("only negatives", [0, 0, 0], np.array([0.2, 0.7, 0.4])),
        ranking_case("only positives", [1, 1, 1, 1], np.array([0.2, 0.7, 0.4, 0.7])),
        ranking_case("one sample", [1], np.array([0.3])),
        ranking_case("collinear points dropped", [1, 1, 0, 0, 1, 1, 0, 0], np.array([8, 7, 6, 5, 4, 3, 2, 1.0])),
        ranking_case("float32 probabilities near 1", [0, 1, 1, 0, 1],
                     np.array([0.1, 0.99999994, 0.7, 0.3, 0.9999999], dtype=np.float32)),
    ]
    kinds = ["uniform", "rounded", "float32", "logits", "integers", "informative"]
    for i in range(48):
        n = int(rng.randint(2, 400))
        kind = kinds[i % len(kinds)]
        y = rng.randint(0, 2, size=n)
        if kind == "uniform":
            s = rng.rand(n)
        elif kind == "rounded":
            s = np.round(rng.rand(n), 1 + i % 2)
        elif kind == "float32":
            s = rng.rand(n).astype(np.float32)
        elif kind == "logits":
            s = rng.randn(n) * 3 + y
        elif kind == "integers":
            s = rng.randint(-5, 6, size=n).astype(np.float64)
        else:
            s = (1 / (1 + np.exp(-(rng.randn(n) + 2.5 * (y - 0.5))))).astype(np.float32)
        cases.append(ranking_case(f"{kind} #{i}: {n} samples", y, s))
    return cases


def scaler_case(name, fit, other):
    fit = np.asarray(fit, dtype=np.float64)
    other = np.asarray(other, dtype=np.float64)
    scaler = StandardScaler().fit(fit)
    return {
        "name": name, "fit": fit.tolist(), "other": other.tolist(),
        "mean": floats(scaler.mean_), "var": floats(scaler.var_), "scale": floats(scaler.scale_),
        "samples_seen": int(scaler.n_samples_seen_),
        "fit_transformed": scaler.transform(fit).tolist(), "other_transformed": scaler.transform(other).tolist(),
    }


def scaler_cases():
    rng = np.random.RandomState(13)
    cases = []
    for i, (n, d) in enumerate([(5, 2), (50, 4), (341, 30), (200, 7), (1000, 3)]):
        scales = 10.0 ** rng.uniform(-3, 4, size=d)
        fit = rng.randn(n, d) * scales + rng.uniform(-100, 100, size=d) * scales
        other = rng.randn(n // 3 + 1, d) * scales
        cases.append(scaler_case(f"random #{i}: {n} x {d}", fit, other))
    constant = rng.randn(20, 3)
    constant[:, 1] = 7.25
    constant[:, 2] = 0.0
    cases.append(scaler_case("constant columns", constant, rng.randn(4, 3)))
    near = rng.randn(30, 2)
    near[:, 0] = 1e9 + rng.randint(0, 2, size=30) * 1e-7
    cases.append(scaler_case("near-constant column", near, rng.randn(3, 2)))
    cases.append(scaler_case("a single row", [[1.0, -2.0, 3.5]], [[0.0, 0.0, 0.0], [1.0, 1.0, 1.0]]))
    return cases


def split_case(name, y, test_size=None, train_size=None, random_state=0):
    y = np.asarray(y, dtype=np.int64)
    train, test = train_test_split(np.arange(len(y)), test_size=test_size, train_size=train_size,
                                   stratify=y, random_state=random_state)
    return {"name": name, "y": y.tolist(), "test_size": test_size, "train_size": train_size,
            "test_size_is_fraction": isinstance(test_size, float), "train_size_is_fraction": isinstance(train_size, float),
            "random_state": random_state, "train": train.tolist(), "test": test.tolist()}


def split_cases():
    rng = np.random.RandomState(42)
    cancer = np.loadtxt(os.path.join(HERE, "..", "breast_cancer.csv"), delimiter=",", skiprows=1)[:, -1].astype(int)
    with gzip.open(os.path.join(HERE, "..", "digits.csv.gz"), "rt") as f:
        digits = np.loadtxt(f, delimiter=",")[:, -1].astype(int)
    cases = [
        split_case("breast cancer labels, test 0.2", cancer, test_size=0.2, random_state=42),
        split_case("breast cancer labels flipped, test 0.2", 1 - cancer, test_size=0.2, random_state=42),
        split_case("digits labels, test 0.2", digits, test_size=0.2, random_state=42),
        split_case("imbalanced 10 of 100, default size", [1] * 10 + [0] * 90, random_state=3),
        split_case("three tied classes, test 0.5", [0, 1, 2] * 7, test_size=0.5, random_state=1),
        split_case("four tied classes, counts", [0, 1, 2, 3] * 5, test_size=5, train_size=9, random_state=7),
        split_case("two per class", [0, 0, 1, 1, 2, 2], test_size=3, random_state=0),
        split_case("labels with gaps", [5, 9, 5, 9, 5, 9, 2, 2, 2, 5], test_size=0.3, random_state=11),
        split_case("only train size", rng.randint(0, 3, size=60), train_size=0.7, random_state=5),
        split_case("both sizes leave samples out", rng.randint(0, 4, size=80), test_size=0.25, train_size=0.5, random_state=9),
    ]
    for i in range(8):
        k = int(rng.randint(2, 11))
        n = int(rng.randint(4 * k, 300))
        y = rng.randint(0, k, size=n)
        y[:2 * k] = np.repeat(np.arange(k), 2)  # every class at least twice
        cases.append(split_case(f"random #{i}: {k} classes, {n} samples", y, test_size=float(rng.choice([0.1, 0.2, 0.25, 0.33])),
                                random_state=int(rng.randint(0, 1000))))
    return cases


def write(name, cases):
    with open(os.path.join(HERE, name), "w") as f:
        json.dump({"generator": GENERATOR, "cases": cases}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    write("ranking_cases.json", ranking_cases())
    write("scaler_cases.json", scaler_cases())
    write("stratified_split_cases.json", split_cases())
