"""The analyst's screen: ``footprint serve`` (a FastAPI app on the store).

``create_app(db_path, read_only=False, ...)`` builds the application; the
JSON API lives under ``/api/v1`` and every HTML page has a JSON twin.
"""

from __future__ import annotations

__all__ = ["create_app"]


def create_app(*args, **kwargs):
    # imported lazily so `import footprint.serve` works without the serve extra
    from .app import create_app as _create_app

    return _create_app(*args, **kwargs)
