"""Start and stop the benchmark's gunicorn on 127.0.0.1 (a free port), and read its memory."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from bench.client import call

ROOT = Path(__file__).resolve().parent.parent
CONF = ROOT / "deploy" / "gunicorn.conf.py"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """gunicorn with deploy/gunicorn.conf.py, bench settings, no worker recycling."""

    def __init__(self, env: dict, *, workers: int | None = None, log_dir: Path):
        self.port = free_port()
        self.env = {**env, "DJANGO_SETTINGS_MODULE": "bench.bench_settings"}
        self.env.update(GEM_MAX_REQUESTS="0", GEM_LOG_LEVEL="warning")
        self.env["GEM_ACCESS_LOG"] = str(log_dir / "access.log")
        self.env["GEM_ERROR_LOG"] = str(log_dir / "gunicorn.log")
        if workers:
            self.env["GEM_WORKERS"] = str(workers)
        self.process: subprocess.Popen | None = None

    def start(self) -> "Server":
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.process = subprocess.Popen(
            [str(gunicorn), "-c", str(CONF), "--bind", f"127.0.0.1:{self.port}", "gem.wsgi"],
            cwd=ROOT,
            env=self.env,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}")
            try:
                call(self.port, "GET", "/api/v1/openapi.json")
                return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("gunicorn did not answer within 60 s")

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(p) for p in children.read_text().split()]

    def memory_mb(self) -> dict:
        """Resident memory of each worker now and at its peak (VmRSS, VmHWM), in MB."""
        out = {}
        for pid in self.worker_pids():
            fields = dict(
                line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
            )
            out[pid] = {
                "rss": int(fields["VmRSS"].split()[0]) / 1024,
                "peak": int(fields["VmHWM"].split()[0]) / 1024,
            }
        return out

    def cpu_seconds(self) -> float:
        """CPU time used so far by the workers (user + system)."""
        return sum(process_cpu_seconds(pid) for pid in self.worker_pids())

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> "Server":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def process_cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def postgres_cpu_seconds() -> float:
    """CPU time used so far by the PostgreSQL server processes on this machine."""
    total = 0.0
    for comm in Path("/proc").glob("[0-9]*/comm"):
        try:
            if comm.read_text().strip() == "postgres":
                total += process_cpu_seconds(int(comm.parent.name))
        except OSError:
            continue
    return total


def env_for(database_url: str) -> dict:
    env = dict(os.environ)
    env.update(DATABASE_URL=database_url, GEM_HTTPS="0", DEBUG="0")
    env.setdefault("SECRET_KEY", "bench-only-secret-key-not-for-production-0123456789")
    return env
