"""The three views of a spec: for the generator, for Prism and for the installed package."""

from __future__ import annotations

from typing import Any

from scripts.spec import views as spec_views

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "x-client-defaults": {"owner": "default owner"},
    "servers": [{"url": "https://{server}.example.com/api", "variables": {"server": {"default": "www"}}}],
    "paths": {
        "/a": {
            "post": {
                "operationId": "a",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "allOf": [{"$ref": "#/components/schemas/Env"}, {"$ref": "#/components/schemas/A"}]
                            },
                            "examples": {"doc": {"value": {}}},
                        }
                    }
                },
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/only-env": {
            "post": {
                "operationId": "onlyEnv",
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Env"}}}},
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/upload": {
            "servers": [{"url": "https://files.example.com/api"}],
            "post": {
                "operationId": "upload",
                "requestBody": {
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "doc": {
                                        "allOf": [
                                            {"$ref": "#/components/schemas/Env"},
                                            {"$ref": "#/components/schemas/A"},
                                        ]
                                    },
                                    "file": {"type": "string", "format": "binary"},
                                },
                            },
                            "encoding": {"doc": {"contentType": "application/json"}},
                        }
                    }
                },
                "responses": {"200": {"description": "ok"}},
            },
        },
    },
    "components": {
        "schemas": {
            "Env": {"type": "object", "x-injected-by": "signing", "properties": {"sha": {"type": "string"}}},
            "A": {
                "type": "object",
                "required": ["owner", "name"],
                "properties": {
                    "owner": {"type": "string"},
                    "name": {"type": "string"},
                    "n": {"type": "integer", "format": "int64"},
                },
                "anyOf": [{"required": ["name"]}, {"required": ["n"]}],
            },
        }
    },
}


def test_client_view_hides_what_the_override_writes() -> None:
    view = spec_views.client_view(SPEC)
    assert "Env" not in view["components"]["schemas"]
    body = view["paths"]["/a"]["post"]["requestBody"]["content"]["application/json"]
    assert body == {"schema": {"$ref": "#/components/schemas/A"}}
    assert view["components"]["schemas"]["A"]["required"] == ["name"]
    assert "anyOf" not in view["components"]["schemas"]["A"]
    assert "requestBody" not in view["paths"]["/only-env"]["post"]
    part = view["paths"]["/upload"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]["properties"][
        "doc"
    ]
    assert part == {"$ref": "#/components/schemas/A"}
    assert "Env" in SPEC["components"]["schemas"], "the source document is not modified"


def test_mock_view_works_around_prism() -> None:
    view = spec_views.mock_view(SPEC)
    media = view["paths"]["/upload"]["post"]["requestBody"]["content"]["multipart/form-data"]
    assert media["schema"]["properties"]["doc"]["type"] == "string"
    assert "format" not in view["components"]["schemas"]["A"]["properties"]["n"]
    assert SPEC["components"]["schemas"]["A"]["properties"]["n"]["format"] == "int64"


def test_wire_manifest_keeps_servers_bodies_and_defaults() -> None:
    manifest = spec_views.wire_manifest(SPEC)
    assert manifest["servers"] == ["https://{server}.example.com/api"]
    assert manifest["client_defaults"] == ["owner"]
    by_id = {op["operation_id"]: op for op in manifest["operations"]}
    assert by_id["upload"]["server"] == "https://files.example.com/api"
    assert by_id["upload"]["body"]["json_parts"] == ["doc"]
    assert by_id["a"]["server"] is None
    assert by_id["a"]["body"]["schema"]["allOf"][0] == {"$ref": "#/components/schemas/Env"}
