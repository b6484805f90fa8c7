"""What notebook 18_multilabel prints, computed by PyTorch and scikit-learn with the same steps.

Run with Debian 12's packages (python3-torch 1.13, python3-sklearn 1.2.1, NumPy 1.24.2), from the repository root:

    /usr/bin/python3 data/reference/make_multilabel_notebook_reference.py

It makes the same data (make_multilabel_classification with the same seed; the digits of data/digits.csv.gz through
scikit-learn's load_digits, which reads the same file shipped with it, tagged by the same rules), splits it the same
way, trains the same model with the same seed, loop and learning rate on the whole training set at once, and writes
multilabel_notebook.json next to itself: the lines the notebook prints, formatted as the notebook formats them, in
order. tests/Notebooks.Tests/MultilabelNotebookTests checks that the executed notebook prints them.
"""
import json
import os

import numpy as np
import sklearn
import torch
from sklearn.datasets import load_digits, make_multilabel_classification
from sklearn.metrics import (accuracy_score, classification_report, f1_score, hamming_loss, multilabel_confusion_matrix,
                             precision_recall_curve, precision_score, recall_score, roc_auc_score)
from sklearn.model_selection import train_test_split
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
torch.set_num_threads(1)


def values(t):
    return ", ".join(f"{float(v):.4f}" for v in t.reshape(-1))


def tag_set(tags):
    tags = list(tags)
    return "{" + ", ".join(tags) + "}" if tags else "{} (no tag)"


def notebook():
    out = []
    # ---- the first look: make_multilabel_classification
    X, Y = make_multilabel_classification(n_samples=1000, n_features=20, n_classes=5, n_labels=2, random_state=42)
    out.append(f"X: [{X.shape[0]}, {X.shape[1]}] word counts, y: [{Y.shape[0]}, {Y.shape[1]}], dtype Float32")
    out.append("the first 5 rows of the label matrix:")
    for i in range(5):
        out.append(f"  sample {i}: [{', '.join(str(v) for v in Y[i])}]")
    per_label, per_sample = Y.sum(axis=0), Y.sum(axis=1)
    out.append("samples per label: " + ", ".join(f"{k}: {per_label[k]}" for k in range(5)))
    out.append("labels per sample: " + ", ".join(f"{n}: {(per_sample == n).sum()}" for n in range(6)))

    # ---- why not softmax; BCEWithLogitsLoss by hand
    sure = torch.tensor([3.0, 3.0, -2.0])
    out.append(f"logits:  [{values(sure)}]")
    out.append(f"softmax: [{values(torch.softmax(sure, dim=0))}]   (they add up to 1: two labels get half each)")
    out.append(f"sigmoid: [{values(torch.sigmoid(sure))}]   (each on its own: both labels likely, the third not)")
    loss_fn = nn.BCEWithLogitsLoss()
    one, its = sure.unsqueeze(0), torch.tensor([[1.0, 1.0, 0.0]])
    p = torch.sigmoid(one)
    per_entry = -(its * torch.log(p) + (1 - its) * torch.log(1 - p))
    out.append(f"loss of each label: [{values(per_entry.squeeze(0))}]")
    out.append(f"their mean {per_entry.mean().item():.4f}; BCEWithLogitsLoss {loss_fn(one, its).item():.4f}")

    # ---- the digits, tagged
    data = load_digits()
    names = ["even", "at least 5", "closed loop", "two loops"]
    rules = [lambda d: d % 2 == 0, lambda d: d >= 5, lambda d: d in (0, 6, 8, 9), lambda d: d == 8]
    K = len(names)
    for d in range(10):
        out.append(f"digit {d}: {tag_set(n for n, r in zip(names, rules) if r(d))}")
    y = data.target
    T = np.array([[1.0 if r(int(d)) else 0.0 for r in rules] for d in y], dtype=np.float32)
    X_all = torch.tensor(data.data, dtype=torch.float32) / 16
    y_all = torch.tensor(T)
    out.append(f"X [{X_all.shape[0]}, {X_all.shape[1]}], y [{y_all.shape[0]}, {y_all.shape[1]}]")
    per_tag, per_image = T.sum(axis=0), T.sum(axis=1)
    for k in range(K):
        out.append(f"{names[k]:<12} {per_tag[k]:4.0f} images ({per_tag[k] / len(y) * 100:.1f}%)")
    out.append("tags per image: " + ", ".join(f"{n}: {(per_image == n).sum()}" for n in range(K + 1)))

    rest, test = train_test_split(np.arange(len(y)), test_size=0.2, stratify=y, random_state=42)
    train, val = train_test_split(rest, test_size=0.25, stratify=y[rest], random_state=42)
    Xtr, ytr, Xva, yva, Xte, yte = X_all[train], y_all[train], X_all[val], y_all[val], X_all[test], y_all[test]
    out.append(f"train: X [{len(train)}, 64], y [{len(train)}, {K}] | validation: X [{len(val)}, 64], y [{len(val)}, {K}] | "
               f"test: X [{len(test)}, 64], y [{len(test)}, {K}]")

    torch.manual_seed(42)
    model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, K))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    epochs = 300
    for epoch in range(epochs):
        model.train()
        logits = model(Xtr)              # 1. Forward pass
        loss = loss_fn(logits, ytr)      # 2. Calculate loss
        optimizer.zero_grad()            # 3. Optimizer zero grad
        loss.backward()                  # 4. Loss backward
        optimizer.step()                 # 5. Optimizer step
        if epoch % 50 == 0 or epoch == epochs - 1:
            model.eval()
            with torch.inference_mode():
                val_logits = model(Xva)
                val_loss = loss_fn(val_logits, yva)
                pred = (torch.sigmoid(val_logits) >= 0.5).float().numpy()
            out.append(f"Epoch: {epoch} | Loss: {loss.item():.5f} | Val loss: {val_loss.item():.5f}, "
                       f"Hamming loss: {hamming_loss(yva.numpy(), pred):.4f}, subset accuracy: {accuracy_score(yva.numpy(), pred):.4f}")

    def probabilities(features):
        model.eval()
        with torch.inference_mode():
            return torch.sigmoid(model(features))

    yv, yt = yva.numpy().astype(int), yte.numpy().astype(int)
    val_probs = probabilities(Xva)
    vp05 = (val_probs >= 0.5).float().numpy().astype(int)
    out.append(f"validation, threshold 0.5: subset accuracy {accuracy_score(yv, vp05):.4f}, Hamming loss {hamming_loss(yv, vp05):.4f}")
    for average in ["micro", "macro", "weighted", "samples"]:
        kw = dict(average=average, zero_division=0)
        out.append(f"  {average.capitalize():<8} precision {precision_score(yv, vp05, **kw):.4f}, "
                   f"recall {recall_score(yv, vp05, **kw):.4f}, F1 {f1_score(yv, vp05, **kw):.4f}")
    out.append(f"samples F1, empty sets scored 0: {f1_score(yv, vp05, average='samples', zero_division=0):.4f}; "
               f"scored 1: {f1_score(yv, vp05, average='samples', zero_division=1):.4f}")
    out.append(f"validation images with no tag: {(yv.sum(axis=1) == 0).sum()} of {len(yv)}")
    out.extend(classification_report(yv, vp05, target_names=names, digits=4, zero_division=0).split("\n"))
    for k, m in enumerate(multilabel_confusion_matrix(yv, vp05)):
        out.append(f"{names[k]:<12} TN {m[0, 0]:3d}  FP {m[0, 1]:3d}  FN {m[1, 0]:3d}  TP {m[1, 1]:3d}")

    f1_05 = f1_score(yv, vp05, average=None, zero_division=0)
    vprobs = val_probs.numpy()  # float32, as the notebook's tensor
    thresholds = []
    for k in range(K):
        precision, recall, thr = precision_recall_curve(yv[:, k], vprobs[:, k])
        best, best_f1 = 0, -1.0
        for i in range(len(thr)):  # the first of equal maxima: the lowest threshold
            p_, r_ = precision[i], recall[i]
            f1 = 0.0 if p_ + r_ == 0 else 2 * p_ * r_ / (p_ + r_)
            if f1 > best_f1:
                best, best_f1 = i, f1
        thresholds.append(float(thr[best]))
        out.append(f"{names[k]:<12} threshold {thresholds[k]:.4f}: validation F1 {best_f1:.4f} (at 0.5: {f1_05[k]:.4f})")
    row = torch.tensor(thresholds).float()
    vtuned = (val_probs >= row).float().numpy().astype(int)
    out.append(f"validation macro F1: {f1_score(yv, vp05, average='macro'):.4f} at 0.5, "
               f"{f1_score(yv, vtuned, average='macro'):.4f} with a threshold per tag")
    aucs = roc_auc_score(yv, vprobs, average=None)
    for k in range(K):
        out.append(f"{names[k]:<12} validation ROC AUC {aucs[k]:.4f}")

    test_probs = probabilities(Xte)
    tp05 = (test_probs >= 0.5).float().numpy().astype(int)
    tpred = (test_probs >= row).float().numpy().astype(int)
    for name, pred in [("threshold 0.5      ", tp05), ("a threshold per tag", tpred)]:
        out.append(f"test, {name}: subset accuracy {accuracy_score(yt, pred):.4f}, Hamming loss {hamming_loss(yt, pred):.4f}, "
                   f"micro F1 {f1_score(yt, pred, average='micro'):.4f}, macro F1 {f1_score(yt, pred, average='macro'):.4f}")
    taucs = roc_auc_score(yt, test_probs.numpy(), average=None)
    out.append("test ROC AUC per tag: " + ", ".join(f"{names[k]} {taucs[k]:.4f}" for k in range(K)))
    out.append("")
    out.extend(classification_report(yt, tpred, target_names=names, digits=4, zero_division=1).split("\n"))

    tprobs = test_probs.numpy()
    for i in range(10):
        digit = int(y[test[i]])
        truth = [names[k] for k in range(K) if yt[i, k] == 1]
        predicted = [k for k in range(K) if tprobs[i, k] >= np.float32(thresholds[k])]
        right = predicted == [k for k in range(K) if yt[i, k] == 1]
        out.append(f"test image {i} (a {digit}): true {tag_set(truth)} | "
                   f"predicted {tag_set(f'{names[k]} {float(tprobs[i, k]):.2f}' for k in predicted)}{'' if right else '  <- not the true set'}")
    return out


if __name__ == "__main__":
    result = {
        "generator": f"PyTorch {torch.__version__}, scikit-learn {sklearn.__version__}, NumPy {np.__version__}",
        "18_multilabel": notebook(),
    }
    with open(os.path.join(HERE, "multilabel_notebook.json"), "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")
    print("\n".join(result["18_multilabel"]))
