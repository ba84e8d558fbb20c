"""The default vendor layer, for a vendor without ``overrides/<vendor>/``: the spec's standard auth.

``create_client(api_key=...)`` (or ``token=``, ``username=``/``password=``: the names its spec's
security schemes give; see ``_common/standard.py``) reads whatever is not passed from the
``<VENDOR>_*`` environment variables, ``base_url`` from ``<VENDOR>_BASE_URL``.
"""

from .._common.standard import create_client

__all__ = ["create_client"]
