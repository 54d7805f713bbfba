"""The seed loader: counts, prompts, generated-input cache, and errors that name file and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from schemas import Language, RecordError, StdioTests
from sources.seed import cache_dir, language_line, load_seed, problems_dir

ALL_LANGUAGES = {language.value for language in Language}
# Problems 01-16 are author A's: efficient and naive in all eight languages.
OWN_FOLDERS = sorted(path for path in problems_dir().iterdir() if path.is_dir() and path.name[:2].isdigit() and int(path.name[:2]) <= 16)


@pytest.fixture(autouse=True)
def _cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path_factory.getbasetemp() / "seed-cache"
    monkeypatch.setenv("THEMIS_CACHE_DIR", str(root))
    return root


@pytest.fixture(scope="module")
def seed_problems():
    return list(load_seed())


def test_every_language_of_every_task_is_loaded(seed_problems):
    tasks = {p.id for p in seed_problems}
    assert len(tasks) == len([d for d in problems_dir().iterdir() if d.is_dir()])
    assert len({p.key for p in seed_problems}) == len(seed_problems)
    for problem in seed_problems:
        assert problem.source == "seed" and problem.id.startswith("seed/")
        assert problem.references_tagged("efficient"), problem.key
        assert isinstance(problem.tests, StdioTests) and len(problem.tests.cases) >= 8
        assert sum(case.large for case in problem.tests.cases) >= 2
        assert problem.meta["title"] and problem.license


def test_own_problems_have_efficient_and_naive_in_all_languages(seed_problems):
    assert len(OWN_FOLDERS) >= 8
    for folder in OWN_FOLDERS:
        task = [p for p in seed_problems if p.meta["folder"] == folder.name]
        assert {p.language for p in task} == ALL_LANGUAGES, folder.name
        for problem in task:
            assert problem.references_tagged("naive"), problem.key
            if "memory" in problem.meta["tags"]:
                assert problem.references_tagged("memory_heavy"), problem.key
            if "readability" in problem.meta["tags"]:
                assert problem.references_tagged("readable") and problem.references_tagged("unreadable"), problem.key


def test_prompt_ends_with_the_language_line(seed_problems):
    cpp = next(p for p in seed_problems if p.language == "Cpp")
    assert cpp.prompt.endswith(language_line("Cpp"))
    assert "Write a complete C++ program" in cpp.prompt
    same_task = [p for p in seed_problems if p.id == cpp.id]
    assert len({p.prompt.rsplit("\n\n", 1)[0] for p in same_task}) == 1  # only the language line differs


def test_generated_inputs_are_cached_on_disk(tmp_path: Path, _cache: Path):
    folder = tmp_path / "01-pair-sum-count"
    shutil.copytree(problems_dir() / "01-pair-sum-count", folder)
    shutil.rmtree(_cache, ignore_errors=True)
    first = next(iter(load_seed(folder)))
    cached = sorted(cache_dir().glob("*.txt"))
    generated = [case for case in first.tests.cases if case.name.startswith("large")]
    assert len(cached) == 3 and {path.read_text() for path in cached} >= {case.stdin for case in generated}
    # a second load reads the cache instead of calling gen.py again
    marker = cached[0].read_text() + "0\n"
    cached[0].write_text(marker)
    again = next(iter(load_seed(folder)))
    assert marker in {case.stdin for case in again.tests.cases}
    # changing gen.py changes the cache key
    (folder / "gen.py").write_text((folder / "gen.py").read_text() + "\n# changed\n")
    next(iter(load_seed(folder)))
    assert len(list(cache_dir().glob("*.txt"))) == 6


def _broken_copy(tmp_path: Path, name: str = "01-pair-sum-count") -> Path:
    root = tmp_path / "problems"
    shutil.copytree(problems_dir() / name, root / name)
    return root / name


@pytest.mark.parametrize(
    ("breakage", "file_name", "field"),
    [
        (lambda f: (f / "problem.toml").write_text((f / "problem.toml").read_text().replace('license = "Apache-2.0"\n', "")), "problem.toml", "license"),
        (lambda f: (f / "problem.toml").write_text((f / "problem.toml").read_text().replace('"algorithm"', '"algo"')), "problem.toml", "tags"),
        (lambda f: (f / "problem.toml").write_text("title = \n"), "problem.toml", "TOML syntax"),
        (lambda f: (f / "tests.json").write_text('{"cases": [{"name": "x", "stdin": "1", "gen": {"args": []}, "expected": "1"}]}'), "tests.json", "exactly one of"),
        (lambda f: (f / "tests.json").write_text('{"cases": []}'), "tests.json", "at least 8"),
        (lambda f: (f / "tests.json").unlink(), "tests.json", "missing"),
        (lambda f: (f / "refs" / "fast.py").write_text("print(1)\n"), "fast.py", "tag 'fast'"),
        (lambda f: (f / "refs" / "naive.kt").write_text("fun main() {}\n"), "naive.kt", "extension 'kt'"),
        (lambda f: (f / "refs" / "efficient.rb").unlink(), "naive.rb", "no efficient reference"),
        (lambda f: (f / "refs" / "insecure.py").write_text("print(eval(input()))\n"), "problem.toml", "cwe"),
    ],
)
def test_malformed_folder_names_file_and_field(tmp_path: Path, breakage, file_name: str, field: str):
    folder = _broken_copy(tmp_path)
    breakage(folder)
    with pytest.raises(RecordError) as error:
        list(load_seed(folder.parent))
    assert file_name in str(error.value) and field in str(error.value)
    assert list(load_seed(folder.parent, lenient=True)) == []


def test_lenient_keeps_the_good_folders(tmp_path: Path):
    broken = _broken_copy(tmp_path)
    shutil.copytree(problems_dir() / "02-lis-length", broken.parent / "02-lis-length")
    (broken / "problem.toml").unlink()
    loaded = list(load_seed(broken.parent, lenient=True))
    assert {p.id for p in loaded} == {"seed/lis-length"} and len(loaded) == 8
