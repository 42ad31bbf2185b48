"""Maintenance scripts (not shipped in the wheel): regenerate data files from their sources."""
