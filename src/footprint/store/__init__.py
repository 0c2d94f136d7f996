"""Where records are kept: the ``Store`` interface and its embedded SQLite implementation."""

from .base import AddOutcome, EventFilter, Store
from .sqlite import SQLiteStore, open_store

__all__ = ["AddOutcome", "EventFilter", "Store", "SQLiteStore", "open_store"]
