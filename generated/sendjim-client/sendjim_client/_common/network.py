"""The network transports the layer makes when the caller passes none, with one SSL context.

httpx loads the CA bundle for each transport it makes (about 20 ms here); every transport this
package makes shares the first context instead, as requests does since 2.32. It honours
``SSL_CERT_FILE`` and ``SSL_CERT_DIR`` as they are when the first is made. For other TLS
settings pass ``transport=`` and ``async_transport=`` to ``create_client``.
"""

from __future__ import annotations

import functools
import ssl

import httpx


@functools.cache
def ssl_context() -> ssl.SSLContext:
    """The SSL context of the transports this package makes (httpx's default, made on first use)."""
    return httpx.create_ssl_context()


def network_transport() -> httpx.HTTPTransport:
    """A sync network transport on the shared SSL context."""
    return httpx.HTTPTransport(verify=ssl_context())


def async_network_transport() -> httpx.AsyncHTTPTransport:
    """An async network transport on the shared SSL context."""
    return httpx.AsyncHTTPTransport(verify=ssl_context())
