"""OpenAI-compatible HTTP backend (``vllm serve``, llama.cpp server, hosted APIs).

Async httpx with a bound on requests in flight, retries with exponential backoff on 429,
5xx and transport errors (``Retry-After`` honoured), a per-request timeout, and a JSONL
results file that makes a run resumable: replies already in it are not requested again.
One request per sample (``seed + sample``), since many servers ignore ``n``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import threading
from pathlib import Path
from typing import Any

import httpx

from generators.llm import Conversation, GeneratorUnavailable
from generators.spec import OpenAISpec

log = logging.getLogger(__name__)
RETRY_STATUSES = frozenset({408, 409, 429}) | frozenset(range(500, 600))


class RequestFailed(RuntimeError):
    pass


class OpenAIBackend:
    def __init__(self, spec: OpenAISpec, transport: httpx.AsyncBaseTransport | None = None):
        self.spec = spec
        self.transport = transport  # tests inject one; None = real network
        self.requests_sent = 0

    def complete(self, conversations: list[Conversation], keys: list[str]) -> list[list[str]]:
        done = read_results(self.spec.results_path)
        todo = [
            (self._key(key, sample), conversation, sample)
            for conversation, key in zip(conversations, keys)
            for sample in range(self.spec.n)
            if self._key(key, sample) not in done
        ]
        if todo:
            done |= _run_sync(self._fetch_all(todo))
        return [
            [done[self._key(key, s)] for s in range(self.spec.n) if self._key(key, s) in done] for key in keys
        ]

    def _key(self, key: str, sample: int) -> str:
        return f"{self.spec.model}|{key}|seed={self.spec.seed}|t={self.spec.temperature}|{sample}"

    async def _fetch_all(self, todo: list[tuple[str, Conversation, int]]) -> dict[str, str]:
        limit = asyncio.Semaphore(self.spec.concurrency)
        results: dict[str, str] = {}
        writer = _ResultsWriter(self.spec.results_path)
        headers = {"Content-Type": "application/json"}
        if api_key := os.environ.get(self.spec.api_key_env):
            headers["Authorization"] = f"Bearer {api_key}"
        async with httpx.AsyncClient(
            base_url=self.spec.base_url.rstrip("/") + "/", headers=headers, transport=self.transport,
            timeout=self.spec.timeout_s,
        ) as client:

            async def one(key: str, conversation: Conversation, sample: int) -> None:
                async with limit:
                    try:
                        reply = await self._request(client, conversation, sample)
                    except RequestFailed as error:
                        log.warning("openai backend: %s: %s", key, error)
                        return
                results[key] = reply
                writer.append(key, reply)

            try:
                await asyncio.gather(*(one(*item) for item in todo))
            finally:
                writer.close()
        if not results:
            raise GeneratorUnavailable(
                f"openai backend: all {len(todo)} requests to {self.spec.base_url} failed (see the log for the errors)"
            )
        return results

    async def _request(self, client: httpx.AsyncClient, conversation: Conversation, sample: int) -> str:
        spec = self.spec
        payload: dict[str, Any] = {
            "model": spec.model,
            "messages": conversation,
            "temperature": spec.temperature,
            "top_p": spec.top_p,
            "max_tokens": spec.max_tokens,
            "seed": spec.seed + sample,
        }
        last_error = ""
        for attempt in range(spec.max_retries + 1):
            delay = spec.backoff_s * 2**attempt
            try:
                self.requests_sent += 1
                response = await client.post("chat/completions", json=payload)
            except httpx.TransportError as error:  # connection refused, reset, timeouts
                last_error = f"{type(error).__name__}: {error}"
            else:
                if response.status_code == 200:
                    return _reply_text(response)
                last_error = f"HTTP {response.status_code}: {response.text[:200]}"
                if response.status_code not in RETRY_STATUSES:
                    raise RequestFailed(last_error)
                delay = max(delay, _retry_after(response))
            if attempt < spec.max_retries:
                await asyncio.sleep(delay)
        raise RequestFailed(f"gave up after {spec.max_retries + 1} attempts; last: {last_error}")


def _reply_text(response: httpx.Response) -> str:
    try:
        return response.json()["choices"][0]["message"]["content"] or ""
    except (ValueError, KeyError, IndexError, TypeError) as error:
        raise RequestFailed(f"malformed reply ({error!r}): {response.text[:200]}") from None


def _retry_after(response: httpx.Response) -> float:
    try:
        return max(0.0, float(response.headers.get("Retry-After", 0)))
    except ValueError:
        return 0.0


def read_results(path: str | None) -> dict[str, str]:
    """Replies saved by earlier runs; a torn last line (a crash mid-write) is ignored."""
    if path is None or not Path(path).exists():
        return {}
    results = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
            results[record["key"]] = record["reply"]
        except (ValueError, KeyError, TypeError):
            continue
    return results


class _ResultsWriter:
    """Appends one JSON line per reply and flushes it, so a crash loses at most the line being written."""

    def __init__(self, path: str | None):
        self.handle = None
        if path is not None:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.handle = open(path, "a", encoding="utf-8")

    def append(self, key: str, reply: str) -> None:
        if self.handle is not None:
            self.handle.write(json.dumps({"key": key, "reply": reply}) + "\n")
            self.handle.flush()

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


def _run_sync(coroutine):
    """``asyncio.run``, also from code that is already inside an event loop (then on a helper thread)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = asyncio.run(coroutine)
        except BaseException as error:  # re-raised in the caller's thread
            outcome["error"] = error

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
