"""Benchmarks: figures for the README, never pass/fail."""
