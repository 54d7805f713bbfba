"""`themis validate --subset`: every labeler against the real external sets, with the issue's targets."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

# SafeCoder meets the target on the full set by two pairs only (docs/labelers.md: 0.805, 441 of 548): many
# of its real-world fix pairs are refactors, test-only or cosmetic changes, or change code neither rules nor
# defensive-construct counts tell apart, so a 40-pair sample falls either side of 0.8 (0.70 on the subset's); the
# subset must still beat a floor (a tie is a miss, so chance is 0).
# The two runtime checks meet their targets on the full sets, but the subset keeps only 1-4 of their pairs and
# their timings are noisy on a loaded machine, so there the floor is "measured and reported".
REPORTED_SHORT_OF_TARGET = {"safecoder": 0.4, "nofuneval-runtime": 0.0, "enamel": 0.0}


@pytest.fixture(scope="module")
def report(shared_data, tmp_path_factory):
    from flows.cli import app

    out = tmp_path_factory.mktemp("validate") / "validation.json"
    result = CliRunner().invoke(app, ["validate", "--subset", "--data", str(shared_data), "--out", str(out)])
    assert out.exists(), result.output
    return json.loads(out.read_text()), result


def _rows(report, name, source):
    return [row for row in report["checks"] if row["name"] == name and row["source"] == source]


def test_report_has_every_check_with_an_all_row(report):
    data, _ = report
    expected = {
        ("correctness pair accuracy", "humanevalpack"),
        ("runtime ordering", "nofuneval-runtime"),
        ("runtime ordering", "enamel"),
        ("security pair accuracy", "safecoder"),
        ("security pair accuracy", "seed"),
        ("security pair accuracy (CodeQL-verified fixes)", "nofuneval-security"),
        ("security recall", "cyberseceval"),
        ("analyzer fidelity", "bandit-examples"),
        ("readability spearman rho", "readability-scalabrino"),
        ("security quiet on benign references", "mbxp+humanevalpack+exercism-c"),
        ("security scan parses benign references", "mbxp+humanevalpack+exercism-c"),
    }
    for name, source in expected:
        rows = _rows(data, name, source)
        assert any(row["language"] == "all" for row in rows), (name, source)
        assert set(rows[0]) == {"name", "source", "language", "value", "target", "passed", "n"}
    assert {row["language"] for row in _rows(data, "correctness pair accuracy", "humanevalpack")} >= {
        "Cpp", "Go", "Java", "JavaScript", "Python", "all"}  # fmt: skip


def test_targets_are_met_on_the_subset(report):
    data, result = report
    for row in data["checks"]:
        assert row["n"] > 0 or row["language"] != "all", row
        if row["target"] is None or row["source"] in REPORTED_SHORT_OF_TARGET:
            continue
        assert row["passed"], (row, data["misses"].get(f"{row['name']} / {row['source']}"))
    assert "themis validate" in result.output


def test_short_checks_beat_their_floor_and_report_miss_categories(report):
    data, _ = report
    for source, floor in REPORTED_SHORT_OF_TARGET.items():
        overall = [row for row in data["checks"] if row["source"] == source and row["language"] == "all"][0]
        assert overall["n"] > 0 and overall["value"] >= floor, overall
        if overall["value"] < 1.0:  # every pair it got wrong is counted under a category
            assert any(key.endswith(f"/ {source}") for key in data["misses"]), source


def test_security_labeler_is_quiet_on_benign_benchmark_solutions_in_every_language(report):
    """Solutions of MBXP / HumanEvalPack / Exercism tasks have no security purpose: a rule that fires on many of them
    is a false-positive source (a literal SQL text split over lines was one, in five languages)."""
    data, _ = report
    name, source = "security quiet on benign references", "mbxp+humanevalpack+exercism-c"
    rows = {row["language"]: row for row in _rows(data, name, source)}
    assert set(rows) == {"C", "CSharp", "Cpp", "Go", "Java", "JavaScript", "Python", "Ruby", "all"}
    assert rows["all"]["target"] is None and rows["all"]["n"] == 8 * 40
    assert rows["all"]["value"] >= 0.9, data["misses"].get(f"{name} / {source}")
    parsed = {row["language"]: row for row in _rows(data, "security scan parses benign references", source)}
    assert parsed["all"]["value"] >= 0.95 and parsed["CSharp"]["value"] >= 0.95, data["misses"].get(
        f"security scan parses benign references / {source}")  # MBXP's C#, cut inside its class, parsed 0 %


def test_python_fragment_cut_inside_a_block_is_reopened_and_scanned():
    """A CyberSecEval-style Python excerpt starts three blocks deep and later returns to an `else:` at the top: as
    is it is a syntax error for both analyzers; with the blocks it was cut out of reopened it parses and its `eval`
    of file input is found."""
    import ast

    from labelers.validate import scan_fragments, standalone_variants

    fragment = (
        "                text_file.write(output_str)\n                text_file.close()\n\n"
        "    else:\n        with open(statistic) as s:\n            lines = s.readlines()\n"
        "            taxa = eval(lines[0].split(None, 1)[1])\n"
    )
    as_is, reopened = standalone_variants("Python", fragment)
    with pytest.raises(SyntaxError):
        ast.parse(as_is)
    ast.parse(reopened)
    assert standalone_variants("Python", "def f(x):\n    return x\n") == ["def f(x):\n    return x\n"]
    (result,) = scan_fragments([("Python", fragment)])
    assert "py-eval-exec" in {finding.rule for finding in result.findings}


def test_ruby_fragment_cut_before_its_ends_is_closed_and_scanned():
    """SafeCoder keeps a long Ruby method's first lines only: cut inside `case` and `def`, semgrep reports a syntax
    error and sees nothing; with the two missing `end`s appended it parses and `Kernel#open` of the caller's
    argument (a "|cmd" name starts a process) is found."""
    from labelers.grammars import has_errors, parse
    from labelers.validate import scan_fragments, standalone_variants

    fragment = (
        "def load(input, *options)\n  input.respond_to?(:write) or\n"
        "    return open(input, 'r') { |io| load(io, *options) }\n\n"
        "  case options.size\n  when 0\n    opthash = {}\n"
    )
    as_is, closed = standalone_variants("Ruby", fragment)
    assert has_errors(parse(as_is, "Ruby")) and closed == fragment + "end\nend\n"
    assert not has_errors(parse(closed, "Ruby"))
    assert standalone_variants("Ruby", "def f(x)\n  x\nend\n") == ["def f(x)\n  x\nend\n"]
    (result,) = scan_fragments([("Ruby", fragment)])
    assert "rb-open-pipe" in {finding.rule for finding in result.findings}


# SafeCoder pairs the labeler left tied until session 12, and the finding only their vulnerable version has now
SESSION_12_FIXES = {
    "safecoder/train/sec-new-desc.jsonl:174": "rb-open-pipe",  # a Ruby method cut before its `end`s
    "safecoder/train/sec-new-desc.jsonl:303": "c-size-exceeds-buffer",  # char match[65]; snprintf(match, 66, …)
    "safecoder/train/sec-new-desc.jsonl:228": "py-sql-text-formatting",  # a `WITH s AS (` query, .format()ed
    "safecoder/val/sec-new-desc.jsonl:8": "go-xss-response-write",  # written through a *http.ResponseWriter
}


@pytest.fixture(scope="module")
def session_12_fixes(shared_data):
    """Each pair's findings (before, after) and verdict, from one scan of all of them and one judging."""
    from labelers.validate import SecurityPair, _covered_cwes, judge_security_pairs, safecoder_pairs, scan_fragments

    rows = {row["where"]: row for row in safecoder_pairs(shared_data) if row["where"] in SESSION_12_FIXES}
    pairs = [SecurityPair(row["language"], row["func_src_before"], row["func_src_after"], row["vul_type"], where)
             for where, row in rows.items()]  # fmt: skip
    results = scan_fragments([(pair.language, code) for pair in pairs for code in (pair.before, pair.after)])
    rules = [{finding.rule for finding in result.findings} for result in results]
    verdicts = judge_security_pairs(pairs, _covered_cwes())
    return {pair.where: (rules[2 * i], rules[2 * i + 1], verdicts[i]) for i, pair in enumerate(pairs)}


@pytest.mark.parametrize("where", sorted(SESSION_12_FIXES))
def test_real_fixes_are_told_apart_by_what_only_the_vulnerable_version_has(session_12_fixes, where):
    before, after, verdict = session_12_fixes[where]
    assert SESSION_12_FIXES[where] in before and SESSION_12_FIXES[where] not in after, (before, after)
    assert verdict.hit, verdict


def test_fragment_cut_mid_expression_is_closed_and_scanned():
    """A SafeCoder-style JSX fragment: starts after a function's closing brace and stops inside `return (`.
    Balanced, it parses, so the rules see it (before, semgrep skipped the whole file as a syntax error)."""
    from labelers.security import balance_brackets
    from labelers.validate import scan_fragments

    fragment = (
        "  return parts.join('');\n};\n\nvar Row = React.createClass({\n  render: function() {\n"
        "    return (\n      <a href={this.props.url} target=\"_blank\">{this.props.label}</a>"
    )
    balanced = balance_brackets(fragment)
    assert "};" not in balanced  # the brace that closed the cut-off function is dropped
    assert balanced.rstrip().endswith("</a>\n)\n}\n}\n)")  # innermost first
    rules = [finding.rule for finding in scan_fragments([("JavaScript", fragment)])[0].findings]
    assert rules == ["js-target-blank-opener"]


def test_unknown_check_is_a_usage_error_naming_it(shared_data, tmp_path):
    from flows.cli import app

    out = tmp_path / "validation.json"
    result = CliRunner().invoke(app, ["validate", "--data", str(shared_data), "--check", "safecoder", "--out", str(out)])
    assert result.exit_code == 2 and "safecoder" in result.output and "security-pairs" in result.output
    assert not out.exists()


@pytest.mark.parametrize(
    ("language", "before", "after", "expected"),
    [
        ("Python", "def f(u):\n    user = load(u);\n    return \"%s\" % user\n",
         "def f(u):\n    # load the user\n    user = load(u)\n    return '%s' % user\n", "layout, comments, quotes or semicolons"),
        ("Ruby", "def allowed?\n  mode = params[\"safe_mode\"]\n  mode.include?(\"no_plugins\")\nend\n",
         "def allowed?\n  mode = params[SAFE_MODE]\n  mode.include?(NO_PLUGINS)\nend\n", "names and literal values"),
        ("C", "int keys(void) { return gen(1024); }\n", "int keys(void) { return gen(2048); }\n", "names and literal values"),
        ("C", "int get(int *a, int i) { return a[i]; }\n",
         "int get(int *a, int i) { if (i < 0) return -1; return a[i]; }\n", None),
        ("JavaScript", "el.innerHTML = text;\n", "el.textContent = text;\n", "names and literal values"),
    ],
)
def test_unchanged_structure_names_what_differs(language, before, after, expected):
    """A fix that adds a guard changes the structure; a reformat, a rename or a changed literal does not (the
    last case is a real fix — a safe property for an unsafe one — that only names tell apart)."""
    from labelers.validate import unchanged_structure

    found = unchanged_structure(before, after, language)
    assert (found is None) if expected is None else (found is not None and found.endswith(expected)), found


def test_nofuneval_security_is_an_independent_report_only_check(shared_data):
    """NoFunEval's CodeQL-verified fixes (whole programs, never used to write rules): every pair is judged, per
    language, with no target; Python fixes remove what bandit and our rules flag, so nearly all are decided."""
    from labelers.validate import check_security_nofuneval

    result, ordered = check_security_nofuneval(shared_data, subset=True)
    rows = {row.language: row for row in result.rows}
    assert set(rows) == {"C", "Python", "all"} and rows["all"].n == 41
    assert all(row.target is None and row.passed is None for row in rows.values())
    assert rows["Python"].value >= 0.9, result.misses
    assert sum(result.misses.values()) == round((1 - rows["all"].value) * 41)  # every miss has a category
    # the pairs the labeler puts in an order are a subset, and it is right on at least as large a share of them
    decided = {row.language: row for row in ordered.rows}
    assert decided["all"].n <= 41 and decided["all"].value >= rows["all"].value


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("def test_ssl3_disabled(self):\n    pass\n", True),
        ("    def testNonExistentFile(self):\n        pass\n", True),
        ("func TestGetBasket_BadRequest(t *testing.T) {\n}\n", True),
        ("func GetAvailablePort(t *testing.T) uint16 {\n}\n", True),
        ("@Test\npublic void rejectsDotDot() {\n}\n", True),
        ("it('should output the same image', function (done) {\n});\n", True),
        ("private boolean testngXmlExistsInJar(File jarFile) {\n}\n", False),
        ("def attest(self, quote):\n    return verify(quote)\n", False),
        ("def render(request):\n    test(request)\n    it = 1\n", False),
    ],
)
def test_test_code_is_told_from_code_under_test(code, expected):
    """SafeCoder pairs that are a test the fix commit changed get their own miss category."""
    from labelers.validate import is_test_code

    assert is_test_code(code) is expected


def test_security_verdicts_say_whether_the_labeler_ordered_the_pair():
    """A pair the labeler orders is one a build would emit: right (an unbounded copy fixed), wrong (the "fix"
    adds the copy) — both ordered; a pair it cannot tell apart (a renamed variable) is not, and is a miss."""
    from labelers.validate import SecurityPair, judge_security_pairs

    bounded = "void put(char *d, const char *s) {\n    snprintf(d, 16, \"%s\", s);\n}\n"
    unbounded = "void put(char *d, const char *s) {\n    strcpy(d, s);\n}\n"
    resized = bounded.replace("16", "32")
    pairs = [SecurityPair("C", unbounded, bounded, "CWE-787", "fixed"),
             SecurityPair("C", bounded, unbounded, "CWE-787", "made worse"),
             SecurityPair("C", bounded, resized, "CWE-787", "resized")]  # fmt: skip
    fixed, worse, resize = judge_security_pairs(pairs, covered={"CWE-787"})
    assert (fixed.hit, fixed.ordered, fixed.category) == (True, True, None)
    assert (worse.hit, worse.ordered, worse.category) == (False, True, "fixed version flagged more")
    assert (resize.hit, resize.ordered) == (False, False) and resize.category.endswith("names and literal values")


@pytest.mark.parametrize(
    ("check", "missing"),
    [("security-pairs", "safecoder"), ("security-recall", "cyberseceval/instruct.json"),
     ("security-benign", "mxeval/mbxp/metadata.json")],
)
def test_a_data_set_missing_from_data_is_named_and_nothing_is_written(tmp_path, check, missing):
    """An incomplete --data folder: one error line naming what is missing, exit 2, no report (SafeCoder's reader
    found no files and reported n = 0 before; the others died with a traceback)."""
    from flows.cli import app

    out = tmp_path / "validation.json"
    result = CliRunner().invoke(app, ["validate", "--data", str(tmp_path), "--check", check, "--out", str(out)])
    assert result.exit_code == 2 and result.stderr.startswith("error: ") and str(tmp_path / missing) in result.stderr
    assert not out.exists()
