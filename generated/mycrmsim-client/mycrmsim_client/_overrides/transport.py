"""The shared ``VendorTransport`` plus myCRMSIM's send rules, checked before anything is sent."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from .._common.bodies import json_documents
from .._common.manifest import Operation
from .._common.transport import VendorTransport
from .sending import SEND_OPERATION, check_send


class MycrmsimTransport(VendorTransport):
    """Checks the send rules (``sending.py``) of Send a Message before the schema validation.

    ``VendorTransport`` has no public pre-send hook, so this extends its ``_prepare``.
    """

    def _prepare(self, request: httpx.Request) -> Operation | None:
        resolved = self.manifest.resolve(request, self.base_url)
        if resolved is not None and resolved[1].operation_id == SEND_OPERATION:
            for _part, document in json_documents(request, resolved[1]):
                if isinstance(document, Mapping):
                    check_send(document)
        return super()._prepare(request)
