"""Widgets of the "Gedeelde data" (shared data) wing: dock, tree model, locator, quality dialog."""
