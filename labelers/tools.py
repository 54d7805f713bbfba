"""Where the analyzers live and how to call them offline; `environment_checks` for `themis doctor`.

semgrep sits in its own venv (its opentelemetry pin clashes with Prefect's), so it is called by path:
env ``THEMIS_SEMGREP`` first, then ``<repo>/.tools/semgrep/bin/semgrep``, then ``PATH``. Without
``SEMGREP_ENABLE_VERSION_CHECK=0`` and ``--disable-version-check`` it waits ~99 s for a version server.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from schemas import Check

REPO = Path(__file__).resolve().parents[1]
RULES_DIR = Path(__file__).resolve().parent / "rules"

# Program file name per language (the sandboxes' names, so semgrep picks the language from the extension).
SOURCE_FILES: dict[str, str] = {
    "C": "main.c",
    "CSharp": "Main.cs",
    "Cpp": "main.cpp",
    "Go": "main.go",
    "Java": "Main.java",
    "JavaScript": "main.js",
    "Python": "main.py",
    "Ruby": "main.rb",
}
LANGUAGES: tuple[str, ...] = tuple(SOURCE_FILES)


class AnalyzerError(RuntimeError):
    """An analyzer could not run or returned output we cannot read."""


def semgrep_path() -> Path | None:
    override = os.environ.get("THEMIS_SEMGREP")
    candidates = [Path(override)] if override else []
    candidates.append(REPO / ".tools" / "semgrep" / "bin" / "semgrep")
    found = shutil.which("semgrep")
    if found:
        candidates.append(Path(found))
    return next((path for path in candidates if path.is_file() and os.access(path, os.X_OK)), None)


def semgrep_env() -> dict[str, str]:
    """Environment for semgrep: no version check, and a writable HOME (it writes ~/.semgrep/)."""
    env = dict(os.environ, SEMGREP_ENABLE_VERSION_CHECK="0", SEMGREP_SEND_METRICS="off")
    home = env.get("HOME", "")
    if not home or not os.access(home, os.W_OK):
        env["HOME"] = _scratch_home()
    return env


@cache
def _scratch_home() -> str:
    return tempfile.mkdtemp(prefix="themis-semgrep-home-")


def semgrep_command(rules: Path | list[Path], target: Path) -> list[str]:
    binary = semgrep_path()
    if binary is None:
        raise AnalyzerError(
            "semgrep not found: set THEMIS_SEMGREP, run `make setup-semgrep` (→ .tools/semgrep), or put it on PATH"
        )
    configs = [argument for path in (rules if isinstance(rules, list) else [rules]) for argument in ("--config", str(path))]
    return [
        str(binary), "scan", "--metrics=off", "--disable-version-check", "-q", "--no-git-ignore",
        *configs, "--json", str(target),
    ]  # fmt: skip


def bandit_command(target: Path, *, skip: tuple[str, ...] = ()) -> list[str]:
    command = [sys.executable, "-m", "bandit", "-r", "-f", "json", "-q"]
    if skip:
        command += ["-s", ",".join(skip)]
    return command + [str(target)]


def _package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return ""


def _semgrep_check() -> Check:
    binary = semgrep_path()
    if binary is None:
        return Check(section="analyzers", name="semgrep", ok=False, detail="not found (THEMIS_SEMGREP, .tools/semgrep, PATH)")
    try:
        done = subprocess.run(
            [str(binary), "--version", "--disable-version-check"],
            capture_output=True, text=True, timeout=60, env=semgrep_env(),
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired) as error:
        return Check(section="analyzers", name="semgrep", ok=False, path=str(binary), detail=str(error))
    ok = done.returncode == 0
    detail = "" if ok else done.stderr.strip()[-300:]
    return Check(section="analyzers", name="semgrep", ok=ok, version=done.stdout.strip(), path=str(binary), detail=detail)


def _python_tool_check(name: str, module: str) -> Check:
    try:
        __import__(module)
    except ImportError as error:
        return Check(section="analyzers", name=name, ok=False, detail=str(error))
    return Check(section="analyzers", name=name, ok=True, version=_package_version(name))


def _grammar_check(language: str) -> Check:
    from labelers.grammars import GRAMMARS, has_errors, parse

    module = GRAMMARS[language][0]
    try:
        broken = has_errors(parse(HELLO_PROGRAMS[language], language))
    except Exception as error:  # any import/ABI failure is a failed check, reported with its reason
        return Check(section="grammars", name=f"tree-sitter {language}", ok=False, detail=f"{type(error).__name__}: {error}")
    return Check(
        section="grammars", name=f"tree-sitter {language}", ok=not broken,
        version=_package_version(module.replace("_", "-")), detail="hello world parses with errors" if broken else "",
    )  # fmt: skip


def _rules_check() -> Check:
    files = sorted(RULES_DIR.glob("*.yml"))
    missing = [lang for lang in LANGUAGES if not (RULES_DIR / f"{lang.lower()}.yml").is_file()]
    return Check(
        section="analyzers", name="semgrep rules", ok=not missing, path=str(RULES_DIR),
        detail=f"{len(files)} rule files" + (f"; missing {missing}" if missing else ""),
    )  # fmt: skip


def environment_checks() -> list[Check]:
    """Analyzers (bandit, semgrep + our rules, radon, lizard) and the 8 tree-sitter grammars."""
    checks = [
        _python_tool_check("bandit", "bandit"),
        _semgrep_check(),
        _rules_check(),
        _python_tool_check("radon", "radon"),
        _python_tool_check("lizard", "lizard"),
    ]
    return checks + [_grammar_check(language) for language in LANGUAGES]


HELLO_PROGRAMS: dict[str, str] = {
    "C": '#include <stdio.h>\nint main(void) { printf("hi\\n"); return 0; }\n',
    "CSharp": 'class Program { static void Main() { System.Console.WriteLine("hi"); } }\n',
    "Cpp": '#include <iostream>\nint main() { std::cout << "hi" << std::endl; }\n',
    "Go": 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n',
    "Java": 'public class Main { public static void main(String[] a) { System.out.println("hi"); } }\n',
    "JavaScript": 'console.log("hi");\n',
    "Python": 'print("hi")\n',
    "Ruby": 'puts "hi"\n',
}
