"""A local stand-in for the Hub endpoints a dataset push uses, so the real ``huggingface_hub`` client is tested
offline: create a repo, create a branch, validate the card's YAML, ask the upload mode (every file "regular", so
no LFS), and commit (NDJSON, files base64-encoded). Committed files land under ``root/<org>/<name>/<revision>/``."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

_REPO_ACTION = re.compile(r"/api/datasets/([^/]+/[^/]+)/(preupload|commit|branch)/(.+)")


class FakeHub:
    def __init__(self, root: Path):
        self.root = root
        self.repos: dict[str, dict] = {}
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def files(self, repo: str, revision: str = "main") -> dict[str, bytes]:
        base = self.root / repo / revision
        return {str(path.relative_to(base)): path.read_bytes() for path in sorted(base.rglob("*")) if path.is_file()}

    def _post(self, path: str, body: bytes) -> tuple[int, dict]:
        if path == "/api/validate-yaml":  # the Hub parses the card's YAML header before it accepts a commit
            content = json.loads(body)["content"]
            header = content.split("---\n")[1] if content.startswith("---\n") else ""
            return (200, {"errors": [], "warnings": []}) if isinstance(yaml.safe_load(header), dict) else (400, {"error": "no YAML header"})
        if path == "/api/repos/create":
            spec = json.loads(body)
            repo = f"{spec['organization']}/{spec['name']}"
            visibility = spec.get("visibility") or ("private" if spec.get("private") else "public")  # newer / older clients
            self.repos.setdefault(repo, {"type": spec.get("type"), "visibility": visibility, "branches": {"main"}})
            return 200, {"url": f"{self.url}/datasets/{repo}", "name": repo}
        match = _REPO_ACTION.fullmatch(path)
        if not match or match.group(1) not in self.repos:
            return 404, {"error": f"no such repo or endpoint: {path}"}
        repo, action, revision = match.groups()
        if action == "branch":
            self.repos[repo]["branches"].add(revision)
            return 200, {}
        if revision not in self.repos[repo]["branches"]:
            return 404, {"error": f"no branch {revision}"}
        if action == "preupload":
            files = json.loads(body)["files"]
            return 200, {"files": [{"path": f["path"], "uploadMode": "regular", "shouldIgnore": False} for f in files]}
        for line in filter(None, body.decode().splitlines()):
            entry = json.loads(line)
            if entry["key"] == "file":
                target = self.root / repo / revision / entry["value"]["path"]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(base64.b64decode(entry["value"]["content"]))
        oid = hashlib.sha1(body).hexdigest()
        return 200, {"commitUrl": f"{self.url}/datasets/{repo}/commit/{oid}", "commitOid": oid}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def _reply(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._reply(404, {"error": "not found"})

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self._reply(*hub._post(self.path, body))

        return Handler
