"""How a sandbox assembles a harness-tested program: recorded in ``Problem.meta["harness"]``.

The contract (docs/sources.md spells it out):
- ``solution_file``: where the candidate's code goes.
- ``test_file``: where ``HarnessTests.code`` goes. When it equals ``solution_file`` the file is
  ``solution + "\\n" + tests.code`` (the test code follows the solution, as upstream runs it).
- ``HarnessTests.extra_files`` are written at their relative paths next to them.
- ``run``: ``script`` (run ``solution_file`` with the interpreter), ``binary`` (compile every
  listed ``sources`` into one program, run it), ``java`` (``javac`` the file, run ``main_class``),
  ``go-test`` (``go test`` in the work dir, GOPATH mode).
- Pass = exit status 0 (``console_assert_fatal``: JavaScript's ``console.assert`` must throw).
"""

from __future__ import annotations

from typing import Any

# The upstream HumanEval-X / HumanEvalPack layout per language: test code appended to the solution,
# except Go, whose tests are a `_test.go` file of package main run by `go test` with testify.
HUMANEVAL_X: dict[str, dict[str, Any]] = {
    "Python": {"solution_file": "main.py", "test_file": "main.py", "run": "script"},
    "JavaScript": {"solution_file": "main.js", "test_file": "main.js", "run": "script", "console_assert_fatal": True},
    "Cpp": {
        "solution_file": "main.cpp",
        "test_file": "main.cpp",
        "run": "binary",
        "sources": ["main.cpp"],
        "link": ["-lcrypto"],  # string_to_md5 uses <openssl/md5.h>
        "requires": ["libssl-dev", "libboost-dev (4 problems include <boost/any.hpp>)"],
    },
    "Java": {"solution_file": "Main.java", "test_file": "Main.java", "run": "java", "main_class": "Main"},
    "Go": {
        "solution_file": "main.go",
        "test_file": "main_test.go",
        "run": "go-test",
        "requires": ["golang-github-stretchr-testify-dev (GOPATH=/usr/share/gocode, GO111MODULE=off)"],
    },
    "Rust": {"solution_file": "main.rs", "test_file": "main.rs", "run": "rust-test", "requires": ["crates rand, regex, md5"]},
}

# mxeval (MBXP and multilingual HumanEval): the test code follows the solution in one file.
MXEVAL: dict[str, dict[str, Any]] = {
    "Python": {"solution_file": "main.py", "test_file": "main.py", "run": "script"},
    "JavaScript": {"solution_file": "main.js", "test_file": "main.js", "run": "script", "requires": ["npm lodash"]},
    "TypeScript": {"solution_file": "main.ts", "test_file": "main.ts", "run": "script"},
    "Ruby": {"solution_file": "main.rb", "test_file": "main.rb", "run": "script"},
    "PHP": {"solution_file": "main.php", "test_file": "main.php", "run": "script"},
    "Cpp": {"solution_file": "main.cpp", "test_file": "main.cpp", "run": "binary", "sources": ["main.cpp"]},
    "Java": {"solution_file": "Main.java", "test_file": "Main.java", "run": "java", "main_class": "Main"},
    "Go": {"solution_file": "main.go", "test_file": "main.go", "run": "script"},
    "CSharp": {
        "solution_file": "Main.cs",
        "test_file": "Main.cs",
        "run": "binary",
        # the tests use KellermanSoftware.CompareNetObjects (NuGet): the sandbox ships a stand-in
        "sources": ["Main.cs", "CompareNetObjects.cs"],
        "requires": ["KellermanSoftware.CompareNetObjects (CompareLogic.Compare(a, b).AreEqual)"],
    },
}


def harness_meta(table: dict[str, dict[str, Any]], language: str, layout: str) -> dict[str, Any]:
    return {"layout": layout, **table[language]}
