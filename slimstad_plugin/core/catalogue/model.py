"""The catalogue data model: plain dataclasses, (de)serialised to the versioned JSON format.

See docs/catalogue.md for the format and resources/schemas/catalogue.schema.json for its schema.
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

from ..base.i18n import pick_language_text

FORMAT_VERSION = 1
LICENCE_TYPES = ("open", "internal", "restricted")
SOURCE_TYPES = ("wms", "wmts", "wfs", "oapif", "postgis", "gpkg", "file", "xyz")
# Source types whose layers are vector features (health counts features, quality checks geometries).
VECTOR_SOURCE_TYPES = ("wfs", "oapif", "postgis", "gpkg", "file")
REMOTE_SOURCE_TYPES = ("wms", "wmts", "wfs", "oapif", "xyz")


@dataclass
class Licence:
    """Who may use the data: open (with a named licence), internal to the city, or restricted."""

    type: str = "internal"
    name: str = ""
    url: str = ""

    def to_dict(self) -> Dict[str, str]:
        """JSON form (empty name/url left out)."""
        out = {"type": self.type}
        if self.name:
            out["name"] = self.name
        if self.url:
            out["url"] = self.url
        return out


@dataclass
class CatalogueEntry:
    """One shared layer: what it is, who owns it, where it lives and how fresh it should be."""

    id: str
    title: Dict[str, str]
    description: Dict[str, str] = field(default_factory=dict)
    sector: str = "andere"
    owner: str = ""
    steward: Dict[str, str] = field(default_factory=dict)
    licence: Licence = field(default_factory=Licence)
    update_rhythm: str = ""
    source: Dict[str, Any] = field(default_factory=dict)
    style: Optional[str] = None
    fields: Dict[str, str] = field(default_factory=dict)
    keywords: List[str] = field(default_factory=list)
    extent: Optional[List[float]] = None
    extent_crs: str = ""
    freshness: Optional[Dict[str, Any]] = None
    origin: str = ""
    # Runtime only: folders against which relative style and data paths resolve ("" when remote).
    base_dir: str = ""
    data_dir: str = ""

    @property
    def source_type(self) -> str:
        """``wms``, ``wfs``, … (empty when the source has none)."""
        return str(self.source.get("type", ""))

    @property
    def public_params(self) -> List[str]:
        """URL parameter / header names the catalogue marks harmless (``source.public_params``): they are kept
        in what SlimStad writes, next to the OGC request parameters (see core/secrets.py)."""
        return [str(name) for name in self.source.get("public_params") or [] if str(name).strip()]

    def display_title(self, language: Optional[str] = None) -> str:
        """Title in ``language`` (default: the QGIS language), falling back to Dutch, then the id."""
        return pick_language_text(self.title, language) or self.id

    def display_description(self, language: Optional[str] = None) -> str:
        """Description in ``language`` with the same fallbacks (may be empty)."""
        return pick_language_text(self.description, language)

    def search_roots(self, data: bool = False) -> List[str]:
        """The folders a relative path of this entry is looked up in, in order (data dir first for data)."""
        roots = ([self.data_dir] if data and self.data_dir else []) + ([self.base_dir] if self.base_dir else [])
        if not roots and self.data_dir:  # a remote catalogue: only the configured data folder is local
            roots = [self.data_dir]
        return roots

    def resolve_path(self, path: str, data: bool = False) -> Path:
        """A local path of this entry made absolute: data paths try the data dir first, then the catalogue's folder."""
        candidate = Path(str(path)).expanduser()
        if candidate.is_absolute():
            return candidate
        roots = self.search_roots(data)
        for root in roots:
            resolved = Path(root) / candidate
            if resolved.exists():
                return resolved
        return Path(roots[0]) / candidate if roots else candidate

    def style_path(self) -> Optional[Path]:
        """The entry's .qml resolved against the catalogue file's folder, or None."""
        return self.resolve_path(self.style) if self.style else None

    def to_dict(self) -> Dict[str, Any]:
        """JSON form (``origin`` is runtime information and not written)."""
        out: Dict[str, Any] = {"id": self.id, "title": dict(self.title)}
        if self.description:
            out["description"] = dict(self.description)
        out.update({"sector": self.sector, "owner": self.owner})
        if self.steward:
            out["steward"] = dict(self.steward)
        out["licence"] = self.licence.to_dict()
        if self.update_rhythm:
            out["update_rhythm"] = self.update_rhythm
        out["source"] = dict(self.source)
        if self.style:
            out["style"] = self.style
        if self.fields:
            out["fields"] = dict(self.fields)
        if self.keywords:
            out["keywords"] = list(self.keywords)
        if self.extent:
            out["extent"] = list(self.extent)
            if self.extent_crs:
                out["extent_crs"] = self.extent_crs
        if self.freshness:
            out["freshness"] = dict(self.freshness)
        return out

    @classmethod
    def from_dict(cls, data: Dict[str, Any], origin: str = "") -> "CatalogueEntry":
        """Build from an already validated JSON object."""
        licence = data.get("licence") or {}
        title = data.get("title") or {}
        if isinstance(title, str):
            title = {"nl": title}
        description = data.get("description") or {}
        if isinstance(description, str):
            description = {"nl": description}
        return cls(
            id=str(data["id"]),
            title=dict(title),
            description=dict(description),
            sector=str(data.get("sector", "andere")),
            owner=str(data.get("owner", "")),
            steward=dict(data.get("steward") or {}),
            licence=Licence(type=str(licence.get("type", "internal")), name=str(licence.get("name", "")),
                            url=str(licence.get("url", ""))),
            update_rhythm=str(data.get("update_rhythm", "")),
            source=dict(data.get("source") or {}),
            style=data.get("style") or None,
            fields=dict(data.get("fields") or {}),
            keywords=[str(k) for k in data.get("keywords") or []],
            extent=[float(v) for v in data["extent"]] if data.get("extent") else None,
            extent_crs=str(data.get("extent_crs", "")),
            freshness=dict(data["freshness"]) if data.get("freshness") else None,
            origin=origin,
        )


@dataclass
class Catalogue:
    """A versioned list of entries from one place (a file, a shared drive, a URL)."""

    id: str
    title: Dict[str, str]
    version: int = FORMAT_VERSION
    entries: List[CatalogueEntry] = field(default_factory=list)
    origin: str = ""
    # Folder against which relative paths (styles, GeoPackages) resolve; "" for remote catalogues.
    base_dir: str = ""
    data_dir: str = ""
    # Problems found while loading leniently (invalid entries skipped), as readable sentences.
    problems: List[str] = field(default_factory=list)

    def display_title(self, language: Optional[str] = None) -> str:
        """Title in the user's language."""
        return pick_language_text(self.title, language) or self.id

    def to_dict(self) -> Dict[str, Any]:
        """JSON form."""
        out: Dict[str, Any] = {"format": "slimstad-catalogue", "version": self.version, "id": self.id,
                               "title": dict(self.title)}
        if self.data_dir:
            out["data_dir"] = self.data_dir
        out["entries"] = [entry.to_dict() for entry in self.entries]
        return out
