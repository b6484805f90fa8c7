"""Reference values for CourseLib's classification metrics, computed by scikit-learn.

Run with Debian 12's packages (python3-sklearn 1.2.1, NumPy 1.24.2):

    /usr/bin/python3 data/reference/make_metrics_cases.py > data/reference/metrics_cases.json

Each case is a pair of random label vectors (or a hand-picked edge case) and what scikit-learn says
about it: accuracy, confusion matrix, precision/recall/F1 for every `average` and `zero_division`,
and the classification report both as text and as the `output_dict` numbers. When `num_classes` is
not null the labels are `range(num_classes)` (passed to scikit-learn as `labels=`), otherwise
scikit-learn infers them from the data (the sorted union of both vectors), as CourseLib does.
"""
import json
import sys
import warnings

import numpy as np
import sklearn
from sklearn.exceptions import UndefinedMetricWarning
from sklearn.metrics import (accuracy_score, classification_report, confusion_matrix, f1_score,
                             precision_score, recall_score)

warnings.simplefilter("ignore", UndefinedMetricWarning)

AVERAGES = ["binary", "micro", "macro", "weighted", None]
ZERO_DIVISIONS = ["warn", 0, 1]


def binary_allowed(y_true, y_pred):
    """scikit-learn accepts average='binary' (pos_label=1) for at most two labels, 1 among them."""
    present = set(y_true.tolist()) | set(y_pred.tolist())
    return len(present) <= 2 and (1 in present or len(present) < 2)


def scores(y_true, y_pred, labels):
    out = []
    for average in AVERAGES:
        if average == "binary" and not binary_allowed(y_true, y_pred):
            continue
        for zd in ZERO_DIVISIONS:
            kw = dict(average=average, zero_division=zd)
            if average != "binary":
                kw["labels"] = labels
            p = precision_score(y_true, y_pred, **kw)
            r = recall_score(y_true, y_pred, **kw)
            f = f1_score(y_true, y_pred, **kw)
            out.append({
                "average": average if average is not None else "none",
                "zero_division": str(zd),
                "precision": np.atleast_1d(p).tolist(),
                "recall": np.atleast_1d(r).tolist(),
                "f1": np.atleast_1d(f).tolist(),
            })
    return out


def reports(y_true, y_pred, labels, target_names):
    out = []
    for zd in ZERO_DIVISIONS:
        for digits in (2, 4):
            kw = dict(labels=labels, target_names=target_names, zero_division=zd, digits=digits)
            text = classification_report(y_true, y_pred, **kw)
            as_dict = classification_report(y_true, y_pred, output_dict=True, **kw)
            rows = []
            for name, value in as_dict.items():
                if name == "accuracy":
                    rows.append({"name": name, "precision": None, "recall": None, "f1": value,
                                 "support": len(y_true)})
                else:
                    rows.append({"name": name, "precision": value["precision"],
                                 "recall": value["recall"], "f1": value["f1-score"],
                                 "support": int(value["support"])})
            out.append({"zero_division": str(zd), "digits": digits,
                        "target_names": target_names, "text": text, "rows": rows})
    return out


def case(name, y_true, y_pred, num_classes=None, target_names=None):
    y_true = np.asarray(y_true, dtype=np.int64)
    y_pred = np.asarray(y_pred, dtype=np.int64)
    labels = list(range(num_classes)) if num_classes is not None else None
    return {
        "name": name,
        "num_classes": num_classes,
        "y_true": y_true.tolist(),
        "y_pred": y_pred.tolist(),
        "accuracy": accuracy_score(y_true, y_pred),
        "confusion_matrix": confusion_matrix(y_true, y_pred, labels=labels).tolist(),
        "scores": scores(y_true, y_pred, labels),
        "reports": reports(y_true, y_pred, labels, target_names),
    }


def main():
    rng = np.random.RandomState(2024)
    cases = [
        case("binary all right", [0, 1, 1, 0, 1], [0, 1, 1, 0, 1]),
        case("binary all wrong", [0, 1, 1, 0, 1], [1, 0, 0, 1, 0]),
        case("binary only negatives, all right", [0, 0, 0], [0, 0, 0]),
        case("binary only negatives, two classes declared", [0, 0, 0], [0, 0, 0], num_classes=2),
        case("binary never predicts positive", [0, 1, 1, 0], [0, 0, 0, 0]),
        case("binary only positives predicted", [0, 0, 1, 0], [1, 1, 1, 1]),
        case("single sample", [1], [1]),
        case("multi-class all right", [0, 1, 2, 2, 1, 0], [0, 1, 2, 2, 1, 0]),
        case("multi-class all wrong", [0, 1, 2, 2, 1, 0], [1, 2, 0, 0, 2, 1]),
        case("class 3 declared but absent", [0, 1, 2, 2], [0, 2, 2, 1], num_classes=4),
        case("class names", [0, 1, 2, 2, 0], [0, 1, 1, 2, 0], num_classes=3,
             target_names=["circle", "square", "a much longer class name"]),
        case("labels with a gap, inferred", [0, 2, 5, 5, 2], [0, 5, 5, 2, 2]),
    ]
    kinds = ["random", "noisy", "missing in predictions", "missing in truth", "all right", "all wrong"]
    for i in range(60):
        k = int(rng.randint(2, 11))
        n = int(rng.randint(1, 120))
        kind = kinds[i % len(kinds)]
        y_true = rng.randint(0, k, size=n)
        if kind == "random":
            y_pred = rng.randint(0, k, size=n)
        elif kind == "noisy":
            y_pred = np.where(rng.rand(n) < 0.7, y_true, rng.randint(0, k, size=n))
        elif kind == "missing in predictions":
            y_pred = rng.randint(0, max(1, k - 2), size=n)
        elif kind == "missing in truth":
            y_true = rng.randint(0, max(1, k - 2), size=n)
            y_pred = rng.randint(0, k, size=n)
        elif kind == "all right":
            y_pred = y_true.copy()
        else:
            y_pred = (y_true + rng.randint(1, k, size=n)) % k
        declared = k + int(rng.randint(0, 2)) if i % 2 == 0 else None
        cases.append(case(f"{kind} #{i}: {k} classes, {n} samples", y_true, y_pred, declared))
    json.dump({"generator": f"scikit-learn {sklearn.__version__}, NumPy {np.__version__}",
               "cases": cases}, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
