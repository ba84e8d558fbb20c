"""Maintainer tooling: client generation, Prism mocks, the contract harness and benchmarks."""
