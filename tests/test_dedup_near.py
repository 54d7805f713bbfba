"""Exact and near-duplicate removal (rensa fast path vs datasketch reference) and 13-gram decontamination."""

from __future__ import annotations

import gzip
import json
import random
import re

import numpy as np
import pytest

from dedup import DecontamConfig, MinHashParams, NearDedupConfig, cluster_roots, decontaminate, exact_dedup, near_dedup
from dedup.decontam import build_index
from dedup.minhash import cluster_batches, parquet_batches, shingle_hashes, shingles, tokenize
from schemas import Pair


def humaneval_x(shared_data, language: str) -> list[dict]:
    with gzip.open(shared_data / "humaneval-x" / f"humaneval_{language}.jsonl.gz", "rt") as handle:
        return [json.loads(line) for line in handle]


def mutate(code: str, rng: random.Random) -> str:
    """A light near-duplicate: one identifier renamed, one comment line added."""
    names = sorted(set(re.findall(r"\b[a-z_][a-z0-9_]{2,}\b", code)))
    old = rng.choice(names)
    lines = re.sub(rf"\b{old}\b", old + "_v2", code).split("\n")
    lines.insert(rng.randrange(len(lines)), "    # keep in sync")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def planted(shared_data):
    """HumanEval-X C++ solutions plus 25 planted near-duplicates (appended), and the planted pairs."""
    rng = random.Random(5)
    texts = [r["prompt"] + r["canonical_solution"] for r in humaneval_x(shared_data, "cpp")]
    sources = rng.sample(range(len(texts)), 25)
    pairs = []
    for source in sources:
        pairs.append((source, len(texts)))
        texts.append(mutate(texts[source], rng))
    return texts, pairs


def test_fast_shingles_match_the_reference_shingles(planted):
    """The compiled pass tokenizes UTF-8 bytes exactly like ``tokenize``: same distinct n-grams, same overlaps."""
    texts, pairs = planted
    crafted = ["a b c d e f g", "x", "", "p q r", "def f(x):\n  return x+1\n", "same same same same same same same",
               "naïve = “quoted” — 'ß'+1; // 注释 ok", "tab\there\x00\x1fnul\x7fdel\u00a0nbsp"]  # fmt: skip
    texts = texts + crafted
    flat, offsets = shingle_hashes(texts, MinHashParams(ngram=5))
    offsets = offsets.astype(int)
    fast = [set(flat[offsets[i] : offsets[i + 1]].tolist()) for i in range(len(texts))]
    reference = [shingles(tokenize(text), 5) for text in texts]
    assert [len(f) for f in fast] == [len(r) for r in reference]
    # every non-ASCII character is a word character
    assert tokenize(crafted[-2])[:4] == ["naïve", "=", "“quoted”", "—"]
    for a, b in pairs:  # hashing keeps every overlap: the exact Jaccard of each planted pair is the reference's
        assert len(fast[a] & fast[b]) == len(reference[a] & reference[b]) > 0


@pytest.mark.parametrize("engine", ["rensa", "datasketch"])
def test_planted_near_duplicates_are_clustered(planted, engine):
    texts, pairs = planted
    roots = cluster_roots(texts, MinHashParams(ngram=5, num_perm=256, threshold=0.7), engine=engine)
    found = sum(roots[a] == roots[b] for a, b in pairs)
    assert found >= 24  # a planted copy may fall just under J 0.7
    kept = np.flatnonzero(roots == np.arange(len(texts)))
    assert len(kept) <= len(texts) - found
    assert all(roots[i] <= i for i in range(len(texts)))  # the first member of a cluster is kept
    assert len(kept) >= 160  # distinct problems are not merged


def test_rensa_agrees_with_datasketch_and_is_deterministic(planted):
    texts, _ = planted
    params = MinHashParams()
    fast = cluster_roots(texts, params, engine="rensa")
    reference = cluster_roots(texts, params, engine="datasketch")
    assert np.mean((fast == np.arange(len(texts))) == (reference == np.arange(len(texts)))) >= 0.98
    assert np.array_equal(cluster_roots(texts, params, engine="rensa"), fast)
    with pytest.raises(ValueError, match="unknown MinHash engine"):
        cluster_roots(texts, params, engine="simhash")


def test_streamed_parquet_batches_give_the_same_clusters(planted, tmp_path):
    """Batch boundaries, threads and Arrow input change no root; documents without tokens stay alone."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    texts, pairs = planted
    texts = texts + ["", "   \n", None, ""]  # no tokens: never merged with each other
    path = tmp_path / "code.parquet"
    pq.write_table(pa.table({"id": list(range(len(texts))), "code": texts}), path, row_group_size=64)
    params = MinHashParams()
    whole = cluster_roots([t or "" for t in texts], params, workers=1)
    streamed = cluster_batches(parquet_batches(path, "code", batch_size=37), params, workers=2)
    assert np.array_equal(streamed, whole)
    assert np.array_equal(cluster_roots(pa.array(texts), params, workers=2), whole)
    assert sum(whole[a] == whole[b] for a, b in pairs) >= 24
    assert list(whole[-4:]) == list(range(len(texts) - 4, len(texts)))
    reference = cluster_batches(parquet_batches(path, "code", batch_size=50), params, engine="datasketch")
    assert np.mean((reference == np.arange(len(texts))) == (whole == np.arange(len(texts)))) >= 0.98


def test_parquet_batches_name_the_bad_column(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "bad.parquet"
    pq.write_table(pa.table({"code": [1, 2], "text": ["a", "b"]}), path)
    with pytest.raises(ValueError, match=r"bad\.parquet: no column 'source' \(columns: code, text\)"):
        list(parquet_batches(path, "source"))
    with pytest.raises(ValueError, match=r"bad\.parquet: column 'code' has type int64, expected strings"):
        list(parquet_batches(path, "code"))


def make_pair(idx: int, chosen: str, rejected: str, prompt: str = "Sum the list.", aspect: str = "Runtime_Efficiency") -> Pair:
    return Pair(
        system=None, input=prompt, chosen=chosen, rejected=rejected, language="Cpp", aspect=aspect,
        source="crafted", idx=idx, problem_id=f"t/{idx}",
    )  # fmt: skip


def test_exact_and_near_dedup_of_pairs(planted):
    texts, pairs = planted
    rng = random.Random(9)
    a, b = pairs[0]
    rows = [
        make_pair(0, texts[a], texts[1 if a != 1 else 2]),
        make_pair(1, texts[a].replace("\n", "\r\n") + "\n\n", texts[1 if a != 1 else 2]),  # exact after normalization
        make_pair(2, texts[b], mutate(texts[1 if a != 1 else 2], rng)),  # near-dup of pair 0
        make_pair(3, texts[a], texts[1 if a != 1 else 2], aspect="Readability_Maintainability"),  # other criterion
        make_pair(4, texts[10], texts[20]),
        make_pair(5, texts[30], texts[40]),
    ]
    kept, report = exact_dedup(rows)
    assert [p.idx for p in kept] == [0, 2, 3, 4, 5]
    assert report.dropped[0].reason == "exact_duplicate" and report.dropped[0].detail["kept_idx"] == 0
    kept, reports = near_dedup(kept, NearDedupConfig())
    assert [p.idx for p in kept] == [0, 3, 4, 5]
    code_pass = reports[0]
    assert code_pass.counts() == {"near_duplicate_code": 1}
    assert code_pass.dropped[0].idx == 2 and code_pass.dropped[0].detail["kept_idx"] == 0
    assert reports[1].step == "near_dedup_key" and reports[1].total == 4


def test_two_bugs_in_one_program_are_two_pairs_but_one_bug_twice_is_one(shared_data):
    """Minimal pairs of one program differ only in their edit: compared as whole texts they are near-dups of
    each other; compared by their change (the default) different bugs stay and a repeated bug is dropped."""
    solution = next(r["prompt"] + r["canonical_solution"] for r in humaneval_x(shared_data, "cpp")
                    if r["canonical_solution"].count("<") >= 2 and len(r["canonical_solution"].splitlines()) >= 8)
    lines = solution.splitlines()
    sites = [i for i, line in enumerate(lines) if "<" in line and "#include" not in line][:2]
    assert len(sites) == 2 and sites[1] - sites[0] > 0

    def with_bug(site: int) -> str:
        return "\n".join(line.replace("<", ">=", 1) if i == site else line for i, line in enumerate(lines))

    reformatted = solution.replace("{\n", "{\n\n")  # the same program, blank lines added: not an exact duplicate
    rows = [
        make_pair(0, solution, with_bug(sites[0])),
        make_pair(1, solution, with_bug(sites[1])),  # another bug: another lesson
        make_pair(2, reformatted, with_bug(sites[0]).replace("{\n", "{\n\n")),  # the first bug again
    ]
    kept, reports = near_dedup(rows, NearDedupConfig())
    assert [p.idx for p in kept] == [0, 1]
    assert [d.idx for r in reports for d in r.dropped] == [2]
    as_texts, _ = near_dedup(rows, NearDedupConfig(versions_by_change=False))
    assert [p.idx for p in as_texts] == [0]


@pytest.fixture(scope="module")
def contamination_index(shared_data):
    return build_index(DecontamConfig(benchmarks=["humaneval-x", "mbxp", "rm-bench"]), root=shared_data)


def test_planted_contamination_is_dropped_with_its_source(shared_data, contamination_index):
    docstring = humaneval_x(shared_data, "python")[0]["prompt"]
    sentence = re.search(r'"""\s*(.+?)\s*>>>', docstring, re.S).group(1)  # the task statement only
    clean = "Read integers from standard input until the end and print how many distinct values were seen overall."
    java_header = "import java.io.*;\nimport java.lang.*;\nimport java.util.*;\nimport java.math.*;\n\n\nclass Main {"
    rows = [
        make_pair(0, "int a;", "int b;", prompt=clean),
        make_pair(1, "int a;", "int b;", prompt="Please solve this. " + sentence.upper()),
        make_pair(2, "int a;", "int b;", prompt=java_header + " " + clean),  # boilerplate header only
    ]
    kept, report = decontaminate(rows, index=contamination_index)
    assert [p.idx for p in kept] == [0, 2]
    (dropped,) = report.dropped
    assert dropped.idx == 1 and dropped.reason == "benchmark_overlap"
    assert dropped.detail["benchmark_id"].startswith("humaneval-x/") and dropped.detail["benchmark_id"].endswith("/0")
    assert len(dropped.detail["ngram"].split()) == 13
    assert contamination_index.boilerplate > 0


def test_crb_parquet_prompts_and_bad_files(tmp_path, shared_data):
    import polars as pl

    crb = tmp_path / "crb.parquet"
    prompt = "Given an array of stock prices for consecutive days compute the maximum profit from one buy and one later sell"
    pl.DataFrame({"id": ["crb-1"], "input": [prompt]}).write_parquet(crb)
    rows = [make_pair(0, "int a;", "int b;", prompt="Task: " + prompt + "."), make_pair(1, "int a;", "int b;")]
    kept, report = decontaminate(rows, DecontamConfig(benchmarks=[], crb_path=crb))
    assert [p.idx for p in kept] == [1] and report.dropped[0].detail["benchmark_id"] == "crb/crb-1"
    scores = shared_data / "themis" / "crb-runs" / "Themis-RM-0.6B" / "scores.parquet"
    with pytest.raises(ValueError, match="scores.parquet: no 'input' or 'prompt' column"):
        decontaminate(rows, DecontamConfig(benchmarks=[], crb_path=scores))
    with pytest.raises(KeyError, match="unknown benchmark 'nope'"):
        decontaminate(rows, DecontamConfig(benchmarks=["nope"]))
