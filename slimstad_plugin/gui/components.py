"""GUI components the plugin loads; each has ``init_gui(host)`` and ``unload()``.

Add a feature's dock or dialog by adding its class to ``component_classes``.
"""

from typing import List, Type


def component_classes(dependencies_ok: bool = True) -> List[Type]:
    """Every component class, in menu order; only About when shapely 2 / numpy are missing."""
    from .about import AboutComponent  # lazy: needs shapely/numpy (maybe missing)

    if not dependencies_ok:
        return [AboutComponent]
    from .catalogue.component import CatalogueComponent  # lazy: needs shapely/numpy (maybe missing)
    from .challenge.component import ChallengePanelComponent  # lazy: needs shapely/numpy (maybe missing)
    from .maps.planning_map_dialog import PlanningMapComponent  # lazy: needs shapely/numpy (maybe missing)
    from .sample_city_action import SampleCityComponent  # lazy: needs shapely/numpy (maybe missing)
    from .sharing.pack_dialog import SharingComponent  # lazy: needs shapely/numpy (maybe missing)

    return [CatalogueComponent, ChallengePanelComponent, PlanningMapComponent, SampleCityComponent, SharingComponent,
            AboutComponent]
