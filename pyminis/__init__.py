"""pyminis: ship typed Python games to TikTok Mini Games.

Game code imports the two game-facing packages, which Transcrypt compiles into the game:

    from pyminis import tt          # the TikTok Mini Games SDK, typed and awaitable
    from pyminis import engine      # the canvas 2D game engine

This file is compiled into every game, so it stays free of imports.
"""

__version__ = "0.1.0"
