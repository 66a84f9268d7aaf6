"""Flanders' metadata standards: ISO 19115/19139 records over CSW 2.0.2 and DCAT-AP Vlaanderen in RDF.

``record.py`` holds the neutral form both standards are read into; ``vocab.py`` and ``links.py`` the mapping
tables (both ways, documented in docs/catalogue.md); ``iso_read``/``iso_write``, ``csw``, ``dcat_read``/
``dcat_write`` the standards themselves. The entry points are ``core/catalogue/harvest.py`` and ``publish.py``.
"""
