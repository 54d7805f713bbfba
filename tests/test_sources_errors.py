"""Malformed upstream rows: strict loads name file, line and field; lenient loads skip and count them."""

from __future__ import annotations

import gzip
import json

import pytest

from schemas import Aspect, Language, RecordError, themis_features
from sources import load_source


def _real_rows(shared_data, count=2):
    with gzip.open(shared_data / "humaneval-x" / "humaneval_python.jsonl.gz", "rt") as handle:
        return [json.loads(next(handle)) for _ in range(count)]


@pytest.fixture
def broken_humaneval_x(shared_data, tmp_path):
    """Line 1 good, line 2 lacks canonical_solution, line 3 is not JSON, line 4 good."""
    good, other = _real_rows(shared_data)
    broken = {key: value for key, value in other.items() if key != "canonical_solution"}
    lines = [json.dumps(good), json.dumps(broken), "{not json", json.dumps({**other, "task_id": "Python/7"})]
    path = tmp_path / "humaneval_python.jsonl.gz"
    with gzip.open(path, "wt") as handle:
        handle.write("\n".join(lines) + "\n")
    return tmp_path


def test_strict_load_names_file_line_and_field(broken_humaneval_x):
    records = load_source("humaneval-x", broken_humaneval_x, languages=["python"])
    assert next(records).id == "humaneval-x/0"
    with pytest.raises(RecordError) as error:
        next(records)
    assert error.value.where == f"{broken_humaneval_x / 'humaneval_python.jsonl.gz'}:2"
    assert "canonical_solution: missing or empty" in str(error.value)


def test_lenient_load_skips_and_counts(broken_humaneval_x):
    records = load_source("humaneval-x", broken_humaneval_x, lenient=True, languages=["python"])
    assert [problem.id for problem in records] == ["humaneval-x/0", "humaneval-x/7"]
    assert records.skipped == 2
    assert [error.where.rsplit(":", 1)[1] for error in records.errors] == ["2", "3"]
    assert "not valid JSON" in str(records.errors[1])


def test_exercism_row_without_a_test_file_names_the_field(shared_data, tmp_path):
    (tmp_path / "unity_test_framework.json").write_text((shared_data / "exercism-c" / "unity_test_framework.json").read_text())
    row = json.loads((shared_data / "exercism-c" / "exercism_c_practice.jsonl").open().readline())
    row["test"] = {"README.md": "no tests here"}
    (tmp_path / "exercism_c_practice.jsonl").write_text(json.dumps(row) + "\n")
    with pytest.raises(RecordError, match=r"exercism_c_practice\.jsonl:1: .*test: expected one \.c file"):
        list(load_source("exercism-c", tmp_path))


def test_cyberseceval_bad_cwe_is_a_record_error(shared_data, tmp_path):
    items = json.loads((shared_data / "cyberseceval" / "instruct.json").read_text())[:3]
    items[1]["cwe_identifier"] = "CWE-abc"
    path = tmp_path / "instruct.json"
    path.write_text(json.dumps(items))
    with pytest.raises(RecordError, match=r"instruct\.json\[1\]: invalid Problem: references\.0\.cwe"):
        list(load_source("cyberseceval", path))
    records = load_source("cyberseceval", path, lenient=True)
    assert len(list(records)) == 2 and records.skipped == 1


def test_nofuneval_problem_without_codenet_cases(shared_data, tmp_path):
    (tmp_path / "runtime_efficiency.jsonl").write_text((shared_data / "nofuneval" / "runtime_efficiency.jsonl").open().readline())
    (tmp_path / "codenet_public_test_cases.jsonl").write_text("")
    with pytest.raises(RecordError, match=r"runtime_efficiency\.jsonl:1: .*problem_id: 'p03674' has no CodeNet test cases"):
        list(load_source("nofuneval-runtime", tmp_path))


def _pairs_rows():
    return {
        "system": [None, "Judge the code.", None],
        "input": ["Sum two numbers.", "Read a file.", "Say hi."],
        "chosen": ["def f(a, b):\n    return a + b\n", "open(p).read()", "hi"],
        "rejected": ["def f(a, b):\n    return a - b\n", "eval(open(p).read())", "hello"],
        "language": [1, 3, 8],  # Python, C++, NL in Themis' ClassLabel order
        "aspect": [3, 2, 5],  # Functional Correctness, Security Hardness, Helpfulness
        "source": ["unit", "unit", "unit"],
        "idx": [0, 1, 2],
    }


def test_themis_codepreference_layout_with_class_labels(tmp_path):
    from datasets import Dataset

    path = tmp_path / "train-00000.parquet"
    Dataset.from_dict(_pairs_rows(), features=themis_features(with_provenance=False)).to_parquet(str(path))
    records = load_source("themis-pairs", path)
    pairs = list(records)
    assert [(p.language, p.aspect) for p in pairs] == [
        (Language.Python, Aspect.Functional_Correctness),
        (Language.Cpp, Aspect.Security_Hardness),
    ]
    assert pairs[1].system == "Judge the code." and pairs[0].idx == 0
    assert records.filtered == {"outside our languages/criteria: NL/Helpfulness": 1}


def test_coderewardbench_layout_with_strings(tmp_path):
    from datasets import Dataset

    rows = {
        "id": ["ECCO_1", "RUNBUGRUN_2"],
        "prompt": ["Sort the list.", "Fix the loop."],
        "chosen": ["sorted(xs)", "for i in range(n): pass"],
        "rejected": ["bubble(xs)", "for i in range(n+1): pass"],
        "language": ["Python", "C#"],
        "aspect": ["Runtime_Efficiency", "Functional Correctness"],
        "subset": ["ECCO", "RUNBUGRUN"],
    }
    Dataset.from_dict(rows).to_parquet(str(tmp_path / "crb.parquet"))
    pairs = list(load_source("themis-pairs", tmp_path))
    assert [(p.input, p.language, p.aspect, p.source, p.problem_id, p.idx) for p in pairs] == [
        ("Sort the list.", Language.Python, Aspect.Runtime_Efficiency, "ECCO", "ECCO_1", 0),
        ("Fix the loop.", Language.CSharp, Aspect.Functional_Correctness, "RUNBUGRUN", "RUNBUGRUN_2", 1),
    ]


def test_themis_pairs_bad_label_names_row_and_field(tmp_path):
    from datasets import Dataset

    rows = {key: value[:2] for key, value in _pairs_rows().items()}
    rows["aspect"] = ["Speed", "Security Hardness"]
    rows["language"] = ["Python", "Go"]
    Dataset.from_dict(rows).to_parquet(str(tmp_path / "bad.parquet"))
    with pytest.raises(RecordError, match=r"bad\.parquet#row0: .*aspect 'Speed'"):
        list(load_source("themis-pairs", tmp_path))
    records = load_source("themis-pairs", tmp_path, lenient=True)
    assert [p.language for p in records] == [Language.Go] and records.skipped == 1


def test_unknown_source_and_offline_hub_fail_clearly(tmp_path):
    with pytest.raises(KeyError, match="unknown source 'nope'"):
        load_source("nope")
    with pytest.raises(RuntimeError, match=r"cannot load 'bigcode/humanevalpack'.*from the Hub"):
        next(load_source("humanevalpack", "bigcode/humanevalpack", languages=["python"]))
    with pytest.raises(ValueError, match="reads local files only"):
        load_source("exercism-c", "someone/exercism")


def test_hub_rows_go_through_the_same_converters(shared_data, monkeypatch):
    """The Hub path offline: load_dataset is replaced by the local file, records must be identical."""
    import datasets

    calls = []

    def local_load_dataset(dataset_id, config, split):
        calls.append((dataset_id, config, split))
        path = shared_data / "humanevalpack" / config / "humanevalpack.jsonl"
        return datasets.Dataset.from_list([json.loads(line) for line in path.open()][:5])

    monkeypatch.setattr(datasets, "load_dataset", local_load_dataset)
    from_hub = list(load_source("humanevalpack", "bigcode/humanevalpack", languages=["python", "go"]))
    local = list(load_source("humanevalpack", shared_data / "humanevalpack", languages=["python", "go"]))
    assert calls == [("bigcode/humanevalpack", "python", "test"), ("bigcode/humanevalpack", "go", "test")]
    assert from_hub == [p for p in local if int(p.id.split("/")[1]) < 5]
    with pytest.raises(ValueError, match="pass format="):
        next(load_source("hf", "bigcode/humanevalpack"))
