"""MinHash-LSH near-duplicate clustering: rensa (Rust) as the fast path, datasketch as the reference.

Both engines see the same documents, the same shingles (n-grams of code tokens, which ignore white space),
the same number of permutations and the same LSH banding (datasketch's optimal ``(bands, rows)`` for
the threshold), and both verify every LSH candidate by its estimated Jaccard before merging, so their
clusters differ only by hashing noise.

The fast path never builds a Python object per shingle: polars tokenizes and hashes tokens in Rust,
numpy combines token hashes into n-gram hashes (chunks of documents in a process pool of ``workers``),
rensa turns each chunk's flat hash buffer into a digest matrix and ``RMinHashLSH`` finds the rows that
collide with any other; only those are banded, verified and merged in numpy. Results are deterministic
for a given environment (polars documents that its hash may change between polars versions).
"""

from __future__ import annotations

import multiprocessing
import os
import re
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from typing import Literal

import numpy as np


# A code token: an identifier/number run or a single punctuation character.
TOKEN_PATTERN = r"\w+|[^\w\s]"
_TOKEN_RE = re.compile(TOKEN_PATTERN)
_MASK64 = (1 << 64) - 1

Engine = Literal["rensa", "datasketch"]


@dataclass(frozen=True)
class MinHashParams:
    """Shingle size, sketch size and Jaccard threshold of one near-dup pass."""

    ngram: int = 5
    num_perm: int = 256
    threshold: float = 0.7
    seed: int = 42

    @property
    def bands(self) -> tuple[int, int]:
        """``(bands, rows)``: datasketch's false-positive/false-negative optimum, used by both engines."""
        return optimal_bands(self.threshold, self.num_perm)


@cache
def optimal_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """``(bands, rows)`` minimising datasketch's weighted false-positive + false-negative areas.

    Unlike datasketch's own optimum, ``bands * rows == num_perm`` exactly, because rensa's
    ``RMinHashLSH`` needs the bands to divide the permutations; both engines use this result.
    False negatives weigh 0.8: every candidate is verified by its Jaccard estimate, so a false
    positive costs only time while a false negative is a duplicate kept.
    """
    grid = np.linspace(0.0, 1.0, 2001)

    def error(bands: int, rows: int) -> float:
        collide = 1.0 - (1.0 - grid**rows) ** bands
        below = grid <= threshold
        false_positive = np.trapezoid(np.where(below, collide, 0.0), grid)
        false_negative = np.trapezoid(np.where(below, 0.0, 1.0 - collide), grid)
        return 0.2 * false_positive + 0.8 * false_negative

    divisors = [b for b in range(1, num_perm + 1) if num_perm % b == 0]
    best = min(divisors, key=lambda b: error(b, num_perm // b))
    return best, num_perm // best


def tokenize(text: str) -> list[str]:
    """Code tokens; white space never reaches a token, so ``normalize_code`` is implied."""
    return _TOKEN_RE.findall(text)


def shingles(tokens: Sequence[str], ngram: int) -> set[bytes]:
    """Token n-grams; a document shorter than ``ngram`` tokens is one shingle of all its tokens."""
    if not tokens:
        return set()
    count = max(len(tokens) - ngram + 1, 1)
    return {" ".join(tokens[i : i + ngram]).encode("utf-8") for i in range(count)}


# ----------------------------------------------------------------------------- union-find


class UnionFind:
    """Union by smallest index, so every cluster's root is its first document (deterministic)."""

    def __init__(self, size: int):
        self.parent = np.arange(size, dtype=np.int64)

    def find(self, item: int) -> int:
        parent = self.parent
        root = item
        while parent[root] != root:
            root = parent[root]
        while parent[item] != root:
            parent[item], item = root, parent[item]
        return int(root)

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            low, high = (ra, rb) if ra < rb else (rb, ra)
            self.parent[high] = low

    def roots(self) -> np.ndarray:
        return np.fromiter((self.find(i) for i in range(len(self.parent))), dtype=np.int64, count=len(self.parent))


# ----------------------------------------------------------------------------- rensa fast path


def _ngram_hashes(token_hashes: np.ndarray, lengths: np.ndarray, ngram: int) -> tuple[np.ndarray, np.ndarray]:
    """Flat n-gram hashes and row offsets from flat token hashes and per-document token counts.

    The n-gram at position i is ``sum_k m_k * h[i + k]`` in wrapping uint64 with distinct odd ``m_k``:
    the token hashes are already uniform 64-bit values, so this needs no extra mixing. A document
    shorter than ``ngram`` tokens gets one shingle of all its tokens.
    """
    total = int(lengths.sum())
    ends = np.cumsum(lengths)
    starts = ends - lengths
    padded = np.concatenate([token_hashes, np.zeros(ngram, dtype=np.uint64)])
    multipliers = [np.uint64((0x100000001B3 * (2 * k + 1)) & _MASK64 | 1) for k in range(ngram)]
    combined = padded[:total] * multipliers[0]
    term = np.empty_like(combined)
    for k in range(1, ngram):
        np.multiply(padded[k : k + total], multipliers[k], out=term)
        combined += term
    short = np.flatnonzero((lengths > 0) & (lengths < ngram))
    if len(short):  # their one shingle must not run into the next document
        at, length = starts[short], lengths[short]
        combined[at] = 0
        for k in range(ngram):
            combined[at] += np.where(k < length, padded[at + k] * multipliers[k], np.uint64(0))
    keep = np.ones(total, dtype=bool)
    long_ends = ends[lengths >= ngram]
    keep[(long_ends[:, None] - np.arange(1, ngram)[None, :]).ravel()] = False  # no n-gram starts in the last n-1
    if len(short):
        tail = starts[short][:, None] + np.arange(1, ngram)[None, :]
        keep[tail[tail < ends[short][:, None]]] = False
    shingle_count = np.where(lengths >= ngram, lengths - ngram + 1, np.minimum(lengths, 1))
    offsets = np.concatenate([[0], np.cumsum(shingle_count)]).astype(np.uint64)
    return np.ascontiguousarray(combined[keep]), offsets


def _token_hashes(texts: Sequence[str], seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Tokenize and hash every token in Rust (polars): flat uint64 hashes and token counts per document."""
    import polars as pl

    # tokens skip all white space, so normalize_code (line endings, trailing blanks) cannot change them
    tokens = pl.Series("text", list(texts), dtype=pl.String).str.extract_all(TOKEN_PATTERN)
    lengths = tokens.list.len().fill_null(0).to_numpy().astype(np.int64)
    hashes = tokens.explode().drop_nulls().hash(seed=seed).to_numpy()
    return hashes.astype(np.uint64, copy=False), lengths


def shingle_hashes(texts: Sequence[str], params: MinHashParams) -> tuple[np.ndarray, np.ndarray]:
    """Flat n-gram hashes and row offsets (``len(texts) + 1``) of a chunk of documents."""
    token_hashes, lengths = _token_hashes(texts, params.seed)
    return _ngram_hashes(token_hashes, lengths, params.ngram)


def _chunked_shingles(texts: Sequence[str], params: MinHashParams, workers: int, chunk: int):
    """Yield ``(start, flat, offsets)`` per chunk in order; chunks are shingled in a process pool."""
    spans = [(start, min(start + chunk, len(texts))) for start in range(0, len(texts), chunk)]
    if workers <= 1 or len(spans) == 1:
        for a, b in spans:
            yield (a, *shingle_hashes(texts[a:b], params))
        return
    # spawn, not fork: a forked child inherits polars' thread pool locks and can deadlock
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        results = pool.map(shingle_hashes, (texts[a:b] for a, b in spans), [params] * len(spans))
        for (a, _), (flat, offsets) in zip(spans, results):
            yield a, flat, offsets


def _digest_rows(flat: np.ndarray, offsets: np.ndarray, params: MinHashParams) -> np.ndarray:
    from rensa import RMinHash

    matrix = RMinHash.digest_matrix_from_flat_token_hashes(flat, offsets, params.num_perm, params.seed)
    return np.array(matrix.to_rows(), dtype=np.uint32).reshape(len(offsets) - 1, params.num_perm)


def _band_candidates(digests: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """Edges ``(i, j)``, i < j, of rows sharing at least one LSH band (each bucket as a star on its first row)."""
    edges = []
    for band in range(bands):
        block = np.ascontiguousarray(digests[:, band * rows : (band + 1) * rows])
        keys = block.view(np.dtype((np.void, block.dtype.itemsize * rows))).ravel()
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        same_as_previous = np.concatenate([[False], sorted_keys[1:] == sorted_keys[:-1]])
        if not same_as_previous.any():
            continue
        head_pos = np.maximum.accumulate(np.where(same_as_previous, 0, np.arange(len(order))))
        members = np.flatnonzero(same_as_previous)
        edges.append(np.stack([order[head_pos[members]], order[members]], axis=1))
    if not edges:
        return np.empty((0, 2), dtype=np.int64)
    return np.unique(np.sort(np.concatenate(edges), axis=1), axis=0)


def _verified(edges: np.ndarray, digests: np.ndarray, threshold: float) -> np.ndarray:
    """Keep candidate edges whose estimated Jaccard (share of equal digest slots) reaches ``threshold``."""
    keep = np.zeros(len(edges), dtype=bool)
    for start in range(0, len(edges), 65_536):
        block = edges[start : start + 65_536]
        keep[start : start + len(block)] = (digests[block[:, 0]] == digests[block[:, 1]]).mean(axis=1) >= threshold
    return edges[keep]


def rensa_clusters(texts: Sequence[str], params: MinHashParams, workers: int = 1, chunk: int = 8192) -> np.ndarray:
    """Cluster roots with rensa.

    Pass 1 streams chunks: shingle (process pool) → rensa digest matrix → ``RMinHashLSH.insert_matrix``.
    Pass 2 asks the index which rows collide with any other row (all in Rust). Only those rows are
    re-sketched into numpy, banded, verified and merged, so no Python object is made per document
    that has no near-duplicate candidate.
    """
    from rensa import RMinHash, RMinHashLSH

    bands, _ = params.bands
    index = RMinHashLSH(params.threshold, params.num_perm, bands)
    matrices = []
    has_shingles = np.zeros(len(texts), dtype=bool)
    for start, flat, offsets in _chunked_shingles(texts, params, workers, chunk):
        matrix = RMinHash.digest_matrix_from_flat_token_hashes(flat, offsets, params.num_perm, params.seed)
        index.insert_matrix(matrix, start_key=start)
        matrices.append(matrix)
        has_shingles[start : start + len(offsets) - 1] = np.diff(offsets.astype(np.int64)) > 0
    flagged = np.concatenate([np.asarray(index.query_duplicate_flags_matrix(m), dtype=bool) for m in matrices])
    del matrices, index
    suspects = np.flatnonzero(flagged & has_shingles)
    roots = np.arange(len(texts), dtype=np.int64)
    if len(suspects) < 2:
        return roots
    flat, offsets = shingle_hashes([texts[i] for i in suspects], params)
    digests = _digest_rows(flat, offsets, params)
    edges = _verified(_band_candidates(digests, *params.bands), digests, params.threshold)
    finder = UnionFind(len(texts))
    for a, b in suspects[edges].tolist():
        finder.union(a, b)
    return finder.roots()


# ----------------------------------------------------------------------------- datasketch reference


def datasketch_clusters(texts: Sequence[str], params: MinHashParams) -> np.ndarray:
    """The reference: one ``datasketch.MinHash`` per document, ``MinHashLSH`` with the same bands."""
    from datasketch import MinHash, MinHashLSH

    bands, rows = params.bands
    lsh = MinHashLSH(num_perm=params.num_perm, params=(bands, rows))
    sketches: list[MinHash | None] = []
    for i, text in enumerate(texts):
        grams = shingles(tokenize(text), params.ngram)
        if not grams:
            sketches.append(None)
            continue
        sketch = MinHash(num_perm=params.num_perm, seed=params.seed)
        sketch.update_batch(list(grams))
        lsh.insert(i, sketch)
        sketches.append(sketch)
    finder = UnionFind(len(texts))
    for i, sketch in enumerate(sketches):
        if sketch is None:
            continue
        for j in lsh.query(sketch):
            if j != i and sketch.jaccard(sketches[j]) >= params.threshold:
                finder.union(i, j)
    return finder.roots()


def cluster_roots(
    texts: Sequence[str], params: MinHashParams, engine: Engine = "rensa", workers: int | None = None
) -> np.ndarray:
    """Cluster root (smallest member index) of every document; a document is kept iff it is its own root."""
    if not texts:
        return np.empty(0, dtype=np.int64)
    if engine == "rensa":
        return rensa_clusters(texts, params, workers or min(2, os.cpu_count() or 1))
    if engine == "datasketch":
        return datasketch_clusters(texts, params)
    raise ValueError(f"unknown MinHash engine {engine!r}; expected 'rensa' or 'datasketch'")
