"""How a quantity's bounds read in listings, pages and change reports."""

from __future__ import annotations


def amount(lo: float | None, hi: float | None, approximate: bool = False) -> str:
    """A quantity's bounds as people write them: 7, 5-10, 7+ (at least), up to 300, ~100."""
    if lo is None and hi is None:
        text = "?"
    elif hi is None:
        text = f"{lo:g}+"
    elif lo is None:
        text = f"up to {hi:g}"
    else:
        text = f"{lo:g}" if lo == hi else f"{lo:g}-{hi:g}"
    return ("~" if approximate else "") + text
