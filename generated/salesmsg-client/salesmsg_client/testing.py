"""Test kit for applications using ``salesmsg_client``: an in-process contract fake and a Prism mock.

``contract_fake()`` is an httpx transport for ``create_client(..., transport=fake,
async_transport=fake)`` that validates every request against the packaged spec and answers
with its examples (or ``fake.respond(...)``), recording ``fake.calls``. Installing the package
registers a pytest plugin with the fixtures ``salesmsg_fake``, ``salesmsg_prism`` and
``salesmsg_mock_client``; see the package README.
"""

from typing import Any

from ._common.testing import (
    Call,
    ContractFake,
    ContractFakeError,
    PrismServer,
    PrismUnavailable,
    packaged_spec,
    plugin,
    prism_command,
)
from ._overrides.testing import client_for

__all__ = [
    "Call",
    "ContractFake",
    "ContractFakeError",
    "PrismServer",
    "PrismUnavailable",
    "contract_fake",
    "packaged_spec",
    "prism_command",
    "prism_server",
    "client_for",
]


def contract_fake() -> ContractFake:
    """A fresh in-process fake of the vendor."""
    return ContractFake(__package__)


def prism_server(**kwargs: Any) -> PrismServer:
    """The vendor's Prism mock (not started: use it as a context manager)."""
    return PrismServer(__package__, **kwargs)


try:
    import pytest as _pytest  # noqa: F401  (the plugin only exists where pytest does)
except ImportError:  # pragma: no cover
    pass
else:
    globals().update(plugin(__package__))
