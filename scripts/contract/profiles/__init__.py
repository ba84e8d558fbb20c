"""The harness profile of each vendor: its own module if it has one, else the default profile.

``scripts/contract/profiles/<vendor>.py`` exports ``PROFILE`` for a vendor whose client or wire
needs more than the spec says (signatures, OAuth2 refresh, encodings); every other vendor gets
``default_profile`` (declared auth and hosts, from the spec). Every vendor is fuzzed.
"""

from __future__ import annotations

import importlib
import importlib.util

from scripts.contract.default_profile import default_profile
from scripts.contract.harness import Profile
from scripts.vendors import VENDORS


def _load() -> dict[str, Profile]:
    profiles = {}
    for name, vendor in VENDORS.items():
        module_name = f"{__name__}.{name}"
        if importlib.util.find_spec(module_name) is not None:
            profiles[name] = importlib.import_module(module_name).PROFILE
        else:
            profiles[name] = default_profile(vendor)
    return profiles


PROFILES: dict[str, Profile] = _load()
