"""The two readers of a team key send one request: the full client (`vault.Session`, httpx)
and `exec`'s quick reader (`direct.read_current`, the standard library) both build it from
`team/kv.py`. A standard-library server on loopback records what each really sent."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from linkwizard.net.transport import USER_AGENT
from linkwizard.team import direct, kv, vault
from linkwizard.team.settings import Settings
from support.loopback import serving

KEY = "sk_test_" + "k" * 24  # not a real key: the fake answer's
TOKEN = "s.parity-token"
ANSWER = {"data": {"data": {kv.SECRET_FIELD: KEY}, "metadata": {"version": 7, "created_time": "2026-12-01T10:00:00Z",
                                                                 "custom_metadata": {"updated_by": "alice"}}}}


class _Recorder(BaseHTTPRequestHandler):
    seen: list[tuple[str, str, dict[str, str]]]

    def do_GET(self) -> None:
        self.seen.append((self.command, self.path, {name.lower(): value for name, value in self.headers.items()}))
        body = json.dumps(ANSWER).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[tuple[Settings, list[tuple[str, str, dict[str, str]]]]]:
    seen: list[tuple[str, str, dict[str, str]]] = []
    with serving(type("Handler", (_Recorder,), {"seen": seen})) as base:
        yield Settings(base, "team-kv", "stripe", namespace="ops"), seen


def test_both_readers_send_the_same_request(recorder: tuple[Settings, list[tuple[str, str, dict[str, str]]]]) -> None:
    settings, seen = recorder

    async def full() -> vault.Secret:
        async with vault.Session(settings, TOKEN) as session:
            return await session.read("Shop (Live)")

    read = asyncio.run(full())
    quick = direct.read_current(settings, TOKEN, "Shop (Live)")
    assert (read.key, read.version) == (KEY, 7)
    assert quick == (KEY, 7)
    [(full_method, full_path, full_headers), (quick_method, quick_path, quick_headers)] = seen
    assert full_method == quick_method == "GET"
    assert full_path == quick_path == "/v1/team-kv/data/stripe/Shop%20%28Live%29"
    ours = {name.lower() for name in kv.headers(settings, TOKEN)}
    assert {n: v for n, v in full_headers.items() if n in ours} == {n: v for n, v in quick_headers.items() if n in ours}
    assert {n: full_headers.get(n) for n in ours} == {n.lower(): v for n, v in kv.headers(settings, TOKEN).items()}
    assert full_headers["user-agent"] == USER_AGENT
    assert full_headers["x-vault-token"] == TOKEN
    assert full_headers["x-vault-namespace"] == "ops"


def test_a_read_answer_is_parsed_once() -> None:
    assert kv.current(ANSWER) == (KEY, 7, ANSWER["data"]["metadata"])
    broken: object
    for broken in ({}, {"data": None}, {"data": {"data": {kv.SECRET_FIELD: ""}, "metadata": {"version": 1}}},
                   {"data": {"data": {kv.SECRET_FIELD: KEY}, "metadata": {"version": True}}}, [], "text"):
        assert kv.current(broken) is None
