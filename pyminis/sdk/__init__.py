"""The TikTok Mini Games SDK surface as data, and what is made from it (CPython only).

`surface` describes every call a game can make; `reference` renders docs/sdk-reference.md from
it; `fake` is the recording host that `pyminis.tt` talks to under CPython. Nothing here is
compiled into games.
"""
