"""GUI components the plugin loads; each has ``init_gui(host)`` and ``unload()``.

Add a feature's dock or dialog by adding its class to ``component_classes``.
"""

from typing import List, Type


def component_classes(dependencies_ok: bool = True) -> List[Type]:
    """Every component class, in menu order; only About when shapely 2 / numpy are missing."""
    from .about import AboutComponent

    if not dependencies_ok:
        return [AboutComponent]
    from .catalogue_dock import CatalogueComponent
    from .challenge_component import ChallengePanelComponent
    from .pack_dialog import SharingComponent
    from .planning_map_dialog import PlanningMapComponent
    from .sample_city_action import SampleCityComponent

    return [CatalogueComponent, ChallengePanelComponent, PlanningMapComponent, SampleCityComponent, SharingComponent,
            AboutComponent]
