"""The allow-list itself: the names of URL parameters, QGIS data source keys, HTTP headers and GDAL options that
are known to carry nothing secret. The rule that applies them is :mod:`.secrets`; a name missing here is removed
from whatever SlimStad writes (the safe side), a name added here is kept everywhere.
"""

# OGC (WMS, WMTS, WFS, WCS, CSW) and OGC API request parameters, harmless ArcGIS REST ones, and MapServer's
# ``map`` (the map file that is part of a MapServer endpoint's address, as qgis_mapserver's MAP). Lower case.
HTTP_PARAMS = frozenset("""
service version request acceptversions acceptformats sections updatesequence language lang
layers layer styles style crs srs srsname bbox width height format outputformat transparent bgcolor exceptions
time elevation dim_time sld sld_body sld_version query_layers info_format feature_count i j x y dpi map_resolution
format_options legend_options rule scale tiled tilematrixset tilematrix tilerow tilecol
typename typenames maxfeatures count startindex resulttype propertyname featureid resourceid filter
filter_language cql_filter sortby namespace namespaces storedquery_id valuereference srsdimension
coverage coverageid identifier subset rangesubset scalesize scalefactor interpolation
elementsetname elementname outputschema constraint constraintlanguage constraint_language_version
startposition maxrecords id hopcount distributedsearch responsehandler
f limit offset datetime bbox-crs filter-lang filter-crs properties skipgeometry q collections
where outfields returngeometry spatialrel geometry geometrytype insr outsr resultoffset resultrecordcount
orderbyfields returncountonly returnidsonly
map
""".split())

# Structural keys of QGIS provider URIs (postgres, spatialite, WFS, OAPIF, WMS/WMTS/XYZ, vector tiles, ArcGIS,
# delimited text, memory, virtual layers, OGR/GDAL pipe options). ``key`` here is PostGIS's primary key column.
URI_KEYS = frozenset(k.lower() for k in """
dbname host hostaddr port service sslmode key estimatedmetadata srid type checkprimarykeyunicity selectatid table
sql mode schema tablename geometrycolumn coverage authcfg
url typename version pagingenabled pagesize maxnumfeatures restricttorequestbbox srsname skipinitialgetfeature
ignoreaxisorientation invertaxisorientation prefercoordinatesforwfst11 hidedownloadprogressdialog
validatesqlfunctions geometrytypefilter forceinitialgetfeature featuremode filter
layers styles format crs dpimode contextualwmslegend featurecount tilematrixset tilepixelratio tiledimensions
zmin zmax ignoregetmapurl ignoregetfeatureinfourl ignorereportedlayerextents smoothpixmaptransform interpretation
stepwidth stepheight timedimensionextent allowtemporalupdates temporalsource referencetimedimensionextent
enabletime time tiled maxwidth maxheight styleurl servicetype layer bbox timefilter
delimiter quote escape detecttypes decimalpoint xfield yfield zfield mfield wktfield geomtype spatialindex
subsetindex watchfile skiplines useheader trimfields skipemptyfields maxfields encoding xydms field
geometry index uid layer_ref query nogeometry
layername layerid subset uniquegeometrytype geometrytype
""".split())

# HTTP headers that identify nothing secret.
HTTP_HEADERS = frozenset(("referer", "user-agent", "accept", "accept-language"))
# GDAL/OGR open options (``path|option:NAME=value``) that are harmless.
OGR_OPTIONS = frozenset(("list_all_tables", "prelude_statements", "nolock", "immutable", "headers",
                         "autodetect_type", "keep_source_order"))

# Keys whose presence marks a run of ``key=value`` pairs inside free text as a data source URI.
ANCHORS = frozenset(("dbname", "host", "hostaddr", "service", "user", "username", "password", "passwd", "pwd",
                      "authcfg", "table", "typename", "url", "srsname", "layername", "sslmode", "layers"))
