"""The open data domain: the only code that may read the friend list (003/004).

It runs isolated from the game, draws the friend leaderboard on the shared canvas and answers
the game's messages (pyminis.social.FriendLeaderboard). Theme it here.
"""

from pyminis import opendata

opendata.run_leaderboard(opendata.Theme(
    highlight="#fe2c55",
    share_title="Beat my score in {{ cookiecutter.game_name }}!",
    share_subtitle="One miss and it is over",
    share_image_url="{{ cookiecutter.share_image_url }}",
))
