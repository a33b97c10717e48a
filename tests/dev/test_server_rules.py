"""runtime_js/simulator/outcomes.js `serverRules`, under node: which requests reach the game's
server (only its origin's), how tt.request's options become a fetch, and the pay sheet."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from pyminis.paths import runtime_js_dir

SCRIPT = r"""
import { serverRules, serverFetch } from '%(outcomes)s';
const seen = [];
const fetcher = async (path, init) => {
  seen.push([path, init]);
  if (path === '/__pyminis/pay') {
    const id = JSON.parse(init.body).trade_order_id;
    return id === 'TOID1' ? new Response('{"delivered": true}', { status: 200 })
      : new Response('{"error": "no trade order"}', { status: 409 });
  }
  return new Response('{"trade_order_id": "TOID1"}', { status: 200, headers: { 'X-Id': '7' } });
};
const settings = { pay: 'success' };
const rules = serverRules(() => settings, { origin: 'https://api.example.com' }, fetcher);
const out = {};
out.other = rules.request({ url: 'https://cdn.example.com/a.png' });
out.lookalike = rules.request({ url: 'https://api.example.com.evil.test/orders' });
out.http = rules.request({ url: 'http://api.example.com/orders' });
out.bad = rules.request({ url: 'not a url' });
out.posted = await rules.request({ url: 'https://API.example.com:443/orders?x=1', method: 'post',
  data: { product_id: 'coins_100' } });
out.get = await rules.request({ url: 'https://api.example.com/orders/abc', data: { a: 1, b: 'c d' } });
out.paid = await rules.pay({ trade_order_id: 'TOID1' });
out.unknown = await rules.pay({ trade_order_id: 'TOIDx' });
settings.pay = 'cancel';
const before = seen.length;
out.cancelled = rules.pay({ trade_order_id: 'TOID1' });
out.cancelFetched = seen.length - before;
out.seen = seen;
out.unrouted = Object.keys(serverRules(() => settings, { origin: null }, fetcher));
out.text = serverFetch({ url: 'x', method: 'PUT', data: 'raw' }, new URL('https://api.example.com/p'));
console.log(JSON.stringify(out));
"""


@pytest.fixture(scope="module")
def result() -> dict:
    node = shutil.which("node")
    assert node, "node is needed"
    outcomes = (runtime_js_dir() / "simulator" / "outcomes.js").as_uri()
    done = subprocess.run([node, "--input-type=module", "-e", SCRIPT % {"outcomes": outcomes}],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_only_the_servers_origin_is_routed(result: dict) -> None:
    assert result["other"] is None and result["lookalike"] is None
    assert result["http"] is None and result["bad"] is None  # http:// is another origin


def test_a_post_sends_its_data_as_json_to_the_dev_servers_route(result: dict) -> None:
    path, init = result["seen"][0]
    assert path == "/__pyminis/server/orders?x=1"
    assert init["method"] == "POST" and json.loads(init["body"]) == {"product_id": "coins_100"}
    assert init["headers"]["Content-Type"] == "application/json"
    assert result["posted"] == {"ok": {"statusCode": 200, "data": {"trade_order_id": "TOID1"},
                                       "header": {"content-type": "text/plain;charset=UTF-8",
                                                  "x-id": "7"}}}


def test_get_data_becomes_the_query(result: dict) -> None:
    path, init = result["seen"][1]
    assert path == "/__pyminis/server/orders/abc?a=1&b=c+d" and "body" not in init


def test_the_pay_sheet_delivers_the_webhook_before_it_succeeds(result: dict) -> None:
    assert result["seen"][2][0] == "/__pyminis/pay"
    assert result["paid"] == {"ok": {}}
    assert result["unknown"]["fail"]["error"]["error_code"] == 20003
    assert "no trade order" in result["unknown"]["fail"]["error"]["error_msg"]


def test_a_cancelled_sheet_calls_nothing(result: dict) -> None:
    assert result["cancelled"]["fail"]["error"]["error_code"] == 20001
    assert result["cancelFetched"] == 0


def test_without_an_origin_only_the_pay_sheet_is_the_servers(result: dict) -> None:
    assert result["unrouted"] == ["pay"]
    path, init = result["text"]
    assert path == "/__pyminis/server/p" and init["body"] == "raw" and init["method"] == "PUT"
