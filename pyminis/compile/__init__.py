"""Compile stage: Python → (guard) → Transcrypt ES modules → one bundled classic script."""
