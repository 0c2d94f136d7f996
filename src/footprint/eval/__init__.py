"""Scorers for each extraction stage against public gold formats."""
