"""Footprint: sourced, geocoded, dated records of armed actors from news reports."""

__version__ = "0.1.0"
