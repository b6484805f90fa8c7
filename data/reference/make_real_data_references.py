"""What notebooks 13_diagnosis and 14_digits print, computed by PyTorch and scikit-learn with the same code.

Run with Debian 12's packages (python3-torch 1.13, python3-sklearn 1.2.1, NumPy 1.24.2), from the repository root:

    /usr/bin/python3 data/reference/make_real_data_references.py

It reads the same files as the notebooks (data/breast_cancer.csv, data/digits.csv.gz, through scikit-learn's own
loaders, which read the same files shipped with it), does each step the notebooks do in the same order with the
same seeds, and writes real_data_notebooks.json next to itself: for each notebook, the lines it prints, formatted
as the notebook formats them. tests/Notebooks.Tests checks that the executed notebooks print these lines.

Mini-batch order: both sides draw each epoch's order with torch.randperm from a torch.Generator seeded with 42
(the same libtorch algorithm in PyTorch 1.13 and in TorchSharp's libtorch, checked to give the same permutations).
PyTorch's DataLoader(shuffle=True, generator=g) would first draw a worker seed from g every epoch, which TorchSharp's
loader does not, so the batches are cut from the permutation directly here.
"""
import json
import os

import numpy as np
import torch
from sklearn.datasets import load_breast_cancer, load_digits
from sklearn.metrics import (accuracy_score, average_precision_score, classification_report, confusion_matrix,
                             f1_score, precision_recall_curve, precision_score, recall_score, roc_auc_score)
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
torch.set_num_threads(1)


def accuracy_fn(y_true, y_pred):
    return torch.eq(y_true, y_pred).sum().item() / len(y_pred) * 100


# ---------------------------------------------------------------- 13_diagnosis
def diagnosis():
    out = []
    cancer = load_breast_cancer()
    X = cancer.data
    out.append(f"{X.shape[0]} tumours, {X.shape[1]} features each")
    for k, name in enumerate(cancer.target_names):
        count = int((cancer.target == k).sum())
        out.append(f"{name} (label {k} in the file): {count} ({count / len(X) * 100:.1f}%)")
    means = X.mean(axis=0)
    largest, smallest = int(np.argmax(means)), int(np.argmin(means))
    out.append(f"largest mean:  {cancer.feature_names[largest]} = {means[largest]:.2f}")
    out.append(f"smallest mean: {cancer.feature_names[smallest]} = {means[smallest]:.6f}")
    ratio = np.log10(means[largest] / means[smallest])
    out.append(f"ratio: 10^{ratio:.1f}, that is {np.floor(ratio):.0f} orders of magnitude and more")

    y = 1 - cancer.target  # malignant = 1, the class a screening looks for

    X_rest, X_test, y_rest, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)
    X_train, X_val, y_train, y_val = train_test_split(X_rest, y_rest, test_size=0.25, stratify=y_rest, random_state=42)
    for name, labels in [("train", y_train), ("validation", y_val), ("test", y_test)]:
        out.append(f"{name}: {len(labels)} tumours, {labels.sum()} malignant ({labels.mean() * 100:.1f}%)")

    scaler = StandardScaler().fit(X_train)
    out.append(f"mean area (training set): mean {scaler.mean_[3]:.2f}, standard deviation {scaler.scale_[3]:.2f}")
    train_s, val_s, test_s = (scaler.transform(a) for a in (X_train, X_val, X_test))
    check = StandardScaler().fit(train_s)
    out.append(f"scaled training set: means 0 {bool(np.all(np.abs(check.mean_) < 1e-9))}, "
               f"standard deviations 1 {bool(np.all(np.abs(check.scale_ - 1) < 1e-9))}")
    out.append(f"scaled validation set: mean area has mean {val_s[:, 3].mean():.3f}, "
               f"standard deviation {np.sqrt(StandardScaler().fit(val_s).var_[3]):.3f}")
    X_train_t, X_val_t, X_test_t = (torch.tensor(a, dtype=torch.float32) for a in (train_s, val_s, test_s))
    y_train_t, y_val_t, y_test_t = (torch.tensor(a, dtype=torch.float32) for a in (y_train, y_val, y_test))
    out.append(f"XTrain {list(X_train_t.shape)}, XVal {list(X_val_t.shape)}, XTest {list(X_test_t.shape)}")

    loss_fn = nn.BCEWithLogitsLoss()

    def train(model, epochs, lr):
        optimizer = torch.optim.SGD(model.parameters(), lr=lr)
        for epoch in range(epochs):
            model.train()
            y_logits = model(X_train_t).squeeze(1)                 # 1. Forward pass
            loss = loss_fn(y_logits, y_train_t)                    # 2. Calculate loss
            acc = accuracy_fn(y_train_t, torch.round(torch.sigmoid(y_logits)))
            optimizer.zero_grad()                                  # 3. Optimizer zero grad
            loss.backward()                                        # 4. Loss backward
            optimizer.step()                                       # 5. Optimizer step
            model.eval()
            with torch.inference_mode():
                val_logits = model(X_val_t).squeeze(1)
                val_loss = loss_fn(val_logits, y_val_t)
                val_acc = accuracy_fn(y_val_t, torch.round(torch.sigmoid(val_logits)))
            if epoch % 50 == 0 or epoch == epochs - 1:
                out.append(f"Epoch: {epoch} | Loss: {loss.item():.5f}, Acc: {acc:.2f}% | "
                           f"Val loss: {val_loss.item():.5f}, Val acc: {val_acc:.2f}%")

    def probabilities(model, features):
        model.eval()
        with torch.inference_mode():
            return torch.sigmoid(model(features).squeeze(1))

    torch.manual_seed(42)
    model_lr = nn.Linear(30, 1)
    train(model_lr, epochs=200, lr=0.1)

    torch.manual_seed(42)
    model_mlp = nn.Sequential(nn.Linear(30, 16), nn.ReLU(), nn.Linear(16, 16), nn.ReLU(), nn.Linear(16, 1))
    train(model_mlp, epochs=200, lr=0.1)

    scores = {}
    for name, model in [("logistic regression", model_lr), ("MLP", model_mlp)]:
        p = probabilities(model, X_val_t)
        pred = (p >= 0.5).float()
        scores[name] = roc_auc_score(y_val, p.numpy())
        out.append(f"{name}: validation accuracy {accuracy_score(y_val, pred.numpy()) * 100:.2f}%, "
                   f"recall {recall_score(y_val, pred.numpy()):.4f}, precision {precision_score(y_val, pred.numpy()):.4f}, "
                   f"ROC AUC {scores[name]:.4f}")
    best_name = "MLP" if scores["MLP"] > scores["logistic regression"] else "logistic regression"  # a tie keeps the baseline
    best = model_mlp if best_name == "MLP" else model_lr
    out.append(f"chosen: {best_name}")

    val_probs = probabilities(best, X_val_t)
    for t in [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]:
        pred = (val_probs >= t).float().numpy()
        out.append(f"threshold {t:.1f}: flagged {int(pred.sum()):3d} | precision {precision_score(y_val, pred, zero_division=0):.4f}, "
                   f"recall {recall_score(y_val, pred):.4f}, F1 {f1_score(y_val, pred, zero_division=0):.4f}")

    v = val_probs.numpy()
    out.append(f"validation ROC AUC {roc_auc_score(y_val, v):.4f}, average precision {average_precision_score(y_val, v):.4f}")

    precision, recall, thresholds = precision_recall_curve(y_val, v)
    reaching = recall[:-1] >= 0.98
    i = int(np.flatnonzero(reaching)[-1])  # the highest threshold that still reaches the goal
    chosen = float(thresholds[i])
    out.append(f"screening threshold {chosen:.4f}: validation recall {recall[i]:.4f}, precision {precision[i]:.4f}")

    test_probs = probabilities(best, X_test_t)
    test_pred = (test_probs >= chosen).float().numpy()
    tn, fp, fn, tp = confusion_matrix(y_test, test_pred).ravel()
    out.append(f"test: recall {recall_score(y_test, test_pred):.4f}, precision {precision_score(y_test, test_pred):.4f}, "
               f"F1 {f1_score(y_test, test_pred):.4f}, accuracy {accuracy_score(y_test, test_pred) * 100:.2f}%")
    out.append(f"test: {tp} malignant found, {fn} missed; {fp} benign flagged, {tn} cleared")
    out.append(f"test ROC AUC {roc_auc_score(y_test, test_probs.numpy()):.4f}")
    return out


# ---------------------------------------------------------------- 14_digits
def digits():
    out = []
    data = load_digits()
    out.append(f"{len(data.target)} images, {data.data.shape[1]} pixels each ({data.feature_names[0]} ... {data.feature_names[-1]})")
    out.append("images per digit: " + ", ".join(f"{d}: {n}" for d, n in enumerate(np.bincount(data.target))))
    out.append(f"image 0 shows a {data.target[0]}:")
    for row in range(8):
        out.append("".join(f"{int(v):3d}" for v in data.images[0][row]))
    X_train, X_test, y_train, y_test = train_test_split(data.data, data.target, test_size=0.2, stratify=data.target, random_state=42)
    X_train_t = torch.tensor(X_train, dtype=torch.float32).reshape(-1, 1, 8, 8) / 16
    X_test_t = torch.tensor(X_test, dtype=torch.float32).reshape(-1, 1, 8, 8) / 16
    y_train_t = torch.tensor(y_train, dtype=torch.int64)
    y_test_t = torch.tensor(y_test, dtype=torch.int64)
    out.append(f"flattened:   {list(nn.Flatten()(torch.zeros(len(data.target), 1, 8, 8)).shape)}  (N, C * H * W)")
    out.append(f"train images {list(X_train_t.shape)}, test images {list(X_test_t.shape)}")

    torch.manual_seed(42)
    model = nn.Sequential(nn.Flatten(), nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
    loss_fn = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    generator = torch.Generator().manual_seed(42)
    n, batch_size, epochs = len(y_train_t), 32, 30

    for epoch in range(epochs):
        model.train()
        loss_sum, correct = 0.0, 0
        order = torch.randperm(n, generator=generator)
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]
            X_batch, y_batch = X_train_t[batch], y_train_t[batch]
            y_logits = model(X_batch)                      # 1. Forward pass
            loss = loss_fn(y_logits, y_batch)              # 2. Calculate loss
            optimizer.zero_grad()                          # 3. Optimizer zero grad
            loss.backward()                                # 4. Loss backward
            optimizer.step()                               # 5. Optimizer step
            loss_sum += loss.item() * len(batch)
            correct += torch.eq(y_logits.argmax(dim=1), y_batch).sum().item()
        model.eval()
        with torch.inference_mode():
            test_logits = model(X_test_t)
            test_loss = loss_fn(test_logits, y_test_t).item()
            test_acc = accuracy_fn(y_test_t, test_logits.argmax(dim=1))
        if epoch % 5 == 0 or epoch == epochs - 1:
            out.append(f"Epoch: {epoch} | Loss: {loss_sum / n:.5f}, Acc: {correct / n * 100:.2f}% | "
                       f"Test loss: {test_loss:.5f}, Test acc: {test_acc:.2f}%")

    with torch.inference_mode():
        probs = torch.softmax(model(X_test_t), dim=1)
    preds = probs.argmax(dim=1)
    out.append(f"test accuracy: {accuracy_score(y_test, preds.numpy()) * 100:.2f}% ({int((preds == y_test_t).sum())} of {len(y_test)})")
    matrix = confusion_matrix(y_test, preds.numpy())
    out.append("right per digit: " + ", ".join(f"{d}: {matrix[d, d]}/{matrix[d].sum()}" for d in range(10)))
    out.extend(classification_report(y_test, preds.numpy(), digits=4).rstrip("\n").split("\n"))
    wrong = torch.nonzero(preds != y_test_t).squeeze(1)
    out.append(f"misclassified: {len(wrong)}")
    for i in wrong[:12].tolist():
        out.append(f"test image {i}: a {y_test[i]} read as {preds[i].item()} (probability {probs[i, preds[i]].item():.3f})")
    return out


if __name__ == "__main__":
    import sklearn
    result = {
        "generator": f"PyTorch {torch.__version__}, scikit-learn {sklearn.__version__}, NumPy {np.__version__}",
        "13_diagnosis": diagnosis(),
        "14_digits": digits(),
    }
    with open(os.path.join(HERE, "real_data_notebooks.json"), "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")
    for key in ("13_diagnosis", "14_digits"):
        print(f"# {key}")
        print("\n".join(result[key]))
