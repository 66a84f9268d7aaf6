"""Widgets of the planning-map wing: the planning-map dialog."""
