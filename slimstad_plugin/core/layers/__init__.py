"""Floor 2 of core: QGIS layers to and from arrays and files (points, custom properties, vector writing, rendering)."""
