"""Widgets of the sharing wing: pack, open a package, import another city's challenge."""
