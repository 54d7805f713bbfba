"""make_pairs → clean_pairs → write_shards on real HumanEvalPack code: contaminated prompts go, fresh ones stay."""

from __future__ import annotations

import json

from dedup import DecontamConfig, DedupConfig, PairingConfig, clean_pairs, make_pairs, sources_from_problems, write_shards
from dedup.shards import CardInfo
from schemas import Aspect, Candidate, CriterionLabel, Execution, Labels, Problem, Status, StdioCase, StdioTests


def test_pairs_from_humanevalpack_are_filtered_and_shard(shared_data, tmp_path):
    from datasets import load_dataset

    lines = (shared_data / "humanevalpack" / "python" / "humanevalpack.jsonl").read_text().splitlines()[:12]
    problems, candidates, executions, labels = [], [], [], []
    for number, record in enumerate(map(json.loads, lines)):
        fresh = number % 2 == 0  # even problems get a prompt of our own, odd ones keep HumanEval's
        prompt = f"Implement `{record['entry_point']}` for our seed task number {number}; read the examples below." if fresh else record["prompt"]
        problem = Problem(
            id=f"t/{number}", source="humanevalpack", language="Python", prompt=prompt,
            tests=StdioTests(cases=[StdioCase(name="one", stdin="", expected="")]), license="MIT",
        )  # fmt: skip
        problems.append(problem)
        for code, passed in ((record["prompt"] + record["canonical_solution"], 5), (record["prompt"] + record["buggy_solution"], 2)):
            candidate = Candidate(problem_id=problem.id, language="Python", code=code, origin="reference:x")
            candidates.append(candidate)
            executions.append(
                Execution(
                    candidate_sha=candidate.sha256, language="Python", backend="local",
                    status=Status.passed if passed == 5 else Status.failed, tests_passed=passed, tests_total=5,
                )  # fmt: skip
            )
            labels.append(
                Labels(
                    candidate_sha=candidate.sha256, problem_id=problem.id, language="Python",
                    criteria={Aspect.Functional_Correctness: CriterionLabel(score=passed / 5)},
                )  # fmt: skip
            )
    pairs = make_pairs(problems, candidates, executions, labels, PairingConfig(), seed=1)
    assert len(pairs) == 12 and all(json.loads(p.evidence)["rule"] == "passes_all_vs_fails" for p in pairs)

    config = DedupConfig(decontam=DecontamConfig(benchmarks=["humaneval-x", "humanevalpack"]))
    kept, reports = clean_pairs(pairs, config, data_root=shared_data)
    assert [r.step for r in reports] == ["length", "ast_depth", "english", "exact_dedup", "near_dedup_code", "near_dedup_key", "decontaminate"]
    assert {p.problem_id for p in kept} == {f"t/{n}" for n in range(0, 12, 2)}
    assert reports[-1].counts() == {"benchmark_overlap": 6}

    out = tmp_path / "ds"
    write_shards(kept, out, seed=1, card=CardInfo(sources=sources_from_problems(problems)))
    loaded = load_dataset(str(out), cache_dir=str(tmp_path / "cache"))["train"]
    assert sorted(loaded["idx"]) == sorted(p.idx for p in kept)
    assert json.loads((out / "stats.json").read_text())["pairs_by_aspect_language"] == {"Functional_Correctness": {"Python": 6}}
