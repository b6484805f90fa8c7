"""model_4 of the original chapter, trained by PyTorch with the chapter's own code, saved as a .pth file.

Run with Debian 12's python3-torch 1.13 (no scikit-learn needed), from the repository root:

    apt-get install -y python3-torch
    /usr/bin/python3 data/reference/make_model_4_pth.py

The blobs and the train/test split are read from the scikit-learn outputs already in this folder
(blobs_n1000_f2_c4_std1.5_rs42.csv: make_blobs(n_samples=1000, n_features=2, centers=4, cluster_std=1.5,
random_state=42); split_n1000_test0.2_rs42.csv: train_test_split(arange(1000), test_size=0.2, random_state=42)).
model_4 is the chapter's BlobModel (2 -> 8 -> 8 -> 4, no activations), created right after torch.manual_seed(42) and
trained for 100 epochs with CrossEntropyLoss and SGD(lr=0.1), as notebooks 06 and 08 do.

Writes, next to this script:
- model_4_pytorch.pth: torch.save(model_4.state_dict(), ...), the file the Python course's "saving a model" step
  makes; notebook 08_saving_loading loads it into its C# BlobModel.
- model_4_pytorch.json: what PyTorch's model_4 predicts on the 200 test points (logits and classes), the progress
  line of its last epoch and the state_dict's names, for the notebook to compare its own predictions with.
"""
import csv
import json
import os

import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
torch.set_num_threads(1)


def read_blobs():
    with open(os.path.join(HERE, "blobs_n1000_f2_c4_std1.5_rs42.csv")) as f:
        rows = list(csv.DictReader(f))
    X = torch.tensor([[float(r["x0"]), float(r["x1"])] for r in rows], dtype=torch.float64).type(torch.float)
    y = torch.tensor([int(r["label"]) for r in rows], dtype=torch.long)
    with open(os.path.join(HERE, "split_n1000_test0.2_rs42.csv")) as f:
        split = list(csv.DictReader(f))
    train = torch.tensor([int(r["index"]) for r in split if r["set"] == "train"])
    test = torch.tensor([int(r["index"]) for r in split if r["set"] == "test"])
    return X[train], X[test], y[train], y[test]


class BlobModel(nn.Module):  # the chapter's class, unchanged
    def __init__(self, input_features, output_features, hidden_units=8):
        super().__init__()
        self.linear_layer_stack = nn.Sequential(
            nn.Linear(in_features=input_features, out_features=hidden_units),
            nn.Linear(in_features=hidden_units, out_features=hidden_units),
            nn.Linear(in_features=hidden_units, out_features=output_features),
        )

    def forward(self, x):
        return self.linear_layer_stack(x)


def accuracy_fn(y_true, y_pred):
    return torch.eq(y_true, y_pred).sum().item() / len(y_pred) * 100


def main():
    X_train, X_test, y_train, y_test = read_blobs()
    torch.manual_seed(42)
    model_4 = BlobModel(input_features=2, output_features=4, hidden_units=8)
    loss_fn = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model_4.parameters(), lr=0.1)

    lines = []
    for epoch in range(100):
        model_4.train()
        y_logits = model_4(X_train)
        y_pred = torch.softmax(y_logits, dim=1).argmax(dim=1)
        loss = loss_fn(y_logits, y_train)
        acc = accuracy_fn(y_train, y_pred)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        model_4.eval()
        with torch.inference_mode():
            test_logits = model_4(X_test)
            test_pred = torch.softmax(test_logits, dim=1).argmax(dim=1)
            test_loss = loss_fn(test_logits, y_test)
            test_acc = accuracy_fn(y_test, test_pred)
        if epoch % 10 == 0:
            lines.append(f"Epoch: {epoch} | Loss: {loss:.5f}, Acc: {acc:.2f}% | Test Loss: {test_loss:.5f}, Test Acc: {test_acc:.2f}%")

    torch.save(model_4.state_dict(), os.path.join(HERE, "model_4_pytorch.pth"))
    with torch.inference_mode():
        logits = model_4(X_test)
    result = {
        "made_by": f"data/reference/make_model_4_pth.py with Debian 12's python3-torch 1.13.1 (torch.__version__ {torch.__version__})",
        "state_dict_names": list(model_4.state_dict().keys()),
        "progress_lines": lines,
        "test_logits": [[float(v) for v in row] for row in logits],
        "test_predictions": [int(v) for v in logits.argmax(dim=1)],
        "test_accuracy": accuracy_fn(y_test, logits.argmax(dim=1)),
    }
    with open(os.path.join(HERE, "model_4_pytorch.json"), "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
