"""Reference values for CourseLib's multi-label metrics (notebook 18_multilabel), computed by scikit-learn.

Run with Debian 12's packages (python3-sklearn 1.2.1, NumPy 1.24.2), from the repository root:

    /usr/bin/python3 data/reference/make_multilabel_metrics_cases.py

Writes multilabel_metrics_cases.json next to itself. Each case is a pair of 0/1 label matrices of shape [N, K]
(and, where every label has both classes, a score matrix) with what scikit-learn says about it: accuracy_score
(subset accuracy), hamming_loss, multilabel_confusion_matrix, precision/recall/f1 for average micro, macro,
weighted, samples and None with zero_division "warn", 0 and 1, the UndefinedMetricWarning messages each call
raised, classification_report as text (2 and 4 digits, every zero_division) and roc_auc_score(average=None).
The hand-picked cases cover a label with no positive sample, an all-positive label, samples with an empty
predicted set, everything empty, everything right and a single sample; the rest are random (seed below).
"""
import json
import os
import warnings

import numpy as np
from sklearn.metrics import (accuracy_score, classification_report, f1_score, hamming_loss,
                             multilabel_confusion_matrix, precision_score, recall_score, roc_auc_score)

HERE = os.path.dirname(os.path.abspath(__file__))
AVERAGES = ["micro", "macro", "weighted", "samples", None]
ZERO_DIVISIONS = ["warn", 0, 1]


def recorded(call):
    """The call's result and the messages of the warnings it raised, in order (each one, as 'always')."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = call()
    return result, [str(w.message) for w in caught]


def scores(y_true, y_pred):
    out = []
    for average in AVERAGES:
        for zd in ZERO_DIVISIONS:
            entry = {"average": "none" if average is None else average, "zero_division": str(zd)}
            for name, fn in [("precision", precision_score), ("recall", recall_score), ("f1", f1_score)]:
                value, messages = recorded(lambda: fn(y_true, y_pred, average=average, zero_division=zd))
                entry[name] = np.atleast_1d(value).tolist()
                entry[name + "_warnings"] = messages
            out.append(entry)
    return out


def reports(y_true, y_pred, names):
    out = []
    for zd in ZERO_DIVISIONS:
        for digits in (2, 4):
            text, messages = recorded(lambda: classification_report(
                y_true, y_pred, target_names=names, digits=digits, zero_division=zd))
            out.append({"zero_division": str(zd), "digits": digits, "text": text, "warnings": messages})
    return out


def case(name, y_true, y_pred, y_score=None, names=None):
    y_true, y_pred = np.asarray(y_true, dtype=int), np.asarray(y_pred, dtype=int)
    k = y_true.shape[1]
    names = names or [f"label {j}" for j in range(k)]
    c = {
        "name": name,
        "y_true": y_true.tolist(),
        "y_pred": y_pred.tolist(),
        "names": names,
        "subset_accuracy": accuracy_score(y_true, y_pred),
        "hamming_loss": hamming_loss(y_true, y_pred),
        "confusion": multilabel_confusion_matrix(y_true, y_pred).tolist(),
        "scores": scores(y_true, y_pred),
        "reports": reports(y_true, y_pred, names),
    }
    if y_score is not None:
        y_score = np.asarray(y_score, dtype=np.float64)
        c["y_score"] = y_score.tolist()
        try:
            c["roc_auc"] = roc_auc_score(y_true, y_score, average=None).tolist()
        except ValueError as e:
            c["roc_auc_error"] = str(e)
    return c


cases = [
    case("hand: a label with no positive sample",
         [[1, 0, 0], [0, 1, 0], [1, 1, 0], [0, 0, 0]],
         [[1, 0, 0], [0, 0, 1], [1, 1, 0], [0, 1, 0]],
         [[0.9, 0.2, 0.1], [0.3, 0.4, 0.7], [0.8, 0.6, 0.2], [0.1, 0.7, 0.3]]),
    case("hand: a label neither true nor predicted",
         [[1, 0, 0], [0, 1, 0], [1, 1, 0]],
         [[1, 0, 0], [1, 1, 0], [0, 1, 0]]),
    case("hand: an all-positive label",
         [[1, 1, 0], [1, 0, 1], [1, 1, 1], [1, 0, 0]],
         [[1, 1, 0], [0, 0, 1], [1, 0, 1], [1, 1, 0]],
         [[0.8, 0.9, 0.1], [0.4, 0.2, 0.8], [0.7, 0.4, 0.6], [0.9, 0.6, 0.3]]),
    case("hand: samples with an empty predicted set",
         [[1, 0, 1], [0, 1, 0], [1, 1, 0], [0, 0, 1], [1, 0, 0]],
         [[0, 0, 0], [0, 1, 0], [0, 0, 0], [0, 0, 1], [1, 0, 1]],
         [[0.4, 0.1, 0.3], [0.2, 0.8, 0.1], [0.45, 0.3, 0.2], [0.1, 0.2, 0.9], [0.6, 0.1, 0.7]]),
    case("hand: samples with an empty true set",
         [[0, 0, 0], [0, 1, 0], [0, 0, 0], [1, 0, 1]],
         [[0, 1, 0], [0, 1, 0], [0, 0, 0], [1, 0, 0]]),
    case("hand: nothing predicted",
         [[1, 0], [0, 1], [1, 1]],
         [[0, 0], [0, 0], [0, 0]],
         [[0.3, 0.2], [0.1, 0.4], [0.2, 0.3]]),
    case("hand: nothing true, something predicted",
         [[0, 0], [0, 0], [0, 0]],
         [[1, 0], [0, 0], [0, 1]]),
    case("hand: nothing true, nothing predicted",
         [[0, 0, 0], [0, 0, 0]],
         [[0, 0, 0], [0, 0, 0]]),
    case("hand: everything right",
         [[1, 0, 1, 0], [0, 1, 1, 0], [1, 1, 0, 1]],
         [[1, 0, 1, 0], [0, 1, 1, 0], [1, 1, 0, 1]],
         [[0.9, 0.1, 0.8, 0.3], [0.2, 0.7, 0.6, 0.1], [0.8, 0.9, 0.4, 0.6]]),
    case("hand: one sample",
         [[1, 0, 1]],
         [[1, 1, 0]]),
    case("hand: long names and ties in the scores",
         [[1, 0], [0, 1], [1, 1], [0, 0], [1, 0], [0, 1]],
         [[1, 0], [0, 0], [1, 1], [0, 1], [0, 0], [0, 1]],
         [[0.5, 0.5], [0.5, 0.25], [0.75, 0.75], [0.25, 0.5], [0.5, 0.25], [0.25, 0.75]],
         names=["a rather long label name", "x"]),
]

rng = np.random.RandomState(2025)
for i in range(24):
    n = int(rng.randint(1, 60))
    k = int(rng.randint(2, 8))  # one column is a binary problem to scikit-learn, not a multi-label one
    density = rng.uniform(0.05, 0.9, size=k)
    y_true = (rng.uniform(size=(n, k)) < density).astype(int)
    noise = rng.uniform(0, 0.6)
    flips = rng.uniform(size=(n, k)) < noise
    y_pred = np.where(flips, 1 - y_true, y_true)
    if i % 6 == 5:
        y_pred[rng.uniform(size=n) < 0.4] = 0  # some empty predicted sets
    score = np.clip(y_true * 0.4 + rng.uniform(size=(n, k)) * 0.6, 0, 1).round(2)  # ties on purpose
    both = all(0 < y_true[:, j].sum() < n for j in range(k))
    cases.append(case(f"random #{i}: {n} samples, {k} labels", y_true, y_pred, score if both else None))

with open(os.path.join(HERE, "multilabel_metrics_cases.json"), "w") as f:
    json.dump({"cases": cases}, f, indent=None, separators=(",", ":"))
    f.write("\n")
print(f"{len(cases)} cases")
