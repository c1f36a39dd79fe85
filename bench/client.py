"""A small HTTP client for the benchmark: sequential calls, and many concurrent clients.

Standard library only (asyncio streams, one connection per request, "Connection: close"), so
the load generator adds no dependency and costs the same for every endpoint it compares.
"""

import asyncio
import http.client
import json
import time
from dataclasses import dataclass, field


@dataclass
class Reply:
    status: int
    body: bytes
    seconds: float

    def json(self):
        return json.loads(self.body)


def call(port: int, method: str, path: str, *, token: str | None = None, body=None) -> Reply:
    """One request, timed from sending to the last byte of the answer."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    headers = {"Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    payload = None
    if body is not None:
        payload = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    started = time.perf_counter()
    try:
        conn.request(method, path, body=payload, headers=headers)
        response = conn.getresponse()
        data = response.read()
    finally:
        conn.close()
    return Reply(response.status, data, time.perf_counter() - started)


@dataclass
class Load:
    """The outcome of a concurrent run."""

    requests: int = 0
    ok: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)

    @property
    def rps(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0


async def _request(port: int, raw: bytes, timeout: float) -> tuple[int, bytes]:
    reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), timeout)
    try:
        writer.write(raw)
        await writer.drain()
        data = await asyncio.wait_for(reader.read(), timeout)  # "Connection: close": until EOF
    finally:
        writer.close()
    head, _, body = data.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1]) if head.startswith(b"HTTP/") else 0
    return status, body


def raw_post(path: str, body: dict, token: str | None) -> bytes:
    payload = json.dumps(body).encode()
    auth = f"Authorization: Bearer {token}\r\n" if token else ""
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n{auth}"
        f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
    )
    return head.encode() + payload


async def _client(port, requests: list[bytes], load: Load, timeout: float) -> None:
    for raw in requests:
        started = time.perf_counter()
        try:
            status, body = await _request(port, raw, timeout)
        except (OSError, TimeoutError) as exc:
            load.errors.append(f"{type(exc).__name__}: {exc}")
            continue
        finally:
            load.requests += 1
        load.latencies.append(time.perf_counter() - started)
        if 200 <= status < 300:
            load.ok += 1
        else:
            load.errors.append(f"HTTP {status}: {body[:200].decode(errors='replace')}")


def run_clients(port: int, scripts: list[list[bytes]], *, timeout: float = 600.0) -> Load:
    """Run one client per script at once; each sends its requests one after another."""
    load = Load()

    async def main():
        started = time.perf_counter()
        await asyncio.gather(*(_client(port, s, load, timeout) for s in scripts))
        load.seconds = time.perf_counter() - started

    asyncio.run(main())
    return load
