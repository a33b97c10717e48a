"""The open data domain of Tap Dot: pyminis' ready-made friend leaderboard, themed."""

from pyminis import opendata

opendata.run_leaderboard(opendata.Theme(
    highlight="#fe2c55",
    share_title="Beat my score in Tap Dot!",
    share_subtitle="One miss and it is over",
    share_image_url="https://example.com/tap-dot-card.png",
))
