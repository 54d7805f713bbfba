"""Our semgrep rules: metadata on every rule, and every rule's bad snippet flagged, its good snippet not."""

from __future__ import annotations

import re

import pytest

from labelers.rulebook import RULE_LANGUAGES, load_rules, snippets
from labelers.security import scan
from schemas import Severity


def test_every_language_has_rules_with_cwe_and_severity():
    rules = load_rules()
    languages = {language for rule in rules for language in rule.languages}
    assert languages == set(RULE_LANGUAGES.values())
    for rule in rules:
        assert re.match(r"^CWE-\d+: \S", rule.cwe), rule
        assert Severity(rule.severity)
    ids = [rule.id for rule in rules]
    assert len(ids) == len(set(ids)), "rule ids must be unique"
    assert "." not in "".join(ids), "semgrep prefixes ids with the config path; we split on the last dot"


def test_every_rule_has_a_bad_and_a_good_snippet_in_every_language_it_runs_on():
    present = {(s.rule, s.language, s.kind) for s in snippets()}
    for rule in load_rules():
        for language in rule.languages:
            for kind in ("bad", "good"):
                assert (rule.id, language, kind) in present, f"{rule.id}: no {kind} {language} snippet"


def test_the_c_rules_run_on_cpp_too():
    """One rule per C-family mistake: a C++ file is checked by c.yml's rules (and the C++-only ones), so the
    two languages cannot drift apart; each C snippet is checked as C and as C++."""
    rules = load_rules()
    assert all(rule.languages == ("C", "Cpp") for rule in rules if rule.file.name == "c.yml")
    assert {rule.id for rule in rules if "Cpp" in rule.languages} >= {"c-unbounded-copy", "cpp-auto-ptr"}
    copies = {(s.language, s.path.name) for s in snippets() if s.rule == "c-unbounded-copy"}
    assert copies == {("C", "bad.c"), ("Cpp", "bad.c"), ("C", "good.c"), ("Cpp", "good.c")}


def test_a_rule_naming_an_unknown_language_is_refused_by_name(tmp_path):
    for stem in RULE_LANGUAGES:
        (tmp_path / f"{stem}.yml").write_text("rules: []\n")
    (tmp_path / "c.yml").write_text(
        "rules:\n  - id: c-x\n    languages: [c, cobol]\n    metadata: {cwe: 'CWE-1: x', severity: LOW}\n"
    )
    with pytest.raises(ValueError, match=r"c\.yml: rule 'c-x' has languages \['c', 'cobol'\]"):
        load_rules(tmp_path)


@pytest.fixture(scope="module")
def snippet_scan():
    cases = snippets()
    return cases, scan([(case.language, case.code) for case in cases], bandit=False)


def test_bad_snippets_fire_their_rule(snippet_scan):
    cases, results = snippet_scan
    missed = [str(c.path) for c, r in zip(cases, results) if c.kind == "bad" and c.rule not in {f.rule for f in r.findings}]
    assert not missed, missed


def test_good_snippets_do_not_fire_their_rule_and_score_lower(snippet_scan):
    cases, results = snippet_scan
    bad_scores: dict[tuple[str, str], float] = {}
    for case, result in zip(cases, results):
        if case.kind == "bad":  # the good snippet must score below every form of the mistake
            key = (case.language, case.rule)
            bad_scores[key] = min(bad_scores.get(key, result.score), result.score)
    for case, result in zip(cases, results):
        if case.kind != "good":
            continue
        assert case.rule not in {f.rule for f in result.findings}, case.path
        assert result.score < bad_scores[(case.language, case.rule)], (case.path, [f.rule for f in result.findings])


def test_findings_carry_rule_metadata(snippet_scan):
    cases, results = snippet_scan
    by_id = {rule.id: rule for rule in load_rules()}
    for case, result in zip(cases, results):
        for finding in result.findings:
            rule = by_id[finding.rule]
            assert finding.tool == "semgrep"
            assert finding.cwe == rule.cwe.split(":")[0]
            assert finding.severity == Severity(rule.severity)
            assert finding.line is not None and 1 <= finding.line <= case.code.count("\n") + 1
