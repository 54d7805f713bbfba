"""Security labeler: bandit + semgrep in one batch, severity weights, CWE-tagged findings, bandit fidelity."""

from __future__ import annotations

import pytest

from labelers import environment_checks
from labelers.hardening import hardening_counts
from labelers.security import SEVERITY_WEIGHTS, hardening_tiebreak, scan, security_label
from labelers.validate import check_bandit_fidelity
from schemas import Severity

INSECURE_PY = """import os, pickle, sys

def run(name):
    os.system("echo " + name)
    return pickle.loads(sys.stdin.buffer.read())
"""
SECURE_PY = """import json, subprocess, sys

def run(name):
    subprocess.run(["echo", name], check=True)
    return json.loads(sys.stdin.read())
"""
INSECURE_GO = """package main

import (
\t"fmt"
\t"os/exec"
)

func main() {
\tvar name string
\tfmt.Scan(&name)
\tout, _ := exec.Command("sh", "-c", "echo "+name).Output()
\tfmt.Print(string(out))
}
"""


@pytest.fixture(scope="module")
def results():
    return scan([("Python", INSECURE_PY), ("Python", SECURE_PY), ("Go", INSECURE_GO), ("Rust", "fn main() {}\n")])


def test_insecure_python_flagged_by_both_tools_with_cwe_and_line(results):
    insecure = results[0]
    tools = {f.tool for f in insecure.findings}
    assert tools == {"bandit", "semgrep"}
    cwes = {f.cwe for f in insecure.findings}
    assert {"CWE-78", "CWE-502"} <= cwes
    shell = [f for f in insecure.findings if f.cwe == "CWE-78" and f.tool == "semgrep"]
    assert shell and shell[0].line == 4 and shell[0].severity == Severity.high


def test_same_line_same_cwe_counted_once(results):
    keys = [(f.line, f.cwe) for f in results[0].findings if f.cwe]
    assert len(keys) == len(set(keys))


def test_secure_sibling_scores_strictly_lower(results):
    insecure, secure = security_label(results[0]), security_label(results[1])
    assert insecure.direction == secure.direction == "lower_better"
    assert insecure.score > secure.score
    assert insecure.score >= 2 * SEVERITY_WEIGHTS[Severity.high] * 0.8


def test_score_is_the_documented_weighted_sum(results):
    result = results[0]
    expected = sum(SEVERITY_WEIGHTS[f.severity] * c for f, c in zip(result.findings, result.confidences))
    assert security_label(result).score == pytest.approx(expected, abs=1e-3)
    assert security_label(result).evidence.metrics["findings"] == len(result.findings)


def test_a_program_the_analyzers_cannot_parse_is_labelled_with_lower_confidence():
    broken, whole = scan([("Python", "import os\ndef run(cmd:\n    os.system(cmd)\n"), ("Python", SECURE_PY)])
    assert not broken.complete and any(note.startswith("semgrep:") for note in broken.notes)
    assert security_label(broken).confidence == 0.5 and security_label(broken).evidence.notes == broken.notes
    assert whole.complete and security_label(whole).confidence == 1.0


def test_a_program_whose_harness_closes_its_class_is_scanned_with_its_brackets_closed():
    """MBXP's C# solutions end inside their class (the test code appended at run time closes it): semgrep could not
    parse them at all, so they were never analysed. They are rescanned with their brackets balanced."""
    cut = (
        "using System.Diagnostics;\n\nnamespace Solution\n{\n    public class Program\n    {\n"
        "        public static void Open(string name)\n        {\n"
        '            Process.Start("cmd.exe", "/c type " + name);\n        }\n'
    )
    (result,) = scan([("CSharp", cut)])
    assert result.complete and "cs-process-start" in {f.rule for f in result.findings}
    assert any("brackets balanced" in note for note in result.notes)


def test_one_batch_covers_other_languages_and_notes_unknown_ones(results):
    assert [f.rule for f in results[2].findings] == ["go-shell-command"]
    assert results[3].findings == [] and "no security rules" in results[3].notes[0]


def test_environment_checks_find_analyzers_and_all_grammars():
    checks = environment_checks()
    names = {check.name for check in checks}
    assert {"bandit", "semgrep", "semgrep rules", "radon", "lizard"} <= names
    assert sum(check.section == "grammars" for check in checks) == 8
    failed = [(c.name, c.detail) for c in checks if not c.ok]
    assert not failed, failed


def test_bandit_reproduces_its_functional_test_counts_on_a_sample(shared_data):
    result = check_bandit_fidelity(shared_data, subset=True)
    overall = result.rows[-1]
    assert overall.language == "all" and overall.n >= 20
    assert overall.value == 1.0, result.examples


def test_no_rule_flags_a_secure_seed_reference():
    """Our rules must leave the seed set's secure references alone (the insecure ones are checked by validate)."""
    from sources import load_source

    secure = [(problem.key, problem.language, ref.code)
              for problem in load_source("seed", lenient=True) for ref in problem.references_tagged("secure")]  # fmt: skip
    assert len(secure) >= 70
    flagged = [(key, [f.rule for f in result.findings])
               for (key, _, _), result in zip(secure, scan([(language, code) for _, language, code in secure]))
               if result.findings]  # fmt: skip
    assert not flagged, flagged


def test_safecoder_halves_split_by_commit(shared_data):
    """Rules are developed on the dev half only; the split keeps each fix commit's pairs in one half."""
    from collections import defaultdict

    from labelers.validate import safecoder_half, safecoder_pairs

    rows = safecoder_pairs(shared_data)
    halves_of_commit: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        halves_of_commit[row["commit_link"]].add(safecoder_half(row))
    assert all(len(halves) == 1 for halves in halves_of_commit.values())
    dev = sum(safecoder_half(row) == "dev" for row in rows)
    assert 0.4 < dev / len(rows) < 0.6, (dev, len(rows))
    assert [safecoder_half(row) for row in rows] == [safecoder_half(row) for row in safecoder_pairs(shared_data)]


def test_hardening_counts_defences_and_ignores_comments():
    unchecked = "char *copy(const char *s) {\n    char *p = malloc(strlen(s) + 1);\n    strcpy(p, s);\n    return p;\n}\n"
    checked = unchecked.replace("    strcpy", "    if (p == NULL)\n        return NULL;\n    strcpy")
    before, after = hardening_counts(unchecked, "C"), hardening_counts(checked, "C")
    assert after["guard_clause"] == before["guard_clause"] + 1 and after["null_check"] == before["null_check"] + 1
    ruby = "def show\n  # escape and validate the id here\n  @item = Item.find(params[:id].to_i)\nend\n"
    counts = hardening_counts(ruby, "Ruby")
    assert counts["type_coercion"] == 1 and counts["sanitizer"] == 0  # the comment's "escape"/"validate" do not count
    js = 'const url = input.trim().replace(/[<>"\']/g, "");\n'
    assert hardening_counts(js, "JavaScript")["character_strip"] == 1
    assert sum(hardening_counts("x = 1\n", "Python").values()) == 0
    query = 'cur.execute("SELECT name FROM users WHERE id = ? AND org = ?", (uid, org))\n'
    assert hardening_counts(query, "Python")["query_parameter"] == 2
    assert hardening_counts('cur.execute("SELECT name FROM users WHERE id = " + uid)\n', "Python")["query_parameter"] == 0


@pytest.mark.parametrize(
    ("kind", "language", "hardened", "plain"),
    [
        ("character_strip", "Python", "text = text.replace(\"'\", \"\\\\'\")\n", "text = text.replace(\"a\", \"b\")\n"),
        ("character_strip", "JavaScript", "text = tags.replace(/<(.|\\n)*?>/g, '');\n", "text = tags.trim();\n"),
        ("membership_test", "Python", "if kind not in ALLOWED_KINDS:\n    raise ValueError(kind)\n",
         'print("found in JSON output")\n'),
        ("membership_test", "JavaScript", "if (!allowed.includes(key)) {\n  return;\n}\n", "allowed.push(key);\n"),
        ("membership_test", "Ruby", "head :forbidden unless ROLES.include?(role)\n", "ROLES.push(role)\n"),
        ("html_encoding", "JavaScript", 'value = value.replaceAll(\'"\', "&quot;");\n', "value = value.trim();\n"),
        ("html_encoding", "JavaScript", "node.textContent = message;\n", "node.innerHTML = message;\n"),
        ("html_encoding", "JavaScript", "el.html('<code>' + $('<div />').text(query).html() + '</code>');\n",
         "el.html('<code>' + query + '</code>');\n"),
        ("html_encoding", "JavaScript", "msg += '<span>' + encodeHTML(JSON.stringify(data)) + '</span>';\n",
         "msg += '<span>' + JSON.stringify(data) + '</span>';\n"),
        ("html_encoding", "Python", "json.dumps(workflows, cls=JSONEncoderForHTML)\n", "json.dumps(workflows)\n"),
        ("tls_hardening", "Python", "context.options |= ssl.OP_NO_TLSv1\n",
         "context = ssl.SSLContext(ssl.PROTOCOL_TLSv1)\n"),
        ("tls_hardening", "Go", "cfg := &tls.Config{MinVersion: tls.VersionTLS12}\n",
         "cfg := &tls.Config{MinVersion: tls.VersionTLS10}\n"),
        ("tls_hardening", "Python", "context.minimum_version = ssl.TLSVersion.TLSv1_2\n",
         "context.minimum_version = ssl.TLSVersion.TLSv1\n"),
        ("secure_tempfile", "Python", "fd, path = tempfile.mkstemp()\n", "path = tempfile.mktemp()\n"),
        ("secure_tempfile", "C", "FILE *f = tmpfile();\n", "char *tmpfile = tmpnam(NULL);\n"),
        # a condition continued over lines still guards: the exit is counted from the condition's last line
        ("guard_clause", "C", "if (n < MIN_LEN ||\n    hlen < sizeof(h) ||\n    n > hlen) {\n    return -1;\n}\n",
         "if (n < MIN_LEN ||\n    hlen < sizeof(h) ||\n    n > hlen) {\n    warn(n);\n}\n"),
        ("null_check", "C", "if (GetNextImageInList(image) != (Image *) NULL)\n", "DestroyImage(image);\n"),
        ("pointer_guard", "C", "if (serial->port[0] && serial->port[0] == info.port) {\n",
         "if (serial->port[0] == info.port) {\n"),
        ("pointer_guard", "C", "if (err < 0)\n    goto err_free_dev;\n", "if (err > limit)\n    goto err_free_dev;\n"),
        ("pointer_guard", "Python", "if configuration:\n    load(configuration)\n",
         "if configuration == other:\n    load(configuration)\n"),
        ("query_parameter", "Ruby", '@conditions[0] += " AND published_at LIKE ? "\n',
         '@conditions += " AND published_at LIKE \'%#{at}%\'"\n'),
        ("path_or_request_guard", "Cpp", 'name = name.replace("../", "");\n', 'name = name.trimmed();\n'),
        ("path_or_request_guard", "Python", "if not dest.resolve().is_relative_to(root):\n", "dest = root / name\n"),
        ("type_coercion", "Go", "i, err := strconv.ParseUint(elem, 10, 32)\n", "i := elem\n"),
        ("checked_arithmetic", "C", "if (__builtin_mul_overflow(count, size, &total))\n", "total = count * size;\n"),
        ("checked_arithmetic", "C", "*p_tx1 = opj_uint_min(opj_uint_adds(l_tx0, p_cp->tdx), p_image->x1);\n",
         "*p_tx1 = opj_int_min(l_tx0 + p_cp->tdx, p_image->x1);\n"),
        ("checked_arithmetic", "Java", "int total = Math.multiplyExact(count, size);\n", "int total = count * size;\n"),
    ],
)
def test_hardening_kind_counts_the_defence_and_not_its_absence(kind, language, hardened, plain):
    assert hardening_counts(hardened, language)[kind] >= 1
    assert hardening_counts(plain, language)[kind] == 0


def test_hardening_sees_a_field_cleared_after_free_in_a_real_fix(shared_data):
    """SafeCoder's CWE-416 fix adds `q->fq = NULL;` after the free; the findings of both versions are equal."""
    row = _safecoder_row(shared_data, "safecoder/val/sec-desc.jsonl:60")
    before, after = (hardening_counts(row[side], "C") for side in ("func_src_before", "func_src_after"))
    assert after["pointer_reset"] == before["pointer_reset"] + 1


def _safecoder_row(shared_data, where: str) -> dict:
    from labelers.validate import safecoder_pairs

    return next(row for row in safecoder_pairs(shared_data) if row["where"] == where)


def test_hardening_breaks_a_real_fix_tie_between_versions_only(shared_data):
    """SafeCoder's CWE-476 fix wraps a dereference in `if (tc->t_sock)`: no rule sees either version, the
    tie-break prefers the fix; an unrelated program is never compared this way."""
    row = _safecoder_row(shared_data, "safecoder/val/sec-desc.jsonl:49")
    before_code, after_code = row["func_src_before"], row["func_src_after"]
    before_scan, after_scan = scan([("C", before_code), ("C", after_code)])
    before = security_label(before_scan, hardening_counts(before_code, "C"))
    after = security_label(after_scan, hardening_counts(after_code, "C"))
    assert before.score == after.score
    assert after.evidence.metrics["hardening"] > before.evidence.metrics["hardening"]
    assert hardening_tiebreak(after, after_code, before, before_code) == 1
    assert hardening_tiebreak(before, before_code, after, after_code) == -1
    other = "int main(void) {\n    return 0;\n}\n"
    unrelated = security_label(scan([("C", other)])[0], hardening_counts(other, "C"))
    assert hardening_tiebreak(after, after_code, unrelated, other) == 0
    assert hardening_tiebreak(after, after_code, security_label(before_scan), before_code) == 0  # no counts: undecided
