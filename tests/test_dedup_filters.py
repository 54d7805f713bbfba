"""Themis filters: tokens per side (local tokenizers), AST depth via tree-sitter, English prompts offline."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from dedup import FilterConfig, filter_pairs
from dedup.filters import english_confidence, token_counter
from schemas import Pair

CODE = "def total(xs):\n    result = 0\n    for x in xs:\n        result += x\n    return result\n"
OTHER = "def total(xs):\n    return sum(xs)\n"
ENGLISH = "Write a function that returns the sum of all the numbers in the given list, or zero when it is empty."
FRENCH = "Écrivez une fonction qui renvoie la somme de tous les nombres de la liste donnée, ou zéro si elle est vide."
CHINESE = "编写一个函数，返回给定列表中所有数字的总和，如果列表为空则返回零。"


def pair(idx: int, chosen: str = CODE, rejected: str = OTHER, prompt: str = ENGLISH, language: str = "Python") -> Pair:
    return Pair(
        system=None,
        input=prompt,
        chosen=chosen,
        rejected=rejected,
        language=language,
        aspect="Runtime_Efficiency",
        source="crafted",
        idx=idx,
        problem_id=f"t/{idx}",
    )


def test_length_filter_bytes_default_names_side_and_count():
    long_code = CODE + "# padding\n" * 500  # ~5 kB
    pairs = [pair(0), pair(1, rejected=long_code), pair(2, chosen="x = 1\n" + long_code)]
    kept, reports = filter_pairs(pairs, FilterConfig(english=False))
    assert [p.idx for p in kept] == [0]
    length = reports[0]
    assert length.step == "length" and length.counts() == {"too_long": 2}
    sides = {d.idx: d.detail["side"] for d in length.dropped}
    assert sides == {1: "rejected", 2: "chosen"}
    assert all(d.detail["tokens"] > 4096 and d.detail["tokenizer"] == "bytes" for d in length.dropped)
    # a looser limit keeps them
    kept, _ = filter_pairs(pairs, FilterConfig(english=False, max_tokens=20_000))
    assert len(kept) == 3


def test_token_counters_are_local(tmp_path):
    text = "def f(x):\n    return x + 1\n"
    assert token_counter("bytes")(text) == len(text.encode())
    assert 0 < token_counter("pretokens")(text) < len(text)
    from tokenizers import Tokenizer, models, pre_tokenizers

    tokenizer = Tokenizer(models.WordLevel({"[UNK]": 0, "def": 1, "return": 2}, unk_token="[UNK]"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    path = tmp_path / "tokenizer.json"
    tokenizer.save(str(path))
    assert token_counter(str(path))(text) == len(tokenizer.encode(text).ids) == 9
    with pytest.raises(ValueError, match="neither 'bytes', 'pretokens' nor an existing tokenizer.json"):
        token_counter(str(tmp_path / "missing.json"))


def test_ast_depth_filter_uses_tree_sitter():
    pairs = [
        pair(0),
        pair(1, rejected="# nothing here but a comment\n"),  # module > comment: depth 2
        pair(2, chosen="int main() { return 0; }\n", rejected="int main() { int x = 1; return x; }\n", language="C"),
        pair(3, chosen="// only a comment\n", rejected="int main() { return 1; }\n", language="Cpp"),
    ]
    kept, reports = filter_pairs(pairs, FilterConfig(english=False))
    assert [p.idx for p in kept] == [0, 2]
    depth = reports[1]
    assert depth.step == "ast_depth"
    assert {d.idx: (d.detail["side"], d.detail["depth"]) for d in depth.dropped} == {1: ("rejected", 2), 3: ("chosen", 2)}


def test_english_filter_drops_other_languages_keeps_code_heavy_english(shared_data):
    import json

    record = json.loads((shared_data / "humanevalpack" / "python" / "humanevalpack.jsonl").open().readline())
    pairs = [
        pair(0),
        pair(1, prompt=FRENCH),
        pair(2, prompt=CHINESE),
        pair(3, prompt=record["prompt"]),  # a signature plus an English docstring
        pair(4, prompt="f(x, y)"),  # too few words to judge: kept
    ]
    kept, reports = filter_pairs(pairs, FilterConfig())
    assert [p.idx for p in kept] == [0, 3, 4]
    english = reports[2]
    assert english.step == "english" and english.counts() == {"not_english": 2}
    assert all(d.detail["english_confidence"] < 0.5 for d in english.dropped)
    assert english_confidence(ENGLISH) > 0.9


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare to cut the network")
def test_english_detector_needs_no_network():
    script = (
        "from dedup.filters import english_confidence;"
        f"print(english_confidence({ENGLISH!r}) > 0.9, english_confidence({FRENCH!r}) < 0.1)"
    )
    result = subprocess.run(["unshare", "-n", sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    if result.returncode != 0 and "unshare failed" in result.stderr:
        pytest.skip("no permission to create a network namespace")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True"]
