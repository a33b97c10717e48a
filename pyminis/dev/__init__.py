"""`pyminis dev`: build, serve the game in a TikTok simulator, rebuild and reload on save."""
