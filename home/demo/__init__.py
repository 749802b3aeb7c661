"""The demo catalogue: what `make run` shows a newcomer. Every loader is idempotent."""
