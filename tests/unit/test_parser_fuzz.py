"""Fuzz every generated response parser: each answer is the model or ``InvalidResponseError``, nothing else.

For every operation of every spec (the snapshot each package was built from), the success
response schema gives valid bodies (``response_bodies.Walker``), each mutated every way
``response_bodies.mutations`` knows. Each body goes, as an ``httpx.Response``, through the
operation's generated ``_build_response`` (what ``sync_detailed`` and ``asyncio_detailed``
return through). Valid bodies and bodies with extra fields must give the model; every other
body the model or the package's ``InvalidResponseError`` carrying that very response. No Prism:
the figures (operations x bodies, outcomes) print with ``-s``.
"""

from __future__ import annotations

import collections
import functools
import importlib
import json
import os
import pkgutil
import types
import typing
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import PythonIdentifier

from scripts.vendors import VENDORS
from tests.unit.response_bodies import Walker, mutations

MUST_PARSE = frozenset({"valid", "extra fields"})
OUTCOMES: collections.Counter[tuple[str, str]] = collections.Counter()
FUZZED: set[str] = set()


def _modules(package: str) -> dict[str, types.ModuleType]:
    api = importlib.import_module(f"{package}.api")
    found = {}
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{api.__name__}."):
        if not info.ispkg:
            found[info.name.rsplit(".", 1)[-1]] = importlib.import_module(info.name)
    return found


def _cases() -> list[Any]:
    cases = []
    for vendor in VENDORS.values():
        spec = json.loads((vendor.output_dir / "openapi.json").read_text(encoding="utf-8"))
        for path, item in spec["paths"].items():
            for method, operation in item.items():
                if not isinstance(operation, dict) or "responses" not in operation:
                    continue
                for status, response in operation["responses"].items():
                    media = response.get("content", {}).get("application/json")
                    if status.isdigit() and int(status) < 300 and media is not None:
                        label = f"{vendor.name}:{operation['operationId']}:{status}"
                        cases.append(pytest.param(vendor, spec, method, path, operation, int(status), id=label))
    return cases


CASES = _cases()


def _outcome(module: types.ModuleType, package: types.ModuleType, response: httpx.Response) -> tuple[str, Any]:
    client = _client(package)
    try:
        built = module._build_response(client=client, response=response)
    except package.InvalidResponseError as error:
        assert error.response is response
        return "InvalidResponseError", error
    except Exception as error:  # the point: name anything else that escapes
        return f"escaped {type(error).__name__}", error
    if not _conforms(built.parsed, _returns(module)):
        return "escaped as a value of the wrong type", built.parsed
    return "model", built.parsed


@functools.cache
def _client(package: types.ModuleType) -> Any:
    return package.Client(base_url="https://vendor.invalid")  # the parsers never use it


@functools.cache
def _returns(module: types.ModuleType) -> Any:
    return typing.get_type_hints(module._parse_response)["return"]


def _conforms(value: Any, annotation: Any) -> bool:
    """Whether ``value`` has the declared return type (unions, ``list[X]``, classes, None).

    The items of a list are checked only when they are models: the generated code casts
    primitive values (``str``, ``int``) without checking them, in lists and fields alike.
    """
    origin = typing.get_origin(annotation)
    if annotation is Any:
        return True
    if annotation is None or annotation is type(None):
        return value is None
    if origin in (typing.Union, types.UnionType):
        return any(_conforms(value, member) for member in typing.get_args(annotation))
    if origin is list:
        (item,) = typing.get_args(annotation)
        if item in (str, int, float, bool):
            return isinstance(value, list)
        return isinstance(value, list) and all(_conforms(element, item) for element in value)
    return isinstance(value, origin or annotation)


@pytest.mark.parametrize(("vendor", "spec", "method", "path", "operation", "status"), CASES)
def test_every_body_gives_the_model_or_invalid_response_error(
    vendor: Any, spec: dict[str, Any], method: str, path: str, operation: dict[str, Any], status: int
) -> None:
    package = importlib.import_module(vendor.package)
    module = _modules(vendor.package)[PythonIdentifier(operation["operationId"], prefix="")]
    schema = operation["responses"][str(status)]["content"]["application/json"]["schema"]
    request = httpx.Request(method.upper(), f"https://vendor.invalid{path}")
    failures = []
    for valid in Walker(spec.get("components", {})).instances(schema):
        bodies = [("valid", json.dumps(valid).encode()), *mutations(valid)]
        for kind, raw in bodies:
            response = httpx.Response(
                status, content=raw, headers={"content-type": "application/json"}, request=request
            )
            outcome, _ = _outcome(module, package, response)
            OUTCOMES[(kind, outcome)] += 1
            if outcome.startswith("escaped") or (kind in MUST_PARSE and outcome != "model"):
                failures.append(f"{kind}: {outcome}: {raw[:120]!r}")
    FUZZED.add(f"{vendor.name}:{operation['operationId']}")
    assert not failures, f"{len(failures)} bodies broke the parser:\n" + "\n".join(failures[:10])


def test_fuzz_figures() -> None:
    """Runs last: every operation with a JSON success was fuzzed; print the figures."""
    operations = {case.id.rsplit(":", 1)[0] for case in CASES}
    if not FUZZED:
        pytest.skip("run with the fuzz cases above (this test only sums them up)")
    if os.environ.get("PYTEST_XDIST_WORKER") and not operations <= FUZZED:
        pytest.skip("the fuzz cases were split across xdist workers; each case checked its own operation")
    assert operations <= FUZZED, sorted(operations - FUZZED)
    total = sum(OUTCOMES.values())
    print(f"\nparser fuzz: {len(FUZZED)} operations x mutated bodies = {total} parses")
    for (kind, outcome), count in sorted(OUTCOMES.items()):
        print(f"  {kind:20} {outcome:22} {count}")
