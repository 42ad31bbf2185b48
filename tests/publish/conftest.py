"""A real Radicale CalDAV server on 127.0.0.1: a free port, storage in a temporary folder, stopped after."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

USER, PASSWORD = "protocol", "s3cret;pass"


@dataclass(frozen=True)
class CalendarServer:
    base: str  # http://127.0.0.1:PORT/
    user: str
    password: str
    storage: Path

    def calendar_url(self, name: str) -> str:
        return f"{self.base}{self.user}/{name}/"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CalendarServer]:
    folder = tmp_path_factory.mktemp("radicale")
    (folder / "users").write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
    port = _free_port()
    config = folder / "config"
    config.write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n"
        f"[auth]\ntype = htpasswd\nhtpasswd_filename = {folder / 'users'}\nhtpasswd_encryption = plain\n"
        "delay = 0\n"
        "[rights]\ntype = owner_only\n"
        f"[storage]\nfilesystem_folder = {folder / 'collections'}\n"
        "[logging]\nlevel = warning\nmask_passwords = True\n",
        encoding="utf-8",
    )
    log = (folder / "radicale.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", str(config)], stdout=log, stderr=subprocess.STDOUT
    )
    try:
        for _ in range(300):  # wait until it listens (at most about 30 s), or it died
            if process.poll() is not None:
                pytest.fail(f"Radicale did not start: {(folder / 'radicale.log').read_text()[-800:]}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("Radicale did not start listening")
        yield CalendarServer(f"http://127.0.0.1:{port}/", USER, PASSWORD, folder / "collections")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
