"""The game's index.html as the simulator serves it: the SDK stand-in and the bridge first.

The package keeps TikTok's SDK URL; only the served copy points at the local stand-in, so the
game runs offline with every platform outcome chosen in the simulator. Pure text in, text out.
"""

from __future__ import annotations

import re

STAND_IN_URL = "/__pyminis/sim/sdk.js"
BRIDGE_URL = "/__pyminis/sim/bridge.js"

_SDK_TAG = re.compile(r'<script\s+src="https://connect\.tiktok-minis\.com/[^"]*sdk\.js"\s*>\s*</script>')


def simulated_html(html: str, sdk_url: str | None = None) -> str:
    """`html` with its SDK <script> replaced by the stand-in followed by the bridge."""
    local = f'<script src="{STAND_IN_URL}"></script>\n<script src="{BRIDGE_URL}"></script>'
    if sdk_url and f'src="{sdk_url}"' in html:
        return html.replace(f'<script src="{sdk_url}"></script>', local, 1)
    replaced, count = _SDK_TAG.subn(local, html, count=1)
    if count:
        return replaced
    # No SDK tag (a hand-made page): the stand-in must still run before anything else.
    return re.sub(r"<head[^>]*>", lambda m: m.group(0) + "\n" + local, html, count=1)
