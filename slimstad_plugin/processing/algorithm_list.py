"""The list of algorithm classes the provider registers (one import line per algorithm module)."""

from typing import List, Type

from qgis.core import QgsProcessingAlgorithm


def algorithm_classes() -> List[Type[QgsProcessingAlgorithm]]:
    """Every SlimStad algorithm class; imported lazily so a broken module names itself."""
    from .sample_city_algorithm import SampleCityAlgorithm

    return [SampleCityAlgorithm]
