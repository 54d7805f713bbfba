"""Near-dup throughput: rensa fast path vs the datasketch reference, same parameters, same run.

Corpus (built untimed, written to one parquet file): every code text in ../shared/data (HumanEval-X,
HumanEvalPack canonical + buggy, MBXP, MBPP, SafeCoder before/after, CyberSecEval origin code,
CodeShield snippets, NoFunEval, EvalPlus HumanEval+/MBPP+, RM-Bench, exercism, bandit examples, Scalabrino)
is a snippet; each document joins 2–3 random snippets and renames one identifier (a mutant), until
``--docs`` documents exist. A ``--planted`` share of them are planted near-duplicates of another document
(one more identifier renamed, plus one of: a line dropped, a comment line added, two lines swapped).

Timed end to end, each run in a fresh subprocess (so its peak RSS is the dedup's own, not the corpus
builder's): stream the parquet file → tokenize (white space dropped, so normalized) → shingle (5-gram
tokens) → hash (256 perms) → LSH → verify → union-find clusters → kept set. datasketch runs on a random
subsample of whole planted groups (single core, its usual use) and its MB/s is extrapolated to the full
corpus; rensa runs on the same subsample too, and recall on the planted pairs of that subsample is compared.

The machine is shared, so CPU seconds (the measuring process and its threads) are reported next to wall time.

Usage: ``python -P bench/dedup.py [--docs 200000] [--planted 0.1] [--sample 0.08] [--workers 2]``
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import polars as pl

# This script is named like the package it measures: put the repo root, not bench/, first on the path.
sys.path[0] = str(Path(__file__).resolve().parents[1])

from dedup.minhash import MinHashParams, cluster_batches, parquet_batches
from dedup.benchmarks import data_root

IDENTIFIER = re.compile(r"\b[A-Za-z_][A-Za-z0-9_]{2,}\b")


def _jsonl(path: Path):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _texts_of(record: dict, fields: tuple[str, ...]) -> list[str]:
    out = []
    for field in fields:
        value = record.get(field)
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            out.extend(v for v in value if isinstance(v, str))
        elif isinstance(value, dict):
            out.extend(v for v in value.values() if isinstance(v, str))
    return out


def shared_code_texts(root: Path) -> list[str]:
    """Every code text of the shared data (prompt + solution where the prompt is code)."""
    texts: list[str] = []
    for path in sorted((root / "humaneval-x").glob("*.jsonl.gz")):
        texts += [r["prompt"] + r["canonical_solution"] for r in _jsonl(path)]
    for path in sorted((root / "humanevalpack").glob("*/humanevalpack.jsonl")):
        for r in _jsonl(path):
            texts += [r["prompt"] + r["canonical_solution"], r["prompt"] + r["buggy_solution"]]
    for path in sorted((root / "mxeval" / "mbxp").glob("*.jsonl")):
        texts += [r["prompt"] + (r.get("canonical_solution") or "") for r in _jsonl(path)]
    for path in sorted((root / "safecoder").glob("*/*.jsonl")):
        texts += [t for r in _jsonl(path) for t in _texts_of(r, ("func_src_before", "func_src_after"))]
    texts += [r["origin_code"] for r in json.loads((root / "cyberseceval" / "instruct.json").read_text())]
    texts += [r["code"] for r in _jsonl(root / "cyberseceval" / "codeshield_icd_test_cases.jsonl")]
    for name in ("runtime_efficiency", "resource_util", "latency", "security"):
        texts += [t for r in _jsonl(root / "nofuneval" / f"{name}.jsonl") for t in _texts_of(r, ("source_code", "target_code"))]
    for path in (root / "evalplus-humanevalplus" / "HumanEvalPlus.jsonl.gz", root / "evalplus-mbppplus" / "MbppPlus.jsonl.gz"):
        texts += [r["prompt"] + r["canonical_solution"] for r in _jsonl(path)]
    for r in json.loads((root / "rm-bench" / "code_filtered.json").read_text()):
        texts += _texts_of(r, ("chosen", "rejected"))
    texts += [t for r in _jsonl(root / "exercism-c" / "exercism_c_practice.jsonl") for t in _texts_of(r, ("example", "test"))]
    texts += [r["content"] for r in _jsonl(root / "bandit" / "bandit_examples.jsonl") if "content" in r]
    texts += [r["code"] for r in _jsonl(root / "readability-scalabrino" / "scalabrino_snippets.jsonl")]
    return [t for t in texts if t and t.strip()]


def rename_identifier(code: str, rng: random.Random) -> str:
    names = sorted(set(IDENTIFIER.findall(code)))
    if not names:
        return code
    old = rng.choice(names)
    return re.sub(rf"\b{re.escape(old)}\b", f"{old}_{rng.randrange(10**6)}", code)


def near_duplicate(code: str, rng: random.Random) -> str:
    """A planted near-duplicate: one identifier renamed plus one line-level edit."""
    lines = rename_identifier(code, rng).split("\n")
    edit = rng.randrange(3)
    at = rng.randrange(len(lines))
    if edit == 0 and len(lines) > 3:
        del lines[at]
    elif edit == 1:
        lines.insert(at, "// " + rng.choice(["TODO: check", "fast path", "see issue", "keep in sync"]))
    elif len(lines) > 1:
        at = min(at, len(lines) - 2)
        lines[at], lines[at + 1] = lines[at + 1], lines[at]
    return "\n".join(lines)


def build_corpus(root: Path, docs: int, planted: float, seed: int) -> tuple[list[str], list[tuple[int, int]]]:
    """``docs`` documents; returns the texts (shuffled) and the planted (original, duplicate) index pairs."""
    rng = random.Random(seed)
    snippets = shared_code_texts(root)
    n_planted = int(docs * planted)
    originals = [
        rename_identifier("\n\n".join(rng.sample(snippets, rng.randint(2, 3))), rng) for _ in range(docs - n_planted)
    ]
    # a planted copy travels with the document it copies (a group), so subsamples keep whole groups
    groups = [[text] for text in originals]
    for _ in range(n_planted):
        source = rng.randrange(len(originals))
        groups[source].append(near_duplicate(originals[source], rng))
    rng.shuffle(groups)
    texts: list[str] = []
    planted_pairs: list[tuple[int, int]] = []
    for group in groups:
        first = len(texts)
        texts.extend(group)
        planted_pairs.extend((first, first + k) for k in range(1, len(group)))
    return texts, planted_pairs


def recall(roots: np.ndarray, pairs: list[tuple[int, int]]) -> float:
    return sum(roots[a] == roots[b] for a, b in pairs) / max(len(pairs), 1)


def cpu_seconds() -> float:
    """CPU time of this process (all its threads) and its reaped children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(path: Path, engine: str, workers: int, roots_out: Path) -> None:
    """Child process: stream the parquet file through one engine; print one JSON line of figures."""
    import pyarrow.compute as pc

    params = MinHashParams(ngram=5, num_perm=256, threshold=0.7)
    code_bytes = 0

    def counted(batches):
        nonlocal code_bytes
        for batch in batches:
            code_bytes += pc.sum(pc.binary_length(batch)).as_py() or 0
            yield batch

    start, cpu_start = time.perf_counter(), cpu_seconds()
    roots = cluster_batches(counted(parquet_batches(path, "code")), params, engine=engine, workers=workers)
    kept = int(np.count_nonzero(roots == np.arange(len(roots))))
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu_start
    np.save(roots_out, roots)
    figures = {"docs": len(roots), "mb": code_bytes / 1e6, "kept": kept, "seconds": seconds, "cpu": cpu}
    print(json.dumps(figures | {"peak_mb": peak_rss_mb()}))


def peak_rss_mb() -> float:
    """This process's peak RSS since exec (VmHWM): ``ru_maxrss`` would include the forking parent's corpus."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed_dedup(path: Path, engine: str, workers: int) -> tuple[dict, np.ndarray]:
    """Run ``measure`` in a fresh interpreter; returns its figures and the cluster roots."""
    roots_out = path.with_suffix(f".{engine}.roots.npy")
    command = [sys.executable, "-P", __file__, "--measure", engine, "--path", str(path), "--workers", str(workers)]
    output = subprocess.run(command + ["--roots", str(roots_out)], check=True, capture_output=True, text=True).stdout
    figures = json.loads(output.strip().splitlines()[-1])
    print(f"  {engine}: {figures['docs']} docs, {figures['mb']:.1f} MB, kept {figures['kept']}, "
          f"{figures['seconds']:.2f} s wall, {figures['cpu']:.2f} s CPU, peak RSS {figures['peak_mb']:.0f} MB", flush=True)
    return figures, np.load(roots_out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=200_000)
    parser.add_argument("--planted", type=float, default=0.1, help="share of documents that are planted near-dups")
    parser.add_argument("--sample", type=float, default=0.08, help="share of planted groups datasketch runs on")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--measure", choices=["rensa", "datasketch"], help=argparse.SUPPRESS)  # child mode
    parser.add_argument("--path", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--roots", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.path, args.measure, args.workers, args.roots)
        return
    params = MinHashParams(ngram=5, num_perm=256, threshold=0.7)
    root = data_root()

    texts, planted = build_corpus(root, args.docs, args.planted, args.seed)
    print(f"corpus: {len(texts)} documents, {len(planted)} planted near-duplicate pairs", flush=True)
    rng = random.Random(args.seed + 1)
    with tempfile.TemporaryDirectory() as tmp:
        full = Path(tmp) / "corpus.parquet"
        pl.DataFrame({"code": texts}).write_parquet(full)
        # subsample of whole planted groups, so every sampled planted pair has both sides present
        members: dict[int, list[int]] = {}
        for a, b in planted:
            members.setdefault(a, [a]).append(b)
        chosen_groups = [g for g in members.values() if rng.random() < args.sample]
        in_groups = {i for g in members.values() for i in g}
        singles = [i for i in range(len(texts)) if i not in in_groups and rng.random() < args.sample]
        sample_ids = sorted({i for g in chosen_groups for i in g} | set(singles))
        position = {doc: k for k, doc in enumerate(sample_ids)}
        sample_pairs = [(position[g[0]], position[d]) for g in chosen_groups for d in g[1:]]
        sample = Path(tmp) / "sample.parquet"
        pl.DataFrame({"code": [texts[i] for i in sample_ids]}).write_parquet(sample)
        del texts

        print(f"params: {params.ngram}-gram tokens, {params.num_perm} perms, J>={params.threshold}, "
              f"bands x rows = {params.bands}")
        print(f"full corpus (rensa, {args.workers} threads, end to end):", flush=True)
        full_run, r_roots = timed_dedup(full, "rensa", args.workers)
        full_recall = recall(r_roots, planted)
        print(f"subsample ({len(sample_ids)} docs, {len(sample_pairs)} planted pairs):")
        d_run, d_roots = timed_dedup(sample, "datasketch", 1)
        s_run, s_roots = timed_dedup(sample, "rensa", args.workers)

    r_mb, d_mb = full_run["mb"], d_run["mb"]
    rensa_rate, datasketch_rate = r_mb / full_run["seconds"], d_mb / d_run["seconds"]
    rensa_cpu_rate, datasketch_cpu_rate = r_mb / full_run["cpu"], d_mb / d_run["cpu"]
    d_recall, s_recall = recall(d_roots, sample_pairs), recall(s_roots, sample_pairs)
    agreement = float(np.mean((d_roots == np.arange(len(d_roots))) == (s_roots == np.arange(len(s_roots)))))
    print(f"planted-pair recall: rensa full corpus {full_recall:.4f}; "
          f"subsample rensa {s_recall:.4f} vs datasketch {d_recall:.4f}")
    print(f"kept/dropped decision agreement with datasketch on the subsample: {agreement:.4f}")
    print(f"datasketch {datasketch_rate:.2f} MB/s on 1 core (subsample, extrapolated to the full corpus: "
          f"{r_mb / datasketch_rate:.0f} s); rensa on the same subsample {s_run['mb'] / s_run['seconds']:.2f} MB/s")
    # On a shared machine wall time measures the neighbours too; CPU time says what idle cores would do.
    print(f"CPU-time rates: rensa {rensa_cpu_rate:.2f} MB per CPU-second, datasketch {datasketch_cpu_rate:.2f} MB per "
          f"CPU-second; CPU-time speedup {rensa_cpu_rate / datasketch_cpu_rate:.1f}x")
    print(f"load average after the runs: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"mb_per_s={rensa_rate:.2f}")
    print(f"speedup_vs_datasketch={rensa_rate / datasketch_rate:.1f}")
    print(f"recall_vs_datasketch={s_recall / d_recall if d_recall else float('nan'):.4f}")
    print(f"peak_rss_mb={full_run['peak_mb']:.0f}")  # of the full-corpus rensa process


if __name__ == "__main__":
    main()
