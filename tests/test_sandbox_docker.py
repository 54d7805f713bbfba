"""Docker backend: the same Execution out of a container (skipped with a reason where no engine / image exists)."""

from __future__ import annotations

import subprocess

import pytest

import sandboxes
from sandboxes import Limits
from schemas import Candidate, Problem, Status, StdioCase, StdioTests

pytestmark = [pytest.mark.docker, pytest.mark.xdist_group("sandbox")]


def engine_or_skip(language: str) -> None:
    from sandboxes.docker_backend import engine_available, image_name

    ok, detail = engine_available()
    if not ok:
        pytest.skip(f"no Docker engine reachable ({detail}); run `make setup-docker`")
    if subprocess.run(["docker", "image", "inspect", image_name(language)], capture_output=True).returncode != 0:
        pytest.skip(f"image {image_name(language)} not built; run `themis sandbox build-images --lang {language}`")


def problem(language: str, cases: list[tuple[str, str]]) -> Problem:
    return Problem(id="docker/sum", source="test", language=language, prompt="sum", license="MIT",
                   tests=StdioTests(cases=[StdioCase(name=f"c{i}", stdin=s, expected=e) for i, (s, e) in enumerate(cases)]))


PROGRAMS = {
    "Python": ("import sys\nprint(sum(map(int, sys.stdin.read().split())))\n", "while True:\n    pass\n",
               "import socket\ntry:\n    socket.create_connection(('8.8.8.8', 53), timeout=2)\n    print('CONNECTED')\nexcept OSError:\n    print('blocked')\n"),
    "C": ('#include <stdio.h>\nint main(void){long a,s=0;while(scanf("%ld",&a)==1)s+=a;printf("%ld\\n",s);return 0;}\n',
          "int main(void){for(;;);}\n", None),
}


@pytest.mark.parametrize("language", sorted(PROGRAMS))
def test_docker_backend_runs_classifies_and_isolates(language: str) -> None:
    engine_or_skip(language)
    good, loop, network = PROGRAMS[language]
    p = problem(language, [("1 2 3\n", "6\n"), ("4\n", "5\n")])
    candidates = [Candidate(problem_id=p.id, language=language, code=code, origin="reference:x") for code in (good, loop)]
    executions = sandboxes.execute(candidates, [p], backend="docker", limits=Limits(cpu_s=1, wall_s=5))
    summed, looping = executions
    assert summed.backend == "docker"
    assert summed.status == Status.failed and (summed.tests_passed, summed.tests_total) == (1, 2)
    assert summed.cpu_ms and summed.peak_rss_kb and summed.toolchain[language]
    assert looping.status == Status.timeout
    if network:
        q = problem(language, [("", "blocked\n")])
        reply = sandboxes.execute([Candidate(problem_id=q.id, language=language, code=network, origin="reference:x")], [q], backend="docker")[0]
        assert reply.status == Status.passed, reply.stdout
