"""Per-vendor knowledge of the contract harness: one module per vendor, each exporting ``PROFILE``.

``scripts/contract/profiles/<vendor>.py`` builds that vendor's client for the harness and checks what it
puts on the wire (auth, encodings). A registered vendor without a profile module is not fuzzed.
"""

from __future__ import annotations

import importlib
import importlib.util

from scripts.contract.harness import Profile
from scripts.vendors import VENDORS


def _load() -> dict[str, Profile]:
    profiles = {}
    for name in VENDORS:
        module_name = f"{__name__}.{name}"
        if importlib.util.find_spec(module_name) is not None:
            profiles[name] = importlib.import_module(module_name).PROFILE
    return profiles


PROFILES: dict[str, Profile] = _load()
