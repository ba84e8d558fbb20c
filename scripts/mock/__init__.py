"""Mocks: the Prism mocks of the specs and the demo run against them."""
