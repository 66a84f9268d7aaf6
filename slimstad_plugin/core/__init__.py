"""GUI-free logic of SlimStad: imports only qgis.core, QtCore, shapely and the standard library."""
