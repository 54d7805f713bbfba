"""Set up the Docker backend on this machine: engine, base image, per-language images (`make setup-docker`).

    python -m sandboxes.docker_setup            # start dockerd if none runs, make the base image, build the images
    python -m sandboxes.docker_setup --stop     # stop the dockerd this module started (by its recorded PID)

dockerd is started ONLY with ``--bridge=none --iptables=false --ip6tables=false --ip-forward=false``: its
defaults add a bridge, iptables chains and turn on IP forwarding on the host. There is no image registry
here, so the base image is ``debootstrap --variant=minbase bookworm`` imported with ``docker import``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sandboxes.cache import cache_root
from sandboxes.docker_backend import BASE_IMAGE, build_images, engine_available

DOCKERD_FLAGS = ["--bridge=none", "--iptables=false", "--ip6tables=false", "--ip-forward=false"]
DEBIAN_MIRROR = "http://deb.debian.org/debian"
SUITE = "bookworm"


def pid_file() -> Path:
    return cache_root() / "dockerd.pid"


def log(message: str) -> None:
    print(f"docker_setup: {message}", flush=True)


def apt_install(*packages: str) -> None:
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise SystemExit(f"docker_setup: please install {' '.join(packages)} (needs root and apt)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages], check=True, env=env)


def start_engine(timeout_s: float = 60) -> None:
    ok, detail = engine_available()
    if ok:
        log(f"engine already running (server {detail})")
        return
    if not shutil.which("dockerd"):
        log("installing docker.io")
        apt_install("docker.io")
    log_path = cache_root() / "dockerd.log"
    with open(log_path, "ab") as handle:
        process = subprocess.Popen(["dockerd", *DOCKERD_FLAGS], stdout=handle, stderr=handle, start_new_session=True)
    pid_file().write_text(str(process.pid))
    log(f"dockerd started, pid {process.pid} (recorded in {pid_file()}, log {log_path})")
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if engine_available()[0]:
            return
        if process.poll() is not None:
            raise SystemExit(f"docker_setup: dockerd exited with {process.returncode}; see {log_path}")
        time.sleep(0.5)
    raise SystemExit(f"docker_setup: dockerd did not answer within {timeout_s} s; see {log_path}")


def stop_engine() -> None:
    path = pid_file()
    if not path.exists():
        log("no dockerd started by docker_setup")
        return
    pid = int(path.read_text())
    try:
        os.kill(pid, signal.SIGTERM)
        for _ in range(100):
            os.kill(pid, 0)
            time.sleep(0.1)
        log(f"dockerd {pid} still running after 10 s")
    except ProcessLookupError:
        log(f"dockerd {pid} stopped")
        path.unlink()


def has_image(tag: str) -> bool:
    return subprocess.run(["docker", "image", "inspect", tag], capture_output=True).returncode == 0


def make_base_image() -> None:
    if has_image(BASE_IMAGE):
        log(f"{BASE_IMAGE} present")
        return
    if not shutil.which("debootstrap"):
        log("installing debootstrap")
        apt_install("debootstrap")
    with tempfile.TemporaryDirectory(prefix="themis-rootfs-") as rootfs:
        log(f"debootstrap --variant=minbase {SUITE} (about a minute)")
        subprocess.run(["debootstrap", "--variant=minbase", SUITE, rootfs, DEBIAN_MIRROR], check=True, capture_output=True)
        tar = subprocess.Popen(["tar", "-C", rootfs, "-c", "."], stdout=subprocess.PIPE)
        subprocess.run(["docker", "import", "-", BASE_IMAGE], stdin=tar.stdout, check=True, capture_output=True)
        tar.wait()
    log(f"{BASE_IMAGE} imported")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m sandboxes.docker_setup", description=__doc__.splitlines()[0])
    parser.add_argument("--stop", action="store_true", help="stop the dockerd started here (by recorded PID)")
    parser.add_argument("--lang", action="append", help="build only these languages' images (repeatable)")
    args = parser.parse_args(argv)
    if args.stop:
        stop_engine()
        return
    start_engine()
    make_base_image()
    for language, tag in build_images(args.lang).items():
        log(f"built {tag} ({language})")


if __name__ == "__main__":
    main(sys.argv[1:])
