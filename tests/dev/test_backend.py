"""`pyminis dev` with a project server: which server and origin (server_plan), the routes to it
through the dev server, the pay route's signed webhook, restarts on a change."""

from __future__ import annotations

import http.client
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pyminis.cli.new import new_project
from pyminis.dev.run import DevRun
from pyminis.dev.server_plan import server_plan
from pyminis.errors import ConfigError
from pyminis.project.config import parse_config


def plan_for(tmp_path: Path, config: dict, with_app: bool = True):  # type: ignore[no-untyped-def]
    if with_app:
        (tmp_path / "server").mkdir(exist_ok=True)
        (tmp_path / "server" / "app.py").write_text("app = None\n")
    return server_plan(tmp_path, parse_config(json.dumps(config)).config)


def test_a_project_without_a_server_gets_none(tmp_path: Path) -> None:
    assert plan_for(tmp_path, {"domain": {"trustedDomains": ["https://a.example"]}}, False) is None


def test_server_app_py_and_the_only_trusted_domain_are_the_defaults(tmp_path: Path) -> None:
    plan = plan_for(tmp_path, {"domain": {"trustedDomains": ["https://API.example.com/"]}})
    assert (plan.app, plan.origin, plan.webhook) == ("server.app:app", "https://api.example.com",
                                                     "/webhooks/tiktok")
    assert plan.folder == tmp_path / "server" and plan.note == ""


def test_the_config_names_the_app_and_the_origin(tmp_path: Path) -> None:
    plan = plan_for(tmp_path, {"domain": {"trustedDomains": ["https://cdn.example", "*.example.com"]},
                               "pyminis": {"server": {"app": "backend.main:api",
                                                      "origin": "https://api.example.com",
                                                      "webhook": "/tt/hook"}}}, False)
    assert (plan.app, plan.origin, plan.webhook) == ("backend.main:api", "https://api.example.com",
                                                     "/tt/hook")
    assert plan.folder == tmp_path / "backend"


def test_an_origin_the_game_cannot_reach_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not one of domain.trustedDomains"):
        plan_for(tmp_path, {"domain": {"trustedDomains": ["https://a.example"]},
                            "pyminis": {"server": {"origin": "https://b.example"}}})


def test_several_trusted_domains_and_no_origin_run_the_server_unrouted(tmp_path: Path) -> None:
    plan = plan_for(tmp_path, {"domain": {"trustedDomains": ["https://a.example", "https://b.example"]}})
    assert plan.origin is None and "pyminis.server.origin" in plan.note


def test_a_bad_app_spec_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="module:attribute"):
        parse_config(json.dumps({"pyminis": {"server": {"app": "server/app.py"}}}))


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[tuple[DevRun, list[str]]]:
    root = new_project("shop", "monetized", tmp_path)
    printed: list[str] = []
    run = DevRun(root, "127.0.0.1", 0, printer=printed.append)
    try:
        yield run, printed
    finally:
        run.stop()


def call(run: DevRun, method: str, path: str, body: object = None,
         token: bool = True) -> tuple[int, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", run.port, timeout=30)
    headers = {"Content-Type": "application/json"}
    if token:
        headers["X-Pyminis-Token"] = run.server.gate.token
    data = None if body is None else json.dumps(body).encode()
    connection.request(method, path, body=data, headers=headers)
    response = connection.getresponse()
    raw = response.read()
    connection.close()
    try:
        return response.status, json.loads(raw)
    except ValueError:
        return response.status, {"text": raw.decode()}


def test_a_purchase_through_the_dev_server(shop: tuple[DevRun, list[str]]) -> None:
    run, printed = shop
    assert run.backend is not None
    status, state = call(run, "GET", "/__pyminis/state")
    assert state["server"] == {"origin": "https://api.example.com", "app": "server.app:app",
                               "running": True}
    code = run.backend.openapi.api.issue_code()
    status, refused = call(run, "POST", "/__pyminis/server/orders",
                           {"product_id": "coins_100", "login_code": code}, token=False)
    assert status == 403  # a state-changing request needs the session's token, as every POST
    status, order = call(run, "POST", "/__pyminis/server/orders",
                         {"product_id": "coins_100", "login_code": code})
    assert status == 200, order
    status, state = call(run, "GET", f"/__pyminis/server/orders/{order['order_id']}")
    assert (status, state["state"], state["balance"]) == (200, "created", 0)
    assert call(run, "POST", "/__pyminis/pay", {"trade_order_id": "TOIDnope"})[0] == 409
    status, paid = call(run, "POST", "/__pyminis/pay", {"trade_order_id": order["trade_order_id"]})
    assert (status, paid["status"], json.loads(paid["answer"])) == (200, 200, {"result": "granted"})
    assert call(run, "POST", "/__pyminis/pay", {"trade_order_id": order["trade_order_id"]})[0] == 409
    status, state = call(run, "GET", f"/__pyminis/server/orders/{order['order_id']}")
    assert (state["state"], state["coins"], state["balance"]) == ("paid", 100, 100)
    status, refunded = call(run, "POST", "/__pyminis/refund",
                            {"trade_order_id": order["trade_order_id"], "refund_amount": 80})
    assert json.loads(refunded["answer"]) == {"result": "reversed"}
    assert any("webhook minis.trade_order.redeem.success" in line for line in printed)
    assert (run.session.root / ".pyminis" / "server" / "dev.sqlite3").is_file()


def test_the_server_restarts_when_its_code_changes(shop: tuple[DevRun, list[str]]) -> None:
    run, printed = shop
    app = run.session.root / "server" / "app.py"
    time.sleep(0.5)  # the watcher is watching
    app.write_text(app.read_text().replace("coins=100", "coins=250"))
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if any("restarting server.app:app" in line for line in printed):
            break
        time.sleep(0.1)
    assert any("app.py changed: restarting server.app:app" in line for line in printed), printed
    assert run.backend is not None
    code = run.backend.openapi.api.issue_code()
    status, order = call(run, "POST", "/__pyminis/server/orders",
                         {"product_id": "coins_100", "login_code": code})
    assert (status, order.get("coins")) == (200, 250), (order, printed)
