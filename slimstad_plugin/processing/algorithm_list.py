"""The list of algorithm classes the provider registers (one import line per algorithm module)."""

from typing import List, Type

from qgis.core import QgsProcessingAlgorithm


def algorithm_classes() -> List[Type[QgsProcessingAlgorithm]]:
    """Every SlimStad algorithm class; imported lazily so a broken module names itself."""
    from .catalog_check_algorithm import CatalogCheckAlgorithm  # lazy: a broken module names itself
    from .export_planning_map_algorithm import ExportPlanningMapAlgorithm  # lazy: a broken module names itself
    from .floating_catchment_algorithm import FloatingCatchmentAlgorithm  # lazy: a broken module names itself
    from .multi_use_sites_algorithm import MultiUseSitesAlgorithm  # lazy: a broken module names itself
    from .pack_project_algorithm import PackProjectAlgorithm  # lazy: a broken module names itself
    from .priority_score_algorithm import PriorityScoreAlgorithm  # lazy: a broken module names itself
    from .run_challenge_algorithm import RunChallengeAlgorithm  # lazy: a broken module names itself
    from .sample_city_algorithm import SampleCityAlgorithm  # lazy: a broken module names itself
    from .snapshot_layer_algorithm import SnapshotLayerAlgorithm  # lazy: a broken module names itself
    from .suggest_locations_algorithm import SuggestLocationsAlgorithm  # lazy: a broken module names itself

    return [ExportPlanningMapAlgorithm, FloatingCatchmentAlgorithm, MultiUseSitesAlgorithm, PriorityScoreAlgorithm,
            RunChallengeAlgorithm, SampleCityAlgorithm, SuggestLocationsAlgorithm, CatalogCheckAlgorithm,
            SnapshotLayerAlgorithm, PackProjectAlgorithm]
