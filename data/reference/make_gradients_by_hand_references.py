"""What notebook 06b_gradients_by_hand prints where PyTorch computes the same thing, with the same code.

Run with Debian 12's python3-torch 1.13 (no scikit-learn needed), from the repository root:

    /usr/bin/python3 data/reference/make_gradients_by_hand_references.py

The data are the scikit-learn outputs already in this folder: the chapter's blobs and their 80/20 split (read by
make_model_4_pth.py's read_blobs, whose BlobModel is the chapter's model_4 class), and the first 5 of the chapter's
circles (circles_n1000_noise0.03_rs42.csv). The steps are the notebook's, in its order and with its seeds:

- model_4 created right after torch.manual_seed(42); one training step on the 800 training points with
  CrossEntropyLoss: the loss, every parameter's gradient after backward(), the update p -= lr * p.grad by hand under
  torch.no_grad() (lr 0.1) and the loss after it;
- the same step with torch.optim.SGD from the same starting weights, and the loss after it;
- a Linear(2, 1) created right after torch.manual_seed(42), on the first 5 circles with BCEWithLogitsLoss: the
  gradients backward() gives;
- cross-entropy written out with the log-sum-exp trick on model_4's starting logits.

Writes gradients_by_hand.json next to itself: the lines, formatted as the notebook formats them (parameters named
as the notebook's C# BlobModel names them, linearLayerStack.N), in the order the notebook prints them.
tests/Notebooks.Tests (GradientsByHandNotebookTests) checks that the executed notebook prints each of them.
"""
import csv
import json
import os

import torch
from torch import nn

from make_model_4_pth import BlobModel, read_blobs

HERE = os.path.dirname(os.path.abspath(__file__))
torch.set_num_threads(1)
LEARNING_RATE = 0.1


def values(t, count=4):
    """The first values of a tensor, flattened, as the notebook's FirstValues prints them."""
    return "[" + ", ".join(f"{v:.5f}" for v in t.detach().flatten()[:count].tolist()) + "]"


def shape(t):
    return "[" + ", ".join(str(d) for d in t.shape) + "]"


def csharp_name(name):
    return name.replace("linear_layer_stack", "linearLayerStack")


def read_first_circles(count):
    with open(os.path.join(HERE, "circles_n1000_noise0.03_rs42.csv")) as f:
        rows = list(csv.DictReader(f))[:count]
    X = torch.tensor([[float(r["x0"]), float(r["x1"])] for r in rows], dtype=torch.float64).type(torch.float)
    y = torch.tensor([float(r["label"]) for r in rows]).unsqueeze(1)
    return X, y


def log_softmax_by_hand(logits):
    shifted = logits - logits.amax(dim=1, keepdim=True)
    return shifted - shifted.exp().sum(dim=1, keepdim=True).log()


def main():
    out = []
    X_train, _, y_train, _ = read_blobs()
    torch.manual_seed(42)
    model = BlobModel(input_features=2, output_features=4, hidden_units=8)
    loss_fn = nn.CrossEntropyLoss()

    # One step by hand.
    logits = model(X_train)                      # 1. Forward pass
    loss = loss_fn(logits, y_train)              # 2. Calculate loss
    out.append(f"loss before the step: {loss.item():.5f}")
    loss.backward()                              # 4. Loss backward
    for name, p in model.named_parameters():
        out.append(f"{csharp_name(name)}: shape {shape(p)}, gradient {shape(p.grad)}, first values {values(p.grad)}")

    starting_weights = [p.detach().clone() for p in model.parameters()]
    first = next(model.parameters())
    before = first[0].detach().clone()
    with torch.no_grad():
        for p in model.parameters():
            p -= LEARNING_RATE * p.grad          # 5. the step, by hand
    out.append(f"first row of linearLayerStack.0.weight: before {values(before)}, gradient {values(first.grad[0])}, "
               f"after {values(first[0])}")
    with torch.inference_mode():
        out.append(f"loss after one step by hand: {loss_fn(model(X_train), y_train).item():.5f}")

    # The same step with optim.SGD.
    with torch.no_grad():
        for p, start in zip(model.parameters(), starting_weights):
            p.copy_(start)
    optimizer = torch.optim.SGD(model.parameters(), lr=LEARNING_RATE)
    loss = loss_fn(model(X_train), y_train)      # 1., 2.
    optimizer.zero_grad()                        # 3.
    loss.backward()                              # 4.
    optimizer.step()                             # 5.
    with torch.inference_mode():
        out.append(f"loss after SGD's step: {loss_fn(model(X_train), y_train).item():.5f}")

    # A gradient worked out on paper: Linear(2, 1), sigmoid, binary cross-entropy.
    X_small, y_small = read_first_circles(5)
    torch.manual_seed(42)
    tiny = nn.Linear(2, 1)
    tiny_loss = nn.BCEWithLogitsLoss()(tiny(X_small), y_small)
    tiny_loss.backward()
    out.append(f"autograd: dL/dw = {values(tiny.weight.grad)}, dL/db = {values(tiny.bias.grad)}")

    # Cross-entropy by hand, on model_4's starting logits.
    labels = y_train.unsqueeze(1)
    by_hand = -log_softmax_by_hand(logits.detach()).gather(1, labels).mean()
    out.append(f"cross-entropy by hand on the blob logits: {by_hand.item():.5f}")

    result = {
        "made_by": "data/reference/make_gradients_by_hand_references.py with Debian 12's python3-torch 1.13.1 "
                   f"(torch.__version__ {torch.__version__})",
        "lines": out,
    }
    with open(os.path.join(HERE, "gradients_by_hand.json"), "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")
    print("\n".join(out))


if __name__ == "__main__":
    main()
