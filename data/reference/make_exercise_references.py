"""What 09_solutions prints, re-run in Python: the moons and the spirals solutions step by step.

Run with Debian 12's packages (python3-torch 1.13, scikit-learn 1.2.1, NumPy 1.24.2), from the repository root:

    /usr/bin/python3 data/reference/make_exercise_references.py > data/reference/exercise_solutions.json

The same data (make_moons; the CS231n spirals recipe), the same tensors (float32 features; float32 labels for the
moons, int64 for the spirals), the same 80/20 split with random_state=42, the same seeds (torch.manual_seed(42) right
before each model), models, losses, optimizers and loops as the notebook. Printed: the untrained model's first five
test logits and probabilities (the cell "4. Predictions of the untrained model"), and the progress line of every
100th epoch, formatted as the notebook formats it.
"""
import json

import numpy as np
import torch
from sklearn.datasets import make_moons
from sklearn.model_selection import train_test_split
from torch import nn
from spirals import spirals


# spirals(n, k, seed): CS231n's recipe, in spirals.py (shared with the other reference script).


def accuracy_fn(y_true, y_pred):
    return torch.eq(y_true, y_pred).sum().item() / len(y_pred) * 100


class MoonModelV0(nn.Module):
    def __init__(self, in_features, out_features, hidden_units):
        super().__init__()
        self.layer1 = nn.Linear(in_features, hidden_units)
        self.layer2 = nn.Linear(hidden_units, hidden_units)
        self.layer3 = nn.Linear(hidden_units, out_features)
        self.relu = nn.ReLU()

    def forward(self, x):
        return self.layer3(self.relu(self.layer2(self.relu(self.layer1(x)))))


def predict(model, X, to_labels, squeeze):
    logits = model(X)
    if squeeze:
        logits = logits.squeeze()
    return logits, to_labels(logits)


def train(model, loss_fn, optimizer, X_train, y_train, X_test, y_test, to_labels, squeeze):
    lines = []
    for epoch in range(1000):
        model.train()
        y_logits, y_pred = predict(model, X_train, to_labels, squeeze)
        loss = loss_fn(y_logits, y_train)
        acc = accuracy_fn(y_train, y_pred)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        model.eval()
        with torch.inference_mode():
            test_logits, test_pred = predict(model, X_test, to_labels, squeeze)
            test_loss = loss_fn(test_logits, y_test)
            test_acc = accuracy_fn(y_test, test_pred)
        if epoch % 100 == 0:
            lines.append(f"Epoch: {epoch} | Loss: {loss.item():.5f}, Accuracy: {acc:.2f}% | "
                         f"Test loss: {test_loss.item():.5f}, Test acc: {test_acc:.2f}%")
    return lines


def floats(t):
    return [float(v) for v in t.flatten().tolist()]


torch.set_num_threads(1)
result = {}

# Exercise 1: the moons.
X, y = make_moons(1000, noise=0.07, random_state=42)
X = torch.from_numpy(X).type(torch.float)
y = torch.from_numpy(y).type(torch.float)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
torch.manual_seed(42)
moon_model = MoonModelV0(in_features=2, out_features=1, hidden_units=10)
with torch.inference_mode():
    logits = moon_model(X_test)[:5].squeeze()
result["moons"] = {
    "untrained_logits": floats(logits),
    "untrained_probabilities": floats(torch.sigmoid(logits)),
    "first_test_labels": floats(y_test[:5]),
    "epochs": train(moon_model, nn.BCEWithLogitsLoss(), torch.optim.SGD(moon_model.parameters(), lr=0.1),
                    X_train, y_train, X_test, y_test, lambda l: torch.round(torch.sigmoid(l)), squeeze=True),
}

# Exercise 3: the spirals.
X, y = spirals(100, 3, 42)
X = torch.from_numpy(X).type(torch.float)
y = torch.from_numpy(y).type(torch.long)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
torch.manual_seed(42)
spiral_model = nn.Sequential(nn.Linear(2, 10), nn.ReLU(), nn.Linear(10, 10), nn.ReLU(), nn.Linear(10, 3))
with torch.inference_mode():
    logits = spiral_model(X_test)[:5]
result["spirals"] = {
    "untrained_logits": floats(logits),
    "untrained_probabilities": floats(torch.softmax(logits, dim=1)),
    "first_test_labels": [int(v) for v in y_test[:5].tolist()],
    "epochs": train(spiral_model, nn.CrossEntropyLoss(), torch.optim.Adam(spiral_model.parameters(), lr=0.02),
                    X_train, y_train, X_test, y_test, lambda l: torch.softmax(l, dim=1).argmax(dim=1), squeeze=False),
}

print(json.dumps(result, indent=1))
