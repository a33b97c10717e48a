"""Reports through the SDK which answers it got: login, system info, a listener, a factory."""

from pyminis import tt


async def report() -> None:
    # (not `(await tt.login()).code`: Transcrypt 3.9.5 emits `await tt.login().code`)
    result = await tt.login()
    code = result.code
    info = tt.get_system_info()
    ad = tt.create_rewarded_video_ad("unit-1")
    await ad.show()
    text = code + " " + info.platform + " " + str(tt.can_i_use("login"))
    await tt.set_user_cloud_storage([{"key": "report", "value": text}])


tt.start(report())
