"""Scaffold a new vendor: ``python -m scripts.new_vendor NAME [--auth KIND] [--title T] [--server URL]``.

Writes ``specs/<name>.yaml`` (an OpenAPI 3.1 skeleton: one resource with a list, a create and a
get operation, the chosen security scheme, every rule marked ``x-confidence: inferred``) and
``specs/<name>.toml`` (the vendor record). The standard schemes (an API key in a header or the
query, bearer, basic) need nothing else: the shared layer builds the auth from the spec and the
default harness profile checks it. ``oauth2`` also writes ``overrides/<name>/`` with a constructor
stub to grow the token refresh in. The result generates, mocks, fuzzes and passes the tests as it
is; then replace the skeleton's operations with what the vendor's docs say.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from scripts.vendors import ROOT

AUTH_KINDS = ("apikey-header", "apikey-query", "bearer", "basic", "oauth2")
_NAME = re.compile(r"^[a-z][a-z0-9]*$")

SCHEMES = {
    "apikey-header": ("ApiKeyAuth", "type: apiKey\n      in: header\n      name: {key_name}"),
    "apikey-query": ("ApiKeyAuth", "type: apiKey\n      in: query\n      name: {key_name}"),
    "bearer": ("BearerAuth", "type: http\n      scheme: bearer"),
    "basic": ("BasicAuth", "type: http\n      scheme: basic"),
    "oauth2": (
        "OAuth2",
        "type: oauth2\n      flows:\n        authorizationCode:\n"
        "          authorizationUrl: {server}/oauth/authorize\n          tokenUrl: {server}/oauth/token\n"
        "          scopes: {{}}",
    ),
}

SPEC = """\
openapi: 3.1.0
info:
  title: {title}
  version: '1'
  description: |
    Skeleton written by `nox -s new_vendor -- {name} --auth {auth}`. Replace the operations with
    what the vendor's documentation states, citing it on each (x-doc-source, x-confidence).
servers:
  - url: {server}
    description: Production API (placeholder)
security:
  - {scheme}: []
tags:
  - name: Items
    description: The skeleton's one resource
paths:
  /items:
    get:
      operationId: itemsList
      summary: List the items
      description: Every item of the account.
      tags: [Items]
      x-doc-source: {source}
      x-confidence: inferred
      x-confidence-reason: {reason}
      responses:
        '200':
          description: The items
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: '#/components/schemas/Item'
        '401':
          $ref: '#/components/responses/Unauthorized'
    post:
      operationId: itemsCreate
      summary: Create an item
      description: A new item with the given name.
      tags: [Items]
      x-doc-source: {source}
      x-confidence: inferred
      x-confidence-reason: {reason}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/ItemInput'
      responses:
        '201':
          description: The created item
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Item'
        '401':
          $ref: '#/components/responses/Unauthorized'
  /items/{{itemId}}:
    get:
      operationId: itemsGet
      summary: Get one item
      description: The item with this id.
      tags: [Items]
      x-doc-source: {source}
      x-confidence: inferred
      x-confidence-reason: {reason}
      parameters:
        - name: itemId
          in: path
          required: true
          description: The item's id
          schema:
            type: string
            minLength: 1
            maxLength: 64
            pattern: '^[A-Za-z0-9-]+$'
      responses:
        '200':
          description: The item
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Item'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '404':
          description: No such item
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Error'
components:
  securitySchemes:
    {scheme}:
      {scheme_body}
      description: The skeleton's credentials (replace with the vendor's auth, citing it).
  responses:
    Unauthorized:
      description: Missing or wrong credentials
      content:
        application/json:
          schema:
            $ref: '#/components/schemas/Error'
  schemas:
    Item:
      type: object
      required: [id, name]
      properties:
        id:
          type: string
          example: item-1
        name:
          type: string
          example: First item
    ItemInput:
      type: object
      required: [name]
      additionalProperties: false
      properties:
        name:
          type: string
          minLength: 1
          maxLength: 100
          example: First item
    Error:
      type: object
      properties:
        message:
          type: string
          example: not found
"""

RECORD = """\
# The vendor record (scripts/vendors.py): what every tool knows of this vendor besides its spec.
title = "{title}"
docs = []  # snapshot files in ../shared/vendor-docs, once there are some
"""

OAUTH_INIT = '''\
"""{title}: the client constructor (OAuth2 access token; the refresh is yours to add in factory.py)."""

from .factory import create_client

__all__ = ["create_client"]
'''

OAUTH_FACTORY = '''\
"""The constructor: the spec's OAuth2 access token sent as a bearer token (``_common/standard.py``).

Stub written by ``nox -s new_vendor``. To refresh tokens, build ``_common.oauth.OAuth2Auth`` with
the vendor's token endpoint (see ``overrides/salesmsg/tokens.py``) and pass it to ``assemble``.
"""

from __future__ import annotations

from typing import Any

from .._common.standard import create_client as _standard


def create_client(*, access_token: str | None = None, base_url: str | None = None, **options: Any) -> Any:
    """A client sending ``access_token`` (else ``{prefix}_ACCESS_TOKEN``) as ``Authorization: Bearer``."""
    return _standard(access_token=access_token, base_url=base_url, **options)
'''


def scaffold(
    name: str,
    auth: str = "apikey-header",
    *,
    title: str | None = None,
    server: str | None = None,
    key_name: str = "X-API-Key",
    root: Path = ROOT,
) -> list[Path]:
    """Write the new vendor's files under ``root``; refuse a bad name or an existing vendor."""
    if not _NAME.match(name):
        raise ValueError(f"{name!r}: a vendor name is lower-case letters and digits, starting with a letter")
    if auth not in AUTH_KINDS:
        raise ValueError(f"--auth {auth!r}: one of {', '.join(AUTH_KINDS)}")
    title = title or f"{name.capitalize()} API"
    server = (server or f"https://api.{name}.example/v1").rstrip("/")
    scheme, body = SCHEMES[auth]
    files = {
        root / "specs" / f"{name}.yaml": SPEC.format(
            name=name,
            auth=auth,
            title=title,
            server=server,
            scheme=scheme,
            scheme_body=body.format(key_name=key_name, server=server),
            source='"scaffold (nox -s new_vendor): replace with the vendor docs\' file and line"',
            reason='"skeleton written before any vendor documentation was read"',
        ),
        root / "specs" / f"{name}.toml": RECORD.format(title=title),
    }
    if auth == "oauth2":
        files[root / "overrides" / name / "__init__.py"] = OAUTH_INIT.format(title=title)
        files[root / "overrides" / name / "factory.py"] = OAUTH_FACTORY.format(prefix=name.upper())
    existing = [path for path in files if path.exists()] + [
        path for path in (root / "overrides" / name,) if path.exists() and auth != "oauth2"
    ]
    if existing:
        raise FileExistsError(f"{name} exists already: {', '.join(str(path.relative_to(root)) for path in existing)}")
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(files)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", help="the vendor's name: lower-case letters and digits")
    parser.add_argument("--auth", choices=AUTH_KINDS, default="apikey-header", help="the spec's security scheme")
    parser.add_argument("--title", help="the package title (default: '<Name> API')")
    parser.add_argument("--server", help="the API's base URL (default: a placeholder)")
    parser.add_argument("--key-name", default="X-API-Key", help="the API key's header or query parameter name")
    args = parser.parse_args(argv)
    try:
        written = scaffold(args.name, args.auth, title=args.title, server=args.server, key_name=args.key_name)
    except (ValueError, FileExistsError) as error:
        parser.error(str(error))
    for path in written:
        print(f"wrote {path.relative_to(ROOT)}")
    print(f"next: nox -s generate -- {args.name}, then nox -s tests (the mock and fuzz run need nothing else)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
