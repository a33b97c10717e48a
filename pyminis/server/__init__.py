"""pyminis.server: the game's server side of sign-in and Beans purchases (CPython only; a game
that imports it is refused at its line: it runs on your server, never in the game).

    from pyminis.server import verify_webhook, WebhookError    # stdlib only
    from pyminis.server import OpenAPIClient, create_app, Product   # pip install 'pyminis[server]'

`verify_webhook` needs nothing beyond the standard library; the client, the ASGI app, the
database and the offline Open API need the `server` extra (httpx, Starlette, SQLAlchemy,
uvicorn), imported when first named.
"""

from __future__ import annotations

import importlib
from typing import Any

from pyminis.server.webhook import (
    REDEEM_REFUND,
    REDEEM_SUCCESS,
    SIGNATURE_HEADER,
    WebhookError,
    WebhookEvent,
    sign_webhook,
    verify_webhook,
)

# name → module, for what needs the `server` extra.
_LAZY = {
    "OpenAPIClient": "client", "OPEN_API_URL": "client",
    "OpenAPIError": "errors", "NoAnswerError": "errors", "ResponseFormatError": "errors",
    "SignInAgainError": "errors", "ClientCredentialsError": "errors",
    "RateLimitedError": "errors", "ServiceError": "errors", "RequestRejectedError": "errors",
    "NotDocumentedError": "errors",
    "Token": "results", "UserInfo": "results", "TradeOrder": "results",
    "TradeOrderStatus": "results",
    "Product": "products",
    "ServerSettings": "settings", "SettingsError": "settings",
    "create_app": "app", "WEBHOOK_PATH": "app",
    "OrderStore": "store",
    "OfflineOpenAPI": "mock", "SignedWebhook": "mock", "deliver": "mock",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pyminis.server' has no attribute {name!r}")
    try:
        loaded = importlib.import_module(f"pyminis.server.{module}")
    except ImportError as error:
        raise ImportError(f"pyminis.server.{name} needs the server extra: "
                          f"pip install 'pyminis[server]' ({error})") from error
    return getattr(loaded, name)


__all__ = ["REDEEM_REFUND", "REDEEM_SUCCESS", "SIGNATURE_HEADER", "WebhookError", "WebhookEvent",
           "sign_webhook", "verify_webhook", *_LAZY]
