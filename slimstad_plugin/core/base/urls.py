"""Building service URLs with URL tools: the one place that adds paths and query parameters to a URL.

Rules (RFC 3986): a path is joined to the URL's *path*, never appended after its query string; the parameters a
URL already carries (an API key, MapServer's ``map=``, a GeoServer ``workspace``…) are kept in their order and
spelling; a parameter SlimStad sets replaces one of the same name in any case (OGC KVP names are
case-insensitive, OGC 06-121r9 §11.5.2) instead of being added twice.
"""

from typing import Optional, Tuple
from urllib.parse import quote, urlencode, urljoin, urlsplit, urlunsplit


def with_query(url: str, **params: object) -> str:
    """``url`` with ``params`` set; others kept verbatim, same-named ones (any case) replaced, ``None`` removes.

    >>> with_query("https://h/ows?map=/srv/a.map&service=wms", SERVICE="WFS", REQUEST="GetCapabilities")
    'https://h/ows?map=/srv/a.map&SERVICE=WFS&REQUEST=GetCapabilities'
    """
    parts = urlsplit(url)
    replaced = {key.lower() for key in params}
    kept = [item for item in parts.query.split("&") if item and item.split("=", 1)[0].lower() not in replaced]
    added = urlencode([(key, str(value)) for key, value in params.items() if value is not None], safe=":/,")
    query = "&".join(kept + ([added] if added else []))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def join_path(url: str, *segments: str, **params: object) -> str:
    """``url`` with path ``segments`` appended to its path (each percent-encoded) and ``params`` set.

    >>> join_path("https://h/ogc/features/?apikey=k", "collections", "gent:wijken", "items", limit=1)
    'https://h/ogc/features/collections/gent:wijken/items?apikey=k&limit=1'
    """
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    for segment in segments:
        path += "/" + quote(str(segment).strip("/"), safe=":@!$'()*+,;=-._~")
    joined = urlunsplit((parts.scheme, parts.netloc, path or "/", parts.query, parts.fragment))
    return with_query(joined, **params) if params else joined


def strip_path_suffix(url: str, *suffixes: str) -> str:
    """``url`` without a trailing path part such as ``/collections`` (query kept): an OGC API landing page."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    for suffix in suffixes:
        if path.lower().endswith("/" + suffix.strip("/").lower()):
            path = path[: -len(suffix.strip("/")) - 1]
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, parts.fragment))


def resolve(base: str, reference: str) -> str:
    """An absolute URL for ``reference`` (a redirect ``Location`` or a ``next`` link) relative to ``base``."""
    return urljoin(base, reference)


def host_key(url: str) -> Tuple[str, str, int]:
    """(scheme, host, port) of a URL, lower case, with the scheme's default port filled in."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port: Optional[int] = parts.port
    except ValueError:
        port = None
    return scheme, (parts.hostname or "").lower(), port or (443 if scheme == "https" else 80)


def same_url(first: str, second: str) -> bool:
    """Equal as service addresses: scheme and host case, default ports, a trailing slash and the order of query
    parameters do not matter; parameter values do."""
    return normal_url(first) == normal_url(second)


def normal_url(url: str) -> str:
    """A comparable form of a service URL (see :func:`same_url`)."""
    parts = urlsplit(str(url).strip())
    scheme, host, port = host_key(url)
    default = 443 if scheme == "https" else 80
    netloc = host if port == default else "{}:{}".format(host, port)
    if parts.username:
        netloc = "{}@{}".format(parts.username, netloc)
    query = "&".join(sorted(item for item in parts.query.split("&") if item))
    return urlunsplit((scheme, netloc, parts.path.rstrip("/") or "/", query, ""))
