"""Refuse a planning-map request with an invalid option instead of silently using a default.

One place for the checks the CLI, the Processing algorithm and the dialog share: an unknown template, a
resolution or row count out of range, an unknown language, a table field the layer lacks.
"""

from pathlib import Path
from typing import Optional

from ..base.i18n import SUPPORTED_LANGUAGES, translator
from . import templates as tpl
from .errors import MapError

tr = translator("SlimStadMaps")

DPI_RANGE = (30, 1200)     # dots per inch: below 30 nothing is legible, above 1200 files explode
TOP_N_RANGE = (1, 100)     # rows in the top-N table


class InvalidOptionError(MapError):
    """An option of the request is out of range or unknown (translated message naming the option)."""


def check_dpi(dpi: object) -> int:
    """``dpi`` as an int in :data:`DPI_RANGE`; raises :class:`InvalidOptionError` otherwise."""
    low, high = DPI_RANGE
    if isinstance(dpi, bool) or not isinstance(dpi, int) or not low <= dpi <= high:
        raise InvalidOptionError(tr("The resolution (--dpi) must be a whole number from {low} to {high} dpi, "
                                    "not {value}.").format(low=low, high=high, value=dpi))
    return dpi


def check_request(request: object, dpi: Optional[object] = None) -> None:
    """Raise :class:`InvalidOptionError` for the first invalid option of a ``PlanningMapRequest``.

    Checked: template name (unless a template file is given), ``top_n``, language, indicator field and label
    field on the indicator layer, and ``dpi`` when given.
    """
    if request.template_path is None and request.template not in tpl.TEMPLATE_NAMES:
        raise InvalidOptionError(tr("Unknown template (--template) {name}; available templates: {names}.").format(
            name=request.template or "''", names=", ".join(tpl.TEMPLATE_NAMES)))
    if request.template_path is not None and not Path(request.template_path).is_file():
        raise InvalidOptionError(tr("The template file (--template-file) {path} does not exist.").format(
            path=request.template_path))
    low, high = TOP_N_RANGE
    if isinstance(request.top_n, bool) or not isinstance(request.top_n, int) or not low <= request.top_n <= high:
        raise InvalidOptionError(tr("The number of table rows (--top) must be from {low} to {high}, not {value}.")
                                 .format(low=low, high=high, value=request.top_n))
    if request.language and request.language not in SUPPORTED_LANGUAGES:
        raise InvalidOptionError(tr("Unknown map language (--language) {code}; available: {codes}.").format(
            code=request.language, codes=", ".join(SUPPORTED_LANGUAGES)))
    layer = request.indicator_layer
    if layer is not None:
        names = [f.name() for f in layer.fields()]
        for option, value in (("--indicator", request.indicator_field), ("--label-field", request.label_field)):
            if (value or option == "--indicator") and value not in names:
                raise InvalidOptionError(tr("The layer {layer} has no field {field} ({option}); its fields: "
                                            "{fields}.").format(layer=layer.name(), field=value or "''",
                                                                option=option, fields=", ".join(names)))
    if dpi is not None:
        check_dpi(dpi)
