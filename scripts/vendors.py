"""The vendor records: one ``specs/<vendor>.toml`` per vendor, read by every tool.

A record names what the tools cannot read from the spec itself::

    title = "SendJim API v3"                 # the package's title (README, changelog)
    docs = ["003_76ba95bb76106b9b.txt"]      # docs snapshot files in ../shared/vendor-docs ([]: none)
    # package = "sendjim_client"             # optional: the import name (default <vendor>_client)
    # env_prefix = "SENDJIM"                 # optional: prefix of the environment variables

Everything else derives from the vendor name: ``specs/<vendor>.yaml`` (the spec),
``overrides/<vendor>/`` (the vendor's layer, optional: without it the package gets the default
layer, ``overrides/_default/``) and ``scripts/contract/profiles/<vendor>.py`` (the harness
profile, optional: without it the default profile checks the declared auth and hosts).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"
GENERATED_DIR = ROOT / "generated"
OVERRIDES_DIR = ROOT / "overrides"
DEFAULT_OVERRIDES_DIR = OVERRIDES_DIR / "_default"
DOCS_DIR = ROOT.parent / "shared" / "vendor-docs"
_NAME = re.compile(r"^[a-z][a-z0-9]*$")
_FIELDS = {"title", "docs", "package", "env_prefix", "in_band_success"}


class VendorRecordError(ValueError):
    """A vendor record is missing, malformed, or names files that do not exist."""


@dataclass(frozen=True)
class Vendor:
    """A vendor whose spec becomes one generated client package."""

    name: str
    title: str
    docs: tuple[str, ...] = ()
    """Docs snapshot files (in ``DOCS_DIR``) the spec is compared with; empty when there are none."""
    package_name: str | None = None
    prefix: str | None = None
    in_band_success: tuple[tuple[str, Any], ...] = ()
    """Body fields meaning success under HTTP 200 (``("Code", 0)``); ``nox -s mock`` pins them."""

    @property
    def spec_path(self) -> Path:
        """The hand-written OpenAPI document."""
        return SPECS_DIR / f"{self.name}.yaml"

    @property
    def record_path(self) -> Path:
        """The record file itself."""
        return SPECS_DIR / f"{self.name}.toml"

    @property
    def package(self) -> str:
        """The import name of the generated package."""
        return self.package_name or f"{self.name}_client"

    @property
    def project(self) -> str:
        """The distribution name of the generated package."""
        return self.package.replace("_", "-")

    @property
    def env_prefix(self) -> str:
        """The prefix of the package's environment variables (``SENDJIM`` → ``SENDJIM_BASE_URL``)."""
        return self.prefix or self.name.upper()

    @property
    def output_dir(self) -> Path:
        """Where the generated project lives."""
        return GENERATED_DIR / self.project

    @property
    def overrides_dir(self) -> Path:
        """The hand-written layer copied into the package: the vendor's own, else the default one."""
        own = OVERRIDES_DIR / self.name
        return own if own.is_dir() else DEFAULT_OVERRIDES_DIR

    @property
    def has_own_overrides(self) -> bool:
        """Whether the vendor has a layer of its own (``overrides/<vendor>/``)."""
        return (OVERRIDES_DIR / self.name).is_dir()


def load(path: Path) -> Vendor:
    """Read one record; a missing field, an unknown field or a missing spec raises VendorRecordError."""
    name = path.stem
    if not _NAME.match(name):
        raise VendorRecordError(f"{path}: a vendor name is lower-case letters and digits, starting with a letter")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise VendorRecordError(f"{path}: {error}") from None
    unknown = sorted(set(data) - _FIELDS)
    if unknown:
        raise VendorRecordError(f"{path}: unknown field(s) {', '.join(unknown)} (known: {', '.join(sorted(_FIELDS))})")
    title, docs = data.get("title"), data.get("docs")
    if not isinstance(title, str) or not title:
        raise VendorRecordError(f"{path}: 'title' must be a non-empty string")
    if not isinstance(docs, list) or not all(isinstance(item, str) for item in docs):
        raise VendorRecordError(f"{path}: 'docs' must be a list of snapshot file names (an empty list for none)")
    success = data.get("in_band_success", {})
    if not isinstance(success, dict):
        raise VendorRecordError(f"{path}: 'in_band_success' must be a table of body fields ({{ Code = 0 }})")
    vendor = Vendor(name, title, tuple(docs), data.get("package"), data.get("env_prefix"), tuple(success.items()))
    if not vendor.spec_path.is_file():
        raise VendorRecordError(f"{path}: no spec at {vendor.spec_path.relative_to(ROOT)}")
    return vendor


def discover(specs_dir: Path = SPECS_DIR) -> dict[str, Vendor]:
    """Every vendor record, by name; a top-level spec without a record raises VendorRecordError."""
    vendors = {vendor.name: vendor for vendor in map(load, sorted(specs_dir.glob("*.toml")))}
    orphans = sorted(
        path.name for path in specs_dir.glob("*.yaml") if "." not in path.stem and path.stem not in vendors
    )
    if orphans:
        raise VendorRecordError(
            f"spec(s) without a vendor record: {', '.join(orphans)}; add specs/<vendor>.toml (nox -s new_vendor)"
        )
    return vendors


VENDORS: dict[str, Vendor] = discover()


def select(names: list[str] | None) -> list[Vendor]:
    """Return the named vendors (all when no name is given); unknown names raise ValueError."""
    if not names:
        return list(VENDORS.values())
    unknown = sorted(set(names) - set(VENDORS))
    if unknown:
        raise ValueError(f"unknown vendor(s): {', '.join(unknown)}; known: {', '.join(VENDORS)}")
    return [VENDORS[name] for name in names]
