"""What notebook 16_overfitting prints, computed by PyTorch with the same code.

Run with Debian 12's packages (python3-torch 1.13, python3-sklearn 1.2.1, NumPy 1.24.2), from the repository root:

    /usr/bin/python3 data/reference/make_overfitting_references.py

It reads the digits the notebook reads (scikit-learn's load_digits(), the file shipped as data/digits.csv.gz),
splits them with scikit-learn's stratified train_test_split and the same seeds, and trains the same models from
torch.manual_seed(42) with full-batch SGD (momentum 0.9), as the notebook does. SGD is the same arithmetic in PyTorch
1.13 and in TorchSharp's libtorch, but not summed in the same order (Debian's generic BLAS, TorchSharp's MKL): over
300 full-batch epochs the losses drift apart in the 5th decimal, and where a validation curve is flat its lowest
epoch can move a few epochs. The test compares the numbers with a tolerance and leaves out the epoch of the lowest
validation loss, which the notebook's own lines pin instead (the early-stopped run finds the first run's best epoch). It writes
overfitting_notebook.json next to itself: the lines the notebook prints, formatted as the notebook formats them.
tests/Notebooks.Tests/OverfittingNotebookTests.cs checks that the executed notebook prints them.
"""
import json
import math
import os

import numpy as np
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
torch.set_num_threads(1)
HIDDEN = 128
out = []


def accuracy_fn(y_true, y_pred):
    return torch.eq(y_true, y_pred).sum().item() / len(y_pred) * 100


def big_model(dropout=0.0):
    if dropout == 0:
        return nn.Sequential(nn.Linear(64, HIDDEN), nn.ReLU(), nn.Linear(HIDDEN, HIDDEN), nn.ReLU(), nn.Linear(HIDDEN, 10))
    return nn.Sequential(nn.Linear(64, HIDDEN), nn.ReLU(), nn.Dropout(dropout), nn.Linear(HIDDEN, HIDDEN), nn.ReLU(),
                         nn.Dropout(dropout), nn.Linear(HIDDEN, 10))


def parameter_count(model):
    return sum(p.numel() for p in model.parameters())


loss_fn = nn.CrossEntropyLoss()

data = load_digits()
X_rest, X_test, y_rest, y_test = train_test_split(data.data, data.target, test_size=0.2, stratify=data.target, random_state=42)
X_train, X_val, y_train, y_val = train_test_split(X_rest, y_rest, test_size=0.25, stratify=y_rest, random_state=42)
X_small, _, y_small, _ = train_test_split(X_train, y_train, train_size=100, stratify=y_train, random_state=42)


def tensors(X, y):
    return torch.tensor(X, dtype=torch.float32) / 16, torch.tensor(y, dtype=torch.int64)


X_train, y_train = tensors(X_train, y_train)
X_small, y_small = tensors(X_small, y_small)
X_val, y_val = tensors(X_val, y_val)
X_test, y_test = tensors(X_test, y_test)
out.append(f"training set {len(X_train)}, validation set {len(X_val)}, test set {len(X_test)} images")
out.append(f"small training set: {len(X_small)} images; per digit: {', '.join(str(int(n)) for n in torch.bincount(y_small))}")


def evaluate(model, X, y):
    model.eval()
    with torch.inference_mode():
        logits = model(X)
        return loss_fn(logits, y).item(), accuracy_fn(y, logits.argmax(1))


def progress(e):
    return f"Epoch: {e[0]} | Loss: {e[1]:.5f}, Acc: {e[2]:.2f}% | Val loss: {e[3]:.5f}, Val acc: {e[4]:.2f}%"


def train_epoch(epoch, model, optimizer, X, y):
    model.train()
    logits = model(X)                       # 1. Forward pass
    loss = loss_fn(logits, y)               # 2. Calculate the loss
    accuracy = accuracy_fn(y, logits.argmax(1))
    optimizer.zero_grad()                   # 3. Optimizer zero grad
    loss.backward()                         # 4. Loss backward
    optimizer.step()                        # 5. Optimizer step
    val_loss, val_accuracy = evaluate(model, X_val, y_val)
    return (epoch, loss.item(), accuracy, val_loss, val_accuracy)


def train(model, X, y, epochs=300, weight_decay=0.0):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, weight_decay=weight_decay)
    history = []
    for epoch in range(epochs):
        history.append(train_epoch(epoch, model, optimizer, X, y))
        if epoch % 100 == 0 or epoch == epochs - 1:
            out.append(progress(history[-1]))
    return history


def best_of(history):
    return min(history, key=lambda e: e[3])  # the first of equal minima, as C#'s MinBy


def summarise(name, history):
    best, last = best_of(history), history[-1]
    out.append(f"{name}: train loss {last[1]:.4f}, train acc {last[2]:.2f}% | best val loss {best[3]:.4f} at epoch {best[0]}, "
               f"final val loss {last[3]:.4f} ({last[3] - best[3]:+.4f}), final val acc {last[4]:.2f}%")


torch.manual_seed(42)
big = big_model()
out.append(f"{parameter_count(big):,} parameters for {len(X_small)} training images")
big_history = train(big, X_small, y_small)
summarise("big model, 100 images", big_history)
big_best, big_last = best_of(big_history), big_history[-1]
out.append(f"validation loss: lowest {big_best[3]:.4f} at epoch {big_best[0]}, final {big_last[3]:.4f}, "
           f"{(big_last[3] / big_best[3] - 1) * 100:.1f}% above its lowest; "
           f"final accuracy: train {big_last[2]:.2f}%, validation {big_last[4]:.2f}%")

torch.manual_seed(42)
more_data = big_model()
more_data_history = train(more_data, X_train, y_train)
summarise(f"big model, {len(X_train)} images", more_data_history)
out.append(f"final validation loss: {more_data_history[-1][3]:.4f} with all the training images, {big_last[3]:.4f} with 100")

torch.manual_seed(42)
small = nn.Linear(64, 10)
out.append(f"{parameter_count(small):,} parameters")
small_history = train(small, X_small, y_small)
summarise("Linear(64, 10), 100 images", small_history)


def weight_norm(model):
    return math.sqrt(sum(p.pow(2).sum().item() for p in model.parameters()))


torch.manual_seed(42)
decay = big_model()
decay_history = train(decay, X_small, y_small, weight_decay=0.003)
summarise("big model, weight decay 0.003", decay_history)
out.append(f"size of the weights: {weight_norm(decay):.2f} with weight decay, {weight_norm(big):.2f} without")

# The dropout masks come from the CPU generator seeded by manual_seed: PyTorch 1.13 and TorchSharp's libtorch draw
# the same ones.
torch.manual_seed(42)
dropout = nn.Dropout(0.5)
ones = torch.ones(12)


def values(t):
    return " ".join(f"{v:g}" for v in t.tolist())


dropout.train()
out.append(f"train mode: {values(dropout(ones))}")
out.append(f"train mode: {values(dropout(ones))}")
dropout.eval()
out.append(f"eval mode:  {values(dropout(ones))}")
out.append(f"eval mode:  {values(dropout(ones))}")

torch.manual_seed(42)
dropout_model = big_model(dropout=0.5)
dropout_history = train(dropout_model, X_small, y_small)
summarise("big model, dropout 0.5", dropout_history)

with torch.inference_mode():
    dropout_model.train()
    first, second = dropout_model(X_val), dropout_model(X_val)
    out.append(f"train mode: two passes give the same outputs: {torch.equal(first, second)}; "
               f"validation loss {loss_fn(first, y_val).item():.4f}, then {loss_fn(second, y_val).item():.4f}")
    dropout_model.eval()
    first, second = dropout_model(X_val), dropout_model(X_val)
    out.append(f"eval mode:  two passes give the same outputs: {torch.equal(first, second)}; "
               f"validation loss {loss_fn(first, y_val).item():.4f}, then {loss_fn(second, y_val).item():.4f}")

PATIENCE = 20
torch.manual_seed(42)
stopped = big_model()
optimizer = torch.optim.SGD(stopped.parameters(), lr=0.1, momentum=0.9)
best_weights = {k: v.detach().clone() for k, v in stopped.state_dict().items()}
best_val_loss, best_epoch = math.inf, -1
stopped_history = []
for epoch in range(300):
    result = train_epoch(epoch, stopped, optimizer, X_small, y_small)
    stopped_history.append(result)
    if epoch % 100 == 0:
        out.append(progress(result))
    if result[3] < best_val_loss:
        best_val_loss, best_epoch = result[3], epoch
        with torch.no_grad():
            for name, tensor in stopped.state_dict().items():
                best_weights[name].copy_(tensor)
    elif epoch - best_epoch >= PATIENCE:
        out.append(progress(result))
        out.append(f"stopped after epoch {epoch}: no lower validation loss for {PATIENCE} epochs")
        break
stopped.load_state_dict(best_weights)
restored_loss, restored_accuracy = evaluate(stopped, X_val, y_val)
out.append(f"best epoch {best_epoch}: validation loss {best_val_loss:.6f}")
out.append(f"restored model: validation loss {restored_loss:.6f}, accuracy {restored_accuracy:.2f}%; "
           f"the same as the best epoch's: {restored_loss == best_val_loss}")
out.append(f"the last epoch trained ({stopped_history[-1][0]}) had validation loss {stopped_history[-1][3]:.6f}")

candidates = [("big model, 100 images", big), (f"big model, {len(X_train)} images", more_data),
              ("Linear(64, 10), 100 images", small), ("weight decay 0.003, 100 images", decay),
              ("dropout 0.5, 100 images", dropout_model), ("early stopping, 100 images", stopped)]
scores = [(name, model, evaluate(model, X_val, y_val)) for name, model in candidates]
for name, _, (loss, accuracy) in scores:
    out.append(f"{name:<31} validation loss {loss:.4f}, accuracy {accuracy:.2f}%")
chosen = min(scores, key=lambda s: s[2][0])
out.append(f"chosen on validation loss: {chosen[0]}")
test_loss, test_accuracy = evaluate(chosen[1], X_test, y_test)
out.append(f"{chosen[0]}: test loss {test_loss:.4f}, test accuracy {test_accuracy:.2f}% "
           f"(validation: {chosen[2][0]:.4f}, {chosen[2][1]:.2f}%)")

if __name__ == "__main__":
    result = {"generator": f"PyTorch {torch.__version__}, NumPy {np.__version__}", "16_overfitting": out}
    with open(os.path.join(HERE, "overfitting_notebook.json"), "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")
    print("\n".join(out))
