"""Sharing between cities: self-contained project packages, safe unpacking and city comparison."""
