"""Writing build outputs to disk."""
