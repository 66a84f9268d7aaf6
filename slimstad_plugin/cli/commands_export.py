"""Sub-command ``export``: a planning map (or atlas) of a project to PDF, PNG or SVG, headless."""

import argparse
from pathlib import Path
from typing import List

from qgis.core import QgsProject

from ..core.base.files import FileWriteError, save_project
from ..core.base.i18n import install_translator, output_language
from ..core.base.settings import SlimStadSettings
from ..core.maps.atlas import AtlasOptions
from ..core.maps.challenge_map import apply_challenge
from ..core.maps.errors import MapError
from ..core.maps.export import export_planning_map
from ..core.maps.layout_builder import PlanningMapRequest, RestrictedSourcesError
from ..core.maps.templates import DEFAULT_TEMPLATE
from ..qgis_app import start_qgis
from .common import CliError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``export`` sub-command."""
    export = subparsers.add_parser("export", help="export a planning map (or an atlas) of a project")
    export.add_argument("--project", type=Path, required=True, help="QGIS project (.qgz/.qgs)")
    export.add_argument("--out", type=Path, required=True, help="output .pdf, .png or .svg")
    export.add_argument("--also", type=Path, action="append", default=[],
                        help="write the same map to another file too (e.g. a PNG beside the PDF)")
    export.add_argument("--challenge", help="challenge id stored in the project: title, question and results")
    export.add_argument("--template", default="", help="A4-landscape, A4-portrait, A3-landscape, A3-portrait")
    export.add_argument("--template-file", type=Path, help="a custom .qpt with the same item ids")
    export.add_argument("--title", default="")
    export.add_argument("--subtitle", default="")
    export.add_argument("--layers", default="", help="comma-separated layer names (default: visible layers)")
    export.add_argument("--atlas", default="", help="area layer name: one page per feature")
    export.add_argument("--atlas-field", default="", help="field naming each atlas page")
    export.add_argument("--indicator", default="", help="layer:field for the top-N table, e.g. wijken:inw_0_2")
    export.add_argument("--label-field", default="", help="field naming the table rows")
    export.add_argument("--top", type=int, default=10)
    export.add_argument("--dpi", type=int, default=300)
    export.add_argument("--layout-name", default="", help="name of the layout stored in the project")
    export.add_argument("--save-project", action="store_true", help="write the layout into the project file")
    export.add_argument("--allow-restricted", action="store_true",
                        help="print internal/restricted layers; the map is then marked internal")
    export.add_argument("--language", default="", choices=("", "nl", "fr", "en"),
                        help="language of every text on the map: nl, fr or en (default: QGIS's language)")
    export.add_argument("--background", default=None,
                        help="light background under the map: a layer name or data source (XYZ/WMS URI, file); "
                             "default: the project's map background, else the one in the settings (none unless set)")
    export.add_argument("--no-background", dest="background", action="store_const", const="",
                        help="no background, whatever the settings say")
    export.add_argument("--replace", action="store_true",
                        help="replace existing atlas page files (otherwise an export never overwrites them)")
    export.set_defaults(handler=run_export)


def _layer(project: object, name: str, what: str) -> object:
    matches = project.mapLayersByName(name) or ([project.mapLayer(name)] if project.mapLayer(name) else [])
    if not matches:
        known = ", ".join(sorted(layer.name() for layer in project.mapLayers().values()))
        raise CliError("{} layer '{}' is not in the project (layers: {})".format(what, name, known))
    return matches[0]


def run_export(args: argparse.Namespace) -> int:
    """Open the project, build the request, export and report what was written."""

    start_qgis(with_processing=False)
    install_translator(args.language or None)
    if not args.project.is_file():
        raise CliError("project {} does not exist".format(args.project))
    project = QgsProject()
    if not project.read(str(args.project)):
        raise CliError("cannot read project {}: {}".format(args.project, project.error()))
    request = PlanningMapRequest(template=args.template or SlimStadSettings.load().default_template or
                                 DEFAULT_TEMPLATE, template_path=args.template_file,
                                 allow_restricted=args.allow_restricted, top_n=args.top,
                                 label_field=args.label_field, layout_name=args.layout_name,
                                 language=output_language(args.language or None), background=args.background)
    if args.challenge:

        try:
            for warning in apply_challenge(project, args.challenge, request):
                print("warning: {}".format(warning))
        except MapError as error:
            raise CliError(str(error)) from error
    request.title = args.title or request.title
    request.subtitle = args.subtitle or request.subtitle
    if args.layers:
        request.layers = [_layer(project, name.strip(), "map") for name in args.layers.split(",") if name.strip()]
    if args.indicator:
        layer_name, _, field_name = args.indicator.partition(":")
        request.indicator_layer = _layer(project, layer_name, "indicator")
        request.indicator_field = field_name
    if args.atlas:
        request.atlas = AtlasOptions(_layer(project, args.atlas, "atlas"), args.atlas_field)
    try:
        result = export_planning_map(project, request, args.out, args.dpi, extra_outputs=list(args.also),
                                     feedback=lambda text: print("warning: {}".format(text)), replace=args.replace)
    except RestrictedSourcesError as error:
        raise CliError("{} (--allow-restricted)".format(error)) from error
    except MapError as error:
        raise CliError(str(error)) from error
    if args.save_project:
        try:
            save_project(project, args.project, [args.out])
        except FileWriteError as error:
            raise CliError(str(error)) from error
    written: List[Path] = result.paths
    for path in written:
        print("wrote {}".format(path))
    print("pages: {}; files: {}; language: {}; layout: {}; status: {}".format(
        result.pages, len(written), result.language, result.layout_name, result.status or "-"))
    return 0
