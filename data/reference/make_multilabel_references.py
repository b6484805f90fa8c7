"""Reference values for CourseLib's multi-label code (notebook 18_multilabel): make_multilabel_classification.

Run with Debian 12's packages (scikit-learn 1.2.1, NumPy 1.24.2), from the repository root:

    /usr/bin/python3 data/reference/make_multilabel_references.py

Writes multilabel_generator_cases.json next to itself: a list of cases, each with its name, the call's arguments and what scikit-learn
returns with return_distributions=True (X, Y, p_c, p_w_c). Floats are written by Python's json module, which prints
the shortest text that reads back to the same double: the tests compare bit for bit.
"""
import json
import os

from sklearn.datasets import make_multilabel_classification

HERE = os.path.dirname(os.path.abspath(__file__))

# name -> keyword arguments; the C# tests repeat each call with the same arguments.
CASES = {
    "defaults_rs0": dict(random_state=0),
    "n200_f10_c3_rs42": dict(n_samples=200, n_features=10, n_classes=3, random_state=42),
    "n50_f8_c4_labels1_length5_rs1": dict(n_samples=50, n_features=8, n_classes=4, n_labels=1, length=5, random_state=1),
    "n60_f6_c5_unlabeled_off_rs2": dict(n_samples=60, n_features=6, n_classes=5, allow_unlabeled=False, random_state=2),
    "n40_f12_c10_labels4_length12_rs3": dict(n_samples=40, n_features=12, n_classes=10, n_labels=4, length=12, random_state=3),
    "n30_f3_c1_rs4": dict(n_samples=30, n_features=3, n_classes=1, random_state=4),
    "n25_f30_c2_labels0.5_length1_rs5": dict(n_samples=25, n_features=30, n_classes=2, n_labels=0.5, length=1, random_state=5),
    "n20_f5_c7_labels9_length200_rs6": dict(n_samples=20, n_features=5, n_classes=7, n_labels=9, length=200, random_state=6),
    "n1_rs7": dict(n_samples=1, random_state=7),
}

cases = []
for name, kwargs in CASES.items():
    X, Y, p_c, p_w_c = make_multilabel_classification(return_distributions=True, **kwargs)
    cases.append({
        "name": name,
        "arguments": kwargs,
        "X": X.tolist(),
        "Y": Y.astype(int).tolist(),
        "p_c": p_c.tolist(),
        "p_w_c": p_w_c.tolist(),
    })

with open(os.path.join(HERE, "multilabel_generator_cases.json"), "w") as f:
    json.dump({"cases": cases}, f, separators=(",", ":"))
    f.write("\n")
