"""Which specs a spec tool works on: vendor names, spec paths, or every active vendor."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scripts.vendors import VENDORS


@dataclass(frozen=True)
class Target:
    """One spec to work on, and the vendor it belongs to (the file stem for a bare path)."""

    vendor: str
    path: Path


def resolve(arguments: list[str]) -> list[Target]:
    """Turn command-line arguments into targets; no argument means every active vendor.

    An argument is a vendor name (``salesmanago``) or the path of a spec file
    (``specs/drafts/sendjim.yaml``), whose stem names the vendor. Anything else raises
    ValueError naming the argument.
    """
    if not arguments:
        return [Target(vendor.name, vendor.spec_path) for vendor in VENDORS.values()]
    targets = []
    for argument in arguments:
        path = Path(argument)
        if path.suffix in {".yaml", ".yml", ".json"}:
            if not path.is_file():
                raise ValueError(f"{argument}: no such spec file")
            targets.append(Target(path.stem, path.resolve()))
        elif argument in VENDORS:
            targets.append(Target(argument, VENDORS[argument].spec_path))
        else:
            known = ", ".join(VENDORS) or "none"
            raise ValueError(f"{argument}: neither a spec file nor an active vendor (active: {known})")
    return targets
