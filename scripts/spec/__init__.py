"""Spec tools: the three views of a spec, the targets a tool works on, the linter."""
