"""`themis doctor` after `make setup`: every toolchain, analyzer and grammar present; exit status follows them."""

from __future__ import annotations

from typer.testing import CliRunner

from flows.cli import app
from flows.doctor import all_checks
from schemas import Language


def test_doctor_finds_all_eight_toolchains_and_exits_zero():
    checks = all_checks()
    toolchains = {c.name for c in checks if c.section == "toolchain" and c.ok}
    assert {lang.value for lang in Language} <= toolchains, [c for c in checks if c.section == "toolchain" and not c.ok]
    assert all(c.ok for c in checks if c.required), [c for c in checks if c.required and not c.ok]
    result = CliRunner().invoke(app, ["doctor"])
    assert result.exit_code == 0, result.output
    assert "semgrep" in result.output and "CUDA GPU" in result.output


def test_doctor_exits_one_naming_a_missing_required_piece(monkeypatch):
    import flows.doctor as doctor
    from schemas import Check

    monkeypatch.setattr(doctor, "all_checks", lambda: [Check(section="toolchain", name="Go", ok=False, detail="go not found on PATH")])
    result = CliRunner().invoke(app, ["doctor"])
    assert result.exit_code == 1
    assert "missing: toolchain Go: go not found on PATH" in " ".join(result.output.split())
