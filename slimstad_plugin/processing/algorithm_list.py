"""The list of algorithm classes the provider registers (one import line per algorithm module)."""

from typing import List, Type

from qgis.core import QgsProcessingAlgorithm


def algorithm_classes() -> List[Type[QgsProcessingAlgorithm]]:
    """Every SlimStad algorithm class; imported lazily so a broken module names itself."""
    from .export_planning_map_algorithm import ExportPlanningMapAlgorithm
    from .floating_catchment_algorithm import FloatingCatchmentAlgorithm
    from .multi_use_sites_algorithm import MultiUseSitesAlgorithm
    from .priority_score_algorithm import PriorityScoreAlgorithm
    from .run_challenge_algorithm import RunChallengeAlgorithm
    from .sample_city_algorithm import SampleCityAlgorithm
    from .suggest_locations_algorithm import SuggestLocationsAlgorithm

    return [ExportPlanningMapAlgorithm, FloatingCatchmentAlgorithm, MultiUseSitesAlgorithm, PriorityScoreAlgorithm,
            RunChallengeAlgorithm, SampleCityAlgorithm, SuggestLocationsAlgorithm]
