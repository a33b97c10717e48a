"""Rewarded video ads and interstitial ads.

    ad = tt.create_rewarded_video_ad("your-ad-unit-id")
    ad.on_close(lambda closed: give_reward() if closed.is_ended else None)
    await ad.show()
"""

# __pragma__ ('skip')
from typing import Any, Awaitable, Callable  # noqa: E402  (typing would fail to load compiled)
# __pragma__ ('noskip')

from pyminis.tt import _validate
from pyminis.tt._call import listen, nothing, promise_call, sync
from pyminis.tt._errors import TTError, error_from
from pyminis.tt._js import invoke, member, new_object
from pyminis.tt._types import AdClose, ad_close_of


class _Ad:
    _kind = "Ad"

    def __init__(self, ad: "Any") -> None:
        self._ad = ad

    def show(self) -> "Awaitable[None]":
        """Show the ad; raises TTError when there is none to show (call load() and retry)."""
        return promise_call(self._kind + ".show", self._ad, "show", nothing)

    def load(self) -> "Awaitable[None]":
        return promise_call(self._kind + ".load", self._ad, "load", nothing)

    def on_error(self, callback: "Callable[[TTError], Any]") -> "Callable[[], None]":
        """`callback(error)` with a TTError when the ad fails to load or show."""
        return listen(self._kind + ".on_error", self._ad, "onError", "offError", callback,
                      _ad_error)

    def destroy(self) -> None:
        if member(self._ad, "destroy") != None:  # noqa: E711
            invoke(self._ad, "destroy", [])


def _ad_error(raw: "Any") -> TTError:
    return error_from("ad", raw)


class RewardedVideoAd(_Ad):
    """A rewarded video: reward the player only when `on_close` reports `is_ended`."""

    _kind = "RewardedVideoAd"

    def on_close(self, callback: "Callable[[AdClose], Any]") -> "Callable[[], None]":
        return listen("RewardedVideoAd.on_close", self._ad, "onClose", "offClose", callback,
                      ad_close_of)

    def on_load(self, callback: "Callable[[], Any]") -> "Callable[[], None]":
        return listen("RewardedVideoAd.on_load", self._ad, "onLoad", "offLoad", callback, None)


class InterstitialAd(_Ad):
    _kind = "InterstitialAd"

    def on_close(self, callback: "Callable[[], Any]") -> "Callable[[], None]":
        return listen("InterstitialAd.on_close", self._ad, "onClose", "offClose", callback, None)


def _ad_options(call: str, ad_unit_id: str) -> "Any":
    _validate.text(call, "ad_unit_id", ad_unit_id)
    options = new_object()
    options["adUnitId"] = ad_unit_id
    return options


def create_rewarded_video_ad(ad_unit_id: str) -> RewardedVideoAd:
    """A rewarded video ad for the ad unit (TikTok Developer Portal → monetization)."""
    options = _ad_options("create_rewarded_video_ad", ad_unit_id)
    call = "createRewardedVideoAd"
    return RewardedVideoAd(sync("create_rewarded_video_ad", call, [options]))


def create_interstitial_ad(ad_unit_id: str) -> InterstitialAd:
    options = _ad_options("create_interstitial_ad", ad_unit_id)
    call = "createInterstitialAd"
    return InterstitialAd(sync("create_interstitial_ad", call, [options]))
