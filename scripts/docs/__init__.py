"""Docs: the vendor docs snapshots and the drift between them and the specs."""
