"""MinHash-LSH near-duplicate clustering: rensa (Rust) as the fast path, datasketch as the reference.

Both engines see the same documents, the same shingles (n-grams of code tokens, which ignore white space),
the same number of permutations and the same LSH banding (datasketch's optimal ``(bands, rows)`` for
the threshold), and both verify every LSH candidate by its estimated Jaccard before merging, so their
clusters differ only by hashing noise.

The fast path never builds a Python object per document or shingle. Documents arrive as Arrow string
batches (a parquet file is streamed batch by batch, so the corpus is never materialised); one compiled
pass (numba) over each batch's UTF-8 buffer tokenizes, hashes the tokens and combines them into n-gram
hashes; rensa turns the flat hash buffer into a digest matrix; numpy folds every band of the digests
into one 64-bit key, and sorting each band's keys yields the candidate pairs, which are verified on the
kept digests and merged. Batches are sketched in ``workers`` threads (numba and numpy release the GIL).
Results are deterministic: every hash is defined here, in ``dedup._shingles`` or by rensa's seed; none
depends on the process, the batch size or the number of threads.
"""

from __future__ import annotations

import os
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np

if TYPE_CHECKING:
    import pyarrow as pa

# A code token: a run of word characters or one ASCII punctuation character; everything else (ASCII
# white space and control characters) separates tokens. Every non-ASCII character counts as a word
# character: code syntax is ASCII, and this lets the fast path tokenize UTF-8 bytes without decoding.
TOKEN_PATTERN = r"[0-9A-Za-z_\u0080-\U0010FFFF]+|[!-/:-@\[-^`{-~]"
_TOKEN_RE = re.compile(TOKEN_PATTERN)

Engine = Literal["rensa", "datasketch"]
TextBatches = Iterable["pa.Array"]

BATCH_SIZE = 4096  # documents per sketched batch: ~10 MB of code, small next to the kept digests


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

    Unlike datasketch's own optimum, ``bands * rows == num_perm`` exactly, so every permutation is
    in one band; both engines use this result. False negatives weigh 0.8: every candidate is verified
    by its Jaccard estimate, so a false positive costs only time while a false negative is a duplicate kept.
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
        """Every item's root, by pointer jumping over the whole forest at once."""
        parent = self.parent.copy()
        while True:
            grand = parent[parent]
            if np.array_equal(grand, parent):
                return parent
            parent = grand


def _roots_from_edges(size: int, edges: Iterable[tuple[int, int]]) -> np.ndarray:
    finder = UnionFind(size)
    for a, b in edges:
        finder.union(a, b)
    return finder.roots()


# ----------------------------------------------------------------------------- text batches


def arrow_batches(
    texts: Sequence[str] | pa.Array | pa.ChunkedArray, batch_size: int = BATCH_SIZE
) -> Iterator[pa.Array]:
    """Arrow string arrays of at most ``batch_size`` documents from a list of strings or an Arrow column."""
    import pyarrow as pa

    if isinstance(texts, pa.ChunkedArray):
        texts = texts.combine_chunks()
    for start in range(0, len(texts), batch_size):
        part = texts[start : start + batch_size]
        yield part if isinstance(part, pa.Array) else pa.array(part, type=pa.large_string())


def parquet_batches(path: str | Path, column: str, batch_size: int = BATCH_SIZE) -> Iterator[pa.Array]:
    """Stream one string column of a parquet file as Arrow arrays (the file is never read whole)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    handle = pq.ParquetFile(path, pre_buffer=False, buffer_size=1 << 20)  # read pages as decoded, not whole row groups
    field = handle.schema_arrow.field(column) if column in handle.schema_arrow.names else None
    if field is None:
        raise ValueError(f"{path}: no column {column!r} (columns: {', '.join(handle.schema_arrow.names)})")
    types = pa.types
    if not (types.is_string(field.type) or types.is_large_string(field.type) or types.is_string_view(field.type)):
        raise ValueError(f"{path}: column {column!r} has type {field.type}, expected strings")
    for batch in handle.iter_batches(batch_size=batch_size, columns=[column]):
        yield batch.column(0)


def _utf8_buffers(batch: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """Zero-copy views of a string array: its UTF-8 bytes and ``len + 1`` int64 offsets into them (nulls empty)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if batch.type != pa.large_string():
        batch = batch.cast(pa.large_string())
    if batch.null_count:
        batch = pc.fill_null(batch, "")
    _, offsets, data = batch.buffers()
    offsets = np.frombuffer(offsets, dtype=np.int64)[batch.offset : batch.offset + len(batch) + 1]
    data = np.frombuffer(data, dtype=np.uint8) if data is not None else np.zeros(0, dtype=np.uint8)
    return data, offsets


# ----------------------------------------------------------------------------- shingle hashing (numba)


def batch_shingle_hashes(batch: pa.Array, params: MinHashParams) -> tuple[np.ndarray, np.ndarray]:
    """Flat n-gram hashes and ``len(batch) + 1`` uint64 row offsets of one Arrow string batch."""
    from dedup._shingles import ngram_hashes  # numba: compiled (or loaded from its cache) on first use

    data, offsets = _utf8_buffers(batch)
    return ngram_hashes(data, offsets, params.ngram, params.seed)


def shingle_hashes(texts: Sequence[str] | pa.Array, params: MinHashParams) -> tuple[np.ndarray, np.ndarray]:
    """Flat n-gram hashes and row offsets (``len(texts) + 1``) of a list of documents."""
    if not len(texts):
        return np.zeros(0, dtype=np.uint64), np.zeros(1, dtype=np.uint64)
    (batch,) = arrow_batches(texts, batch_size=len(texts))
    return batch_shingle_hashes(batch, params)


# ----------------------------------------------------------------------------- rensa fast path


@dataclass
class _Sketches:
    """One batch's digests (``rows x num_perm`` uint32), LSH band keys (``rows x bands``) and non-empty rows."""

    digests: np.ndarray
    band_keys: np.ndarray
    has_shingles: np.ndarray


def _band_keys(digests: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """Fold every band's ``rows`` digest values into one 64-bit key (equal bands give equal keys)."""
    keys = np.zeros((len(digests), bands), dtype=np.uint64)
    blocks = digests.reshape(len(digests), bands, rows)
    for r in range(rows):
        keys *= np.uint64(0x9E3779B97F4A7C15)
        keys ^= blocks[:, :, r] + np.uint64(r + 1)
    return keys


def _sketch_batch(batch: pa.Array, params: MinHashParams) -> _Sketches:
    from rensa import RMinHash

    flat, offsets = batch_shingle_hashes(batch, params)
    matrix = RMinHash.digest_matrix_from_flat_token_hashes(flat, offsets, params.num_perm, params.seed)
    packed = array("I")  # list -> C array row by row: 3x faster than np.array over the nested lists
    for row in matrix.to_rows():
        packed.fromlist(row)
    digests = np.frombuffer(packed, dtype=np.uint32).reshape(len(batch), params.num_perm)
    return _Sketches(digests, _band_keys(digests, *params.bands), offsets[1:] > offsets[:-1])


def _ordered_map(function, items: Iterable, workers: int) -> Iterator:
    """``map`` in ``workers`` threads, results in order, at most ``2 * workers`` items in flight."""
    if workers <= 1:
        yield from map(function, items)
        return
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending = []
        for item in items:
            pending.append(pool.submit(function, item))
            if len(pending) >= 2 * workers:
                yield pending.pop(0).result()
        for future in pending:
            yield future.result()


def _band_candidates(band_keys: Sequence[np.ndarray], rows: np.ndarray) -> np.ndarray:
    """Edges ``(i, j)``, i < j, among ``rows`` (increasing global indices) that share a band key.

    ``band_keys`` are the per-batch ``(documents x bands)`` blocks; one band's column is gathered at a
    time, so no corpus-wide key matrix is ever built. Each bucket becomes a star on its first row.
    """
    edges = []
    for band in range(band_keys[0].shape[1]):
        keys = np.concatenate([block[:, band] for block in band_keys])[rows]
        order = np.argsort(keys, kind="stable")  # stable: a bucket's head is its smallest row
        sorted_keys = keys[order]
        same_as_previous = np.concatenate([[False], sorted_keys[1:] == sorted_keys[:-1]])
        if not same_as_previous.any():
            continue
        head_pos = np.maximum.accumulate(np.where(same_as_previous, 0, np.arange(len(order))))
        members = np.flatnonzero(same_as_previous)
        edges.append(np.stack([rows[order[head_pos[members]]], rows[order[members]]], axis=1))
    if not edges:
        return np.empty((0, 2), dtype=np.int64)
    return np.unique(np.concatenate(edges), axis=0)


def _verified(edges: np.ndarray, digests: np.ndarray, threshold: float) -> np.ndarray:
    """Keep candidate edges whose estimated Jaccard (share of equal digest slots) reaches ``threshold``.

    ``edges`` index the rows of ``digests``.
    """
    keep = np.zeros(len(edges), dtype=bool)
    for start in range(0, len(edges), 65_536):
        block = edges[start : start + 65_536]
        keep[start : start + len(block)] = (digests[block[:, 0]] == digests[block[:, 1]]).mean(axis=1) >= threshold
    return edges[keep]


def _gather_rows(sketches: list[_Sketches], starts: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Digests of the (sorted, global) ``rows``, gathered from the per-batch arrays without concatenating them."""
    out = np.empty((len(rows), sketches[0].digests.shape[1]), dtype=np.uint32)
    block_of = np.searchsorted(starts, rows, side="right") - 1
    bounds = np.searchsorted(block_of, np.arange(len(sketches) + 1))
    for block, (a, b) in enumerate(zip(bounds[:-1], bounds[1:])):
        if b > a:
            out[a:b] = sketches[block].digests[rows[a:b] - starts[block]]
    return out


def rensa_clusters(batches: TextBatches, params: MinHashParams, workers: int = 1) -> np.ndarray:
    """Cluster roots with rensa over Arrow string batches (consumed once, in order).

    Each batch is shingled (numba) and sketched (rensa) in a worker thread; only its digests
    (``4 * num_perm`` bytes per document) and band keys are kept, never its text. Documents
    without a token take no part in banding: their empty sketches would all collide.
    """
    sketches = list(_ordered_map(lambda batch: _sketch_batch(batch, params), batches, workers))
    if not sketches:
        return np.empty(0, dtype=np.int64)
    starts = np.cumsum([0] + [len(s.digests) for s in sketches])
    banded = np.flatnonzero(np.concatenate([s.has_shingles for s in sketches]))
    edges = _band_candidates([s.band_keys for s in sketches], banded)
    rows = np.unique(edges)  # only documents with a candidate need their digests
    verified = rows[_verified(np.searchsorted(rows, edges), _gather_rows(sketches, starts, rows), params.threshold)]
    return _roots_from_edges(int(starts[-1]), verified.tolist())


# ----------------------------------------------------------------------------- datasketch reference


def datasketch_clusters(texts: Iterable[str], params: MinHashParams) -> np.ndarray:
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
    edges = (
        (i, j)
        for i, sketch in enumerate(sketches)
        if sketch is not None
        for j in lsh.query(sketch)
        if j != i and sketch.jaccard(sketches[j]) >= params.threshold
    )
    return _roots_from_edges(len(sketches), edges)


# ----------------------------------------------------------------------------- entry points


def _default_workers(workers: int | None) -> int:
    return workers or min(2, os.cpu_count() or 1)


def cluster_batches(
    batches: TextBatches, params: MinHashParams, engine: Engine = "rensa", workers: int | None = None
) -> np.ndarray:
    """Cluster roots of a stream of Arrow string batches (e.g. ``parquet_batches``), read once."""
    if engine == "rensa":
        return rensa_clusters(batches, params, _default_workers(workers))
    if engine == "datasketch":
        return datasketch_clusters((text or "" for batch in batches for text in batch.to_pylist()), params)
    raise ValueError(f"unknown MinHash engine {engine!r}; expected 'rensa' or 'datasketch'")


def cluster_roots(
    texts: Sequence[str] | pa.Array, params: MinHashParams, engine: Engine = "rensa", workers: int | None = None
) -> np.ndarray:
    """Cluster root (smallest member index) of every document; a document is kept iff it is its own root."""
    if engine not in ("rensa", "datasketch"):
        raise ValueError(f"unknown MinHash engine {engine!r}; expected 'rensa' or 'datasketch'")
    if not len(texts):
        return np.empty(0, dtype=np.int64)
    return cluster_batches(arrow_batches(texts), params, engine, workers)
