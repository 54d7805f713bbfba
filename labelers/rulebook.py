"""Our semgrep rule files and their example snippets.

Layout: ``rules/<language>.yml`` (semgrep language name) and, per rule, ``rules/tests/<language>/<rule id>/``
holding ``bad.<ext>`` (the rule must fire) and ``good.<ext>`` (the same task done safely: the rule must not fire);
``bad-<form>.<ext>`` files hold further forms of the mistake the rule must catch each on its own.
A rule lists the languages it runs on: ``c.yml``'s rules run on C and C++ (one rule, so the two cannot drift
apart; their C snippets are checked as C and as C++), ``cpp.yml`` holds the C++-only ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from labelers.tools import RULES_DIR

# semgrep language name (rule file stem) → our benchmark language string
RULE_LANGUAGES: dict[str, str] = {
    "c": "C",
    "csharp": "CSharp",
    "cpp": "Cpp",
    "go": "Go",
    "java": "Java",
    "javascript": "JavaScript",
    "python": "Python",
    "ruby": "Ruby",
}


@dataclass(frozen=True)
class Rule:
    id: str
    languages: tuple[str, ...]  # benchmark strings
    cwe: str
    severity: str
    file: Path


@dataclass(frozen=True)
class Snippet:
    rule: str
    language: str
    kind: str  # "bad" (must fire; also for each bad-<form> file) or "good" (must not fire)
    path: Path

    @property
    def code(self) -> str:
        return self.path.read_text(encoding="utf-8")


def load_rules(rules_dir: Path = RULES_DIR) -> list[Rule]:
    rules = []
    for stem in RULE_LANGUAGES:
        path = rules_dir / f"{stem}.yml"
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in document["rules"]:
            metadata = entry.get("metadata") or {}
            if "cwe" not in metadata or "severity" not in metadata:
                raise ValueError(f"{path}: rule {entry.get('id')!r} lacks metadata.cwe or metadata.severity")
            unknown = [name for name in entry.get("languages", []) if name not in RULE_LANGUAGES]
            if unknown or not entry.get("languages"):
                raise ValueError(f"{path}: rule {entry.get('id')!r} has languages {entry.get('languages')!r}; "
                                 f"expected some of {sorted(RULE_LANGUAGES)}")  # fmt: skip
            languages = tuple(RULE_LANGUAGES[name] for name in entry["languages"])
            rules.append(Rule(entry["id"], languages, metadata["cwe"], metadata["severity"], path))
    return rules


def snippets(rules_dir: Path = RULES_DIR) -> list[Snippet]:
    """Every example snippet, once per language its rule runs on (a snippet of a rule no file defines counts
    for the language of its folder, so the rule tests report it)."""
    languages_of = {rule.id: rule.languages for rule in load_rules(rules_dir)}
    found = []
    for stem, language in RULE_LANGUAGES.items():
        for path in sorted((rules_dir / "tests" / stem).glob("*/*.*")):
            for runs_on in languages_of.get(path.parent.name, (language,)):
                found.append(Snippet(path.parent.name, runs_on, path.stem.split("-", 1)[0], path))
    return found


@cache
def rule_files_for(languages: frozenset[str], rules_dir: Path = RULES_DIR) -> list[Path]:
    """The rule files with a rule for any of ``languages`` (benchmark strings): semgrep spends about as long parsing
    our rules as scanning a batch, so a Python-only batch should not parse the other seven files (2.1 s instead of
    4.4 s per call)."""
    return sorted({rule.file for rule in load_rules(rules_dir) if set(rule.languages) & languages})
