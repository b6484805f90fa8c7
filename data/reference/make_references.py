"""Extra reference data for CourseLib's datasets, covering the parameter space beyond the course's own calls.

Run with Debian 12's packages (scikit-learn 1.2.1, NumPy 1.24.2), from the repository root:

    /usr/bin/python3 data/reference/make_references.py

Writes next to this script; the seven files copied from the shared reference folder are not touched.
Floats are written with %.17g (round-trip exact), integers with %d.
"""
import csv
import os

import numpy as np
from sklearn.datasets import make_blobs, make_circles, make_moons
from sklearn.model_selection import train_test_split
from spirals import spirals

HERE = os.path.dirname(os.path.abspath(__file__))


def write_dataset(name, X, y):
    with open(os.path.join(HERE, name), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow([f"x{j}" for j in range(X.shape[1])] + ["label"])
        for row, label in zip(X, y):
            w.writerow(["%.17g" % v for v in row] + ["%d" % label])


# spirals(n, k, seed): CS231n's recipe, in spirals.py (shared with the other reference script).


# ---- generators: file name -> call (the C# tests repeat each call with the same arguments) ----
write_dataset("circles_n100_rs0.csv", *make_circles(random_state=0))
write_dataset("circles_n7_noise0.1_factor0.3_rs1.csv", *make_circles(7, noise=0.1, factor=0.3, random_state=1))
write_dataset("circles_n10_noise0.05_noshuffle_rs2.csv", *make_circles(10, shuffle=False, noise=0.05, random_state=2))
write_dataset("circles_t3x5_factor0_rs3.csv", *make_circles((3, 5), factor=0.0, random_state=3))
write_dataset("circles_n1_rs4.csv", *make_circles(1, random_state=4))
write_dataset("moons_n100_rs0.csv", *make_moons(random_state=0))
write_dataset("moons_n11_noise0.2_noshuffle_rs7.csv", *make_moons(11, shuffle=False, noise=0.2, random_state=7))
write_dataset("moons_t4x6_noise0.1_rs8.csv", *make_moons((4, 6), noise=0.1, random_state=8))
write_dataset("blobs_n100_rs0.csv", *make_blobs(random_state=0))
write_dataset("blobs_n10_f3_c5_std0.5_rs1.csv", *make_blobs(10, 3, centers=5, cluster_std=0.5, random_state=1))
write_dataset("blobs_counts3-5-2_std0.5-1-2_rs3.csv",
              *make_blobs([3, 5, 2], cluster_std=[0.5, 1.0, 2.0], random_state=3))
write_dataset("blobs_n31_explicit_centers_noshuffle_rs4.csv",
              *make_blobs(31, centers=[[1, 1], [-1, -1], [1, -1]], cluster_std=0.3, shuffle=False, random_state=4))
write_dataset("blobs_counts4-6_explicit_centers_rs5.csv",
              *make_blobs([4, 6], centers=[[0, 0, 0], [5, 5, 5]], random_state=5))
write_dataset("blobs_n9_f1_c2_box0-1_rs6.csv", *make_blobs(9, 1, centers=2, center_box=(0, 1), random_state=6))
write_dataset("spirals_n50_k4_seed7.csv", *spirals(50, 4, 7))
write_dataset("spirals_n1_k2_seed0.csv", *spirals(1, 2, 0))

# ---- train_test_split: case,set,index (train rows first, then test rows, each in split order) ----
SPLITS = {
    "n7_default_rs0": (7, dict(random_state=0)),
    "n30_test0.1_rs1": (30, dict(test_size=0.1, random_state=1)),
    "n25_test0.28_rs1": (25, dict(test_size=0.28, random_state=1)),  # 0.28 * 25 = 7.000000000000001: ceil gives 8
    "n10_test3_train5_rs2": (10, dict(test_size=3, train_size=5, random_state=2)),
    "n11_train0.5_rs5": (11, dict(train_size=0.5, random_state=5)),
    "n17_test0.33_train0.5_rs6": (17, dict(test_size=0.33, train_size=0.5, random_state=6)),
    "n9_test0.3_noshuffle": (9, dict(test_size=0.3, shuffle=False)),
    "n5_train2_noshuffle": (5, dict(train_size=2, shuffle=False)),
    "n2_test1_rs7": (2, dict(test_size=1, random_state=7)),
}
with open(os.path.join(HERE, "splits_more.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["case", "set", "index"])
    for case, (n, kwargs) in SPLITS.items():
        train, test = train_test_split(np.arange(n), **kwargs)
        w.writerows([case, "train", "%d" % i] for i in train)
        w.writerows([case, "test", "%d" % i] for i in test)

# ---- RandomState: case,i,value; each case is one fresh RandomState running the calls its name lists ----
def rs_cases():
    rs = np.random.RandomState(0)
    yield "seed0_random_sample5", rs.random_sample(5)
    rs = np.random.RandomState(2**32 - 1)
    yield "seed4294967295_random_sample3", rs.random_sample(3)
    rs = np.random.RandomState([1, 2, 3])
    yield "seedarray1-2-3_random_sample3", rs.random_sample(3)
    # odd counts: the cached second value must carry into the next call, also into normal()
    rs = np.random.RandomState(1)
    yield "seed1_standard_normal3", rs.standard_normal(3)
    yield "seed1_then_normal_loc5_scale2_x4", rs.normal(5, 2, 4)
    yield "seed1_then_scalar_standard_normal", [rs.standard_normal()]
    yield "seed1_then_uniform_0_1_x2", rs.uniform(size=2)
    rs = np.random.RandomState(12345)
    yield "seed12345_randint_0_10_x20", rs.randint(0, 10, 20)
    yield "seed12345_then_randint_m5_5_x10", rs.randint(-5, 5, 10)
    yield "seed12345_then_randint_3_4_x3", rs.randint(3, 4, 3)
    yield "seed12345_then_randint_0_2pow32_x3", rs.randint(0, 2**32, 3)
    yield "seed12345_then_randint_0_2pow40_x5", rs.randint(0, 2**40, 5)
    yield "seed12345_then_random_sample2", rs.random_sample(2)
    rs = np.random.RandomState(3)
    yield "seed3_permutation0", rs.permutation(0)
    yield "seed3_then_permutation1", rs.permutation(1)
    yield "seed3_then_permutation2", rs.permutation(2)
    yield "seed3_then_permutation1000", rs.permutation(1000)
    a = np.arange(10, 23)
    rs.shuffle(a)
    yield "seed3_then_shuffle_arange10_23", a
    yield "seed3_then_random_sample2", rs.random_sample(2)


with open(os.path.join(HERE, "numpy_randomstate_more.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["case", "i", "value"])
    for case, values in rs_cases():
        for i, v in enumerate(np.asarray(values).ravel()):
            w.writerow([case, i, "%d" % v if np.issubdtype(type(v), np.integer) else "%.17g" % v])
