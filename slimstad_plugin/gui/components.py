"""GUI components the plugin loads; each has ``init_gui(host)`` and ``unload()``.

Add a feature's dock or dialog by adding its class to ``component_classes``.
"""

from typing import List, Type


def component_classes() -> List[Type]:
    """Every component class, in menu order."""
    from .about import AboutComponent
    from .sample_city_action import SampleCityComponent

    return [SampleCityComponent, AboutComponent]
