"""Whether a place's first-level region (``admin1``) reads as a name, and when it is worth showing beside the place.

Kept apart from the places stage so that ``show`` and the web pages can ask without loading spaCy."""

from __future__ import annotations

import re

#: GeoNames admin1 codes ("01", "12070575", "C3") and ISO 3166-2 codes ("ML-04"): never a region's name
_CODE_RE = re.compile(r"(?=[0-9A-Z-]*\d)[0-9A-Z]{1,8}|[A-Z]{2}-[0-9A-Z]{1,3}")


def is_code(admin1: str) -> bool:
    return bool(_CODE_RE.fullmatch(admin1.strip()))


def shown_region(admin1: str | None, name: str | None) -> str | None:
    """``admin1`` where it tells a reader something beside the place ``name``: None where it is empty, the place
    itself, or only a code."""
    if not admin1 or admin1 == name or is_code(admin1):
        return None
    return admin1
