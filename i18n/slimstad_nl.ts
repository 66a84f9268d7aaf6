<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>SlimStadAbout</name>
    <message>
        <location filename="../slimstad_plugin/gui/about.py" line="21"/>
        <source>About SlimStad</source>
        <translation>Over SlimStad</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/about.py" line="28"/>
        <source>SlimStad {version}: connecting the smart city intelligently. Shared city data around one urban challenge.</source>
        <translation>SlimStad {version}: de slimme stad intelligent verbinden. Gedeelde stadsdata rond één stedelijke opgave.</translation>
    </message>
</context>
<context>
    <name>SlimStadAccessibility</name>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="74"/>
        <source>2SFCA</source>
        <translation>2SFCA</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="82"/>
        <source>Accessibility per demand location</source>
        <translation>Bereikbaarheid per vraaglocatie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="89"/>
        <source>Also store the results in this database schema (database engine)</source>
        <translation>De resultaten ook in dit databaseschema bewaren (databasemotor)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="87"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="71"/>
        <source>Catchment distance (metres, inclusive)</source>
        <translation>Verzorgingsafstand (meter, inclusief)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="111"/>
        <source>Choose a demand layer and a supply layer.</source>
        <translation>Kies een laag met de vraag en een laag met het aanbod.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="87"/>
        <source>Database (PostGIS)</source>
        <translation>Database (PostGIS)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="60"/>
        <source>Demand (points or areas)</source>
        <translation>Vraag (punten of vlakken)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="63"/>
        <source>Demand field (for example residents)</source>
        <translation>Veld met de vraag (bijvoorbeeld inwoners)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="84"/>
        <source>Demand-facility pairs within the distance</source>
        <translation>Paren vraag-voorziening binnen de afstand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="87"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="126"/>
        <source>Distances are measured in {crs} (the demand layer's CRS is not in metres).</source>
        <translation>Afstanden worden gemeten in {crs} (het CRS van de vraaglaag is niet in meter).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="74"/>
        <source>E2SFCA, Gaussian weight</source>
        <translation>E2SFCA, Gaussisch gewicht</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="74"/>
        <source>E2SFCA, step weights</source>
        <translation>E2SFCA, trapsgewijze gewichten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="87"/>
        <source>Engine</source>
        <translation>Rekenmotor</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="91"/>
        <source>Engine used</source>
        <translation>Gebruikte rekenmotor</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="77"/>
        <source>Gaussian sigma (metres, default half the distance)</source>
        <translation>Gaussische sigma (meter, standaard de helft van de afstand)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="74"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/network_distance.py" line="32"/>
        <source>Network distances need the Python package scipy, which is missing.</source>
        <translation>Netwerkafstanden hebben het Python-pakket scipy nodig, maar dat ontbreekt.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="92"/>
        <source>Provenance (JSON)</source>
        <translation>Herkomst (JSON)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="93"/>
        <source>Results table in the database</source>
        <translation>Resultatentabel in de database</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/accessibility.py" line="84"/>
        <source>Sigma must be a number of metres.</source>
        <translation>Sigma moet een aantal meter zijn.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/accessibility.py" line="86"/>
        <source>Sigma must be greater than 0 metres (got {value}).</source>
        <translation>Sigma moet groter zijn dan 0 meter (kreeg {value}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="80"/>
        <source>Street network for network distances</source>
        <translation>Stratennet voor netwerkafstanden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="146"/>
        <source>Street network: {nodes} nodes, {edges} edges.</source>
        <translation>Stratennet: {nodes} knopen, {edges} verbindingen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="65"/>
        <source>Supply (facilities)</source>
        <translation>Aanbod (voorzieningen)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="68"/>
        <source>Supply field (for example places)</source>
        <translation>Veld met het aanbod (bijvoorbeeld plaatsen)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="83"/>
        <source>Supply-demand ratio per facility</source>
        <translation>Verhouding aanbod/vraag per voorziening</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/accessibility.py" line="199"/>
        <source>The accessibility calculation was canceled.</source>
        <translation>De berekening van de bereikbaarheid werd geannuleerd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/accessibility.py" line="184"/>
        <source>The chunk size must be at least 1.</source>
        <translation>De blokgrootte moet minstens 1 zijn.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/accessibility.py" line="76"/>
        <source>The distance must be a number of metres.</source>
        <translation>De afstand moet een aantal meter zijn.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/accessibility.py" line="78"/>
        <source>The distance must be greater than 0 metres (got {value}).</source>
        <translation>De afstand moet groter zijn dan 0 meter (kreeg {value}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layer_points.py" line="97"/>
        <source>The field {field} of layer {layer} is not numeric.</source>
        <translation>Het veld {field} van laag {layer} is niet numeriek.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="221"/>
        <source>The input already has a field {field}; the result is in {renamed}.</source>
        <translation>De invoer heeft al een veld {field}; het resultaat staat in {renamed}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layer_points.py" line="94"/>
        <source>The layer {layer} has no field {field}.</source>
        <translation>De laag {layer} heeft geen veld {field}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/network_distance.py" line="56"/>
        <source>The network layer has empty or infinite coordinates.</source>
        <translation>De netwerklaag heeft lege of oneindige coördinaten.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/network_distance.py" line="53"/>
        <source>The network layer has no lines.</source>
        <translation>De netwerklaag bevat geen lijnen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layer_points.py" line="172"/>
        <source>The network layer {layer} must contain lines.</source>
        <translation>De netwerklaag {layer} moet lijnen bevatten.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/accessibility.py" line="120"/>
        <source>The {label} coordinates contain empty or infinite values.</source>
        <translation>De coördinaten ({label}) bevatten lege of oneindige waarden.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/accessibility.py" line="117"/>
        <source>The {label} coordinates must be an array of (x, y) pairs.</source>
        <translation>De coördinaten ({label}) moeten een reeks (x, y)-paren zijn.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="141"/>
        <source>The {label} layer has no features with a geometry.</source>
        <translation>De laag ({label}) bevat geen objecten met een geometrie.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="123"/>
        <source>The {label} layer has no features.</source>
        <translation>De laag ({label}) bevat geen objecten.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/accessibility.py" line="132"/>
        <source>The {label} values contain empty or infinite values.</source>
        <translation>De waarden ({label}) bevatten lege of oneindige waarden.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/accessibility.py" line="135"/>
        <source>The {label} values must not be negative.</source>
        <translation>De waarden ({label}) mogen niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/accessibility.py" line="129"/>
        <source>There are {values} {label} values for {points} {label} points.</source>
        <translation>Er zijn {values} waarden ({label}) voor {points} punten ({label}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/accessibility.py" line="67"/>
        <source>Unknown floating catchment method {method}; use one of {names}.</source>
        <translation>Onbekende floating-catchmentmethode {method}; gebruik een van {names}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/accessibility.py" line="179"/>
        <source>demand</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/accessibility.py" line="180"/>
        <source>supply</source>
        <translation>aanbod</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="207"/>
        <source>{count} invalid {label} geometries were repaired.</source>
        <translation>{count} ongeldige geometrieën ({label}) werden hersteld.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="201"/>
        <source>{count} {label} features have a NULL value; counted as 0.</source>
        <translation>{count} objecten ({label}) hebben een NULL-waarde; geteld als 0.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="204"/>
        <source>{count} {label} features have a negative or non-numeric value; counted as 0.</source>
        <translation>{count} objecten ({label}) hebben een negatieve of niet-numerieke waarde; geteld als 0.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="211"/>
        <source>{count} {label} features without a usable geometry were skipped.</source>
        <translation>{count} objecten ({label}) zonder bruikbare geometrie werden overgeslagen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="154"/>
        <source>{pairs} demand-facility pairs within {distance} m.</source>
        <translation>{pairs} paren vraag-voorziening binnen {distance} m.</translation>
    </message>
</context>
<context>
    <name>SlimStadAlgorithm</name>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="46"/>
        <source>Accessibility (floating catchment, 2SFCA / E2SFCA)</source>
        <translation>Bereikbaarheid (floating catchment, 2SFCA / E2SFCA)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py" line="71"/>
        <source>Allow restricted sources (the map is marked internal)</source>
        <translation>Beperkte bronnen toestaan (de kaart wordt als intern gemarkeerd)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py" line="42"/>
        <source>Also include internal and restricted layers (check their licence)</source>
        <translation>Ook interne en beperkte lagen opnemen (controleer hun licentie)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="137"/>
        <source>Area units</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py" line="57"/>
        <source>Atlas page name field</source>
        <translation>Veld met de paginanaam van de atlas</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py" line="55"/>
        <source>Atlas: one page per area of</source>
        <translation>Atlas: één pagina per gebied van</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py" line="39"/>
        <source>Builds a planning map from a template (title, map, legend, scale bar, north arrow, overview, top-N table, sources with owner, licence and last update) as a print layout in the project, and exports it to PDF, PNG or SVG. With an atlas layer, one page per area. Internal or restricted sources need 'Allow restricted sources'; the map is then marked internal.</source>
        <translation>Maakt een planningskaart uit een sjabloon (titel, kaart, legende, schaalbalk, noordpijl, overzichtskaart, top-N-tabel, bronnen met eigenaar, licentie en laatste update) als afdrukopmaak in het project, en exporteert ze naar PDF, PNG of SVG. Met een atlaslaag één pagina per gebied. Interne of beperkte bronnen vragen 'Beperkte bronnen toestaan'; de kaart wordt dan als intern gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py" line="111"/>
        <source>Candidate locations</source>
        <translation>Kandidaat-locaties</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py" line="80"/>
        <source>Centroid point</source>
        <translation>Zwaartepunt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="47"/>
        <source>Challenges</source>
        <translation>Opgaven</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py" line="30"/>
        <source>Check catalogue sources</source>
        <translation>Catalogusbronnen controleren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py" line="33"/>
        <source>Checks every entry of one or more catalogues: is the source reachable, is the layer there, how many features, which CRS; how fresh the data is against the promised update rhythm; and the quality of vector layers (invalid or empty geometries, duplicate ids, empty key fields, features outside the expected extent). Optionally writes the full result as JSON and a quality report as HTML.</source>
        <translation>Controleert elke ingang van een of meer catalogi: is de bron bereikbaar, is de laag er, hoeveel objecten, welk CRS; hoe actueel de data zijn tegenover het beloofde bijwerkritme; en de kwaliteit van vectorlagen (ongeldige of lege geometrieën, dubbele id's, lege sleutelvelden, objecten buiten de verwachte omvang). Schrijft optioneel het volledige resultaat als JSON en een kwaliteitsrapport als HTML.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py" line="88"/>
        <source>Choose at least one facility layer</source>
        <translation>Kies minstens één laag met voorzieningen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="171"/>
        <source>Choose at least one indicator</source>
        <translation>Kies minstens één indicator</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="113"/>
        <source>Class upper bounds</source>
        <translation>Bovengrenzen van de klassen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="151"/>
        <source>Classification</source>
        <translation>Klassenindeling</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py" line="80"/>
        <source>Cluster polygon</source>
        <translation>Clusterpolygoon</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="126"/>
        <source>Combines numeric indicators of area units into one priority score. Each indicator is normalised (min-max, z-score or rank), oriented by its direction ('worse' or '+': higher values raise the priority; 'better' or '-': they lower it) and weighted (weights must sum to 1 unless 'Normalise weights' is ticked). Scores are classified with QGIS's quantile or natural breaks (Jenks) method. Sensitivity: every weight is moved by plus and minus the step (10 % by default, the others renormalised) and sens_changes counts the moves that change a unit's class. A unit with a NULL indicator gets a NULL score and class, and 'missing' lists the indicators it lacks.</source>
        <translation>Combineert numerieke indicatoren van gebieden tot één prioriteitsscore. Elke indicator wordt genormaliseerd (min-max, z-score of rang), georiënteerd volgens zijn richting ('worse' of '+': hogere waarden verhogen de prioriteit; 'better' of '-': ze verlagen ze) en gewogen (de gewichten moeten optellen tot 1, tenzij 'Gewichten normaliseren' aangevinkt is). Scores worden ingedeeld met de kwantiel- of natuurlijke-grenzenmethode (Jenks) van QGIS. Gevoeligheid: elk gewicht wordt met plus en min de stap verschoven (standaard 10 %, de andere hernormaliseerd) en sens_changes telt de verschuivingen die de klasse van een gebied veranderen. Een gebied met een NULL-indicator krijgt een NULL-score en -klasse, en 'missing' somt de ontbrekende indicatoren op.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py" line="33"/>
        <source>Copies every feature of a layer (WFS, OGC API Features, PostGIS, …) into a GeoPackage so it can be used offline. The GeoPackage records where the data came from (without credentials), when, how many features and a SHA-256 checksum in the table slimstad_snapshots. Large services are paged by QGIS.</source>
        <translation>Kopieert elk object van een laag (WFS, OGC API Features, PostGIS, …) naar een GeoPackage zodat ze offline bruikbaar is. Het GeoPackage legt vast waar de data vandaan komen (zonder inloggegevens), wanneer, hoeveel objecten en een SHA-256-controlesom, in de tabel slimstad_snapshots. Grote diensten worden door QGIS in pagina's opgehaald.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py" line="119"/>
        <source>Coverage distance</source>
        <translation>Dekkingsafstand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/sample_city_algorithm.py" line="26"/>
        <source>Create sample city (Voorbeeldstad)</source>
        <translation>Voorbeeldstad aanmaken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py" line="31"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py" line="106"/>
        <source>Demand (points or areas)</source>
        <translation>Vraag (punten of gebieden)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py" line="108"/>
        <source>Demand value field (empty: 1 per feature)</source>
        <translation>Veld met vraagwaarde (leeg: 1 per object)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="112"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="142"/>
        <source>Directions, comma-separated (worse/+ or better/-; empty: all worse)</source>
        <translation>Richtingen, gescheiden door komma's (worse/+ of better/-; leeg: alle worse)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py" line="75"/>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py" line="118"/>
        <source>Existing facilities</source>
        <translation>Bestaande voorzieningen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py" line="36"/>
        <source>Export planning map</source>
        <translation>Planningskaart exporteren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py" line="72"/>
        <source>Facility layers (one sector each)</source>
        <translation>Lagen met voorzieningen (één sector per laag)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="176"/>
        <source>Field '{f}' does not exist in the area layer</source>
        <translation>Veld '{f}' bestaat niet in de laag met gebieden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py" line="134"/>
        <source>Field '{f}' does not exist in the demand layer</source>
        <translation>Veld '{f}' bestaat niet in de vraaglaag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="178"/>
        <source>Field '{f}' is not numeric</source>
        <translation>Veld '{f}' is niet numeriek</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py" line="63"/>
        <source>Finds clusters of facilities within the given distance of each other (single linkage: chains count) that combine facilities of different sectors: candidate sites for shared use of buildings. A layer's sector comes from the mapping (layer=sector; ...), else from the layer's SlimStad sector property, else from its name. The score is the number of distinct sectors; only clusters with at least the minimum number of sectors are written, as polygons (convex hull buffered by half the distance) or centroid points.</source>
        <translation>Zoekt clusters van voorzieningen binnen de opgegeven afstand van elkaar (single linkage: ketens tellen mee) die voorzieningen van verschillende sectoren combineren: kandidaat-sites voor gedeeld gebruik van gebouwen. De sector van een laag komt uit de koppeling (laag=sector; ...), anders uit de SlimStad-sectoreigenschap van de laag, anders uit haar naam. De score is het aantal verschillende sectoren; enkel clusters met minstens het minimum aantal sectoren worden geschreven, als polygonen (convex omhulsel met een buffer van de halve afstand) of zwaartepunten.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/sample_city_algorithm.py" line="38"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/sample_city_algorithm.py" line="38"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py" line="151"/>
        <source>Give candidate locations or a study area for a candidate grid</source>
        <translation>Geef kandidaat-locaties of een studiegebied voor een raster van kandidaten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py" line="116"/>
        <source>Grid spacing</source>
        <translation>Rasterafstand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="161"/>
        <source>HTML (*.html);;CSV (*.csv)</source>
        <translation>HTML (*.html);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py" line="40"/>
        <source>Include remote layers as GeoPackage snapshots</source>
        <translation>Externe lagen als GeoPackage-momentopname opnemen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="111"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="139"/>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py" line="53"/>
        <source>Layers on the map (default: the visible layers)</source>
        <translation>Lagen op de kaart (standaard: de zichtbare lagen)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py" line="30"/>
        <source>Make offline snapshot of a layer</source>
        <translation>Offline momentopname van een laag maken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py" line="37"/>
        <source>Maps</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="149"/>
        <source>Min-max</source>
        <translation>Min-max</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py" line="77"/>
        <source>Minimum number of sectors</source>
        <translation>Minimum aantal sectoren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py" line="81"/>
        <source>Multi-use sites</source>
        <translation>Multi-inzetbare sites</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py" line="60"/>
        <source>Multi-use sites (facilities of several sectors close together)</source>
        <translation>Multi-inzetbare voorzieningen (voorzieningen van meerdere sectoren dicht bij elkaar)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="151"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Natuurlijke grenzen (Jenks)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="149"/>
        <source>Normalisation</source>
        <translation>Normalisatie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="147"/>
        <source>Normalise weights that do not sum to 1</source>
        <translation>Gewichten normaliseren die niet optellen tot 1</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="154"/>
        <source>Number of classes</source>
        <translation>Aantal klassen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py" line="121"/>
        <source>Number of new locations</source>
        <translation>Aantal nieuwe locaties</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py" line="80"/>
        <source>Output geometry</source>
        <translation>Uitvoergeometrie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/sample_city_algorithm.py" line="36"/>
        <source>Overwrite an existing file</source>
        <translation>Bestaand bestand overschrijven</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py" line="73"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py" line="26"/>
        <source>Pack project for sharing</source>
        <translation>Project inpakken om te delen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py" line="44"/>
        <source>Package</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py" line="29"/>
        <source>Packs a saved QGIS project, its challenges and its data into one zip another city can open: every path relative, remote layers as GeoPackage snapshots, a manifest with checksums, sources, owners and licences. Passwords, user names, tokens and authcfg ids are removed (the manifest says what the receiver must configure). Internal and restricted layers are left out unless you include them. The project file and data are never changed; unsaved changes are not packed.</source>
        <translation>Pakt een opgeslagen QGIS-project, zijn uitdagingen en zijn gegevens in één zip die een andere stad kan openen: alle paden relatief, externe lagen als GeoPackage-momentopname, een manifest met controlesommen, bronnen, eigenaars en licenties. Wachtwoorden, gebruikersnamen, tokens en authcfg-id's worden verwijderd (het manifest zegt wat de ontvanger moet instellen). Interne en beperkte lagen blijven weg tenzij u ze opneemt. Het projectbestand en de gegevens worden nooit gewijzigd; niet-opgeslagen wijzigingen worden niet ingepakt.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py" line="73"/>
        <source>Planning map</source>
        <translation>Planningskaart</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="159"/>
        <source>Priority map</source>
        <translation>Prioriteitenkaart</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="123"/>
        <source>Priority map (multi-criteria score)</source>
        <translation>Prioriteitenkaart (multicriteriascore)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py" line="37"/>
        <source>Project (empty: the current project file)</source>
        <translation>Project (leeg: het huidige projectbestand)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py" line="96"/>
        <source>Proposes N new facility locations that together reach the most demand within a distance (straight line). Demand: points or polygon centroids with an optional value field (e.g. children 0-2; empty = 1 per feature). Candidates: a point layer, or a square grid with the given spacing inside the study area. Existing facilities cover demand first. Each step adds the candidate that covers the most still-uncovered demand; the output lists step, added_demand, cumulative_demand and share_covered. Distances are in metres: a geographic demand layer is handled in Lambert 72 (EPSG:31370) or its UTM zone.</source>
        <translation>Stelt N nieuwe locaties voor voorzieningen voor die samen de meeste vraag binnen een afstand (in vogelvlucht) bereiken. Vraag: punten of zwaartepunten van polygonen met een optioneel waardeveld (bv. kinderen 0-2; leeg = 1 per object). Kandidaten: een puntlaag, of een vierkant raster met de opgegeven afstand binnen het studiegebied. Bestaande voorzieningen dekken eerst. Elke stap voegt de kandidaat toe die de meeste nog niet gedekte vraag dekt; de uitvoer bevat step, added_demand, cumulative_demand en share_covered. Afstanden zijn in meter: een geografische vraaglaag wordt verwerkt in Lambert 72 (EPSG:31370) of in haar UTM-zone.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py" line="38"/>
        <source>QGIS projects (*.qgz *.qgs)</source>
        <translation>QGIS-projecten (*.qgz *.qgs)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="151"/>
        <source>Quantiles</source>
        <translation>Kwantielen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="149"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py" line="68"/>
        <source>Resolution (dpi)</source>
        <translation>Resolutie (dpi)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py" line="29"/>
        <source>Run a challenge</source>
        <translation>Een opgave uitvoeren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py" line="32"/>
        <source>Runs every indicator and scenario of a challenge (a .slimstad.json file, or one of the shipped templates) on the layers of a QGIS project, and writes one styled layer per indicator into a GeoPackage, with provenance in the layer metadata. Layers are found by catalogue id, then by name. The project is read from its saved file, so save your changes first. Without an output file the results go to slimstad_resultaten/&lt;challenge id&gt;.gpkg next to the project.</source>
        <translation>Voert alle indicatoren en scenario's van een opgave (een .slimstad.json-bestand of een van de meegeleverde sjablonen) uit op de lagen van een QGIS-project en schrijft per indicator een gestileerde laag in een GeoPackage, met de herkomst in de metadata van de laag. Lagen worden gezocht op catalogus-id en daarna op naam. Het project wordt uit het bewaarde bestand gelezen; bewaar dus eerst je wijzigingen. Zonder uitvoerbestand komen de resultaten in slimstad_resultaten/&lt;opgave-id&gt;.gpkg naast het project.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py" line="52"/>
        <source>Save the project first, or choose a project file.</source>
        <translation>Sla het project eerst op, of kies een projectbestand.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py" line="74"/>
        <source>Sector per layer (layer=sector; ...), optional</source>
        <translation>Sector per laag (laag=sector; ...), optioneel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/sample_city_algorithm.py" line="35"/>
        <source>Seed</source>
        <translation>Seed (startwaarde)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="113"/>
        <source>Sensitivity</source>
        <translation>Gevoeligheid</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="161"/>
        <source>Sensitivity report</source>
        <translation>Gevoeligheidsrapport</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="157"/>
        <source>Sensitivity step (relative weight change)</source>
        <translation>Gevoeligheidsstap (relatieve gewichtswijziging)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py" line="27"/>
        <source>Sharing</source>
        <translation>Delen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py" line="113"/>
        <source>Study area for a candidate grid</source>
        <translation>Studiegebied voor een raster van kandidaten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py" line="51"/>
        <source>Subtitle (question)</source>
        <translation>Ondertitel (vraag)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py" line="93"/>
        <source>Suggest new facility locations (maximal coverage)</source>
        <translation>Nieuwe locaties voor voorzieningen voorstellen (maximale dekking)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py" line="123"/>
        <source>Suggested locations</source>
        <translation>Voorgestelde locaties</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py" line="61"/>
        <source>Table: indicator field</source>
        <translation>Tabel: indicatorveld</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py" line="64"/>
        <source>Table: name field</source>
        <translation>Tabel: naamveld</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py" line="66"/>
        <source>Table: number of rows</source>
        <translation>Tabel: aantal rijen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py" line="59"/>
        <source>Table: top units of</source>
        <translation>Tabel: belangrijkste gebieden van</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py" line="49"/>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="168"/>
        <source>The area layer could not be opened</source>
        <translation>De laag met gebieden kon niet geopend worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py" line="129"/>
        <source>The demand layer could not be opened</source>
        <translation>De vraaglaag kon niet geopend worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py" line="95"/>
        <source>The sector mapping names unknown layers: {names}</source>
        <translation>De sectorkoppeling noemt onbekende lagen: {names}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py" line="79"/>
        <source>This algorithm needs a project.</source>
        <translation>Dit algoritme heeft een project nodig.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py" line="50"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py" line="161"/>
        <source>Total demand {t:.1f}; covered by existing facilities {e:.1f}</source>
        <translation>Totale vraag {t:.1f}; gedekt door bestaande voorzieningen {e:.1f}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py" line="49"/>
        <source>Two-step floating catchment accessibility: for each facility the ratio of its capacity to the demand within DISTANCE metres (inclusive), then for each demand location the sum of the ratios of the facilities it reaches. Polygons use their centroid, points are used as they are. METHOD: 2SFCA (every location within the distance counts fully), E2SFCA with a Gaussian weight exp(-d^2/(2 sigma^2)) (SIGMA defaults to half the distance), or E2SFCA with step weights 1 / 0.68 / 0.22 for the three thirds of the distance. Distances are straight lines unless a street NETWORK is given. NULL values count as 0. Layers in another CRS are reprojected; a geographic CRS is replaced by a metric one (Belgian Lambert 72 in Belgium).</source>
        <translation>Bereikbaarheid met twee stappen (floating catchment): per voorziening de verhouding van haar capaciteit tot de vraag binnen DISTANCE meter (inclusief), daarna per vraaglocatie de som van de verhoudingen van de voorzieningen die ze bereikt. Vlakken gebruiken hun zwaartepunt, punten worden gebruikt zoals ze zijn. METHOD: 2SFCA (elke locatie binnen de afstand telt volledig), E2SFCA met een Gaussisch gewicht exp(-d^2/(2 sigma^2)) (SIGMA is standaard de helft van de afstand), of E2SFCA met trapsgewijze gewichten 1 / 0,68 / 0,22 voor de drie derden van de afstand. Afstanden zijn rechte lijnen, tenzij een stratennet (NETWORK) is opgegeven. NULL-waarden tellen als 0. Lagen in een ander CRS worden geherprojecteerd; een geografisch CRS wordt vervangen door een metrisch (Belgische Lambert 72 in België).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="114"/>
        <source>Units changing class</source>
        <translation>Gebieden die van klasse veranderen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="114"/>
        <source>Weight change</source>
        <translation>Gewichtswijziging</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="112"/>
        <source>Weights</source>
        <translation>Gewichten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="145"/>
        <source>Weights, comma-separated (empty: equal weights)</source>
        <translation>Gewichten, gescheiden door komma's (leeg: gelijke gewichten)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/sample_city_algorithm.py" line="29"/>
        <source>Writes the fictional Flemish city Voorbeeldstad (statistical sectors with residents per age band, wijken, childcare, schools, care homes, social housing, parks, stops and streets) into a GeoPackage in EPSG:31370. The same seed always gives the same city.</source>
        <translation>Schrijft de fictieve Vlaamse stad Voorbeeldstad (statistische sectoren met inwoners per leeftijdsklasse, wijken, kinderopvang, scholen, woonzorgcentra, sociale woonprojecten, parken, haltes en straten) naar een GeoPackage in EPSG:31370. Dezelfde seed geeft altijd dezelfde stad.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py" line="104"/>
        <source>Written: {path}</source>
        <translation>Geschreven: {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="149"/>
        <source>Z-score</source>
        <translation>Z-score</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py" line="44"/>
        <source>Zip archive (*.zip)</source>
        <translation>Zip-archief (*.zip)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="100"/>
        <source>higher is better</source>
        <translation>hoger is beter</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="100"/>
        <source>higher is worse</source>
        <translation>hoger is slechter</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py" line="198"/>
        <source>{f} {d}: {n} units change class</source>
        <translation>{f} {d}: {n} gebieden veranderen van klasse</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py" line="102"/>
        <source>{layer}: {n} facilities, sector {sector}</source>
        <translation>{layer}: {n} voorzieningen, sector {sector}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py" line="149"/>
        <source>{n} grid candidates</source>
        <translation>{n} rasterkandidaten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py" line="130"/>
        <source>{n} multi-use sites</source>
        <translation>{n} multi-inzetbare sites</translation>
    </message>
</context>
<context>
    <name>SlimStadCatalogue</name>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="127"/>
        <source>'{value}' is not an ISO 8601 duration such as P1M</source>
        <translation>'{value}' is geen ISO 8601-duur zoals P1M</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/loader.py" line="92"/>
        <source>(and {n} more)</source>
        <translation>(en nog {n})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py" line="80"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py" line="77"/>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/network.py" line="119"/>
        <source>Access refused by {url} (HTTP {status}): check the credentials</source>
        <translation>Toegang geweigerd door {url} (HTTP {status}): controleer de aanmeldgegevens</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py" line="52"/>
        <source>Broken entries</source>
        <translation>Defecte items</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py" line="124"/>
        <source>CRS is {found}, the catalogue expects {expected}</source>
        <translation>Coördinatenstelsel is {found}, de catalogus verwacht {expected}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py" line="265"/>
        <source>Cannot build from {source}: give an http(s) service URL, a .gpkg file or a PostgreSQL connection (dbname=… or service=…)</source>
        <translation>Kan niet bouwen vanuit {source}: geef een http(s)-dienst-URL, een .gpkg-bestand of een PostgreSQL-verbinding (dbname=… of service=…)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/loader.py" line="57"/>
        <source>Cannot load catalogue {name}: {error}</source>
        <translation>Kan catalogus {name} niet laden: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/network.py" line="126"/>
        <source>Cannot reach {url}: {error}</source>
        <translation>Kan {url} niet bereiken: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/loader.py" line="67"/>
        <source>Cannot read catalogue {name}: {error}</source>
        <translation>Kan catalogus {name} niet lezen: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py" line="118"/>
        <source>Cannot read project {path}: {error}</source>
        <translation>Kan project {path} niet lezen: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py" line="123"/>
        <source>Cannot write project {path}: {error}</source>
        <translation>Kan project {path} niet schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py" line="40"/>
        <source>Catalogue file</source>
        <translation>Catalogusbestand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/loader.py" line="65"/>
        <source>Catalogue file {name} does not exist</source>
        <translation>Catalogusbestand {name} bestaat niet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/loader.py" line="93"/>
        <source>Catalogue {name} is invalid: {issues}</source>
        <translation>Catalogus {name} is ongeldig: {issues}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py" line="231"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py" line="46"/>
        <source>Check data quality</source>
        <translation>Datakwaliteit controleren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py" line="336"/>
        <source>Checking {n} data sources</source>
        <translation>{n} gegevensbronnen controleren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py" line="45"/>
        <source>Checksum (SHA-256)</source>
        <translation>Controlegetal (SHA-256)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py" line="51"/>
        <source>Entries checked</source>
        <translation>Gecontroleerde items</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py" line="99"/>
        <source>Entry '{id}': a {kind} source cannot be copied offline (only vector data)</source>
        <translation>Item '{id}': een {kind}-bron kan niet offline gekopieerd worden (enkel vectordata)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py" line="113"/>
        <source>Entry '{id}': the source could not be opened</source>
        <translation>Item '{id}': de bron kon niet geopend worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/layers.py" line="124"/>
        <source>Entry '{id}': the source could not be opened ({detail})</source>
        <translation>Item '{id}': de bron kon niet geopend worden ({detail})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/layers.py" line="94"/>
        <source>Entry '{id}': unknown source type '{kind}'</source>
        <translation>Item '{id}': onbekend brontype '{kind}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py" line="231"/>
        <source>Examples (feature ids)</source>
        <translation>Voorbeelden (object-id's)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py" line="44"/>
        <source>Features copied</source>
        <translation>Gekopieerde objecten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py" line="231"/>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py" line="43"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py" line="43"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py" line="178"/>
        <source>GeoPackage {path} does not exist</source>
        <translation>GeoPackage {path} bestaat niet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py" line="168"/>
        <source>GeoPackage {path} is being written by another program</source>
        <translation>GeoPackage {path} wordt door een ander programma beschreven</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py" line="159"/>
        <source>GeoPackage {path} is locked by another program</source>
        <translation>GeoPackage {path} is vergrendeld door een ander programma</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py" line="63"/>
        <source>Give at least one catalogue file or URL</source>
        <translation>Geef minstens één catalogusbestand of URL</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py" line="50"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py" line="48"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py" line="39"/>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py" line="258"/>
        <source>Layer {name} does not know its live source</source>
        <translation>Laag {name} kent haar live bron niet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py" line="42"/>
        <source>More catalogues (files or URLs, separated by ;)</source>
        <translation>Meer catalogi (bestanden of URL's, gescheiden door ;)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/network.py" line="115"/>
        <source>No answer from {url} within {seconds} s</source>
        <translation>Geen antwoord van {url} binnen {seconds} s</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py" line="51"/>
        <source>No valid input layer</source>
        <translation>Geen geldige invoerlaag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/network.py" line="92"/>
        <source>Only http and https addresses can be fetched: {url}</source>
        <translation>Enkel http- en https-adressen kunnen opgehaald worden: {url}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py" line="243"/>
        <source>QGIS cannot open table {schema}.{table}</source>
        <translation>QGIS kan tabel {schema}.{table} niet openen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py" line="179"/>
        <source>QGIS cannot open {path}</source>
        <translation>QGIS kan {path} niet openen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py" line="220"/>
        <source>Quality report</source>
        <translation>Kwaliteitsrapport</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py" line="50"/>
        <source>Quality report (HTML)</source>
        <translation>Kwaliteitsrapport (HTML)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/network.py" line="128"/>
        <source>Request to {url} failed: {error}</source>
        <translation>Verzoek aan {url} mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py" line="48"/>
        <source>Result (JSON)</source>
        <translation>Resultaat (JSON)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py" line="231"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py" line="139"/>
        <source>Snapshot of '{id}' cancelled</source>
        <translation>Momentopname van '{id}' geannuleerd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py" line="144"/>
        <source>Snapshot of '{id}' could not be read back</source>
        <translation>Momentopname van '{id}' kon niet teruggelezen worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py" line="141"/>
        <source>Snapshot of '{id}' failed: {error}</source>
        <translation>Momentopname van '{id}' mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py" line="40"/>
        <source>Table name in the GeoPackage</source>
        <translation>Tabelnaam in de GeoPackage</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py" line="55"/>
        <source>The layer's source could not be opened</source>
        <translation>De bron van de laag kon niet geopend worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py" line="243"/>
        <source>The snapshot {path} could not be opened</source>
        <translation>De momentopname {path} kon niet geopend worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py" line="44"/>
        <source>Timeout per source (seconds)</source>
        <translation>Time-out per bron (seconden)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="77"/>
        <source>a catalogue is a JSON object</source>
        <translation>een catalogus is een JSON-object</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="168"/>
        <source>a postgis source needs 'service' or 'host' and 'dbname'</source>
        <translation>een postgis-bron heeft 'service' of 'host' en 'dbname' nodig</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/loader.py" line="139"/>
        <source>a remote catalogue may not point at local files ({value})</source>
        <translation>een catalogus op het netwerk mag niet naar lokale bestanden verwijzen ({value})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="101"/>
        <source>an entry is a JSON object</source>
        <translation>een item is een JSON-object</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py" line="223"/>
        <source>cannot connect to the database: {error}</source>
        <translation>kan geen verbinding maken met de databank: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="40"/>
        <source>catalogue field '{field}': {message}</source>
        <translation>catalogusveld '{field}': {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/service_checks.py" line="169"/>
        <source>collection '{layer}' is not offered by the service</source>
        <translation>collectie '{layer}' wordt niet aangeboden door de dienst</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="157"/>
        <source>credentials never go in a catalogue: use an authcfg id</source>
        <translation>wachtwoorden horen nooit in een catalogus: gebruik een authcfg-id</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py" line="60"/>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="41"/>
        <source>entry '{id}' (#{n}), field '{field}': {message}</source>
        <translation>item '{id}' (nr. {n}), veld '{field}': {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py" line="61"/>
        <source>every six months</source>
        <translation>halfjaarlijks</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py" line="67"/>
        <source>every {age}</source>
        <translation>elke {age}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/service_checks.py" line="154"/>
        <source>feature count unknown: the service does not count</source>
        <translation>aantal objecten onbekend: de dienst telt niet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/service_checks.py" line="150"/>
        <source>feature count unknown: {error}</source>
        <translation>aantal objecten onbekend: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py" line="82"/>
        <source>field '{field}' (role {role}) does not exist</source>
        <translation>veld '{field}' (rol {role}) bestaat niet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py" line="164"/>
        <source>field '{field}' (role {role}) should be a date or time</source>
        <translation>veld '{field}' (rol {role}) zou een datum of tijd moeten zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py" line="161"/>
        <source>field '{field}' (role {role}) should be numeric</source>
        <translation>veld '{field}' (rol {role}) zou numeriek moeten zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py" line="147"/>
        <source>file {path} does not exist</source>
        <translation>bestand {path} bestaat niet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py" line="150"/>
        <source>file {path} is not readable</source>
        <translation>bestand {path} is niet leesbaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/layers.py" line="153"/>
        <source>internal use only</source>
        <translation>enkel voor intern gebruik</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="88"/>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="153"/>
        <source>is required for a {kind} source</source>
        <translation>is verplicht voor een {kind}-bron</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py" line="99"/>
        <source>last update unknown, promised: {rhythm}</source>
        <translation>laatste bijwerking onbekend, beloofd: {rhythm}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py" line="103"/>
        <source>last updated {age} ago, promised: {rhythm}</source>
        <translation>laatst bijgewerkt {age} geleden, beloofd: {rhythm}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py" line="164"/>
        <source>layer '{layer}' is missing from {path}</source>
        <translation>laag '{layer}' ontbreekt in {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/service_checks.py" line="91"/>
        <source>layer '{layer}' is not offered by the service</source>
        <translation>laag '{layer}' wordt niet aangeboden door de dienst</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py" line="76"/>
        <source>less than an hour</source>
        <translation>minder dan een uur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py" line="60"/>
        <source>monthly</source>
        <translation>maandelijks</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="80"/>
        <source>must be "slimstad-catalogue"</source>
        <translation>moet "slimstad-catalogue" zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="139"/>
        <source>must be [xmin, ymin, xmax, ymax]</source>
        <translation>moet [xmin, ymin, xmax, ymax] zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="91"/>
        <source>must be a list</source>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="112"/>
        <source>must be a non-empty text</source>
        <translation>moet een niet-lege tekst zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="120"/>
        <source>must be a text</source>
        <translation>moet een tekst zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="83"/>
        <source>must be a whole number</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="162"/>
        <source>must be an http(s) address</source>
        <translation>moet een http(s)-adres zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="148"/>
        <source>must be an object with a 'type'</source>
        <translation>moet een object met een 'type' zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="124"/>
        <source>must be one of: {allowed}</source>
        <translation>moet een van deze zijn: {allowed}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="131"/>
        <source>must map semantic roles to field names</source>
        <translation>moet semantische rollen aan veldnamen koppelen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="115"/>
        <source>needs a text in nl, en or fr</source>
        <translation>heeft een tekst in nl, en of fr nodig</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/network.py" line="125"/>
        <source>no HTTP answer</source>
        <translation>geen HTTP-antwoord</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py" line="87"/>
        <source>no catalogue entry '{id}'</source>
        <translation>geen catalogusitem '{id}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py" line="208"/>
        <source>no problems found</source>
        <translation>geen problemen gevonden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py" line="66"/>
        <source>no rhythm promised</source>
        <translation>geen ritme beloofd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/check.py" line="84"/>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/layers.py" line="153"/>
        <source>open data</source>
        <translation>open data</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/check.py" line="119"/>
        <source>quality: {issues}</source>
        <translation>kwaliteit: {issues}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py" line="61"/>
        <source>quarterly</source>
        <translation>per kwartaal</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/layers.py" line="154"/>
        <source>restricted</source>
        <translation>beperkt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py" line="104"/>
        <source>snapshot in use: the live source was updated</source>
        <translation>momentopname in gebruik: de live bron werd bijgewerkt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py" line="238"/>
        <source>table {schema}.{table} does not exist</source>
        <translation>tabel {schema}.{table} bestaat niet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py" line="86"/>
        <source>the answer is not {kind} capabilities (root element {tag})</source>
        <translation>het antwoord is geen {kind}-capabilities (hoofdelement {tag})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py" line="79"/>
        <source>the capabilities are not valid XML ({error})</source>
        <translation>de capabilities zijn geen geldige XML ({error})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/service_checks.py" line="177"/>
        <source>the collection description is not valid JSON</source>
        <translation>de beschrijving van de collectie is geen geldige JSON</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py" line="193"/>
        <source>the layer cannot be opened</source>
        <translation>de laag kan niet geopend worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py" line="132"/>
        <source>the layer has no CRS</source>
        <translation>de laag heeft geen coördinatenstelsel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py" line="151"/>
        <source>the layer has no coordinate reference system</source>
        <translation>de laag heeft geen coördinatenstelsel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py" line="123"/>
        <source>the layer has no features</source>
        <translation>de laag heeft geen objecten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py" line="136"/>
        <source>the layer is empty</source>
        <translation>de laag is leeg</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py" line="109"/>
        <source>the new source could not be opened</source>
        <translation>de nieuwe bron kon niet geopend worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/service_checks.py" line="98"/>
        <source>the service does not offer {crs}</source>
        <translation>de dienst biedt {crs} niet aan</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/service_checks.py" line="73"/>
        <source>the service reports an error: {error}</source>
        <translation>de dienst meldt een fout: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py" line="114"/>
        <source>unexpected error: {error}</source>
        <translation>onverwachte fout: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="117"/>
        <source>unknown sector '{value}' (one of: {allowed})</source>
        <translation>onbekende sector '{value}' (een van: {allowed})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="135"/>
        <source>unknown semantic role '{role}'</source>
        <translation>onbekende semantische rol '{role}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py" line="105"/>
        <source>unknown source type '{kind}'</source>
        <translation>onbekend brontype '{kind}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="151"/>
        <source>unknown source type '{value}' (one of: {allowed})</source>
        <translation>onbekend brontype '{value}' (een van: {allowed})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py" line="85"/>
        <source>version {version} is newer than this plugin understands (1): update SlimStad</source>
        <translation>versie {version} is nieuwer dan deze plugin begrijpt (1): werk SlimStad bij</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py" line="60"/>
        <source>weekly</source>
        <translation>wekelijks</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py" line="61"/>
        <source>yearly</source>
        <translation>jaarlijks</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/loader.py" line="78"/>
        <source>{name} is not valid JSON: {message} at line {line}, column {column}</source>
        <translation>{name} is geen geldige JSON: {message} op regel {line}, kolom {column}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py" line="80"/>
        <source>{n} days</source>
        <translation>{n} dagen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py" line="125"/>
        <source>{n} empty or missing geometries</source>
        <translation>{n} lege of ontbrekende geometrieën</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/check.py" line="115"/>
        <source>{n} features</source>
        <translation>{n} objecten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py" line="65"/>
        <source>{n} features copied, SHA-256 {sha}</source>
        <translation>{n} objecten gekopieerd, SHA-256 {sha}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py" line="126"/>
        <source>{n} features outside the expected extent</source>
        <translation>{n} objecten buiten de verwachte omvang</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py" line="77"/>
        <source>{n} hours</source>
        <translation>{n} uur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py" line="124"/>
        <source>{n} invalid geometries</source>
        <translation>{n} ongeldige geometrieën</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py" line="86"/>
        <source>{n} months</source>
        <translation>{n} maanden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py" line="277"/>
        <source>{n} new entries have sector 'andere', no owner and licence 'internal': complete these before sharing the catalogue</source>
        <translation>{n} nieuwe items hebben sector 'andere', geen eigenaar en licentie 'internal': vul die aan voor je de catalogus deelt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py" line="129"/>
        <source>{n} values of id field '{field}' occur more than once</source>
        <translation>{n} waarden van id-veld '{field}' komen meer dan eens voor</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py" line="83"/>
        <source>{n} weeks</source>
        <translation>{n} weken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py" line="88"/>
        <source>{n} years</source>
        <translation>{n} jaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py" line="236"/>
        <source>{path} holds no snapshot '{layer}'</source>
        <translation>{path} bevat geen momentopname '{layer}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py" line="188"/>
        <source>{path} is not a GeoPackage: {error}</source>
        <translation>{path} is geen GeoPackage: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py" line="136"/>
        <source>{pct}% of '{field}' is empty</source>
        <translation>{pct}% van '{field}' is leeg</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py" line="55"/>
        <source>{relinked} layers relinked, {unchanged} unchanged, {failed} failed, {unknown} not in the catalogue</source>
        <translation>{relinked} lagen opnieuw gekoppeld, {unchanged} ongewijzigd, {failed} mislukt, {unknown} niet in de catalogus</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/network.py" line="122"/>
        <source>{url} answered HTTP {status}</source>
        <translation>{url} antwoordde HTTP {status}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py" line="158"/>
        <source>{url}: the collection list is not valid JSON</source>
        <translation>{url}: de lijst van collecties is geen geldige JSON</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py" line="88"/>
        <source>{url}: {error}</source>
        <translation>{url}: {error}</translation>
    </message>
</context>
<context>
    <name>SlimStadCatalogueDock</name>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="104"/>
        <source>Add a catalogue</source>
        <translation>Een catalogus toevoegen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="248"/>
        <source>Add catalogue URL</source>
        <translation>Catalogus-URL toevoegen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="101"/>
        <source>Add catalogue URL…</source>
        <translation>Catalogus-URL toevoegen…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="242"/>
        <source>Add catalogue file</source>
        <translation>Catalogusbestand toevoegen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="100"/>
        <source>Add catalogue file…</source>
        <translation>Catalogusbestand toevoegen…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="90"/>
        <source>Add to project</source>
        <translation>Toevoegen aan project</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_actions.py" line="86"/>
        <source>Adding {title}</source>
        <translation>{title} toevoegen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="248"/>
        <source>Address of the catalogue (https://…):</source>
        <translation>Adres van de catalogus (https://…):</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_tasks.py" line="49"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="203"/>
        <source>Catalogue {location} could not be loaded: {error}</source>
        <translation>Catalogus {location} kon niet geladen worden: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="91"/>
        <source>Check health</source>
        <translation>Gezondheid controleren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_actions.py" line="193"/>
        <source>Checking freshness of {n} layers</source>
        <translation>Actualiteit van {n} lagen controleren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="189"/>
        <source>Empty answer</source>
        <translation>Leeg antwoord</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_model.py" line="87"/>
        <source>Freshness</source>
        <translation>Actualiteit</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_actions.py" line="191"/>
        <source>Freshness check stopped: {error}</source>
        <translation>Actualiteitscontrole gestopt: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="364"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="363"/>
        <source>GeoPackage for the offline snapshot</source>
        <translation>GeoPackage voor de offline kopie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="96"/>
        <source>Group by owner</source>
        <translation>Groeperen per eigenaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_model.py" line="87"/>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_actions.py" line="168"/>
        <source>Health check done: {bad} of {n} layers not reachable.</source>
        <translation>Gezondheidscontrole klaar: {bad} van {n} lagen niet bereikbaar.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_model.py" line="86"/>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_model.py" line="87"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="175"/>
        <source>Loading catalogue {url}</source>
        <translation>Catalogus {url} laden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="92"/>
        <source>Make offline snapshot…</source>
        <translation>Offline kopie maken…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_actions.py" line="232"/>
        <source>Offline snapshot of {n} layers</source>
        <translation>Offline kopie van {n} lagen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="94"/>
        <source>Quality report</source>
        <translation>Kwaliteitsrapport</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_actions.py" line="254"/>
        <source>Quality report failed: {error}</source>
        <translation>Kwaliteitsrapport mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_actions.py" line="261"/>
        <source>Quality report of {n} layers</source>
        <translation>Kwaliteitsrapport van {n} lagen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="98"/>
        <source>Reload catalogues</source>
        <translation>Catalogi herladen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="112"/>
        <source>Search title, keyword or owner…</source>
        <translation>Zoek op titel, trefwoord of eigenaar…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="63"/>
        <source>Shared data</source>
        <translation>Gedeelde data</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="243"/>
        <source>SlimStad catalogue (*.json)</source>
        <translation>SlimStad-catalogus (*.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_actions.py" line="222"/>
        <source>Snapshot failed: {error}</source>
        <translation>Offline kopie mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="233"/>
        <source>This catalogue is already in the list.</source>
        <translation>Deze catalogus staat al in de lijst.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_tasks.py" line="43"/>
        <source>Unexpected error: {error}</source>
        <translation>Onverwachte fout: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_actions.py" line="101"/>
        <source>the source {source} could not be opened</source>
        <translation>de bron {source} kon niet geopend worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="216"/>
        <source>{n} duplicate entry ids ignored (the first catalogue wins): {ids}</source>
        <translation>{n} dubbele item-id's genegeerd (de eerste catalogus wint): {ids}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_dock.py" line="198"/>
        <source>{n} invalid entries skipped in {location}: {problems}</source>
        <translation>{n} ongeldige items overgeslagen in {location}: {problems}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_actions.py" line="228"/>
        <source>{n} layers copied offline into {path}</source>
        <translation>{n} lagen offline gekopieerd naar {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_actions.py" line="83"/>
        <source>{title} added to the project.</source>
        <translation>{title} toegevoegd aan het project.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_actions.py" line="76"/>
        <source>{title} could not be added: {error}</source>
        <translation>{title} kon niet toegevoegd worden: {error}</translation>
    </message>
</context>
<context>
    <name>SlimStadCatalogueLocator</name>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_locator.py" line="38"/>
        <source>SlimStad shared data</source>
        <translation>SlimStad gedeelde data</translation>
    </message>
</context>
<context>
    <name>SlimStadCatalogueQuality</name>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_quality.py" line="70"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_quality.py" line="57"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_quality.py" line="58"/>
        <source>Export HTML…</source>
        <translation>HTML exporteren…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_quality.py" line="69"/>
        <source>Export quality report</source>
        <translation>Kwaliteitsrapport exporteren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_quality.py" line="76"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_quality.py" line="31"/>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_quality.py" line="41"/>
        <source>Nothing to check: no vector layers selected.</source>
        <translation>Niets te controleren: geen vectorlagen geselecteerd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_quality.py" line="50"/>
        <source>Quality report</source>
        <translation>Kwaliteitsrapport</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_quality.py" line="39"/>
        <source>e.g. features {ids}</source>
        <translation>bv. objecten {ids}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue_quality.py" line="29"/>
        <source>{n} features</source>
        <translation>{n} objecten</translation>
    </message>
</context>
<context>
    <name>SlimStadCatalogueView</name>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="83"/>
        <source>(owner unknown)</source>
        <translation>(eigenaar onbekend)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="161"/>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="160"/>
        <source>Catalogue id</source>
        <translation>Catalogus-id</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="110"/>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="159"/>
        <source>Freshness</source>
        <translation>Actualiteit</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="158"/>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="103"/>
        <source>Internal (city only)</source>
        <translation>Intern (enkel stad)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="157"/>
        <source>Keywords</source>
        <translation>Trefwoorden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="153"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="154"/>
        <source>Licence URL</source>
        <translation>Licentie-URL</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="111"/>
        <source>Not checked</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="110"/>
        <source>Not reachable</source>
        <translation>Niet bereikbaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="103"/>
        <source>Open data</source>
        <translation>Open data</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="116"/>
        <source>Out of date</source>
        <translation>Verouderd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="151"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="109"/>
        <source>Reachable</source>
        <translation>Bereikbaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="109"/>
        <source>Reachable, with warnings</source>
        <translation>Bereikbaar, met waarschuwingen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="104"/>
        <source>Restricted</source>
        <translation>Beperkt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="150"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="156"/>
        <source>Source type</source>
        <translation>Brontype</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="152"/>
        <source>Steward</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="104"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="116"/>
        <source>Up to date</source>
        <translation>Actueel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="155"/>
        <source>Update rhythm</source>
        <translation>Updateritme</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="148"/>
        <source>last change {date}</source>
        <translation>laatste wijziging {date}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue_view.py" line="143"/>
        <source>{n} features</source>
        <translation>{n} objecten</translation>
    </message>
</context>
<context>
    <name>SlimStadChallenge</name>
    <message>
        <location filename="../slimstad_plugin/core/challenge_inputs.py" line="218"/>
        <source> (filter: {expression})</source>
        <translation> (filter: {expression})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_inputs.py" line="260"/>
        <source>Area units are not in a metric CRS: distances are computed in {crs}.</source>
        <translation>De gebiedseenheden staan niet in een metrisch CRS: afstanden worden berekend in {crs}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_run.py" line="206"/>
        <source>Cannot create the folder {path}: {error}</source>
        <translation>Kan de map {path} niet maken: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_run.py" line="115"/>
        <source>Cannot open the project {path}: {error}</source>
        <translation>Kan het project {path} niet openen: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="335"/>
        <source>Cannot read the challenge file {path}: {error}</source>
        <translation>Kan het opgavebestand {path} niet lezen: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_output.py" line="141"/>
        <source>Cannot reopen the result layer {name} in {path}.</source>
        <translation>Kan de resultaatlaag {name} in {path} niet opnieuw openen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_output.py" line="152"/>
        <source>Cannot store the style of {name}: {error}</source>
        <translation>Kan de stijl van {name} niet opslaan: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="351"/>
        <source>Cannot write the challenge file {path}: {error}</source>
        <translation>Kan het opgavebestand {path} niet schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_run.py" line="271"/>
        <source>Cannot write the results {path}: {error}</source>
        <translation>Kan de resultaten {path} niet schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_output.py" line="59"/>
        <source>Cannot write {path}: {error}</source>
        <translation>Kan {path} niet schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py" line="40"/>
        <source>Challenge file (.slimstad.json)</source>
        <translation>Opgavebestand (.slimstad.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_run.py" line="262"/>
        <source>Change against the current situation (scenario minus baseline).</source>
        <translation>Verandering tegenover de huidige toestand (scenario min basis).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_run.py" line="237"/>
        <source>Computed by SlimStad {version} on {time}</source>
        <translation>Berekend door SlimStad {version} op {time}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_run.py" line="159"/>
        <source>Computing {count} indicators</source>
        <translation>{count} indicatoren berekenen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py" line="48"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/indicators.py" line="194"/>
        <source>Indicator {id} needs a distance greater than 0 metres.</source>
        <translation>Indicator {id} heeft een afstand groter dan 0 meter nodig.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/indicators.py" line="199"/>
        <source>Indicator {id} needs a polygon layer as supply.</source>
        <translation>Indicator {id} heeft een polygonenlaag als aanbod nodig.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/indicators.py" line="196"/>
        <source>Indicator {id}: supply {role} has no facilities.</source>
        <translation>Indicator {id}: aanbod {role} heeft geen voorzieningen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_inputs.py" line="216"/>
        <source>Layer {layer} has no features to use for {purpose}{filter}.</source>
        <translation>Laag {layer} heeft geen objecten voor {purpose}{filter}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_inputs.py" line="152"/>
        <source>Layer {layer} has no field {field} (needed for {purpose}). Its fields: {fields}.</source>
        <translation>Laag {layer} heeft geen veld {field} (nodig voor {purpose}). Haar velden: {fields}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_inputs.py" line="183"/>
        <source>Layer {layer} was reprojected from {source} to {target}.</source>
        <translation>Laag {layer} is herprojecteerd van {source} naar {target}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py" line="51"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py" line="45"/>
        <source>QGIS project (empty: the current project's saved file)</source>
        <translation>QGIS-project (leeg: het bewaarde bestand van het huidige project)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py" line="46"/>
        <source>QGIS projects (*.qgz *.qgs)</source>
        <translation>QGIS-projecten (*.qgz *.qgs)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_run.py" line="155"/>
        <source>Reading the layers of challenge {id}</source>
        <translation>Lagen van opgave {id} lezen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py" line="50"/>
        <source>Result layers</source>
        <translation>Resultaatlagen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py" line="48"/>
        <source>Results GeoPackage</source>
        <translation>GeoPackage met resultaten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py" line="63"/>
        <source>Save the project first, or choose a project file.</source>
        <translation>Bewaar eerst het project, of kies een projectbestand.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_run.py" line="175"/>
        <source>Scenario {id}</source>
        <translation>Scenario {id}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/scenarios.py" line="80"/>
        <source>Scenario: a capacity must be a number of 0 or more (got {value}).</source>
        <translation>Scenario: een capaciteit moet een getal van 0 of meer zijn (gekregen: {value}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/scenarios.py" line="103"/>
        <source>Scenario: a new facility needs x and y coordinates.</source>
        <translation>Scenario: een nieuwe voorziening heeft x- en y-coördinaten nodig.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/scenarios.py" line="93"/>
        <source>Scenario: no area unit {id}.</source>
        <translation>Scenario: geen gebiedseenheid {id}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/scenarios.py" line="74"/>
        <source>Scenario: no facility {ref} in supply role {role}.</source>
        <translation>Scenario: geen voorziening {ref} in aanbodrol {role}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/scenarios.py" line="91"/>
        <source>Scenario: unknown demand role {role}.</source>
        <translation>Scenario: onbekende vraagrol {role}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/scenarios.py" line="99"/>
        <source>Scenario: unknown supply role {role}.</source>
        <translation>Scenario: onbekende aanbodrol {role}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_inputs.py" line="271"/>
        <source>The area-unit id field {field} is not unique: {values}.</source>
        <translation>Het id-veld {field} van de gebiedseenheden is niet uniek: {values}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_inputs.py" line="257"/>
        <source>The area-unit layer {layer} must contain polygons.</source>
        <translation>De laag met gebiedseenheden {layer} moet polygonen bevatten.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="219"/>
        <source>The challenge</source>
        <translation>De opgave</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="150"/>
        <source>The challenge has no demand role {id}.</source>
        <translation>De opgave heeft geen vraagrol {id}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="157"/>
        <source>The challenge has no supply role {id}.</source>
        <translation>De opgave heeft geen aanbodrol {id}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py" line="73"/>
        <source>The challenge run was canceled; nothing was written.</source>
        <translation>Het uitvoeren van de opgave is geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_store.py" line="34"/>
        <source>The challenges stored in project {project} are damaged.</source>
        <translation>De opgaven die in project {project} bewaard zijn, zijn beschadigd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_store.py" line="30"/>
        <source>The challenges stored in project {project} are damaged: {message} at line {line}, column {column}.</source>
        <translation>De opgaven die in project {project} bewaard zijn, zijn beschadigd: {message} op regel {line}, kolom {column}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_inputs.py" line="334"/>
        <source>The expression for {purpose} fails: {error}</source>
        <translation>De expressie voor {purpose} faalt: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_inputs.py" line="161"/>
        <source>The expression for {purpose} is invalid: {error}</source>
        <translation>De expressie voor {purpose} is ongeldig: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_inputs.py" line="130"/>
        <source>The layer {name} cannot be opened; check its source.</source>
        <translation>De laag {name} kan niet geopend worden; controleer de bron.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_run.py" line="140"/>
        <source>The output {path} is one of the challenge's inputs; choose another file.</source>
        <translation>De uitvoer {path} is een van de invoerlagen van de opgave; kies een ander bestand.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_inputs.py" line="125"/>
        <source>The project has no layer for {ref} (catalogue id {catalog}, layer name {name}).</source>
        <translation>Het project heeft geen laag voor {ref} (catalogus-id {catalog}, laagnaam {name}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_run.py" line="112"/>
        <source>The project {path} does not exist.</source>
        <translation>Het project {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_inputs.py" line="145"/>
        <source>The value {value!r} of {what} in layer {layer} is not a number.</source>
        <translation>De waarde {value!r} van {what} in laag {layer} is geen getal.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_templates.py" line="32"/>
        <source>There is no challenge template {id}; available: {ids}.</source>
        <translation>Er is geen opgavesjabloon {id}; beschikbaar: {ids}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/indicators.py" line="217"/>
        <source>Unknown indicator type {type}.</source>
        <translation>Onbekend indicatortype {type}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/scenarios.py" line="46"/>
        <source>Unknown scenario change {kind}; use one of {kinds}.</source>
        <translation>Onbekende scenariowijziging {kind}; gebruik een van {kinds}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_run.py" line="185"/>
        <source>Writing {path}</source>
        <translation>{path} schrijven</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_inputs.py" line="267"/>
        <source>area units</source>
        <translation>gebiedseenheden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="274"/>
        <source>area_units needs a layer reference.</source>
        <translation>area_units heeft een laagverwijzing nodig.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="244"/>
        <source>challenge</source>
        <translation>opgave</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="288"/>
        <source>demand role {id} needs a field, an expression or a semantic role.</source>
        <translation>vraagrol {id} heeft een veld, een expressie of een semantische rol nodig.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="286"/>
        <source>demand role {id} needs a layer reference.</source>
        <translation>vraagrol {id} heeft een laagverwijzing nodig.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="290"/>
        <source>demand role {id} uses the unknown semantic role {role}.</source>
        <translation>vraagrol {id} gebruikt de onbekende semantische rol {role}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_inputs.py" line="282"/>
        <source>demand {id}</source>
        <translation>vraag {id}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="278"/>
        <source>every entry of {kind} needs an id.</source>
        <translation>elk element van {kind} heeft een id nodig.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="297"/>
        <source>indicator {id} has the unknown type {type}; use one of {types}.</source>
        <translation>indicator {id} heeft het onbekende type {type}; gebruik een van {types}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="311"/>
        <source>indicator {id} needs 'per' greater than 0.</source>
        <translation>indicator {id} heeft 'per' groter dan 0 nodig.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="307"/>
        <source>indicator {id} needs a distance greater than 0 metres (got {value}).</source>
        <translation>indicator {id} heeft een afstand groter dan 0 meter nodig (gekregen: {value}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="304"/>
        <source>indicator {id} refers to the unknown demand role {role}.</source>
        <translation>indicator {id} verwijst naar de onbekende vraagrol {role}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="300"/>
        <source>indicator {id} refers to the unknown supply role {role}.</source>
        <translation>indicator {id} verwijst naar de onbekende aanbodrol {role}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/scenarios.py" line="105"/>
        <source>new facility</source>
        <translation>nieuwe voorziening</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_run.py" line="212"/>
        <source>no residents (no value)</source>
        <translation>geen inwoners (geen waarde)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_store.py" line="48"/>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="293"/>
        <source>supply role {id} needs a layer reference.</source>
        <translation>aanbodrol {id} heeft een laagverwijzing nodig.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_inputs.py" line="299"/>
        <source>supply {id}</source>
        <translation>aanbod {id}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_inputs.py" line="264"/>
        <source>the area-unit id</source>
        <translation>de id van de gebiedseenheid</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="269"/>
        <source>the id {id} must use lower-case letters, digits, '_', '.' or '-'.</source>
        <translation>de id {id} mag alleen kleine letters, cijfers, '_', '.' of '-' bevatten.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="281"/>
        <source>the ids in {kind} must be unique.</source>
        <translation>de id's in {kind} moeten uniek zijn.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="267"/>
        <source>the required field {key} is missing.</source>
        <translation>het verplichte veld {key} ontbreekt.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="271"/>
        <source>the title needs at least one language (nl, en or fr).</source>
        <translation>de titel heeft minstens één taal nodig (nl, en of fr).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_inputs.py" line="307"/>
        <source>{count} facilities of {layer} have no capacity (NULL); they count as 0 places.</source>
        <translation>{count} voorzieningen van {layer} hebben geen capaciteit (NULL); ze tellen als 0 plaatsen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_inputs.py" line="314"/>
        <source>{count} features of {layer} lie outside the study area: they count for no area unit, but still serve nearby units in distance-based indicators.</source>
        <translation>{count} objecten van {layer} liggen buiten het studiegebied: ze tellen voor geen enkele gebiedseenheid, maar bedienen wel nabije eenheden in afstandsindicatoren.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_inputs.py" line="213"/>
        <source>{count} features of {layer} without a usable geometry were skipped.</source>
        <translation>{count} objecten van {layer} zonder bruikbare geometrie zijn overgeslagen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_inputs.py" line="210"/>
        <source>{count} invalid geometries in {layer} were repaired.</source>
        <translation>{count} ongeldige geometrieën in {layer} zijn hersteld.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_run.py" line="171"/>
        <source>{indicator}: {count} area units without residents get no value (NULL).</source>
        <translation>{indicator}: {count} gebiedseenheden zonder inwoners krijgen geen waarde (NULL).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="319"/>
        <source>{source} is not valid JSON: {message} at line {line}, column {column}.</source>
        <translation>{source} is geen geldige JSON: {message} op regel {line}, kolom {column}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="216"/>
        <source>{source} was made with a newer SlimStad (challenge schema version {found}; this version reads up to {supported}). Update the SlimStad plugin to open it.</source>
        <translation>{source} is gemaakt met een nieuwere SlimStad (schemaversie {found}; deze versie leest tot {supported}). Werk de SlimStad-plugin bij om het te openen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="209"/>
        <source>{source}: a challenge must be a JSON object.</source>
        <translation>{source}: een opgave moet een JSON-object zijn.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="256"/>
        <source>{source}: invalid challenge at {path}: {message}</source>
        <translation>{source}: ongeldige opgave bij {path}: {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="213"/>
        <source>{source}: schema_version must be a whole number.</source>
        <translation>{source}: schema_version moet een geheel getal zijn.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge.py" line="202"/>
        <source>{source}: the challenge definition is incomplete ({error}).</source>
        <translation>{source}: de definitie van de opgave is onvolledig ({error}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py" line="42"/>
        <source>…or a template (used when no challenge file is given)</source>
        <translation>…of een sjabloon (gebruikt als er geen opgavebestand is)</translation>
    </message>
</context>
<context>
    <name>SlimStadChallengePanel</name>
    <message>
        <location filename="../slimstad_plugin/gui/scenario_tool.py" line="72"/>
        <source>+ {name}: {capacity:g} places at ({x:.0f}, {y:.0f})</source>
        <translation>+ {name}: {capacity:g} plaatsen op ({x:.0f}, {y:.0f})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="350"/>
        <source>A run is already in progress; wait for it or cancel it.</source>
        <translation>Er loopt al een berekening; wacht of annuleer ze.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="291"/>
        <source>A run is in progress.</source>
        <translation>Er loopt een berekening.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="456"/>
        <source>Add or remove a facility on the map first.</source>
        <translation>Voeg eerst een voorziening toe op de kaart of verwijder er een.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_results.py" line="85"/>
        <source>Area id</source>
        <translation>Gebiedscode</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_binding.py" line="43"/>
        <source>Area units</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_roles.py" line="81"/>
        <source>Bound to layer {layer}</source>
        <translation>Gekoppeld aan laag {layer}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="130"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="73"/>
        <source>Capacity (places)</source>
        <translation>Capaciteit (plaatsen)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="270"/>
        <source>Challenge exported to {path}.</source>
        <translation>Opgave geëxporteerd naar {path}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="246"/>
        <source>Challenge {title} deleted; use Undo delete to restore it.</source>
        <translation>Opgave {title} verwijderd; kies 'Verwijderen ongedaan maken' om ze terug te zetten.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_component.py" line="30"/>
        <source>Challenges (Opgaven)</source>
        <translation>Opgaven</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="153"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="146"/>
        <source>Click on the map to add a facility or to remove one, then run the scenario.</source>
        <translation>Klik op de kaart om een voorziening toe te voegen of te verwijderen en bereken dan het scenario.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_binding.py" line="54"/>
        <source>Context: {name}</source>
        <translation>Context: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="288"/>
        <source>Create or choose a challenge first.</source>
        <translation>Maak of kies eerst een opgave.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="106"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="239"/>
        <source>Delete challenge</source>
        <translation>Opgave verwijderen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="239"/>
        <source>Delete the challenge {title}? Its result layers stay.</source>
        <translation>De opgave {title} verwijderen? Haar resultaatlagen blijven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_binding.py" line="47"/>
        <source>Demand: {name}</source>
        <translation>Vraag: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="406"/>
        <source>Done: {count} layers in group "{group}".</source>
        <translation>Klaar: {count} lagen in groep "{group}".</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="105"/>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="71"/>
        <source>Export challenge</source>
        <translation>Opgave exporteren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="107"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_roles.py" line="28"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_roles.py" line="28"/>
        <source>Filter / expression</source>
        <translation>Filter / expressie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="69"/>
        <source>Import challenge</source>
        <translation>Opgave importeren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="107"/>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_roles.py" line="28"/>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="114"/>
        <source>Layers and roles</source>
        <translation>Lagen en rollen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_sites.py" line="117"/>
        <source>Multi-use sites</source>
        <translation>Multi-inzetbare voorzieningen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_results.py" line="85"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="73"/>
        <source>New facility</source>
        <translation>Nieuwe voorziening</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/scenario_tool.py" line="48"/>
        <source>New facility {n}</source>
        <translation>Nieuwe voorziening {n}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="102"/>
        <source>New from template</source>
        <translation>Nieuw uit sjabloon</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_sites_panel.py" line="50"/>
        <source>New locations and multi-use sites</source>
        <translation>Nieuwe locaties en multi-inzetbare voorzieningen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_binding.py" line="150"/>
        <source>No area unit has a value.</source>
        <translation>Geen enkel gebied heeft een waarde.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="443"/>
        <source>No facility near the click.</source>
        <translation>Geen voorziening in de buurt van de klik.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="391"/>
        <source>No priority map: {error}</source>
        <translation>Geen prioriteitenkaart: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_roles.py" line="80"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="407"/>
        <source>Opgave: {title}</source>
        <translation>Opgave: {title}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="52"/>
        <source>Opgaven (challenges)</source>
        <translation>Opgaven</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="117"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="148"/>
        <source>Place new facility</source>
        <translation>Nieuwe voorziening plaatsen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_results.py" line="85"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_priority.py" line="60"/>
        <source>Priority: {title}</source>
        <translation>Prioriteit: {title}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="149"/>
        <source>Remove facility</source>
        <translation>Voorziening verwijderen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="105"/>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="230"/>
        <source>Rename challenge</source>
        <translation>Opgave hernoemen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="125"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_roles.py" line="28"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="129"/>
        <source>Run</source>
        <translation>Berekenen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="293"/>
        <source>Run is disabled: {reasons}</source>
        <translation>Berekenen kan niet: {reasons}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="157"/>
        <source>Run scenario</source>
        <translation>Scenario berekenen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_sites_panel.py" line="68"/>
        <source>Run the challenge first.</source>
        <translation>Bereken eerst de opgave.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="295"/>
        <source>Run the challenge in the background</source>
        <translation>De opgave op de achtergrond berekenen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="365"/>
        <source>Running {title}…</source>
        <translation>{title} wordt berekend…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="126"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_sites_panel.py" line="60"/>
        <source>Sites</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="69"/>
        <source>SlimStad challenge (*.slimstad.json *.json)</source>
        <translation>SlimStad-opgave (*.slimstad.json *.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="71"/>
        <source>SlimStad challenge (*.slimstad.json)</source>
        <translation>SlimStad-opgave (*.slimstad.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_task.py" line="37"/>
        <source>SlimStad: challenge {title}</source>
        <translation>SlimStad: opgave {title}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_roles.py" line="29"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_sites_panel.py" line="100"/>
        <source>Suggest locations</source>
        <translation>Locaties voorstellen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_sites.py" line="82"/>
        <source>Suggested locations</source>
        <translation>Voorgestelde locaties</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="341"/>
        <source>Sum of weights: {total:.2f}</source>
        <translation>Som van de gewichten: {total:.2f}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_binding.py" line="51"/>
        <source>Supply: {name}</source>
        <translation>Aanbod: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_sites.py" line="115"/>
        <source>The project has no point layers with facilities.</source>
        <translation>Het project heeft geen puntlagen met voorzieningen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="378"/>
        <source>The project was closed during the run; its results were not added.</source>
        <translation>Het project werd gesloten tijdens de berekening; de resultaten zijn niet toegevoegd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="381"/>
        <source>The run was cancelled; nothing was changed.</source>
        <translation>De berekening is geannuleerd; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_sites.py" line="66"/>
        <source>This challenge has no demand to cover.</source>
        <translation>Deze opgave heeft geen vraag om te bedienen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="230"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="106"/>
        <source>Undo delete</source>
        <translation>Verwijderen ongedaan maken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_task.py" line="56"/>
        <source>Unexpected problem while running the challenge: {error}</source>
        <translation>Onverwacht probleem bij het berekenen van de opgave: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_binding.py" line="130"/>
        <source>Unknown role {key}.</source>
        <translation>Onbekende rol {key}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_priority.py" line="65"/>
        <source>Weighted priority of the challenge's indicators ({weights}).</source>
        <translation>Gewogen prioriteit van de indicatoren van de opgave ({weights}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_binding.py" line="66"/>
        <source>field {field} is missing in layer {layer}</source>
        <translation>veld {field} ontbreekt in laag {layer}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_binding.py" line="70"/>
        <source>field {field} is not numeric ({type})</source>
        <translation>veld {field} is niet numeriek ({type})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_binding.py" line="93"/>
        <source>layer {layer} has no features</source>
        <translation>laag {layer} heeft geen objecten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_binding.py" line="63"/>
        <source>no field chosen</source>
        <translation>geen veld gekozen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_priority.py" line="63"/>
        <source>no value</source>
        <translation>geen waarde</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_priority.py" line="63"/>
        <source>priority score</source>
        <translation>prioriteitsscore</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_binding.py" line="90"/>
        <source>the filter is not a valid expression: {error}</source>
        <translation>de filter is geen geldige expressie: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="342"/>
        <source>the weights must add up to 1</source>
        <translation>de gewichten moeten samen 1 zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_sites_panel.py" line="62"/>
        <source>within</source>
        <translation>binnen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_binding.py" line="157"/>
        <source>{count} area units have no residents and no value.</source>
        <translation>{count} gebieden hebben geen inwoners en geen waarde.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_sites_panel.py" line="79"/>
        <source>{count} locations suggested; together they reach {share:.0%} of the demand.</source>
        <translation>{count} locaties voorgesteld; samen bereiken ze {share:.0%} van de vraag.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_sites_panel.py" line="94"/>
        <source>{count} multi-use sites found.</source>
        <translation>{count} multi-inzetbare locaties gevonden.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_binding.py" line="152"/>
        <source>{count} of {total} area units have less than {value} {unit} (the city-wide value).</source>
        <translation>{count} van {total} gebieden hebben minder dan {value} {unit} (het stadsgemiddelde).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge_binding.py" line="154"/>
        <source>{count} of {total} area units have more than {value} {unit} (the city-wide value).</source>
        <translation>{count} van {total} gebieden hebben meer dan {value} {unit} (het stadsgemiddelde).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="224"/>
        <source>{title} (copy)</source>
        <translation>{title} (kopie)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="316"/>
        <source>{title}: distance</source>
        <translation>{title}: afstand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_dock.py" line="324"/>
        <source>{title}: weight in the priority map</source>
        <translation>{title}: gewicht in de prioriteitenkaart</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge_results.py" line="89"/>
        <source>Δ scenario</source>
        <translation>Δ scenario</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/scenario_tool.py" line="75"/>
        <source>− facility {fid} removed</source>
        <translation>− voorziening {fid} verwijderd</translation>
    </message>
</context>
<context>
    <name>SlimStadLocations</name>
    <message>
        <location filename="../slimstad_plugin/core/location_suggestions.py" line="60"/>
        <source>A grid spacing of {s} gives more than {n} candidates: use a larger spacing</source>
        <translation>Een rasterafstand van {s} geeft meer dan {n} kandidaten: gebruik een grotere afstand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/location_suggestions.py" line="90"/>
        <source>Ask for at least one new location</source>
        <translation>Vraag minstens één nieuwe locatie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/location_suggestions.py" line="128"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/location_suggestions.py" line="86"/>
        <source>Demand values must be zero or positive numbers</source>
        <translation>Vraagwaarden moeten nul of positief zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/location_suggestions.py" line="84"/>
        <source>Give one demand value per demand point</source>
        <translation>Geef één vraagwaarde per vraagpunt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/location_suggestions.py" line="133"/>
        <source>Only {k} of {n} locations add demand: every reachable demand is covered</source>
        <translation>Slechts {k} van {n} locaties voegen vraag toe: alle bereikbare vraag is gedekt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/location_suggestions.py" line="88"/>
        <source>The coverage distance must be larger than 0</source>
        <translation>De dekkingsafstand moet groter zijn dan 0</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/location_suggestions.py" line="82"/>
        <source>The demand layer has no features</source>
        <translation>De vraaglaag bevat geen objecten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/location_suggestions.py" line="53"/>
        <source>The grid spacing must be larger than 0</source>
        <translation>De rasterafstand moet groter zijn dan 0</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/location_suggestions.py" line="55"/>
        <source>The study area is empty</source>
        <translation>Het studiegebied is leeg</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/location_suggestions.py" line="92"/>
        <source>There are no candidate locations</source>
        <translation>Er zijn geen kandidaat-locaties</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/location_suggestions.py" line="94"/>
        <source>{n} new locations asked but only {m} candidates available</source>
        <translation>{n} nieuwe locaties gevraagd maar slechts {m} kandidaten beschikbaar</translation>
    </message>
</context>
<context>
    <name>SlimStadMaps</name>
    <message>
        <location filename="../slimstad_plugin/gui/planning_map_dialog.py" line="87"/>
        <source>(current map)</source>
        <translation>(huidige kaart)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py" line="113"/>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/planning_map_dialog.py" line="106"/>
        <source>Atlas per area of</source>
        <translation>Atlas per gebied van</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py" line="81"/>
        <source>Cannot write to {path}.</source>
        <translation>Kan niet schrijven naar {path}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py" line="52"/>
        <source>Cannot write to {path}: permission denied.</source>
        <translation>Kan niet schrijven naar {path}: geen toestemming.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py" line="138"/>
        <source>Cannot write to {path}: {error}</source>
        <translation>Kan niet schrijven naar {path}: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/planning_map_dialog.py" line="104"/>
        <source>Challenge</source>
        <translation>Uitdaging</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py" line="88"/>
        <source>Challenge {challenge}, method {method}</source>
        <translation>Uitdaging {challenge}, methode {method}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/planning_map_dialog.py" line="167"/>
        <source>Choose an output file.</source>
        <translation>Kies een uitvoerbestand.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/planning_map_dialog.py" line="48"/>
        <source>Exporting planning map {name}</source>
        <translation>Planningskaart {name} exporteren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py" line="84"/>
        <source>Exporting {path} failed: {detail}</source>
        <translation>Exporteren van {path} mislukt: {detail}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py" line="108"/>
        <source>INTERNAL - not for publication</source>
        <translation>INTERN - niet voor publicatie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py" line="289"/>
        <source>Indicative planning map: no rights can be derived from it.</source>
        <translation>Indicatieve planningskaart: hieraan kunnen geen rechten ontleend worden.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py" line="243"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py" line="86"/>
        <source>Made with {tool}.</source>
        <translation>Gemaakt met {tool}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py" line="49"/>
        <source>No results of challenge {id} in {path}: run the challenge first.</source>
        <translation>Geen resultaten van uitdaging {id} in {path}: voer de uitdaging eerst uit.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py" line="393"/>
        <source>No units here</source>
        <translation>Geen gebieden hier</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py" line="111"/>
        <source>Not all licences known - check before publishing</source>
        <translation>Niet alle licenties gekend - controleer voor publicatie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py" line="126"/>
        <source>Not drawn because the data could not be read: {layers}.</source>
        <translation>Niet getekend omdat de gegevens niet gelezen konden worden: {layers}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py" line="83"/>
        <source>Not enough memory to export {path}: lower the resolution.</source>
        <translation>Onvoldoende geheugen om {path} te exporteren: verlaag de resolutie.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/planning_map_dialog.py" line="107"/>
        <source>Output file</source>
        <translation>Uitvoerbestand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/planning_map_dialog.py" line="102"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py" line="144"/>
        <source>Planning map</source>
        <translation>Planningskaart</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/planning_map_dialog.py" line="66"/>
        <source>Planning map written: {path}</source>
        <translation>Planningskaart geschreven: {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/planning_map_dialog.py" line="151"/>
        <source>Planning map…</source>
        <translation>Planningskaart…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/planning_map_dialog.py" line="103"/>
        <source>Print internal or restricted sources (the map is marked internal)</source>
        <translation>Interne of beperkte bronnen afdrukken (de kaart wordt als intern gemarkeerd)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py" line="159"/>
        <source>Public</source>
        <translation>Publiek</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/planning_map_dialog.py" line="106"/>
        <source>Resolution (dpi)</source>
        <translation>Resolutie (dpi)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py" line="64"/>
        <source>SlimStad challenge {id}</source>
        <translation>SlimStad-uitdaging {id}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py" line="84"/>
        <source>SlimStad {version}</source>
        <translation>SlimStad {version}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py" line="98"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/planning_map_dialog.py" line="105"/>
        <source>Subtitle</source>
        <translation>Ondertitel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/planning_map_dialog.py" line="104"/>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/templates.py" line="247"/>
        <source>Template {path} could not be used ({problem}); the built-in {name} layout was used instead.</source>
        <translation>Sjabloon {path} kon niet gebruikt worden ({problem}); de ingebouwde opmaak {name} werd gebruikt.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py" line="116"/>
        <source>The atlas has no pages to export.</source>
        <translation>De atlas heeft geen pagina's om te exporteren.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/atlas.py" line="53"/>
        <source>The atlas layer cannot be read.</source>
        <translation>De atlaslaag kan niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/atlas.py" line="55"/>
        <source>The atlas layer {layer} has no areas (polygons).</source>
        <translation>De atlaslaag {layer} bevat geen gebieden (polygonen).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/atlas.py" line="62"/>
        <source>The atlas layer {layer} has no field {field}.</source>
        <translation>De atlaslaag {layer} heeft geen veld {field}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/atlas.py" line="58"/>
        <source>The atlas layer {layer} is empty: there are no pages to print.</source>
        <translation>De atlaslaag {layer} is leeg: er zijn geen pagina's om af te drukken.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/planning_map_dialog.py" line="69"/>
        <source>The export was cancelled.</source>
        <translation>De export werd geannuleerd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py" line="152"/>
        <source>The exporter produced no file in {folder}.</source>
        <translation>De export maakte geen bestand in {folder}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py" line="50"/>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py" line="37"/>
        <source>The project has no challenge {id} (challenges: {known}).</source>
        <translation>Het project heeft geen uitdaging {id} (uitdagingen: {known}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py" line="59"/>
        <source>The result layer {name} cannot be read from {path}.</source>
        <translation>De resultaatlaag {name} kan niet gelezen worden uit {path}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py" line="130"/>
        <source>There is no layer to put on the map: check the layers or the project.</source>
        <translation>Er is geen laag om op de kaart te zetten: controleer de lagen of het project.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py" line="135"/>
        <source>These layers are internal or restricted: {layers}. Allow restricted sources explicitly to make a map marked internal.</source>
        <translation>Deze lagen zijn intern of beperkt: {layers}. Sta beperkte bronnen uitdrukkelijk toe om een kaart te maken die als intern gemarkeerd is.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/planning_map_dialog.py" line="105"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/planning_map_dialog.py" line="91"/>
        <source>Title (default: the challenge's title)</source>
        <translation>Titel (standaard: de titel van de uitdaging)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py" line="42"/>
        <source>Unsupported output {path}: use a .pdf, .png or .svg file name.</source>
        <translation>Niet ondersteunde uitvoer {path}: gebruik een bestandsnaam op .pdf, .png of .svg.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py" line="65"/>
        <source>derived from the listed sources</source>
        <translation>afgeleid van de vermelde bronnen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/templates.py" line="258"/>
        <source>file cannot be read</source>
        <translation>bestand kan niet gelezen worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/templates.py" line="255"/>
        <source>file not found</source>
        <translation>bestand niet gevonden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py" line="61"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py" line="63"/>
        <source>licence unknown</source>
        <translation>licentie onbekend</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/templates.py" line="269"/>
        <source>no map item with id "main_map"</source>
        <translation>geen kaartelement met id "main_map"</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/templates.py" line="263"/>
        <source>not a valid layout template</source>
        <translation>geen geldig opmaaksjabloon</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py" line="61"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py" line="76"/>
        <source>owner unknown</source>
        <translation>eigenaar onbekend</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py" line="61"/>
        <source>restricted</source>
        <translation>beperkt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py" line="78"/>
        <source>update date unknown</source>
        <translation>datum laatste update onbekend</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py" line="78"/>
        <source>updated {date}</source>
        <translation>bijgewerkt {date}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py" line="75"/>
        <source>{layer}: source unknown</source>
        <translation>{layer}: bron onbekend</translation>
    </message>
</context>
<context>
    <name>SlimStadMenu</name>
    <message>
        <location filename="../slimstad_plugin/plugin.py" line="46"/>
        <source>&amp;SlimStad</source>
        <translation>&amp;SlimStad</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sample_city_action.py" line="23"/>
        <source>Create sample city…</source>
        <translation>Voorbeeldstad maken…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/plugin.py" line="53"/>
        <source>SlimStad</source>
        <translation>SlimStad</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/plugin.py" line="59"/>
        <source>SlimStad needs these Python packages in QGIS's Python: {packages}. Install them (for example python3 -m pip install --user "shapely&gt;=2") and restart QGIS.</source>
        <translation>SlimStad heeft deze Python-pakketten nodig in de Python van QGIS: {packages}. Installeer ze (bijvoorbeeld python3 -m pip install --user "shapely&gt;=2") en herstart QGIS.</translation>
    </message>
</context>
<context>
    <name>SlimStadMultiUse</name>
    <message>
        <location filename="../slimstad_plugin/core/multi_use.py" line="103"/>
        <source>Give one sector per facility</source>
        <translation>Geef één sector per voorziening</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/multi_use.py" line="111"/>
        <source>Only {n} sector(s) in the input: no cluster can combine {m}</source>
        <translation>Slechts {n} sector(en) in de invoer: geen cluster kan er {m} combineren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/multi_use.py" line="107"/>
        <source>Some facilities have no valid location</source>
        <translation>Sommige voorzieningen hebben geen geldige locatie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/multi_use.py" line="99"/>
        <source>The distance must be larger than 0</source>
        <translation>De afstand moet groter zijn dan 0</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/multi_use.py" line="105"/>
        <source>The facility layers have no features</source>
        <translation>De lagen met voorzieningen bevatten geen objecten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/multi_use.py" line="101"/>
        <source>The minimum number of sectors must be at least 1</source>
        <translation>Het minimum aantal sectoren moet minstens 1 zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/multi_use.py" line="83"/>
        <source>Write the sector mapping as layer=sector pairs: '{p}'</source>
        <translation>Schrijf de sectorkoppeling als laag=sector-paren: '{p}'</translation>
    </message>
</context>
<context>
    <name>SlimStadPriority</name>
    <message>
        <location filename="../slimstad_plugin/core/priority.py" line="94"/>
        <source>At least one weight must be larger than zero</source>
        <translation>Minstens één gewicht moet groter zijn dan nul</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/priority.py" line="246"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/priority.py" line="207"/>
        <source>Choose at least one indicator</source>
        <translation>Kies minstens één indicator</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/priority.py" line="205"/>
        <source>Give one column of values per indicator</source>
        <translation>Geef één kolom waarden per indicator</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/priority.py" line="230"/>
        <source>Indicator '{f}' has the same value everywhere and does not change the score</source>
        <translation>Indicator '{f}' heeft overal dezelfde waarde en verandert de score niet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/priority.py" line="227"/>
        <source>Indicator '{f}' is NULL for every unit</source>
        <translation>Indicator '{f}' is NULL voor elk gebied</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/priority.py" line="209"/>
        <source>The area layer has no features</source>
        <translation>De laag met gebieden bevat geen objecten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/priority.py" line="217"/>
        <source>The sensitivity step must lie between 0 and 1</source>
        <translation>De gevoeligheidsstap moet tussen 0 en 1 liggen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/priority.py" line="97"/>
        <source>The weights sum to {s} instead of 1: correct them or ask to normalise the weights (NORMALISE_WEIGHTS)</source>
        <translation>De gewichten tellen op tot {s} in plaats van 1: verbeter ze of vraag om de gewichten te normaliseren (NORMALISE_WEIGHTS)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/priority.py" line="215"/>
        <source>Unknown classification '{m}'</source>
        <translation>Onbekende klassenindeling '{m}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/priority.py" line="69"/>
        <source>Unknown direction '{d}': use 'worse' (+) or 'better' (-)</source>
        <translation>Onbekende richting '{d}': gebruik 'worse' (+) of 'better' (-)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/priority.py" line="117"/>
        <source>Unknown normalisation '{m}'</source>
        <translation>Onbekende normalisatie '{m}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/priority.py" line="211"/>
        <source>Use at least 2 classes</source>
        <translation>Gebruik minstens 2 klassen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/priority.py" line="81"/>
        <source>Weights must be numbers separated by commas: {w}</source>
        <translation>Gewichten moeten getallen zijn, gescheiden door komma's: {w}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/priority.py" line="91"/>
        <source>Weights must be zero or positive numbers</source>
        <translation>Gewichten moeten nul of positieve getallen zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/priority.py" line="66"/>
        <source>{n} directions given for {m} indicators</source>
        <translation>{n} richtingen opgegeven voor {m} indicatoren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/priority.py" line="236"/>
        <source>{n} units lack an indicator value and get no score</source>
        <translation>{n} gebieden missen een indicatorwaarde en krijgen geen score</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/priority.py" line="89"/>
        <source>{n} weights given for {m} indicators</source>
        <translation>{n} gewichten opgegeven voor {m} indicatoren</translation>
    </message>
</context>
<context>
    <name>SlimStadProvider</name>
    <message>
        <location filename="../slimstad_plugin/processing/provider.py" line="30"/>
        <source>SlimStad: shared city data around urban challenges</source>
        <translation>SlimStad: gedeelde stadsdata rond stedelijke opgaven</translation>
    </message>
</context>
<context>
    <name>SlimStadPushdown</name>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py" line="154"/>
        <source>Could not connect to database {db}: {reason}</source>
        <translation>Kon geen verbinding maken met databank {db}: {reason}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py" line="312"/>
        <source>Demand and supply are in different databases ({a} and {b}).</source>
        <translation>Vraag en aanbod staan in verschillende databanken ({a} en {b}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py" line="326"/>
        <source>Distances need a projected CRS in metres; SRID {srid} is not one.</source>
        <translation>Afstanden vragen een geprojecteerd CRS in meter; SRID {srid} is dat niet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/catchment_glue.py" line="80"/>
        <source>Engine: {engine} ({reason}).</source>
        <translation>Rekenmotor: {engine} ({reason}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/catchment_glue.py" line="93"/>
        <source>Results stored in table {table}.</source>
        <translation>Resultaten opgeslagen in tabel {table}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py" line="124"/>
        <source>The QGIS authentication configuration {id} could not be read (is the master password set?).</source>
        <translation>De QGIS-authenticatieconfiguratie {id} kon niet gelezen worden (is het hoofdwachtwoord ingesteld?).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py" line="382"/>
        <source>The calculation was canceled; the query on the server was stopped.</source>
        <translation>De berekening werd geannuleerd; de query op de server werd gestopt.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py" line="386"/>
        <source>The connection to database {db} was lost during the calculation ({reason}); nothing was written there (the transaction was rolled back).</source>
        <translation>De verbinding met databank {db} viel weg tijdens de berekening ({reason}); er werd niets weggeschreven (de transactie werd teruggedraaid).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py" line="83"/>
        <source>The database engine cannot run: {reason}.</source>
        <translation>De databankmotor kan niet rekenen: {reason}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py" line="148"/>
        <source>The database engine needs the Python module psycopg2 (Debian/Ubuntu: python3-psycopg2).</source>
        <translation>De databankmotor heeft de Python-module psycopg2 nodig (Debian/Ubuntu: python3-psycopg2).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py" line="392"/>
        <source>The database refused the calculation: {reason}</source>
        <translation>De databank weigerde de berekening: {reason}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py" line="383"/>
        <source>The database stopped the query (statement timeout or an administrator).</source>
        <translation>De databank stopte de query (time-out of een beheerder).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/results_writer.py" line="84"/>
        <source>The results could not be stored in schema {schema} ({reason}); they are returned to QGIS only. Without CREATE rights on that schema, ask the database owner for them.</source>
        <translation>De resultaten konden niet opgeslagen worden in schema {schema} ({reason}); ze komen enkel naar QGIS. Zonder CREATE-rechten op dat schema: vraag ze aan de databankbeheerder.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py" line="235"/>
        <source>The {role} field {field} is not numeric.</source>
        <translation>Het {role}veld {field} is niet numeriek.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py" line="220"/>
        <source>The {role} table {table} does not exist in the database.</source>
        <translation>De {role}tabel {table} bestaat niet in de databank.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py" line="229"/>
        <source>The {role} table {table} has no column {column}.</source>
        <translation>De {role}tabel {table} heeft geen kolom {column}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py" line="232"/>
        <source>The {role} table {table} has no field {field}.</source>
        <translation>De {role}tabel {table} heeft geen veld {field}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py" line="245"/>
        <source>The {role} table {table} has no spatial index. SlimStad creates none on a shared database (it computes on a private indexed copy), but maps and other queries on that table stay slow. Ask the database owner to run: {statement}</source>
        <translation>De {role}tabel {table} heeft geen ruimtelijke index. SlimStad maakt er geen aan in een gedeelde databank (het rekent op een eigen geïndexeerde kopie), maar kaarten en andere query's op die tabel blijven traag. Vraag de databankbeheerder om uit te voeren: {statement}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py" line="92"/>
        <source>There is no PostgreSQL connection called {name} in QGIS.</source>
        <translation>Er is geen PostgreSQL-verbinding met de naam {name} in QGIS.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py" line="46"/>
        <source>Unknown engine {engine}; use one of {names}.</source>
        <translation>Onbekende rekenmotor {engine}; gebruik een van {names}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py" line="99"/>
        <source>a layer is missing or invalid</source>
        <translation>een laag ontbreekt of is ongeldig</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/catchment_glue.py" line="75"/>
        <source>a selection or filter on the {role} layer</source>
        <translation>een selectie of filter op de {role}laag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/catchment_glue.py" line="71"/>
        <source>a street network</source>
        <translation>een stratennetwerk</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py" line="86"/>
        <source>computed in database {db}: every input is a table there</source>
        <translation>berekend in databank {db}: elke invoer is daar een tabel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py" line="84"/>
        <source>computed on the desktop: {reason}</source>
        <translation>berekend op de desktop: {reason}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py" line="334"/>
        <source>demand</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py" line="106"/>
        <source>layer {name} has a filter</source>
        <translation>laag {name} heeft een filter</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py" line="108"/>
        <source>layer {name} has no geometry column</source>
        <translation>laag {name} heeft geen geometriekolom</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py" line="110"/>
        <source>layer {name} has no single-column primary key</source>
        <translation>laag {name} heeft geen primaire sleutel op één kolom</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py" line="104"/>
        <source>layer {name} is an SQL query, not a table</source>
        <translation>laag {name} is een SQL-query, geen tabel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py" line="101"/>
        <source>layer {name} is not a PostGIS table</source>
        <translation>laag {name} is geen PostGIS-tabel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py" line="66"/>
        <source>layer {role} has SRID {srid}, unknown to QGIS</source>
        <translation>laag {role} heeft SRID {srid}, onbekend voor QGIS</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py" line="335"/>
        <source>supply</source>
        <translation>aanbod</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py" line="78"/>
        <source>the desktop engine was requested</source>
        <translation>de desktopmotor werd gevraagd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py" line="61"/>
        <source>the inputs are in different databases ({names})</source>
        <translation>de invoer staat in verschillende databanken ({names})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py" line="262"/>
        <source>{count} {label} features have a NULL value; counted as 0.</source>
        <translation>{count} {label}objecten hebben een NULL-waarde; geteld als 0.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py" line="264"/>
        <source>{count} {label} features have a negative or non-numeric value; counted as 0.</source>
        <translation>{count} {label}objecten hebben een negatieve of niet-numerieke waarde; geteld als 0.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py" line="53"/>
        <source>{what} is only available in the desktop engine</source>
        <translation>{what} is enkel beschikbaar in de desktopmotor</translation>
    </message>
</context>
<context>
    <name>SlimStadRebinding</name>
    <message>
        <location filename="../slimstad_plugin/gui/binding_report_dialog.py" line="45"/>
        <source>(optional)</source>
        <translation>(optioneel)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/binding_report_dialog.py" line="55"/>
        <source>Add to project</source>
        <translation>Aan project toevoegen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/binding_report_dialog.py" line="41"/>
        <source>Asked for</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/binding_report_dialog.py" line="41"/>
        <source>Bound to</source>
        <translation>Gekoppeld aan</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/binding_report_dialog.py" line="34"/>
        <source>Challenge from another city: {title}</source>
        <translation>Uitdaging van een andere stad: {title}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/binding_report_dialog.py" line="42"/>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/binding_report_dialog.py" line="41"/>
        <source>Matched by</source>
        <translation>Gekoppeld via</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/binding_report_dialog.py" line="42"/>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/binding_report_dialog.py" line="41"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/rebinding.py" line="106"/>
        <source>all {count} layer references bound</source>
        <translation>alle {count} laagverwijzingen gekoppeld</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/rebinding.py" line="109"/>
        <source>cannot run: {problems}</source>
        <translation>kan niet uitgevoerd worden: {problems}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/rebinding.py" line="83"/>
        <source>missing roles: {roles}</source>
        <translation>ontbrekende rollen: {roles}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/binding_report_dialog.py" line="23"/>
        <source>not found</source>
        <translation>niet gevonden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/rebinding.py" line="78"/>
        <source>same catalogue id</source>
        <translation>zelfde catalogus-id</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/rebinding.py" line="79"/>
        <source>same layer name</source>
        <translation>zelfde laagnaam</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/rebinding.py" line="78"/>
        <source>same sector and roles</source>
        <translation>zelfde sector en rollen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/rebinding.py" line="107"/>
        <source>{bound} of {count} layer references bound (the rest are optional)</source>
        <translation>{bound} van {count} laagverwijzingen gekoppeld (de rest is optioneel)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/rebinding.py" line="77"/>
        <source>{slot}: no layer found for {wanted}</source>
        <translation>{slot}: geen laag gevonden voor {wanted}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/rebinding.py" line="75"/>
        <source>{slot}: no {sector} layer with {roles}</source>
        <translation>{slot}: geen laag van sector {sector} met {roles}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/rebinding.py" line="80"/>
        <source>{slot}: {wanted} -&gt; {target} ({how})</source>
        <translation>{slot}: {wanted} -&gt; {target} ({how})</translation>
    </message>
</context>
<context>
    <name>SlimStadSectors</name>
    <message>
        <location filename="../slimstad_plugin/core/sectors.py" line="20"/>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sectors.py" line="25"/>
        <source>Economy</source>
        <translation>Economie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sectors.py" line="19"/>
        <source>Education</source>
        <translation>Onderwijs</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sectors.py" line="24"/>
        <source>Green space and environment</source>
        <translation>Groen en omgeving</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sectors.py" line="22"/>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sectors.py" line="23"/>
        <source>Mobility</source>
        <translation>Mobiliteit</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sectors.py" line="27"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sectors.py" line="18"/>
        <source>Population</source>
        <translation>Bevolking</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sectors.py" line="26"/>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sectors.py" line="21"/>
        <source>Welfare and elderly care</source>
        <translation>Welzijn en ouderenzorg</translation>
    </message>
</context>
<context>
    <name>SlimStadSharing</name>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py" line="139"/>
        <source>A file in the package is larger than it claims: {name}</source>
        <translation>Een bestand in het pakket is groter dan opgegeven: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py" line="97"/>
        <source>A file in the package is suspiciously highly compressed: {name}</source>
        <translation>Een bestand in het pakket is verdacht sterk gecomprimeerd: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py" line="93"/>
        <source>A file in the package is too large: {name}</source>
        <translation>Een bestand in het pakket is te groot: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/compare.py" line="91"/>
        <source>Cannot open the project {path}.</source>
        <translation>Kan het project {path} niet openen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py" line="257"/>
        <source>Cannot read the project {path}: {error}</source>
        <translation>Kan het project {path} niet lezen: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py" line="105"/>
        <source>Cannot unpack into {path}: {error}</source>
        <translation>Kan niet uitpakken in {path}: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py" line="121"/>
        <source>Cannot write a snapshot of {layer}: {error}</source>
        <translation>Kan geen momentopname van {layer} schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py" line="283"/>
        <source>Cannot write the package: {error}</source>
        <translation>Kan het pakket niet schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py" line="155"/>
        <source>Cannot write the project copy: {error}</source>
        <translation>Kan de projectkopie niet schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py" line="268"/>
        <source>Copying data</source>
        <translation>Gegevens kopiëren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py" line="200"/>
        <source>Credentials were still found in {files}; the package was not written.</source>
        <translation>Er zijn nog inloggegevens gevonden in {files}; het pakket is niet geschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py" line="280"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/pack_dialog.py" line="83"/>
        <source>Folder to unpack into</source>
        <translation>Map om in uit te pakken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py" line="211"/>
        <source>GeoPackage snapshot of {source}</source>
        <translation>GeoPackage-momentopname van {source}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/compare.py" line="193"/>
        <source>How each city's data was bound</source>
        <translation>Hoe de gegevens van elke stad gekoppeld zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/pack_dialog.py" line="139"/>
        <source>Import a challenge</source>
        <translation>Uitdaging importeren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/pack_dialog.py" line="59"/>
        <source>Import a challenge from another city…</source>
        <translation>Uitdaging van een andere stad importeren…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py" line="218"/>
        <source>Layer {layer}: credentials were removed; configure a QGIS authentication configuration for {endpoint} and set it on the layer.</source>
        <translation>Laag {layer}: de inloggegevens zijn verwijderd; maak een QGIS-authenticatieconfiguratie voor {endpoint} en stel ze in op de laag.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/pack_dialog.py" line="119"/>
        <source>Layers that need attention: {names}</source>
        <translation>Lagen die aandacht vragen: {names}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py" line="135"/>
        <source>Left out because its licence is {licence}; include it explicitly to share it.</source>
        <translation>Weggelaten omdat de licentie {licence} is; neem de laag uitdrukkelijk op om ze te delen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py" line="128"/>
        <source>Left out: its data file does not exist at the sender ({name}).</source>
        <translation>Weggelaten: het gegevensbestand bestaat niet bij de afzender ({name}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/compare.py" line="214"/>
        <source>Name at least one city to compare.</source>
        <translation>Geef minstens één stad op om te vergelijken.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/compare.py" line="223"/>
        <source>No city could be compared: {problems}</source>
        <translation>Geen enkele stad kon vergeleken worden: {problems}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py" line="185"/>
        <source>Only this layer's table was copied out of a GeoPackage that holds other layers.</source>
        <translation>Alleen de tabel van deze laag is gekopieerd uit een GeoPackage met nog andere lagen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/pack_dialog.py" line="79"/>
        <source>Open a shared package</source>
        <translation>Gedeeld pakket openen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/pack_dialog.py" line="58"/>
        <source>Open a shared package…</source>
        <translation>Gedeeld pakket openen…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/pack_dialog.py" line="57"/>
        <source>Pack project for sharing…</source>
        <translation>Project inpakken om te delen…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/pack_dialog.py" line="117"/>
        <source>Package opened from {path}; every checksum matched.</source>
        <translation>Pakket geopend uit {path}; alle controlesommen klopten.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py" line="246"/>
        <source>Packing was canceled; nothing was written.</source>
        <translation>Het inpakken is geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py" line="255"/>
        <source>Reading the project</source>
        <translation>Project lezen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/compare.py" line="198"/>
        <source>Same challenge, same indicators and units for every city; the maps share one classification.</source>
        <translation>Dezelfde uitdaging, dezelfde indicatoren en eenheden voor elke stad; de kaarten delen één klassenindeling.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/pack_dialog.py" line="73"/>
        <source>Save the project first: the package is made from the saved file.</source>
        <translation>Sla het project eerst op: het pakket wordt gemaakt van het opgeslagen bestand.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/pack_dialog.py" line="140"/>
        <source>SlimStad challenge (*.slimstad.json)</source>
        <translation>SlimStad-uitdaging (*.slimstad.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/pack_dialog.py" line="80"/>
        <source>SlimStad package (*.zip)</source>
        <translation>SlimStad-pakket (*.zip)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/pack_dialog.py" line="24"/>
        <source>SlimStad: open package {name}</source>
        <translation>SlimStad: pakket {name} openen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py" line="95"/>
        <source>The challenge file {path} does not exist.</source>
        <translation>Het uitdagingsbestand {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/pack_dialog.py" line="100"/>
        <source>The current project has unsaved changes. Save them before opening the package?</source>
        <translation>Het huidige project heeft niet-opgeslagen wijzigingen. Eerst opslaan voor het pakket geopend wordt?</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py" line="168"/>
        <source>The data file of {layer} does not exist: {path}</source>
        <translation>Het gegevensbestand van {layer} bestaat niet: {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py" line="86"/>
        <source>The folder {path} does not exist.</source>
        <translation>De map {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py" line="90"/>
        <source>The package contains a file twice: {name}</source>
        <translation>Het pakket bevat een bestand twee keer: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py" line="61"/>
        <source>The package contains a link or special file: {name}</source>
        <translation>Het pakket bevat een koppeling of speciaal bestand: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py" line="54"/>
        <source>The package contains a path outside its folder: {name}</source>
        <translation>Het pakket bevat een pad buiten zijn map: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py" line="51"/>
        <source>The package contains an absolute path: {name}</source>
        <translation>Het pakket bevat een absoluut pad: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py" line="84"/>
        <source>The package contains an encrypted file: {name}</source>
        <translation>Het pakket bevat een versleuteld bestand: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py" line="56"/>
        <source>The package contains an invalid file name: {name}</source>
        <translation>Het pakket bevat een ongeldige bestandsnaam: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py" line="92"/>
        <source>The package does not match its manifest ({details}); it was not opened.</source>
        <translation>Het pakket komt niet overeen met zijn manifest ({details}); het is niet geopend.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py" line="105"/>
        <source>The package has no manifest.json.</source>
        <translation>Het pakket bevat geen manifest.json.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py" line="74"/>
        <source>The package has too many files ({count}).</source>
        <translation>Het pakket bevat te veel bestanden ({count}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py" line="84"/>
        <source>The package may not replace the project or its folder.</source>
        <translation>Het pakket mag het project of zijn map niet vervangen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py" line="100"/>
        <source>The package unpacks to more than the allowed size.</source>
        <translation>Het uitgepakte pakket is groter dan toegestaan.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py" line="67"/>
        <source>The package was made by a newer SlimStad; please update the plugin.</source>
        <translation>Het pakket is gemaakt met een nieuwere SlimStad; werk de plugin bij.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/pack_dialog.py" line="127"/>
        <source>The package was not opened</source>
        <translation>Het pakket is niet geopend</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/pack_dialog.py" line="110"/>
        <source>The package was unpacked to {path}; open its project when you are ready.</source>
        <translation>Het pakket is uitgepakt in {path}; open het project wanneer u klaar bent.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py" line="83"/>
        <source>The package {path} does not exist.</source>
        <translation>Het pakket {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py" line="205"/>
        <source>The project copy still contains absolute paths; the package was not written.</source>
        <translation>De projectkopie bevat nog absolute paden; het pakket is niet geschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py" line="96"/>
        <source>The project {name} named in the manifest is missing.</source>
        <translation>Het project {name} uit het manifest ontbreekt.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py" line="74"/>
        <source>The project {path} does not exist.</source>
        <translation>Het project {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/example_cities.py" line="46"/>
        <source>The test pack {path} has no layer {layer}.</source>
        <translation>Het testpakket {path} bevat geen laag {layer}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/pack_dialog.py" line="40"/>
        <source>Unexpected problem while unpacking: {error}</source>
        <translation>Onverwacht probleem bij het uitpakken: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/example_cities.py" line="117"/>
        <source>Unknown example city {city}.</source>
        <translation>Onbekende voorbeeldstad {city}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py" line="278"/>
        <source>Writing the package</source>
        <translation>Pakket schrijven</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py" line="270"/>
        <source>Writing the project</source>
        <translation>Project schrijven</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py" line="128"/>
        <source>changed: {files}</source>
        <translation>gewijzigd: {files}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py" line="109"/>
        <source>manifest.json cannot be read: {error}</source>
        <translation>manifest.json kan niet gelezen worden: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py" line="80"/>
        <source>manifest.json is incomplete: {error}</source>
        <translation>manifest.json is onvolledig: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py" line="65"/>
        <source>manifest.json is not a SlimStad package manifest.</source>
        <translation>manifest.json is geen manifest van een SlimStad-pakket.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py" line="130"/>
        <source>missing: {files}</source>
        <translation>ontbreekt: {files}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/compare.py" line="129"/>
        <source>no value</source>
        <translation>geen waarde</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py" line="132"/>
        <source>not in the manifest: {files}</source>
        <translation>niet in het manifest: {files}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py" line="144"/>
        <source>{layer} could not be reached and stays a link.</source>
        <translation>{layer} is niet bereikbaar en blijft een koppeling.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py" line="187"/>
        <source>{layer} shares its file with layers that are left out.</source>
        <translation>{layer} deelt zijn bestand met lagen die weggelaten worden.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py" line="78"/>
        <source>{path} already exists; choose another name or overwrite it.</source>
        <translation>{path} bestaat al; kies een andere naam of overschrijf het.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py" line="47"/>
        <source>{path} exists and is not an empty folder.</source>
        <translation>{path} bestaat en is geen lege map.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py" line="81"/>
        <source>{path} is a folder that is not a SlimStad package; it is not overwritten.</source>
        <translation>{path} is een map die geen SlimStad-pakket is; ze wordt niet overschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py" line="76"/>
        <source>{path} is not a QGIS project (.qgz or .qgs).</source>
        <translation>{path} is geen QGIS-project (.qgz of .qgs).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py" line="75"/>
        <source>{path} is not a readable zip file: {error}</source>
        <translation>{path} is geen leesbaar zipbestand: {error}</translation>
    </message>
</context>
</TS>
