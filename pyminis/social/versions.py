"""canIUse guards, with the client versions the documents give.

003: sharing (shareAppMessage and the direct-message features) needs TikTok 40.3.0 or later.
The other social calls give no version; for them the guard is canIUse (and, in a runtime
without canIUse, that the call exists at all).
"""

from pyminis import tt

# API → the lowest TikTok client version that has it, as documented (003 "Prerequisites").
MIN_CLIENT = {
    "shareAppMessage": "40.3.0",
    "shareToUser": "40.3.0",
}

UPDATE_HINT = "Update TikTok to the latest version to use this feature."


def min_client(api: str) -> str:
    """The documented minimum client version of `api`, or "" when none is documented."""
    return MIN_CLIENT[api] if api in MIN_CLIENT else ""


def can_use(api: str) -> bool:
    """Whether this client supports `api` (a platform name such as "shareAppMessage"):
    canIUse, or, in a runtime without canIUse, whether it has the call at all."""
    return tt.can_i_use(api)
