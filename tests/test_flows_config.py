"""Build config validation and the scheduled deployments (built without a server)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from flows.config import load_build_config
from schemas import RecordError

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", ["seed.toml", "demo.toml", "llm-cpu.toml", "gpu-vllm.toml"])
def test_shipped_configs_validate(name):
    config = load_build_config(REPO / "configs" / name)
    assert config.sources[0].name == "seed"
    assert config.out_dir().name == config.name


def test_bad_config_names_file_and_field(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "x"\n[[sources]]\nname = "seed"\n[[generators]]\nkind = "reference"\n[sandbox]\nrepeats = 0\n')
    with pytest.raises(RecordError, match=r"bad.toml: invalid BuildConfig: sandbox.repeats = 0"):
        load_build_config(bad)
    bad.write_text('name = "x"\n[[sources]]\nname = "seed"\n[[generators]]\nkind = "telepathy"\n')
    with pytest.raises(RecordError, match="generators"):
        load_build_config(bad)


@pytest.mark.parametrize(
    ("top", "sections", "expected"),
    [
        ('languages = ["Python", "Cobol"]\n', "", "languages: 'Cobol' has no sandbox (known: C, CSharp, Cpp"),
        ("", '[[sources]]\nname = "seeds"\n', "sources[1].name = 'seeds': not a source (known: "),
        ("", '[[sources]]\nname = "seed"\nproblems = ["seed/greet-command", "seed/greet-comand"]\n',
         "sources[1].problems: ['seed/greet-comand'] are not tasks of source 'seed'"),
        ("", '[[sources]]\nname = "humaneval-x"\npath = "/no/such/folder"\nproblems = ["humaneval-x/0"]\n',
         "sources[1]: 'humaneval-x' cannot be read to check its problems: humaneval-x: /no/such/folder/humaneval_"),
        ("", '[train]\npreset = "tiny"\n', "train.preset = 'tiny': not a preset (known: tiny-cpu, "),
        ("", "[train]\noverrides = {lr_warm = 0.1}\n", "train.overrides: lr_warm = 0.1: Extra inputs are not permitted"),
        ("", '[export]\nrepo = "themis-pairs"\n', "export.repo = 'themis-pairs': String should match pattern"),
    ],
)
def test_names_a_config_refers_to_must_exist(tmp_path, top, sections, expected):
    """Sources, languages, task ids and the training preset are checked when the config loads, not found missing
    mid-build (an unknown task id used to be left out silently; a bad preset failed only after the build)."""
    bad = tmp_path / "bad.toml"
    bad.write_text(f'name = "x"\n{top}[[sources]]\nname = "seed"\n[[generators]]\nkind = "reference"\n{sections}')
    with pytest.raises(RecordError, match=re.escape(expected)):
        load_build_config(bad)


def test_deployments_have_cron_parameters_and_trigger():
    from flows.deployments import NIGHTLY_CRON, build_deployments

    build, train = build_deployments(str(REPO / "configs" / "seed.toml"))
    assert build.flow_name == "build" and train.flow_name == "train"
    assert [s.schedule.cron for s in build.schedules] == [NIGHTLY_CRON]
    assert build.parameters == {"config_path": str(REPO / "configs" / "seed.toml"), "out": "out/seed"}
    assert train.parameters["data"] == "out/seed" and train.parameters["preset"] == "tiny-cpu"
    trigger = train.triggers[0]
    assert "prefect.flow-run.Completed" in trigger.expect


def test_prefect_yaml_matches_served_deployments():
    """prefect.yaml (work-pool deployments) and `themis serve` declare the same schedule, parameters and trigger."""
    import yaml

    from flows.deployments import build_deployments

    declared = {d["name"]: d for d in yaml.safe_load((REPO / "prefect.yaml").read_text())["deployments"]}
    build, train = build_deployments("configs/seed.toml")
    nightly, after = declared[build.name], declared[train.name]
    assert nightly["schedules"][0]["cron"] == build.schedules[0].schedule.cron
    assert nightly["parameters"] == build.parameters
    assert nightly["entrypoint"] == "flows/build.py:build_flow"
    assert after["parameters"] == train.parameters
    assert after["triggers"][0]["expect"] == sorted(train.triggers[0].expect)
    assert after["triggers"][0]["match_related"] == train.triggers[0].match_related.model_dump()


@pytest.mark.parametrize("command", ["build", "serve"])
def test_build_and_serve_reject_a_bad_config_before_starting(tmp_path, command):
    from typer.testing import CliRunner

    from flows.cli import app

    bad = tmp_path / "bad.toml"
    bad.write_text('name = "x"\n[[sources]]\nname = "seed"\n[[generators]]\nkind = "reference"\nbatch_size = 0\n')
    result = CliRunner().invoke(app, [command, "--config", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {bad}: invalid BuildConfig") and "generators" in result.stderr


def test_code_version_changes_with_stage_code_but_not_with_its_cli_harness_or_fixtures(tmp_path):
    """A stage's stored results are keyed by its code version: editing what computes them invalidates them,
    editing its command-line module, the validation harness or a test fixture does not (a CLI fix must not make
    a build re-execute every candidate)."""
    from flows.store import code_version

    package = tmp_path / "stage"
    (package / "rules" / "tests").mkdir(parents=True)
    files = {"core.py": "X = 1\n", "cli.py": "A = 1\n", "validate.py": "B = 1\n", "rules/r.yml": "rules: []\n",
             "rules/tests/bad.py": "eval(x)\n"}  # fmt: skip
    for name, text in files.items():
        (package / name).write_text(text)

    def version() -> str:
        code_version.cache_clear()
        return code_version("stage", root=tmp_path)

    first = version()
    for name in ("cli.py", "validate.py", "rules/tests/bad.py"):
        (package / name).write_text("# edited\n")
        assert version() == first, name
    for name in ("core.py", "rules/r.yml"):
        (package / name).write_text("# edited\n")
        assert version() != first, name
        first = version()


@pytest.mark.parametrize(
    ("extra", "env", "expected"),
    [
        (["--push", "themis-pairs"], {}, "error: --push must be ORG/NAME, got 'themis-pairs'"),
        (["--push", "org/themis-pairs"], {"HF_HUB_OFFLINE": "1"}, "error: HF_HUB_OFFLINE is set, so nothing can be pushed"),
        (["--push", "org/themis-pairs"], {"HF_HUB_OFFLINE": "", "HF_TOKEN": ""}, "error: no Hugging Face token"),
    ],
)
def test_a_build_that_cannot_push_stops_before_it_starts(tmp_path, monkeypatch, extra, env, expected):
    """A push the build could not make is refused up front, not after the whole build."""
    import huggingface_hub.constants
    from typer.testing import CliRunner

    from flows.cli import app

    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(huggingface_hub.constants, "HF_TOKEN_PATH", str(tmp_path / "token"))  # no cached token
    monkeypatch.setattr(huggingface_hub.constants, "HF_STORED_TOKENS_PATH", str(tmp_path / "stored_tokens"))
    result = CliRunner().invoke(app, ["build", "--config", str(REPO / "configs" / "demo.toml"), "--out", str(tmp_path / "out"), *extra])
    assert result.exit_code == 2 and result.stderr.startswith(expected), result.output
    assert not (tmp_path / "out").exists()
