"""The registry of vendors: one entry per spec, and the names derived from it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"
GENERATED_DIR = ROOT / "generated"
OVERRIDES_DIR = ROOT / "overrides"
DOCS_DIR = ROOT.parent / "shared" / "vendor-docs"


@dataclass(frozen=True)
class Vendor:
    """A vendor whose spec becomes one generated client package."""

    name: str
    title: str
    in_band_success: tuple[tuple[str, Any], ...] = ()
    """Body fields meaning success under HTTP 200 (``("Code", 0)``); ``nox -s mock`` pins them."""

    @property
    def spec_path(self) -> Path:
        """The hand-written OpenAPI document."""
        return SPECS_DIR / f"{self.name}.yaml"

    @property
    def package(self) -> str:
        """The import name of the generated package."""
        return f"{self.name}_client"

    @property
    def project(self) -> str:
        """The distribution name of the generated package."""
        return f"{self.name}-client"

    @property
    def output_dir(self) -> Path:
        """Where the generated project lives."""
        return GENERATED_DIR / self.project

    @property
    def overrides_dir(self) -> Path:
        """The hand-written layer copied into the package."""
        return OVERRIDES_DIR / self.name


VENDORS: dict[str, Vendor] = {
    vendor.name: vendor
    for vendor in (
        Vendor("salesmanago", "SALESmanago API v2", in_band_success=(("success", True),)),
        Vendor("salesmsg", "Salesmsg (SalesMessage) API v2.2"),
        Vendor("sendjim", "SendJim API v3", in_band_success=(("Code", 0),)),
        Vendor("mycrmsim", "myCRMSIM SMS gateway"),
    )
}


def select(names: list[str] | None) -> list[Vendor]:
    """Return the named vendors (all when no name is given); unknown names raise ValueError."""
    if not names:
        return list(VENDORS.values())
    unknown = sorted(set(names) - set(VENDORS))
    if unknown:
        raise ValueError(f"unknown vendor(s): {', '.join(unknown)}; known: {', '.join(VENDORS)}")
    return [VENDORS[name] for name in names]
