"""What notebook 17_lr_finder prints, computed by PyTorch with the same code.

Run with Debian 12's packages (python3-torch 1.13, python3-sklearn 1.2.1, NumPy 1.24.2), from the repository root:

    /usr/bin/python3 data/reference/make_lr_finder_references.py

It reads the digits the notebook reads (scikit-learn's load_digits(), the file shipped as data/digits.csv.gz), splits
them with scikit-learn's stratified train_test_split and the same seeds, builds the same model from
torch.manual_seed(42), and runs the same learning-rate sweep and the same three short trainings with SGD (momentum 0.9).
Mini-batches are cut from torch.randperm with a torch.Generator seeded with 42, the same permutations TorchSharp's
libtorch draws (see make_real_data_references.py). It writes lr_finder_notebook.json next to itself: the lines the
notebook prints, formatted as the notebook formats them. tests/Notebooks.Tests/LearningRateFinderNotebookTests.cs
checks that the executed notebook prints them (numbers within a small tolerance: the two sides sum in another
order, Debian's generic BLAS against TorchSharp's MKL).
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
out = []


def accuracy_fn(y_true, y_pred):
    return torch.eq(y_true, y_pred).sum().item() / len(y_pred) * 100


data = load_digits()
X_rest, _, y_rest, _ = train_test_split(data.data, data.target, test_size=0.2, stratify=data.target, random_state=42)
X_train, X_val, y_train, y_val = train_test_split(X_rest, y_rest, test_size=0.25, stratify=y_rest, random_state=42)
X_train, X_val = (torch.tensor(a, dtype=torch.float32) / 16 for a in (X_train, X_val))
y_train, y_val = (torch.tensor(a, dtype=torch.int64) for a in (y_train, y_val))
BATCH = 32
out.append(f"training set {len(X_train)} images in batches of {BATCH}, validation set {len(X_val)}")

torch.manual_seed(42)
model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
loss_fn = nn.CrossEntropyLoss()
initial = {k: v.detach().clone() for k, v in model.state_dict().items()}


def batches(generator):
    """Mini-batches of the training set, a fresh order each epoch, for ever."""
    while True:
        order = torch.randperm(len(y_train), generator=generator)
        for start in range(0, len(order), BATCH):
            rows = order[start:start + BATCH]
            yield X_train[rows], y_train[rows]


START, END, STEPS, BETA, BLOW_UP = 1e-4, 10.0, 100, 0.98, 4.0
optimizer = torch.optim.SGD(model.parameters(), lr=START, momentum=0.9)
rates, smoothed_losses = [], []
average, lowest = 0.0, math.inf
stop_reason = f"reached the last rate after {STEPS} steps"
source = batches(torch.Generator().manual_seed(42))
for step in range(STEPS):
    lr = START * (END / START) ** (step / (STEPS - 1))
    for group in optimizer.param_groups:
        group["lr"] = lr
    X_batch, y_batch = next(source)
    model.train()
    loss = loss_fn(model(X_batch), y_batch)          # 1. Forward pass, 2. Calculate the loss
    optimizer.zero_grad()                            # 3. Optimizer zero grad
    loss.backward()                                  # 4. Loss backward
    optimizer.step()                                 # 5. Optimizer step
    value = loss.item()
    average = BETA * average + (1 - BETA) * value
    smoothed = average / (1 - BETA ** (step + 1))
    if not math.isfinite(smoothed) or smoothed > BLOW_UP * lowest:
        stop_reason = f"stopped at step {step}, rate {lr:.4g}: smoothed loss {smoothed:.4f} > {BLOW_UP:g} x lowest {lowest:.4f}"
        break
    rates.append(lr)
    smoothed_losses.append(smoothed)
    lowest = min(lowest, smoothed)
out.append(stop_reason)
out.append(f"recorded {len(rates)} steps, rates {rates[0]:.4g} to {rates[-1]:.4g}")

with torch.no_grad():
    model.load_state_dict(initial)
out.append(f"weights back to their initial values: {all(torch.equal(v, initial[k]) for k, v in model.state_dict().items())}")

i_min = int(np.argmin(smoothed_losses))
min_rate = rates[i_min]
chosen = min_rate / 10
out.append(f"lowest smoothed loss {smoothed_losses[i_min]:.4f} at rate {min_rate:.4g}; chosen rate (a tenth of it): {chosen:.4g}")
out.append(f"inside the swept range {rates[0]:.4g} to {rates[-1]:.4g}: {rates[0] <= chosen <= rates[-1]}")


def train(lr, epochs=3):
    with torch.no_grad():
        model.load_state_dict(initial)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    source = batches(torch.Generator().manual_seed(42))
    steps_per_epoch = math.ceil(len(y_train) / BATCH)
    for epoch in range(epochs):
        loss_sum = 0.0
        for _ in range(steps_per_epoch):
            X_batch, y_batch = next(source)
            model.train()
            loss = loss_fn(model(X_batch), y_batch)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            loss_sum += loss.item() * len(y_batch)
        model.eval()
        with torch.inference_mode():
            logits = model(X_val)
            val_loss, val_acc = loss_fn(logits, y_val).item(), accuracy_fn(y_val, logits.argmax(1))
        out.append(f"lr {lr:<8.4g} epoch {epoch}: train loss {loss_sum / len(y_train):.4f} | val loss {val_loss:.4f}, val acc {val_acc:.2f}%")
    return val_loss


out.append(f"loss of an even guess over ten classes: ln 10 = {math.log(10):.4f}")
results = [(lr, train(lr)) for lr in (chosen / 1000, chosen, chosen * 100)]
for lr, val_loss in results:
    out.append(f"lr {lr:.4g}: final validation loss {val_loss:.4f}")
best = min(results, key=lambda r: r[1] if math.isfinite(r[1]) else math.inf)
out.append(f"lowest final validation loss: lr {best[0]:.4g}, the finder's choice: {best[0] == chosen}")

if __name__ == "__main__":
    result = {"generator": f"PyTorch {torch.__version__}, NumPy {np.__version__}", "17_lr_finder": out}
    with open(os.path.join(HERE, "lr_finder_notebook.json"), "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")
    print("\n".join(out))
