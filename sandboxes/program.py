"""The files a candidate becomes: its source alone (stdio tests) or source + harness (harness tests)."""

from __future__ import annotations

from dataclasses import dataclass

from schemas import Candidate, HarnessTests, Problem, normalize_code
from sandboxes.spec import LanguageSpec, fill


@dataclass(frozen=True)
class Program:
    files: dict[str, str]
    harness: bool


def build_program(spec: LanguageSpec, candidate: Candidate, problem: Problem | None) -> Program:
    code = normalize_code(candidate.code)
    tests = problem.tests if problem is not None else None
    if not isinstance(tests, HarnessTests):
        files = {spec.source_file: code}
        return Program(files=_fixed(spec.fixups, files, {}), harness=False)
    if spec.harness is None:
        raise ValueError(f"language {spec.name} has no [harness] section in {spec.dir / 'spec.toml'}")
    substitutions = {"code": code, "test": tests.code, "entry_point": problem.entry_point or ""}
    files = {name: fill(template, substitutions) for name, template in spec.harness.files.items()}
    files = _fixed([*spec.fixups, *spec.harness.fixups], files, substitutions)
    for name, text in tests.extra_files.items():
        files.setdefault(name, text)
    for relative in spec.harness.support_files:
        path = spec.dir / relative
        files.setdefault(path.name, path.read_text(encoding="utf-8"))
    return Program(files=files, harness=True)


def _fixed(fixups, files: dict[str, str], substitutions: dict[str, str]) -> dict[str, str]:
    files = dict(files)
    for fixup in fixups:
        if fixup.file in files:
            files[fixup.file] = fixup.apply(files[fixup.file], substitutions)
    return files
