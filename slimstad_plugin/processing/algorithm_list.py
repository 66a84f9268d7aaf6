"""The list of algorithm classes the provider registers (one import line per algorithm module)."""

from typing import List, Type

from qgis.core import QgsProcessingAlgorithm


def algorithm_classes() -> List[Type[QgsProcessingAlgorithm]]:
    """Every SlimStad algorithm class; imported lazily so a broken module names itself."""
    from .catalog_check_algorithm import CatalogCheckAlgorithm
    from .export_planning_map_algorithm import ExportPlanningMapAlgorithm
    from .floating_catchment_algorithm import FloatingCatchmentAlgorithm
    from .multi_use_sites_algorithm import MultiUseSitesAlgorithm
    from .pack_project_algorithm import PackProjectAlgorithm
    from .priority_score_algorithm import PriorityScoreAlgorithm
    from .run_challenge_algorithm import RunChallengeAlgorithm
    from .sample_city_algorithm import SampleCityAlgorithm
    from .snapshot_layer_algorithm import SnapshotLayerAlgorithm
    from .suggest_locations_algorithm import SuggestLocationsAlgorithm

    return [ExportPlanningMapAlgorithm, FloatingCatchmentAlgorithm, MultiUseSitesAlgorithm, PriorityScoreAlgorithm,
            RunChallengeAlgorithm, SampleCityAlgorithm, SuggestLocationsAlgorithm, CatalogCheckAlgorithm,
            SnapshotLayerAlgorithm, PackProjectAlgorithm]
