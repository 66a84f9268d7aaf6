"""Shared data (Gedeelde data): catalogues of city layers, their health, freshness, quality and snapshots.

Import the model and loader from here; the heavier modules (health, snapshot, …) are imported on use.
"""

from .loader import CatalogueError, MergeResult, load_catalogue, load_catalogues, merge_catalogues, save_catalogue
from .model import Catalogue, CatalogueEntry, Licence

__all__ = ["Catalogue", "CatalogueEntry", "CatalogueError", "Licence", "MergeResult", "load_catalogue",
           "load_catalogues", "merge_catalogues", "save_catalogue"]
