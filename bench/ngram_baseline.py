"""How much of a build's preference signal a bag-of-n-grams model can learn: the reference point for a reward model.

A Bradley-Terry model whose reward is a linear function of the response's code n-grams (binary, hashed), trained
on the train split and scored on the held-out split with the CRB rule (strict ``chosen > rejected``). It sees only
the code, as ``themis score --prompts none`` does. If it beats the reward model on a criterion, the pairs carry
signal the reward model does not learn; if it is at chance, the pairs do not carry it lexically.

    python -P bench/ngram_baseline.py --data out/seed/data [--ngram 3] [--l2 1e-4]
"""

from __future__ import annotations

import argparse
import json
import zlib
from collections import defaultdict
from pathlib import Path

import numpy as np
import torch

from dedup.minhash import tokenize
from trainer.data import PairText, load_pairs
from trainer.loop import accuracy_report

BUCKETS = 1 << 18


def features(code: str, ngram: int) -> np.ndarray:
    """Sorted distinct hashed buckets of the code's token 1..ngram-grams."""
    tokens = tokenize(code)
    grams = {" ".join(tokens[i : i + n]) for n in range(1, ngram + 1) for i in range(len(tokens) - n + 1)}
    return np.unique(np.fromiter((zlib.crc32(g.encode()) % BUCKETS for g in grams), dtype=np.int64, count=len(grams)))


def difference_matrix(pairs: list[PairText], ngram: int) -> torch.Tensor:
    """One sparse row per pair: chosen's features minus rejected's (shared n-grams cancel)."""
    rows, cols, values = [], [], []
    for row, pair in enumerate(pairs):
        for column, sign in ((features(pair.chosen, ngram), 1.0), (features(pair.rejected, ngram), -1.0)):
            rows += [row] * len(column)
            cols += column.tolist()
            values += [sign] * len(column)
    indices = torch.tensor([rows, cols], dtype=torch.long)
    return torch.sparse_coo_tensor(indices, torch.tensor(values), (len(pairs), BUCKETS), check_invariants=False).coalesce()


def fit(x: torch.Tensor, l2: float, steps: int) -> torch.Tensor:
    """L-BFGS on the BT loss -log σ(w·(f(c) - f(r))) + l2·|w|²."""
    weights = torch.zeros(BUCKETS, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.LBFGS([weights], max_iter=steps, line_search_fn="strong_wolfe")
    dense_x = x.to(torch.float64)

    def closure():
        optimizer.zero_grad()
        loss = -torch.nn.functional.logsigmoid(torch.sparse.mm(dense_x, weights[:, None])).mean() + l2 * weights.pow(2).sum()
        loss.backward()
        return loss

    optimizer.step(closure)
    return weights.detach()


def accuracy_by_aspect(pairs: list[PairText], margins: np.ndarray) -> dict:
    hits: dict[str, list[int]] = defaultdict(list)
    for pair, margin in zip(pairs, margins):
        hits[pair.aspect].append(int(margin > 0))
    return accuracy_report(hits)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="a build's shards folder (out/<build>/data) or Hub id")
    parser.add_argument("--ngram", type=int, default=3)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--steps", type=int, default=200)
    args = parser.parse_args()
    train, test = load_pairs(args.data, "train"), load_pairs(args.data, "test")
    train_x, test_x = difference_matrix(train, args.ngram), difference_matrix(test, args.ngram)
    weights = fit(train_x, args.l2, args.steps)
    train_margins, margins = (torch.sparse.mm(x.to(torch.float64), weights[:, None]).squeeze(1).numpy() for x in (train_x, test_x))
    print(json.dumps({
        "data": str(Path(args.data)), "ngram": args.ngram, "l2": args.l2,
        "train": accuracy_by_aspect(train, train_margins), "held_out": accuracy_by_aspect(test, margins),
    }, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
