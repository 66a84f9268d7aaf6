<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>SlimStadAbout</name>
    <message>
        <location filename="../slimstad_plugin/gui/about.py"/>
        <source>About SlimStad</source>
        <translation>Over SlimStad</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/about.py"/>
        <source>SlimStad {version}: connecting the smart city intelligently. Shared city data around one urban challenge.</source>
        <translation>SlimStad {version}: de slimme stad intelligent verbinden. Gedeelde stadsdata rond één stedelijke opgave.</translation>
    </message>
</context>
<context>
    <name>SlimStadAccessibility</name>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>2SFCA</source>
        <translation>2SFCA</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Accessibility per demand location</source>
        <translation>Bereikbaarheid per vraaglocatie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Also store the results in this database schema (database engine)</source>
        <translation>De resultaten ook in dit databaseschema bewaren (databasemotor)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Backward direction</source>
        <translation>Tegen de digitaliseerrichting</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Both directions</source>
        <translation>Beide richtingen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Catchment (metres, or minutes for travel time; inclusive)</source>
        <translation>Bereik (meter, of minuten voor reistijd; inclusief)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Choose a demand layer and a supply layer.</source>
        <translation>Kies een laag met de vraag en een laag met het aanbod.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Connect locations to</source>
        <translation>Locaties verbinden met</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Cost</source>
        <translation>Kost</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Costs are travel times in minutes; connectors to the network at {speed} km/h.</source>
        <translation>Kosten zijn reistijden in minuten; verbindingen naar het netwerk aan {speed} km/u.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Cycling (15 km/h)</source>
        <translation>Fietsen (15 km/u)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Database (PostGIS)</source>
        <translation>Database (PostGIS)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Default direction</source>
        <translation>Standaardrichting</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Default speed (km/h; empty: the travel mode's speed)</source>
        <translation>Standaardsnelheid (km/u; leeg: de snelheid van de vervoerswijze)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Demand (points or areas)</source>
        <translation>Vraag (punten of vlakken)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Demand field (for example residents)</source>
        <translation>Veld met de vraag (bijvoorbeeld inwoners)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Demand locations not connected to the network</source>
        <translation>Vraaglocaties niet verbonden met het netwerk</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Demand-facility pairs within the distance</source>
        <translation>Paren vraag-voorziening binnen de afstand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Direction field</source>
        <translation>Richtingsveld</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Distance (metres)</source>
        <translation>Afstand (meter)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Distances are measured in {crs} (the demand layer's CRS is not in metres).</source>
        <translation>Afstanden worden gemeten in {crs} (het CRS van de vraaglaag is niet in meter).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Driving (50 km/h)</source>
        <translation>Auto (50 km/u)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>E2SFCA, Gaussian weight</source>
        <translation>E2SFCA, Gaussisch gewicht</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>E2SFCA, step weights</source>
        <translation>E2SFCA, trapsgewijze gewichten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Engine</source>
        <translation>Rekenmotor</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Engine used</source>
        <translation>Gebruikte rekenmotor</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Facilities not connected to the network</source>
        <translation>Voorzieningen niet verbonden met het netwerk</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Forward direction</source>
        <translation>In de digitaliseerrichting</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Gaussian sigma (metres or minutes, default half the catchment)</source>
        <translation>Gaussische sigma (meter of minuten, standaard de helft van het bereik)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Maximum distance from a location to the network (metres)</source>
        <translation>Maximale afstand van een locatie tot het netwerk (meter)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/network_distance.py"/>
        <source>Network distances need the Python package scipy, which is missing.</source>
        <translation>Netwerkafstanden hebben het Python-pakket scipy nodig, maar dat ontbreekt.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>No network: travel time is the straight-line distance at {speed} km/h.</source>
        <translation>Geen netwerk: de reistijd is de afstand in rechte lijn aan {speed} km/u.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Provenance (JSON)</source>
        <translation>Herkomst (JSON)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Results table in the database</source>
        <translation>Resultatentabel in de database</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>Sigma must be a number of metres.</source>
        <translation>Sigma moet een aantal meter zijn.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>Sigma must be greater than 0 metres (got {value}).</source>
        <translation>Sigma moet groter zijn dan 0 meter (kreeg {value}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Speed field (km/h)</source>
        <translation>Snelheidsveld (km/u)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Street network for network distances</source>
        <translation>Stratennet voor netwerkafstanden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Street network: {nodes} nodes, {edges} edges, {one_way} one-way lines.</source>
        <translation>Stratennet: {nodes} knopen, {edges} verbindingen, {one_way} eenrichtingslijnen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Supply (facilities)</source>
        <translation>Aanbod (voorzieningen)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Supply field (for example places)</source>
        <translation>Veld met het aanbod (bijvoorbeeld plaatsen)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Supply-demand ratio per facility</source>
        <translation>Verhouding aanbod/vraag per voorziening</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>The accessibility calculation was canceled.</source>
        <translation>De berekening van de bereikbaarheid werd geannuleerd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>The chunk size must be at least 1.</source>
        <translation>De blokgrootte moet minstens 1 zijn.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>The distance must be a number of metres.</source>
        <translation>De afstand moet een aantal meter zijn.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>The distance must be greater than 0 metres (got {value}).</source>
        <translation>De afstand moet groter zijn dan 0 meter (kreeg {value}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/points.py"/>
        <source>The field {field} of layer {layer} is not numeric.</source>
        <translation>Het veld {field} van laag {layer} is niet numeriek.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>The input already has a field {field}; the result is in {renamed}.</source>
        <translation>De invoer heeft al een veld {field}; het resultaat staat in {renamed}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/network_lines.py"/>
        <source>The layer {layer} has no field {field}.</source>
        <translation>De laag {layer} heeft geen veld {field}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/network_search.py"/>
        <source>The locations differ from those tied to the network.</source>
        <translation>De locaties verschillen van die welke aan het netwerk zijn verbonden.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>The nearest network vertex</source>
        <translation>Het dichtstbijzijnde netwerkpunt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>The nearest point on the nearest line (as QGIS network analysis)</source>
        <translation>Het dichtstbijzijnde punt op de dichtstbijzijnde lijn (zoals de netwerkanalyse van QGIS)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/network_distance.py"/>
        <source>The network layer has empty or infinite coordinates.</source>
        <translation>De netwerklaag heeft lege of oneindige coördinaten.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/network_distance.py"/>
        <source>The network layer has no lines.</source>
        <translation>De netwerklaag bevat geen lijnen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/network_lines.py"/>
        <source>The network layer {layer} must contain lines.</source>
        <translation>De netwerklaag {layer} moet lijnen bevatten.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/network_distance.py"/>
        <source>The speed must be greater than 0 km/h (got {value}).</source>
        <translation>De snelheid moet groter zijn dan 0 km/u (gekregen: {value}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/network_distance.py"/>
        <source>The topology tolerance must be 0 or more (got {value}).</source>
        <translation>De topologische tolerantie moet 0 of meer zijn (gekregen: {value}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>The {label} coordinates contain empty or infinite values.</source>
        <translation>De coördinaten ({label}) bevatten lege of oneindige waarden.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>The {label} coordinates must be an array of (x, y) pairs.</source>
        <translation>De coördinaten ({label}) moeten een reeks (x, y)-paren zijn.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>The {label} layer has no features with a geometry.</source>
        <translation>De laag ({label}) bevat geen objecten met een geometrie.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>The {label} layer has no features.</source>
        <translation>De laag ({label}) bevat geen objecten.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>The {label} values contain empty or infinite values.</source>
        <translation>De waarden ({label}) bevatten lege of oneindige waarden.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>The {label} values must not be negative.</source>
        <translation>De waarden ({label}) mogen niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>There are {values} {label} values for {points} {label} points.</source>
        <translation>Er zijn {values} waarden ({label}) voor {points} punten ({label}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Topology tolerance</source>
        <translation>Topologische tolerantie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Travel mode (speed for travel time)</source>
        <translation>Vervoerswijze (snelheid voor de reistijd)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Travel time (minutes)</source>
        <translation>Reistijd (minuten)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/network_distance.py"/>
        <source>Unknown cost {value}; use distance or time.</source>
        <translation>Onbekende kost {value}; gebruik distance of time.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>Unknown floating catchment method {method}; use one of {names}.</source>
        <translation>Onbekende floating-catchmentmethode {method}; gebruik een van {names}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/network_distance.py"/>
        <source>Unknown tie method {value}; use edge or node.</source>
        <translation>Onbekende verbindingsmethode {value}; gebruik edge of node.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Value for backward direction</source>
        <translation>Waarde voor tegen de digitaliseerrichting</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Value for both directions</source>
        <translation>Waarde voor beide richtingen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Value for forward direction</source>
        <translation>Waarde voor de digitaliseerrichting</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Walking (4.8 km/h)</source>
        <translation>Wandelen (4,8 km/u)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>demand</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>supply</source>
        <translation>aanbod</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>{count} invalid {label} geometries were repaired.</source>
        <translation>{count} ongeldige geometrieën ({label}) werden hersteld.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>{count} network features have no usable speed; they use {speed} km/h.</source>
        <translation>{count} netwerkobjecten hebben geen bruikbare snelheid; ze gebruiken {speed} km/u.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>{count} network features without a usable line were skipped.</source>
        <translation>{count} netwerkobjecten zonder bruikbare lijn werden overgeslagen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>{count} {label} features have a NULL value; counted as 0.</source>
        <translation>{count} objecten ({label}) hebben een NULL-waarde; geteld als 0.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>{count} {label} features have a negative or non-numeric value; counted as 0.</source>
        <translation>{count} objecten ({label}) hebben een negatieve of niet-numerieke waarde; geteld als 0.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>{count} {label} features without a usable geometry were skipped.</source>
        <translation>{count} objecten ({label}) zonder bruikbare geometrie werden overgeslagen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>{count} {label} locations are farther than {max} m from the network and were not connected (NULL in the output): feature ids {ids}.</source>
        <translation>{count} {label}locaties liggen verder dan {max} m van het netwerk en werden niet verbonden (NULL in het resultaat): object-id's {ids}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>{pairs} demand-facility pairs within {distance} {unit}.</source>
        <translation>{pairs} paren vraag-voorziening binnen {distance} {unit}.</translation>
    </message>
</context>
<context>
    <name>SlimStadAlgorithm</name>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Accessibility (floating catchment, 2SFCA / E2SFCA)</source>
        <translation>Bereikbaarheid (floating catchment, 2SFCA / E2SFCA)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Allow restricted sources (the map is marked internal)</source>
        <translation>Beperkte bronnen toestaan (de kaart wordt als intern gemarkeerd)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py"/>
        <source>Also include internal and restricted layers (check their licence)</source>
        <translation>Ook interne en beperkte lagen opnemen (controleer hun licentie)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Area units</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Atlas page name field</source>
        <translation>Veld met de paginanaam van de atlas</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Atlas: one page per area of</source>
        <translation>Atlas: één pagina per gebied van</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Builds a planning map from a template (title, map, legend, scale bar, north arrow, overview, top-N table, sources with owner, licence and last update) as a print layout in the project, and exports it to PDF, PNG or SVG. With an atlas layer, one page per area. Internal or restricted sources need 'Allow restricted sources'; the map is then marked internal.</source>
        <translation>Maakt een planningskaart uit een sjabloon (titel, kaart, legende, schaalbalk, noordpijl, overzichtskaart, top-N-tabel, bronnen met eigenaar, licentie en laatste update) als afdrukopmaak in het project, en exporteert ze naar PDF, PNG of SVG. Met een atlaslaag één pagina per gebied. Interne of beperkte bronnen vragen 'Beperkte bronnen toestaan'; de kaart wordt dan als intern gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Candidate locations</source>
        <translation>Kandidaat-locaties</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Centroid point</source>
        <translation>Zwaartepunt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Challenges</source>
        <translation>Opgaven</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Check catalogue sources</source>
        <translation>Catalogusbronnen controleren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Checks every entry of one or more catalogues: is the source reachable, is the layer there, how many features, which CRS; how fresh the data is against the promised update rhythm; and the quality of vector layers (invalid or empty geometries, duplicate ids, empty key fields, features outside the expected extent). Optionally writes the full result as JSON and a quality report as HTML.</source>
        <translation>Controleert elke ingang van een of meer catalogi: is de bron bereikbaar, is de laag er, hoeveel objecten, welk CRS; hoe actueel de data zijn tegenover het beloofde bijwerkritme; en de kwaliteit van vectorlagen (ongeldige of lege geometrieën, dubbele id's, lege sleutelvelden, objecten buiten de verwachte omvang). Schrijft optioneel het volledige resultaat als JSON en een kwaliteitsrapport als HTML.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Choose at least one facility layer</source>
        <translation>Kies minstens één laag met voorzieningen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Choose at least one indicator</source>
        <translation>Kies minstens één indicator</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Class upper bounds</source>
        <translation>Bovengrenzen van de klassen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Classification</source>
        <translation>Klassenindeling</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Cluster polygon</source>
        <translation>Clusterpolygoon</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Combines numeric indicators of area units into one priority score. Each indicator is normalised (min-max, z-score or rank), oriented by its direction ('worse' or '+': higher values raise the priority; 'better' or '-': they lower it) and weighted (weights must sum to 1 unless 'Normalise weights' is ticked). Scores are classified with QGIS's quantile or natural breaks (Jenks) method. Sensitivity: every weight is moved by plus and minus the step (10 % by default, the others renormalised) and sens_changes counts the moves that change a unit's class. A unit with a NULL indicator gets a NULL score and class, and 'missing' lists the indicators it lacks.</source>
        <translation>Combineert numerieke indicatoren van gebieden tot één prioriteitsscore. Elke indicator wordt genormaliseerd (min-max, z-score of rang), georiënteerd volgens zijn richting ('worse' of '+': hogere waarden verhogen de prioriteit; 'better' of '-': ze verlagen ze) en gewogen (de gewichten moeten optellen tot 1, tenzij 'Gewichten normaliseren' aangevinkt is). Scores worden ingedeeld met de kwantiel- of natuurlijke-grenzenmethode (Jenks) van QGIS. Gevoeligheid: elk gewicht wordt met plus en min de stap verschoven (standaard 10 %, de andere hernormaliseerd) en sens_changes telt de verschuivingen die de klasse van een gebied veranderen. Een gebied met een NULL-indicator krijgt een NULL-score en -klasse, en 'missing' somt de ontbrekende indicatoren op.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py"/>
        <source>Copies every feature of a layer (WFS, OGC API Features, PostGIS, …) into a GeoPackage so it can be used offline. The GeoPackage records where the data came from (without credentials), when, how many features and a SHA-256 checksum in the table slimstad_snapshots. Web services are paged with the server's own page size; a copy holding fewer features than the service reports is refused.</source>
        <translation>Kopieert elk object van een laag (WFS, OGC API Features, PostGIS, …) naar een GeoPackage zodat ze offline gebruikt kan worden. Het GeoPackage legt vast waar de gegevens vandaan komen (zonder aanmeldgegevens), wanneer, hoeveel objecten en een SHA-256-controlesom in de tabel slimstad_snapshots. Webdiensten worden overlopen met de paginagrootte van de server zelf; een kopie met minder objecten dan de dienst meldt, wordt geweigerd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Coverage distance</source>
        <translation>Dekkingsafstand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/sample_city_algorithm.py"/>
        <source>Create sample city (Voorbeeldstad)</source>
        <translation>Voorbeeldstad aanmaken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Demand (points or areas)</source>
        <translation>Vraag (punten of gebieden)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Demand value field (empty: 1 per feature)</source>
        <translation>Veld met vraagwaarde (leeg: 1 per object)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Directions, comma-separated (worse/+ or better/-; empty: all worse)</source>
        <translation>Richtingen, gescheiden door komma's (worse/+ of better/-; leeg: alle worse)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Existing facilities</source>
        <translation>Bestaande voorzieningen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Export planning map</source>
        <translation>Planningskaart exporteren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Facility layers (one sector each)</source>
        <translation>Lagen met voorzieningen (één sector per laag)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Field '{f}' does not exist in the area layer</source>
        <translation>Veld '{f}' bestaat niet in de laag met gebieden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Field '{f}' does not exist in the demand layer</source>
        <translation>Veld '{f}' bestaat niet in de vraaglaag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Field '{f}' is not numeric</source>
        <translation>Veld '{f}' is niet numeriek</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Finds clusters of facilities within the given distance of each other (single linkage: chains count) that combine facilities of different sectors: candidate sites for shared use of buildings. A layer's sector comes from the mapping (layer=sector; ...), else from the layer's SlimStad sector property, else from its name. The score is the number of distinct sectors; only clusters with at least the minimum number of sectors are written, as polygons (convex hull buffered by half the distance) or centroid points.</source>
        <translation>Zoekt clusters van voorzieningen binnen de opgegeven afstand van elkaar (single linkage: ketens tellen mee) die voorzieningen van verschillende sectoren combineren: kandidaat-sites voor gedeeld gebruik van gebouwen. De sector van een laag komt uit de koppeling (laag=sector; ...), anders uit de SlimStad-sectoreigenschap van de laag, anders uit haar naam. De score is het aantal verschillende sectoren; enkel clusters met minstens het minimum aantal sectoren worden geschreven, als polygonen (convex omhulsel met een buffer van de halve afstand) of zwaartepunten.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/sample_city_algorithm.py"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/sample_city_algorithm.py"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Give candidate locations or a study area for a candidate grid</source>
        <translation>Geef kandidaat-locaties of een studiegebied voor een raster van kandidaten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Grid spacing</source>
        <translation>Rasterafstand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>HTML (*.html);;CSV (*.csv)</source>
        <translation>HTML (*.html);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py"/>
        <source>Include remote layers as GeoPackage snapshots</source>
        <translation>Externe lagen als GeoPackage-momentopname opnemen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Language of QGIS</source>
        <translation>Taal van QGIS</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Language of the map</source>
        <translation>Taal van de kaart</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Layers on the map (default: the visible layers)</source>
        <translation>Lagen op de kaart (standaard: de zichtbare lagen)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Light background: layer name or data source (empty: from the settings)</source>
        <translation>Lichte achtergrond: laagnaam of gegevensbron (leeg: uit de instellingen)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py"/>
        <source>Make offline snapshot of a layer</source>
        <translation>Offline momentopname van een laag maken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Maps</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Min-max</source>
        <translation>Min-max</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Minimum number of sectors</source>
        <translation>Minimum aantal sectoren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Multi-use sites</source>
        <translation>Multi-inzetbare sites</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Multi-use sites (facilities of several sectors close together)</source>
        <translation>Multi-inzetbare voorzieningen (voorzieningen van meerdere sectoren dicht bij elkaar)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Natuurlijke grenzen (Jenks)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Normalisation</source>
        <translation>Normalisatie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Normalise weights that do not sum to 1</source>
        <translation>Gewichten normaliseren die niet optellen tot 1</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Number of classes</source>
        <translation>Aantal klassen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Number of new locations</source>
        <translation>Aantal nieuwe locaties</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Output geometry</source>
        <translation>Uitvoergeometrie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/sample_city_algorithm.py"/>
        <source>Overwrite an existing file</source>
        <translation>Bestaand bestand overschrijven</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py"/>
        <source>Pack project for sharing</source>
        <translation>Project inpakken om te delen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py"/>
        <source>Package</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py"/>
        <source>Packs a saved QGIS project, its challenges and its data into one zip another city can open: every path relative, remote layers as GeoPackage snapshots, a manifest with checksums, sources, owners and licences. Passwords, user names, tokens and authcfg ids are removed (the manifest says what the receiver must configure). Internal and restricted layers are left out unless you include them. The project file and data are never changed; unsaved changes are not packed.</source>
        <translation>Pakt een opgeslagen QGIS-project, zijn opgaven en zijn gegevens in één zip die een andere stad kan openen: alle paden relatief, externe lagen als GeoPackage-momentopname, een manifest met controlesommen, bronnen, eigenaars en licenties. Wachtwoorden, gebruikersnamen, tokens en authcfg-id's worden verwijderd (het manifest zegt wat de ontvanger moet instellen). Interne en beperkte lagen blijven weg tenzij u ze opneemt. Het projectbestand en de gegevens worden nooit gewijzigd; niet-opgeslagen wijzigingen worden niet ingepakt.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Planning map</source>
        <translation>Planningskaart</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Priority map</source>
        <translation>Prioriteitenkaart</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Priority map (multi-criteria score)</source>
        <translation>Prioriteitenkaart (multicriteriascore)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py"/>
        <source>Project (empty: the current project file)</source>
        <translation>Project (leeg: het huidige projectbestand)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Proposes N new facility locations that together reach the most demand within a distance (straight line). Demand: points or polygon centroids with an optional value field (e.g. children 0-2; empty = 1 per feature). Candidates: a point layer, or a square grid with the given spacing inside the study area. Existing facilities cover demand first. Each step adds the candidate that covers the most still-uncovered demand; the output lists step, added_demand, cumulative_demand and share_covered. Distances are in metres: a geographic demand layer is handled in Lambert 72 (EPSG:31370) or its UTM zone.</source>
        <translation>Stelt N nieuwe locaties voor voorzieningen voor die samen de meeste vraag binnen een afstand (in vogelvlucht) bereiken. Vraag: punten of zwaartepunten van polygonen met een optioneel waardeveld (bv. kinderen 0-2; leeg = 1 per object). Kandidaten: een puntlaag, of een vierkant raster met de opgegeven afstand binnen het studiegebied. Bestaande voorzieningen dekken eerst. Elke stap voegt de kandidaat toe die de meeste nog niet gedekte vraag dekt; de uitvoer bevat step, added_demand, cumulative_demand en share_covered. Afstanden zijn in meter: een geografische vraaglaag wordt verwerkt in Lambert 72 (EPSG:31370) of in haar UTM-zone.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py"/>
        <source>QGIS projects (*.qgz *.qgs)</source>
        <translation>QGIS-projecten (*.qgz *.qgs)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Quantiles</source>
        <translation>Kwantielen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Replace existing atlas page files</source>
        <translation>Bestaande atlaspagina's vervangen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Resolution (dpi)</source>
        <translation>Resolutie (dpi)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Run a challenge</source>
        <translation>Een opgave uitvoeren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Runs every indicator and scenario of a challenge (a .slimstad.json file, or one of the shipped templates) on the layers of a QGIS project, and writes one styled layer per indicator into a GeoPackage, with provenance in the layer metadata. Layers are found by catalogue id, then by name. The project is read from its saved file, so save your changes first. Without an output file the results go to slimstad_resultaten/&lt;challenge id&gt;.gpkg next to the project. When the area units and a demand layer are tables of one PostGIS database, that demand is summed per area unit in the database (Engine: automatic or database) and only one number per unit is read.</source>
        <translation>Voert alle indicatoren en scenario's van een opgave (een .slimstad.json-bestand of een van de meegeleverde sjablonen) uit op de lagen van een QGIS-project en schrijft per indicator een gestileerde laag in een GeoPackage, met de herkomst in de metadata van de laag. Lagen worden gezocht op catalogus-id en daarna op naam. Het project wordt uit het bewaarde bestand gelezen; bewaar dus eerst je wijzigingen. Zonder uitvoerbestand komen de resultaten in slimstad_resultaten/&lt;opgave-id&gt;.gpkg naast het project. Als de gebiedseenheden en een vraaglaag tabellen van één PostGIS-databank zijn, wordt die vraag in de databank per gebiedseenheid opgeteld (Engine: automatisch of databank) en wordt maar één getal per eenheid gelezen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py"/>
        <source>Save the project first, or choose a project file.</source>
        <translation>Sla het project eerst op, of kies een projectbestand.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Sector per layer (layer=sector; ...), optional</source>
        <translation>Sector per laag (laag=sector; ...), optioneel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/sample_city_algorithm.py"/>
        <source>Seed</source>
        <translation>Seed (startwaarde)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Sensitivity</source>
        <translation>Gevoeligheid</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Sensitivity report</source>
        <translation>Gevoeligheidsrapport</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Sensitivity step (relative weight change)</source>
        <translation>Gevoeligheidsstap (relatieve gewichtswijziging)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py"/>
        <source>Sharing</source>
        <translation>Delen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Study area for a candidate grid</source>
        <translation>Studiegebied voor een raster van kandidaten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Subtitle (question)</source>
        <translation>Ondertitel (vraag)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Suggest new facility locations (maximal coverage)</source>
        <translation>Nieuwe locaties voor voorzieningen voorstellen (maximale dekking)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Suggested locations</source>
        <translation>Voorgestelde locaties</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Table: indicator field</source>
        <translation>Tabel: indicatorveld</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Table: name field</source>
        <translation>Tabel: naamveld</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Table: number of rows</source>
        <translation>Tabel: aantal rijen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Table: top units of</source>
        <translation>Tabel: belangrijkste gebieden van</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>The area layer could not be opened</source>
        <translation>De laag met gebieden kon niet geopend worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>The demand layer could not be opened</source>
        <translation>De vraaglaag kon niet geopend worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>The sector mapping names unknown layers: {names}</source>
        <translation>De sectorkoppeling noemt onbekende lagen: {names}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>This algorithm needs a project.</source>
        <translation>Dit algoritme heeft een project nodig.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Total demand {t:.1f}; covered by existing facilities {e:.1f}</source>
        <translation>Totale vraag {t:.1f}; gedekt door bestaande voorzieningen {e:.1f}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Two-step floating catchment accessibility: for each facility the ratio of its capacity to the demand within DISTANCE (inclusive), then for each demand location the sum of the ratios of the facilities it reaches. Polygons use their centroid, points are used as they are. METHOD: 2SFCA (every location within the distance counts fully), E2SFCA with a Gaussian weight exp(-d^2/(2 sigma^2)) (SIGMA defaults to half the distance), or E2SFCA with step weights 1 / 0.68 / 0.22 for the three thirds of the distance. NULL values count as 0. Layers in another CRS are reprojected; a geographic CRS is replaced by a metric one (Belgian Lambert 72 in Belgium).
Without a NETWORK, distances are straight lines. With a line NETWORK, as QGIS's own network analysis (Shortest path, Service area): each location is tied to the nearest point on the nearest line (or, with TIE, to the nearest vertex), the line is split there and the straight connector to it is added to the cost; lines connect only where they share a vertex (TOLERANCE merges vertices closer than that). Locations farther than MAX_TIE_DISTANCE metres from the network are not connected: they are listed in the log and get NULL. STRATEGY: distance in metres, or travel time in minutes (DISTANCE and SIGMA are then minutes) at the speed of SPEED_FIELD in km/h, else DEFAULT_SPEED, else the travel MODE's speed (walking 4.8, cycling 15, driving 50 km/h); connectors at that default speed, and without a network the straight line at that speed. One-way streets: with a DIRECTION_FIELD, lines whose value equals VALUE_FORWARD can only be travelled in their digitising direction, VALUE_BACKWARD only against it, VALUE_BOTH both ways, other values as DEFAULT_DIRECTION; the cost is that of the trip from the demand location to the facility. Lengths are measured in the metric CRS (QGIS measures on the ellipsoid: about 2-3 cm per km apart in Flanders).</source>
        <translation>Bereikbaarheid met twee stappen (floating catchment): per voorziening de verhouding van haar capaciteit tot de vraag binnen DISTANCE (inclusief), daarna per vraaglocatie de som van de verhoudingen van de voorzieningen die ze bereikt. Vlakken gebruiken hun zwaartepunt, punten worden gebruikt zoals ze zijn. METHOD: 2SFCA (elke locatie binnen de afstand telt volledig), E2SFCA met een Gaussisch gewicht exp(-d^2/(2 sigma^2)) (SIGMA is standaard de helft van de afstand), of E2SFCA met trapsgewijze gewichten 1 / 0,68 / 0,22 voor de drie derden van de afstand. NULL-waarden tellen als 0. Lagen in een ander CRS worden geherprojecteerd; een geografisch CRS wordt vervangen door een metrisch (Belgische Lambert 72 in België).
Zonder NETWORK zijn afstanden rechte lijnen. Met een lijnennetwerk (NETWORK), zoals de netwerkanalyse van QGIS (Kortste pad, Servicegebied): elke locatie wordt verbonden met het dichtstbijzijnde punt op de dichtstbijzijnde lijn (of, met TIE, met het dichtstbijzijnde punt van het netwerk), de lijn wordt daar gesplitst en de rechte verbinding ernaartoe telt mee in de kost; lijnen zijn enkel verbonden waar ze een punt delen (TOLERANCE voegt punten samen die dichter bij elkaar liggen). Locaties verder dan MAX_TIE_DISTANCE meter van het netwerk worden niet verbonden: ze staan in het logboek en krijgen NULL. STRATEGY: afstand in meter, of reistijd in minuten (DISTANCE en SIGMA zijn dan minuten) aan de snelheid van SPEED_FIELD in km/u, anders DEFAULT_SPEED, anders de snelheid van de vervoerswijze MODE (wandelen 4,8, fietsen 15, auto 50 km/u); verbindingen aan die standaardsnelheid, en zonder netwerk de rechte lijn aan die snelheid. Eenrichtingsstraten: met een DIRECTION_FIELD kunnen lijnen met de waarde VALUE_FORWARD enkel in hun digitaliseerrichting gevolgd worden, VALUE_BACKWARD enkel ertegenin, VALUE_BOTH in beide richtingen, andere waarden volgens DEFAULT_DIRECTION; de kost is die van de verplaatsing van de vraaglocatie naar de voorziening. Lengtes worden gemeten in het metrische CRS (QGIS meet op de ellipsoïde: in Vlaanderen ongeveer 2-3 cm per km verschil).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Units changing class</source>
        <translation>Gebieden die van klasse veranderen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Weight change</source>
        <translation>Gewichtswijziging</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Weights</source>
        <translation>Gewichten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Weights, comma-separated (empty: equal weights)</source>
        <translation>Gewichten, gescheiden door komma's (leeg: gelijke gewichten)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/sample_city_algorithm.py"/>
        <source>Writes the fictional Flemish city Voorbeeldstad (statistical sectors with residents per age band, wijken, childcare, schools, care homes, social housing, parks, stops and streets) into a GeoPackage in EPSG:31370. The same seed always gives the same city.</source>
        <translation>Schrijft de fictieve Vlaamse stad Voorbeeldstad (statistische sectoren met inwoners per leeftijdsklasse, wijken, kinderopvang, scholen, woonzorgcentra, sociale woonprojecten, parken, haltes en straten) naar een GeoPackage in EPSG:31370. Dezelfde seed geeft altijd dezelfde stad.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Written: {path}</source>
        <translation>Geschreven: {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Z-score</source>
        <translation>Z-score</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py"/>
        <source>Zip archive (*.zip)</source>
        <translation>Zip-archief (*.zip)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>higher is better</source>
        <translation>hoger is beter</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>higher is worse</source>
        <translation>hoger is slechter</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>{f} {d}: {n} units change class</source>
        <translation>{f} {d}: {n} gebieden veranderen van klasse</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>{layer}: {n} facilities, sector {sector}</source>
        <translation>{layer}: {n} voorzieningen, sector {sector}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>{n} grid candidates</source>
        <translation>{n} rasterkandidaten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>{n} multi-use sites</source>
        <translation>{n} multi-inzetbare sites</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/base.py"/>
        <source>{parameter}: {value} is not a finite number.</source>
        <translation>{parameter}: {value} is geen eindig getal.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/base.py"/>
        <source>{path} holds other layers ({layers}); it is not replaced. Choose a new file, or add the layer to it with ogr:dbname='{path}' table="name" (geom).</source>
        <translation>{path} bevat andere lagen ({layers}); het wordt niet vervangen. Kies een nieuw bestand, of voeg de laag eraan toe met ogr:dbname='{path}' table="naam" (geom).</translation>
    </message>
</context>
<context>
    <name>SlimStadBoundary</name>
    <message>
        <location filename="../slimstad_plugin/core/base/boundary.py"/>
        <source>Canceled; nothing was written.</source>
        <translation>Geannuleerd; er werd niets geschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/boundary.py"/>
        <source>Unexpected error in {context} ({kind}{detail}); this is a bug in SlimStad. The details were written to {path}</source>
        <translation>Onverwachte fout in {context} ({kind}{detail}); dit is een fout in SlimStad. De details staan in {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/boundary.py"/>
        <source>file system error: {reason}</source>
        <translation>fout in het bestandssysteem: {reason}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/boundary.py"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
</context>
<context>
    <name>SlimStadCatalogue</name>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>'{value}' is not an ISO 8601 duration such as P1M</source>
        <translation>'{value}' is geen ISO 8601-duur zoals P1M</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/loader.py"/>
        <source>(and {n} more)</source>
        <translation>(en nog {n})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/capabilities.py"/>
        <source>(it offers: {names})</source>
        <translation>(ze biedt: {names})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Broken entries</source>
        <translation>Defecte items</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>CRS is {found}, the catalogue expects {expected}</source>
        <translation>Coördinatenstelsel is {found}, de catalogus verwacht {expected}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py"/>
        <source>Cannot build from {source}: give an http(s) service URL, a .gpkg file or a PostgreSQL connection (dbname=… or service=…)</source>
        <translation>Kan niet bouwen vanuit {source}: geef een http(s)-dienst-URL, een .gpkg-bestand of een PostgreSQL-verbinding (dbname=… of service=…)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/loader.py"/>
        <source>Cannot load catalogue {name}: {error}</source>
        <translation>Kan catalogus {name} niet laden: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py"/>
        <source>Cannot read project {path}: {error}</source>
        <translation>Kan project {path} niet lezen: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Catalogue file</source>
        <translation>Catalogusbestand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/loader.py"/>
        <source>Catalogue file {name} does not exist</source>
        <translation>Catalogusbestand {name} bestaat niet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/loader.py"/>
        <source>Catalogue {name} is invalid: {issues}</source>
        <translation>Catalogus {name} is ongeldig: {issues}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Check data quality</source>
        <translation>Datakwaliteit controleren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py"/>
        <source>Checksum (SHA-256)</source>
        <translation>Controlegetal (SHA-256)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Entries checked</source>
        <translation>Gecontroleerde items</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>Entry '{id}': a {kind} source cannot be copied offline (only vector data)</source>
        <translation>Item '{id}': een {kind}-bron kan niet offline gekopieerd worden (enkel vectordata)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>Entry '{id}': the source could not be opened</source>
        <translation>Item '{id}': de bron kon niet geopend worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/layers.py"/>
        <source>Entry '{id}': the source could not be opened ({detail})</source>
        <translation>Item '{id}': de bron kon niet geopend worden ({detail})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/sources.py"/>
        <source>Entry '{id}': unknown source type '{kind}'</source>
        <translation>Item '{id}': onbekend brontype '{kind}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/capabilities.py"/>
        <source>Entry '{id}': {error}</source>
        <translation>Item '{id}': {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/layers.py"/>
        <source>Entry '{id}': {problem}.</source>
        <translation>Item '{id}': {problem}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>Examples (feature ids)</source>
        <translation>Voorbeelden (object-id's)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py"/>
        <source>Features copied</source>
        <translation>Gekopieerde objecten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py"/>
        <source>GeoPackage {path} does not exist</source>
        <translation>GeoPackage {path} bestaat niet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>GeoPackage {path} is being written by another program</source>
        <translation>GeoPackage {path} wordt door een ander programma beschreven</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>GeoPackage {path} is locked by another program</source>
        <translation>GeoPackage {path} is vergrendeld door een ander programma</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Give at least one catalogue file or URL</source>
        <translation>Geef minstens één catalogusbestand of URL</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py"/>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>Layer {name} does not know its live source</source>
        <translation>Laag {name} kent haar live bron niet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>More catalogues (files or URLs, separated by ;)</source>
        <translation>Meer catalogi (bestanden of URL's, gescheiden door ;)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py"/>
        <source>No valid input layer</source>
        <translation>Geen geldige invoerlaag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>QGIS cannot open table {schema}.{table}</source>
        <translation>QGIS kan tabel {schema}.{table} niet openen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>QGIS cannot open {path}</source>
        <translation>QGIS kan {path} niet openen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py"/>
        <source>QGIS could not read this layer from the project (authentication configuration '{id}' is not in this QGIS?): not relinked</source>
        <translation>QGIS kon deze laag niet uit het project lezen (staat authenticatieconfiguratie '{id}' niet in deze QGIS?): niet omgezet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py"/>
        <source>QGIS could not read this layer from the project: not relinked</source>
        <translation>QGIS kon deze laag niet uit het project lezen: niet omgezet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>Quality report</source>
        <translation>Kwaliteitsrapport</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Quality report (HTML)</source>
        <translation>Kwaliteitsrapport (HTML)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Result (JSON)</source>
        <translation>Resultaat (JSON)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>Snapshot of '{id}' cancelled</source>
        <translation>Momentopname van '{id}' geannuleerd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>Snapshot of '{id}' could not be read back</source>
        <translation>Momentopname van '{id}' kon niet teruggelezen worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>Snapshot of '{id}' failed: {error}</source>
        <translation>Momentopname van '{id}' mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>Snapshot of '{id}' not made: {problem}</source>
        <translation>Momentopname van '{id}' niet gemaakt: {problem}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>Snapshot of '{id}': {written} features written, {read} copied</source>
        <translation>Momentopname van '{id}': {written} objecten geschreven, {read} gekopieerd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py"/>
        <source>Table name in the GeoPackage</source>
        <translation>Tabelnaam in de GeoPackage</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>The layer's source could not be opened</source>
        <translation>De bron van de laag kon niet geopend worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py"/>
        <source>The parameters {keys} of the address are not kept in the catalogue (they read {placeholder}): give the source an authcfg (--authcfg), or list the harmless ones in the entries' source.public_params</source>
        <translation>De parameters {keys} van het adres worden niet in de catalogus bewaard (er staat {placeholder}): geef de bron een authcfg (--authcfg), of zet de onschuldige in source.public_params van de items</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>The snapshot {path} could not be opened</source>
        <translation>De momentopname {path} kon niet geopend worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Timeout per source (seconds)</source>
        <translation>Time-out per bron (seconden)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>a catalogue is a JSON object</source>
        <translation>een catalogus is een JSON-object</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>a feature count</source>
        <translation>een aantal objecten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>a file source needs 'path' or an http(s) 'url'</source>
        <translation>een bestandsbron heeft een 'path' of een http(s)-'url' nodig</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/capabilities.py"/>
        <source>a list of collections</source>
        <translation>een lijst van collecties</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>a page of features</source>
        <translation>een pagina objecten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot_copy.py"/>
        <source>a page of features did not arrive within {seconds} s</source>
        <translation>een pagina objecten kwam niet binnen {seconds} s aan</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot_copy.py"/>
        <source>a page of features did not arrive within {seconds} s ({mb} MB received)</source>
        <translation>een pagina objecten kwam niet binnen {seconds} s aan ({mb} MB ontvangen)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>a postgis source needs 'service' or 'host' and 'dbname'</source>
        <translation>een postgis-bron heeft 'service' of 'host' en 'dbname' nodig</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/loader.py"/>
        <source>a remote catalogue may not point at local files ({value})</source>
        <translation>een catalogus op het netwerk mag niet naar lokale bestanden verwijzen ({value})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>an entry is a JSON object</source>
        <translation>een item is een JSON-object</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py"/>
        <source>cannot connect to the database: {error}</source>
        <translation>kan geen verbinding maken met de databank: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>catalogue field '{field}': {message}</source>
        <translation>catalogusveld '{field}': {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/capabilities.py"/>
        <source>collection '{layer}'</source>
        <translation>collectie '{layer}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/capabilities.py"/>
        <source>collection '{layer}' is not offered by the service</source>
        <translation>collectie '{layer}' wordt niet aangeboden door de dienst</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>copy stopped after {read} features ({reason})</source>
        <translation>kopie gestopt na {read} objecten ({reason})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>credentials never go in a catalogue: use an authcfg id</source>
        <translation>wachtwoorden horen nooit in een catalogus: gebruik een authcfg-id</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>degrees must lie within -180..180 and -90..90 (are these metres? then set extent_crs, e.g. EPSG:31370)</source>
        <translation>graden moeten tussen -180..180 en -90..90 liggen (zijn dit meters? geef dan extent_crs op, bv. EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>entry '{id}' at {pointer}: {message}</source>
        <translation>item '{id}' op {pointer}: {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>entry “{title}” ({id}) at {pointer}: {message}</source>
        <translation>item “{title}” ({id}) op {pointer}: {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>every six months</source>
        <translation>halfjaarlijks</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>every {age}</source>
        <translation>elke {age}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/service_checks.py"/>
        <source>feature count unknown: the service does not count</source>
        <translation>aantal objecten onbekend: de dienst telt niet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/service_checks.py"/>
        <source>feature count unknown: {error}</source>
        <translation>aantal objecten onbekend: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>field '{field}' (role {role}) does not exist</source>
        <translation>veld '{field}' (rol {role}) bestaat niet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>field '{field}' (role {role}) should be a date or time</source>
        <translation>veld '{field}' (rol {role}) zou een datum of tijd moeten zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>field '{field}' (role {role}) should be numeric</source>
        <translation>veld '{field}' (rol {role}) zou numeriek moeten zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>file {name} was not found in {folders}; choose the folder that holds the data (Shared data › data folder › Change…, or --data-dir FOLDER on the command line)</source>
        <translation>bestand {name} niet gevonden in {folders}; kies de map met de gegevens (Gedeelde data › Gegevensmap › Wijzigen…, of --data-dir MAP op de opdrachtregel)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>file {path} does not exist</source>
        <translation>bestand {path} bestaat niet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>file {path} is not readable</source>
        <translation>bestand {path} is niet leesbaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/layers.py"/>
        <source>internal use only</source>
        <translation>enkel voor intern gebruik</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>is required for a {kind} source</source>
        <translation>is verplicht voor een {kind}-bron</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot_copy.py"/>
        <source>larger than the download limit of {mb} MB</source>
        <translation>groter dan de downloadgrens van {mb} MB</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>last update unknown, promised: {rhythm}</source>
        <translation>laatste bijwerking onbekend, beloofd: {rhythm}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>last updated {age} ago, promised: {rhythm}</source>
        <translation>laatst bijgewerkt {age} geleden, beloofd: {rhythm}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>layer '{layer}' is missing from {path}</source>
        <translation>laag '{layer}' ontbreekt in {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/capabilities.py"/>
        <source>layer '{layer}' is not offered by the service</source>
        <translation>laag '{layer}' wordt niet aangeboden door de dienst</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>less than an hour</source>
        <translation>minder dan een uur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>monthly</source>
        <translation>maandelijks</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be "slimstad-catalogue"</source>
        <translation>moet "slimstad-catalogue" zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be [xmin, ymin, xmax, ymax]</source>
        <translation>moet [xmin, ymin, xmax, ymax] zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be [xmin, ymin, xmax, ymax]: {problem}</source>
        <translation>moet [xmin, ymin, xmax, ymax] zijn: {problem}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be a field name (a text)</source>
        <translation>moet een veldnaam zijn (een tekst)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be a list</source>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be a list of texts</source>
        <translation>moet een lijst van teksten zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be a non-empty text</source>
        <translation>moet een niet-lege tekst zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be a text</source>
        <translation>moet een tekst zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be a whole number</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be an http(s) address</source>
        <translation>moet een http(s)-adres zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be an object of texts</source>
        <translation>moet een object met teksten zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be an object with a 'type'</source>
        <translation>moet een object met een 'type' zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be one of: {allowed}</source>
        <translation>moet een van deze zijn: {allowed}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must map languages (nl, en, fr) to texts</source>
        <translation>moet talen (nl, en, fr) aan teksten koppelen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must map semantic roles to field names</source>
        <translation>moet semantische rollen aan veldnamen koppelen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>name and url must be texts</source>
        <translation>name en url moeten teksten zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>needs a text in nl, en or fr</source>
        <translation>heeft een tekst in nl, en of fr nodig</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py"/>
        <source>no catalogue entry '{id}'</source>
        <translation>geen catalogusitem '{id}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>no feature arrived within {seconds} s</source>
        <translation>binnen {seconds} s kwam er geen object binnen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>no problems found</source>
        <translation>geen problemen gevonden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>no rhythm promised</source>
        <translation>geen ritme beloofd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/check.py"/>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>only the first {read} features copied: the service holds more ({reason})</source>
        <translation>alleen de eerste {read} objecten gekopieerd: de dienst heeft er meer ({reason})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>only the first {read} features read: the service holds more ({reason})</source>
        <translation>alleen de eerste {read} objecten gelezen: de dienst heeft er meer ({reason})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>only {read} of {expected} features copied ({reason})</source>
        <translation>slechts {read} van {expected} objecten gekopieerd ({reason})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>only {read} of {expected} features read ({reason})</source>
        <translation>slechts {read} van {expected} objecten gelezen ({reason})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/layers.py"/>
        <source>open data</source>
        <translation>open data</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/check.py"/>
        <source>quality: {issues}</source>
        <translation>kwaliteit: {issues}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>quarterly</source>
        <translation>per kwartaal</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>reading stopped after {read} features ({reason})</source>
        <translation>lezen gestopt na {read} objecten ({reason})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/layers.py"/>
        <source>restricted</source>
        <translation>beperkt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>server limit</source>
        <translation>limiet van de server</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py"/>
        <source>snapshot in use: the live source was updated</source>
        <translation>momentopname in gebruik: de live bron werd bijgewerkt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>stopped after {read} features: the service reports {expected} ({reason})</source>
        <translation>gestopt na {read} objecten: de dienst meldt er {expected} ({reason})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>table {schema}.{table} does not exist</source>
        <translation>tabel {schema}.{table} bestaat niet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>table, {n} columns</source>
        <translation>tabel, {n} kolommen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/loader.py"/>
        <source>the address answered a web page or an error, not a catalogue: {message}</source>
        <translation>het adres antwoordde met een webpagina of een fout, niet met een catalogus: {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>the check failed: {error}</source>
        <translation>de controle is mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/capabilities.py"/>
        <source>the collection description</source>
        <translation>de beschrijving van de collectie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/sources.py"/>
        <source>the data file {file} is not in the data folder {folder}</source>
        <translation>het gegevensbestand {file} staat niet in de gegevensmap {folder}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>the layer cannot be opened: {error}</source>
        <translation>de laag kan niet geopend worden: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>the layer has no CRS</source>
        <translation>de laag heeft geen coördinatenstelsel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>the layer has no coordinate reference system</source>
        <translation>de laag heeft geen coördinatenstelsel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>the layer has no features</source>
        <translation>de laag heeft geen objecten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>the layer is empty</source>
        <translation>de laag is leeg</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/capabilities.py"/>
        <source>the layer's schema (DescribeFeatureType)</source>
        <translation>het schema van de laag (DescribeFeatureType)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py"/>
        <source>the new source could not be opened</source>
        <translation>de nieuwe bron kon niet geopend worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py"/>
        <source>the new source does not answer now: {error}</source>
        <translation>de nieuwe bron antwoordt nu niet: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/service_checks.py"/>
        <source>the service does not offer {crs}</source>
        <translation>de dienst biedt {crs} niet aan</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>the service ignores STARTINDEX: its paging does not advance</source>
        <translation>de dienst negeert STARTINDEX: het bladeren gaat niet verder</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>the service keeps sending features: its paging does not advance</source>
        <translation>de dienst blijft objecten sturen: het bladeren gaat niet vooruit</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot_copy.py"/>
        <source>the service reports an error: {message}</source>
        <translation>de dienst meldt een fout: {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>the source stopped early</source>
        <translation>de bron stopte te vroeg</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>the table has no column {names}</source>
        <translation>de tabel heeft geen kolom {names}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>timed out after {seconds} s</source>
        <translation>afgebroken na {seconds} s</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>unexpected error: {error}</source>
        <translation>onverwachte fout: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>unknown sector '{value}' (one of: {allowed})</source>
        <translation>onbekende sector '{value}' (een van: {allowed})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>unknown semantic role '{role}'</source>
        <translation>onbekende semantische rol '{role}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>unknown source type '{kind}'</source>
        <translation>onbekend brontype '{kind}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>unknown source type '{value}' (one of: {allowed})</source>
        <translation>onbekend brontype '{value}' (een van: {allowed})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>version {version} is newer than this plugin understands (1): update SlimStad</source>
        <translation>versie {version} is nieuwer dan deze plugin begrijpt (1): werk SlimStad bij</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>weekly</source>
        <translation>wekelijks</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>xmin must not be greater than xmax, nor ymin than ymax</source>
        <translation>xmin mag niet groter zijn dan xmax, en ymin niet groter dan ymax</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>yearly</source>
        <translation>jaarlijks</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/capabilities.py"/>
        <source>{kind} capabilities</source>
        <translation>{kind}-capabilities</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/project_reading.py"/>
        <source>{layer}: not opened, {url} does not answer ({error})</source>
        <translation>{layer}: niet geopend, {url} antwoordt niet ({error})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>{n} days</source>
        <translation>{n} dagen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>{n} empty or missing geometries</source>
        <translation>{n} lege of ontbrekende geometrieën</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/check.py"/>
        <source>{n} feature</source>
        <translation>{n} ruimtelijk object</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/check.py"/>
        <source>{n} features</source>
        <translation>{n} objecten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py"/>
        <source>{n} features copied, SHA-256 {sha}</source>
        <translation>{n} objecten gekopieerd, SHA-256 {sha}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>{n} features outside the expected extent</source>
        <translation>{n} objecten buiten de verwachte omvang</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>{n} hours</source>
        <translation>{n} uur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>{n} invalid geometries</source>
        <translation>{n} ongeldige geometrieën</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py"/>
        <source>{n} layer relinked</source>
        <translation>{n} laag opnieuw gekoppeld</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py"/>
        <source>{n} layers relinked</source>
        <translation>{n} lagen opnieuw gekoppeld</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>{n} months</source>
        <translation>{n} maanden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py"/>
        <source>{n} new entries have sector 'andere', no owner and licence 'internal': complete these before sharing the catalogue</source>
        <translation>{n} nieuwe items hebben sector 'andere', geen eigenaar en licentie 'internal': vul die aan voor je de catalogus deelt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>{n} values of id field '{field}' occur more than once</source>
        <translation>{n} waarden van id-veld '{field}' komen meer dan eens voor</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>{n} weeks</source>
        <translation>{n} weken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>{n} years</source>
        <translation>{n} jaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/check.py"/>
        <source>{path} exists and is not an earlier check report; it is not overwritten. Choose another file.</source>
        <translation>{path} bestaat en is geen eerder controlerapport; het wordt niet overschreven. Kies een ander bestand.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>{path} holds no snapshot '{layer}'</source>
        <translation>{path} bevat geen momentopname '{layer}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py"/>
        <source>{path} is not a GeoPackage: {error}</source>
        <translation>{path} is geen GeoPackage: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>{pct}% of '{field}' is empty</source>
        <translation>{pct}% van '{field}' is leeg</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py"/>
        <source>{relinked}, {unchanged} unchanged, {failed} failed, {unknown} not in the catalogue</source>
        <translation>{relinked}, {unchanged} ongewijzigd, {failed} mislukt, {unknown} niet in de catalogus</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py"/>
        <source>{url}: no service found</source>
        <translation>{url}: geen dienst gevonden</translation>
    </message>
</context>
<context>
    <name>SlimStadCatalogueDock</name>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Add a catalogue file or address; SlimStad remembers it</source>
        <translation>Een catalogusbestand of -adres toevoegen; SlimStad onthoudt het</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Add another copy</source>
        <translation>Toch nog een kopie toevoegen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Add catalogue URL</source>
        <translation>Catalogus-URL toevoegen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Add catalogue URL…</source>
        <translation>Catalogus-URL toevoegen…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Add catalogue file</source>
        <translation>Catalogusbestand toevoegen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Add catalogue file…</source>
        <translation>Catalogusbestand toevoegen…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Add the selected layers to the project, styled and with their metadata (or double-click an entry)</source>
        <translation>De geselecteerde lagen aan het project toevoegen, gestileerd en met hun metadata (of dubbelklik op een item)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Add to project</source>
        <translation>Toevoegen aan project</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Adding {title}</source>
        <translation>{title} toevoegen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Address of the catalogue (https://…):</source>
        <translation>Adres van de catalogus (https://…):</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Catalogue {location} could not be loaded: {error}</source>
        <translation>Catalogus {location} kon niet geladen worden: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/data_folder.py"/>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Check health</source>
        <translation>Gezondheid controleren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Checking freshness of {n} layer</source>
        <translation>Actualiteit van {n} laag controleren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Checking freshness of {n} layers</source>
        <translation>Actualiteit van {n} lagen controleren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Checking {n} data sources</source>
        <translation>{n} gegevensbronnen controleren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/data_folder.py"/>
        <source>Choose the folder where catalogues find their data files; SlimStad remembers it</source>
        <translation>Kies de map waar catalogi hun gegevensbestanden vinden; SlimStad onthoudt ze</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Copy the selected layers into a GeoPackage to work without network</source>
        <translation>De geselecteerde lagen naar een GeoPackage kopiëren om zonder netwerk te werken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Count empty geometries, duplicates and missing values of the selected layers</source>
        <translation>Lege geometrieën, dubbels en ontbrekende waarden van de geselecteerde lagen tellen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/data_folder.py"/>
        <source>Create the sample city here</source>
        <translation>De voorbeeldstad hier maken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/data_folder.py"/>
        <source>Data folder of the catalogues</source>
        <translation>Gegevensmap van de catalogi</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/data_folder.py"/>
        <source>Data folder:</source>
        <translation>Gegevensmap:</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Empty answer</source>
        <translation>Leeg antwoord</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Filter the catalogue as you type: title, keyword, owner or sector</source>
        <translation>Filter de catalogus terwijl u typt: titel, trefwoord, eigenaar of sector</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/model.py"/>
        <source>Freshness</source>
        <translation>Actualiteit</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Freshness check stopped: {error}</source>
        <translation>Actualiteitscontrole gestopt: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>GeoPackage for the offline snapshot</source>
        <translation>GeoPackage voor de offline kopie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Group by owner</source>
        <translation>Groeperen per eigenaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Group the catalogue by owning department instead of by sector</source>
        <translation>De catalogus groeperen per eigenaar (dienst) in plaats van per sector</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Harvest from a metadata catalogue…</source>
        <translation>Oogsten uit een metadatacatalogus…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/model.py"/>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Health check done: {bad} of {n} layers not reachable.</source>
        <translation>Gezondheidscontrole klaar: {bad} van {n} lagen niet bereikbaar.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/model.py"/>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/model.py"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Loading catalogue {url}</source>
        <translation>Catalogus {url} laden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Make offline snapshot…</source>
        <translation>Offline kopie maken…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Metadata of the selected layer</source>
        <translation>Metadata van de geselecteerde laag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Offline snapshot of {n} layer</source>
        <translation>Offline kopie van {n} laag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Offline snapshot of {n} layers</source>
        <translation>Offline kopie van {n} lagen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Open every selected layer (or all) in the background and show whether it is reachable</source>
        <translation>Elke geselecteerde laag (of alle) op de achtergrond openen en tonen of ze bereikbaar is</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Publish as DCAT-AP / ISO…</source>
        <translation>Publiceren als DCAT-AP / ISO…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Quality report</source>
        <translation>Kwaliteitsrapport</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Quality report failed: {error}</source>
        <translation>Kwaliteitsrapport mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Quality report of {n} layer</source>
        <translation>Kwaliteitsrapport van {n} laag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Quality report of {n} layers</source>
        <translation>Kwaliteitsrapport van {n} lagen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Read every catalogue again</source>
        <translation>Alle catalogi opnieuw inlezen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/data_folder.py"/>
        <source>Relative file paths in catalogues (such as the sample city's voorbeeldstad.gpkg) are looked up in this folder</source>
        <translation>Relatieve bestandspaden in catalogi (zoals voorbeeldstad.gpkg van de voorbeeldstad) worden in deze map gezocht</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Reload catalogues</source>
        <translation>Catalogi herladen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Search title, keyword or owner…</source>
        <translation>Zoek op titel, trefwoord of eigenaar…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/component.py"/>
        <source>Shared data</source>
        <translation>Gedeelde data</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/component.py"/>
        <source>Show or hide the catalogue of the city's shared layers</source>
        <translation>De catalogus van de gedeelde lagen van de stad tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>SlimStad catalogue (*.json)</source>
        <translation>SlimStad-catalogus (*.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Snapshot failed: {error}</source>
        <translation>Offline kopie mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/data_folder.py"/>
        <source>The sample city's data is not in this folder yet.</source>
        <translation>De gegevens van de voorbeeldstad staan nog niet in deze map.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>The shared layers; double-click one to add it to the project</source>
        <translation>De gedeelde lagen; dubbelklik op een laag om ze aan het project toe te voegen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>This catalogue is already in the list.</source>
        <translation>Deze catalogus staat al in de lijst.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/data_folder.py"/>
        <source>Write the sample city Voorbeeldstad into the data folder and open it as a project (nothing there is overwritten)</source>
        <translation>De voorbeeldstad Voorbeeldstad in de gegevensmap schrijven en als project openen (niets wordt er overschreven)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>the source {source} could not be opened</source>
        <translation>de bron {source} kon niet geopend worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>{n} duplicate entry ids ignored (the first catalogue wins): {ids}</source>
        <translation>{n} dubbele item-id's genegeerd (de eerste catalogus wint): {ids}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>{n} invalid entries skipped in {location}: {problems}</source>
        <translation>{n} ongeldige items overgeslagen in {location}: {problems}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>{n} layer copied offline into {path}</source>
        <translation>{n} laag offline gekopieerd naar {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>{n} layers copied offline into {path}</source>
        <translation>{n} lagen offline gekopieerd naar {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>{title} added to the project.</source>
        <translation>{title} toegevoegd aan het project.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>{title} could not be added: {error}</source>
        <translation>{title} kon niet toegevoegd worden: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>{title} is already in the project (layer {names}); it is selected in the Layers panel.</source>
        <translation>{title} staat al in het project (laag {names}); ze is geselecteerd in het paneel Lagen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>{title} is being added; it appears when the server has answered.</source>
        <translation>{title} wordt toegevoegd; de laag verschijnt zodra de server geantwoord heeft.</translation>
    </message>
</context>
<context>
    <name>SlimStadCatalogueLocator</name>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/locator.py"/>
        <source>SlimStad shared data</source>
        <translation>SlimStad gedeelde data</translation>
    </message>
</context>
<context>
    <name>SlimStadCatalogueQuality</name>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Close the report</source>
        <translation>Het rapport sluiten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Export HTML…</source>
        <translation>HTML exporteren…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Export quality report</source>
        <translation>Kwaliteitsrapport exporteren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Nothing to check: no vector layers selected.</source>
        <translation>Niets te controleren: geen vectorlagen geselecteerd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Per layer: features, empty or invalid geometries, duplicates and missing values</source>
        <translation>Per laag: objecten, lege of ongeldige geometrieën, dubbels en ontbrekende waarden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Quality report</source>
        <translation>Kwaliteitsrapport</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Save the counts as a table (one row per layer and check)</source>
        <translation>De tellingen als tabel bewaren (één rij per laag en controle)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Save this report as a web page</source>
        <translation>Dit rapport als webpagina bewaren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>e.g. features {ids}</source>
        <translation>bv. objecten {ids}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>{n} feature</source>
        <translation>{n} ruimtelijk object</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>{n} features</source>
        <translation>{n} objecten</translation>
    </message>
</context>
<context>
    <name>SlimStadCatalogueView</name>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>(owner unknown)</source>
        <translation>(eigenaar onbekend)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Catalogue id</source>
        <translation>Catalogus-id</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Freshness</source>
        <translation>Actualiteit</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Internal (city only)</source>
        <translation>Intern (enkel stad)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Keywords</source>
        <translation>Trefwoorden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Licence URL</source>
        <translation>Licentie-URL</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Not checked</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Not reachable</source>
        <translation>Niet bereikbaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Open data</source>
        <translation>Open data</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Out of date</source>
        <translation>Verouderd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Reachable</source>
        <translation>Bereikbaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Reachable, with warnings</source>
        <translation>Bereikbaar, met waarschuwingen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Restricted</source>
        <translation>Beperkt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Source type</source>
        <translation>Brontype</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Steward</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Up to date</source>
        <translation>Actueel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Update rhythm</source>
        <translation>Updateritme</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>last change {date}</source>
        <translation>laatste wijziging {date}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>{n} features</source>
        <translation>{n} objecten</translation>
    </message>
</context>
<context>
    <name>SlimStadChallenge</name>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source> (filter: {expression})</source>
        <translation> (filter: {expression})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>Area units are not in a metric CRS: distances are computed in {crs}.</source>
        <translation>De gebiedseenheden staan niet in een metrisch CRS: afstanden worden berekend in {crs}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>Cannot create the folder {path}: {error}</source>
        <translation>Kan de map {path} niet maken: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>Cannot open the project {path}: {error}</source>
        <translation>Kan het project {path} niet openen: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/output.py"/>
        <source>Cannot reopen the result layer {name} in {path}.</source>
        <translation>Kan de resultaatlaag {name} in {path} niet opnieuw openen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/output.py"/>
        <source>Cannot store the style of {name}: {error}</source>
        <translation>Kan de stijl van {name} niet opslaan: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>Cannot write the challenge file {path}: {error}</source>
        <translation>Kan het opgavebestand {path} niet schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>Cannot write the results {path}: {error}</source>
        <translation>Kan de resultaten {path} niet schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/output.py"/>
        <source>Cannot write {path}: {error}</source>
        <translation>Kan {path} niet schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Challenge file (.slimstad.json)</source>
        <translation>Opgavebestand (.slimstad.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>Change against the current situation (scenario minus baseline).</source>
        <translation>Verandering tegenover de huidige toestand (scenario min basis).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>Computed by SlimStad {version} on {time}</source>
        <translation>Berekend door SlimStad {version} op {time}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>Computing {count} indicators</source>
        <translation>{count} indicatoren berekenen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Database (PostGIS)</source>
        <translation>Databank (PostGIS)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Engine for demand layers</source>
        <translation>Engine voor vraaglagen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/indicators.py"/>
        <source>Indicator {id} needs a distance greater than 0 metres.</source>
        <translation>Indicator {id} heeft een afstand groter dan 0 meter nodig.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/indicators.py"/>
        <source>Indicator {id} needs a polygon layer as supply.</source>
        <translation>Indicator {id} heeft een polygonenlaag als aanbod nodig.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/indicators.py"/>
        <source>Indicator {id}: supply {role} has no facilities.</source>
        <translation>Indicator {id}: aanbod {role} heeft geen voorzieningen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>Layer {layer} has no features to use for {purpose}{filter}.</source>
        <translation>Laag {layer} heeft geen objecten voor {purpose}{filter}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>Layer {layer} has no field {field} (needed for {purpose}). Its fields: {fields}.</source>
        <translation>Laag {layer} heeft geen veld {field} (nodig voor {purpose}). Haar velden: {fields}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>Layer {layer} was reprojected from {source} to {target}.</source>
        <translation>Laag {layer} is herprojecteerd van {source} naar {target}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>QGIS project (empty: the current project's saved file)</source>
        <translation>QGIS-project (leeg: het bewaarde bestand van het huidige project)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>QGIS projects (*.qgz *.qgs)</source>
        <translation>QGIS-projecten (*.qgz *.qgs)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>Reading the layers of challenge {id}</source>
        <translation>Lagen van opgave {id} lezen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Result layers</source>
        <translation>Resultaatlagen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Results GeoPackage</source>
        <translation>GeoPackage met resultaten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Save the project first, or choose a project file.</source>
        <translation>Bewaar eerst het project, of kies een projectbestand.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>Scenario {id}</source>
        <translation>Scenario {id}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/scenarios.py"/>
        <source>Scenario: a capacity must be a number of 0 or more (got {value}).</source>
        <translation>Scenario: een capaciteit moet een getal van 0 of meer zijn (gekregen: {value}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/scenarios.py"/>
        <source>Scenario: a new facility needs x and y coordinates.</source>
        <translation>Scenario: een nieuwe voorziening heeft x- en y-coördinaten nodig.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/scenarios.py"/>
        <source>Scenario: no area unit {id}.</source>
        <translation>Scenario: geen gebiedseenheid {id}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/scenarios.py"/>
        <source>Scenario: no facility {ref} in supply role {role}.</source>
        <translation>Scenario: geen voorziening {ref} in aanbodrol {role}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/scenarios.py"/>
        <source>Scenario: unknown demand role {role}.</source>
        <translation>Scenario: onbekende vraagrol {role}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/scenarios.py"/>
        <source>Scenario: unknown supply role {role}.</source>
        <translation>Scenario: onbekende aanbodrol {role}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>The area-unit id field {field} is not unique: {values}.</source>
        <translation>Het id-veld {field} van de gebiedseenheden is niet uniek: {values}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>The area-unit layer {layer} must contain polygons.</source>
        <translation>De laag met gebiedseenheden {layer} moet polygonen bevatten.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>The challenge</source>
        <translation>De opgave</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>The challenge has no demand role {id}.</source>
        <translation>De opgave heeft geen vraagrol {id}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>The challenge has no supply role {id}.</source>
        <translation>De opgave heeft geen aanbodrol {id}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>The challenge run was canceled; nothing was written.</source>
        <translation>Het uitvoeren van de opgave is geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/store.py"/>
        <source>The challenges stored in project {project} are damaged.</source>
        <translation>De opgaven die in project {project} bewaard zijn, zijn beschadigd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/store.py"/>
        <source>The challenges stored in the project are damaged: {error}</source>
        <translation>De opgaven die in het project bewaard zijn, zijn beschadigd: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>The expression for {purpose} fails: {error}</source>
        <translation>De expressie voor {purpose} faalt: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>The expression for {purpose} is invalid: {error}</source>
        <translation>De expressie voor {purpose} is ongeldig: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>The layer {name} cannot be opened; check its source.</source>
        <translation>De laag {name} kan niet geopend worden; controleer de bron.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>The project has no layer for {ref} (catalogue id {catalog}, layer name {name}).</source>
        <translation>Het project heeft geen laag voor {ref} (catalogus-id {catalog}, laagnaam {name}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>The project {path} does not exist.</source>
        <translation>Het project {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>The value {value!r} of {what} in layer {layer} is not a number.</source>
        <translation>De waarde {value!r} van {what} in laag {layer} is geen getal.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/templates.py"/>
        <source>There is no challenge template {id}; available: {ids}.</source>
        <translation>Er is geen opgavesjabloon {id}; beschikbaar: {ids}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/indicators.py"/>
        <source>Unknown indicator type {type}.</source>
        <translation>Onbekend indicatortype {type}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/scenarios.py"/>
        <source>Unknown scenario change {kind}; use one of {kinds}.</source>
        <translation>Onbekende scenariowijziging {kind}; gebruik een van {kinds}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>Writing {path}</source>
        <translation>{path} schrijven</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>a value has the wrong type</source>
        <translation>een waarde heeft het verkeerde type</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>area units</source>
        <translation>gebiedseenheden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>area_units needs a layer reference.</source>
        <translation>area_units heeft een laagverwijzing nodig.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/output.py"/>
        <source>better</source>
        <translation>beter</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>challenge</source>
        <translation>opgave</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>demand role {id} needs a field, an expression or a semantic role.</source>
        <translation>vraagrol {id} heeft een veld, een expressie of een semantische rol nodig.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>demand role {id} needs a layer reference.</source>
        <translation>vraagrol {id} heeft een laagverwijzing nodig.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>demand role {id} uses the unknown semantic role {role}.</source>
        <translation>vraagrol {id} gebruikt de onbekende semantische rol {role}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>demand {id}</source>
        <translation>vraag {id}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>every entry of {kind} needs an id.</source>
        <translation>elk element van {kind} heeft een id nodig.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>indicator {id} has the unknown type {type}; use one of {types}.</source>
        <translation>indicator {id} heeft het onbekende type {type}; gebruik een van {types}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>indicator {id} needs 'per' greater than 0 ({problem}).</source>
        <translation>indicator {id} heeft 'per' groter dan 0 nodig ({problem}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>indicator {id} needs a distance greater than 0 metres ({problem}).</source>
        <translation>indicator {id} heeft een afstand groter dan 0 meter nodig ({problem}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>indicator {id} refers to the unknown demand role {role}.</source>
        <translation>indicator {id} verwijst naar de onbekende vraagrol {role}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>indicator {id} refers to the unknown supply role {role}.</source>
        <translation>indicator {id} verwijst naar de onbekende aanbodrol {role}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>indicator {id}: sigma must be a number of metres greater than 0 ({problem}).</source>
        <translation>indicator {id}: sigma moet een aantal meter groter dan 0 zijn ({problem}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>indicator {id}: the distance {value} is not a valid number of metres.</source>
        <translation>indicator {id}: de afstand {value} is geen geldig aantal meter.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/scenarios.py"/>
        <source>new facility</source>
        <translation>nieuwe voorziening</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/output.py"/>
        <source>no change</source>
        <translation>geen verandering</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>no residents (no value)</source>
        <translation>geen inwoners (geen waarde)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/store.py"/>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>scenario {id}, new facility {name}</source>
        <translation>scenario {id}, nieuwe voorziening {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>supply role {id} needs a layer reference.</source>
        <translation>aanbodrol {id} heeft een laagverwijzing nodig.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>supply {id}</source>
        <translation>aanbod {id}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>the area-unit id</source>
        <translation>de id van de gebiedseenheid</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/store.py"/>
        <source>the challenges stored in project {project}</source>
        <translation>de opgaven bewaard in project {project}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>the id {id} must use lower-case letters, digits, '_', '.' or '-'.</source>
        <translation>de id {id} mag alleen kleine letters, cijfers, '_', '.' of '-' bevatten.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>the ids in {kind} must be unique.</source>
        <translation>de id's in {kind} moeten uniek zijn.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>the output folder {folder} must be a folder inside the project's folder (no absolute path, no '..').</source>
        <translation>de uitvoermap {folder} moet een map binnen de map van het project zijn (geen absoluut pad, geen '..').</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>the required field {key} is missing.</source>
        <translation>het verplichte veld {key} ontbreekt.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>the required key {key} is missing</source>
        <translation>de verplichte sleutel {key} ontbreekt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>the title needs at least one language (nl, en or fr).</source>
        <translation>de titel heeft minstens één taal nodig (nl, en of fr).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/output.py"/>
        <source>worse</source>
        <translation>slechter</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>{count} facilities of {layer} have no capacity (NULL); they count as 0 places.</source>
        <translation>{count} voorzieningen van {layer} hebben geen capaciteit (NULL); ze tellen als 0 plaatsen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>{count} features of {layer} were summed per area unit in database {db} ({seconds} s); they were not read into QGIS.</source>
        <translation>{count} objecten van {layer} werden per gebiedseenheid opgeteld in databank {db} ({seconds} s); ze werden niet in QGIS ingelezen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>{count} features of {layer} without a usable geometry were skipped.</source>
        <translation>{count} objecten van {layer} zonder bruikbare geometrie zijn overgeslagen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>{count} invalid geometries in {layer} were repaired.</source>
        <translation>{count} ongeldige geometrieën in {layer} zijn hersteld.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>{indicator} – scenario {scenario} (difference)</source>
        <translation>{indicator} – scenario {scenario} (verschil)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>{indicator} – {scenario} (difference)</source>
        <translation>{indicator} – {scenario} (verschil)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>{indicator}: {count} area units without residents get no value (NULL).</source>
        <translation>{indicator}: {count} gebiedseenheden zonder inwoners krijgen geen waarde (NULL).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>{n} feature of {layer} lies outside the study area: it counts for no area unit, but still serves nearby units in distance-based indicators.</source>
        <translation>{n} object van {layer} ligt buiten het studiegebied: het telt voor geen enkele gebiedseenheid, maar bedient wel nabije eenheden in afstandsindicatoren.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>{n} features of {layer} lie outside the study area: they count for no area unit, but still serve nearby units in distance-based indicators.</source>
        <translation>{n} objecten van {layer} liggen buiten het studiegebied: ze tellen voor geen enkele gebiedseenheid, maar bedienen wel nabije eenheden in afstandsindicatoren.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>{n} value for {purpose} in layer {layer} is negative ({value}); residents and capacities are 0 or more.</source>
        <translation>{n} waarde voor {purpose} in laag {layer} is negatief ({value}); inwoners en capaciteiten zijn 0 of meer.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>{n} values for {purpose} in layer {layer} are negative (e.g. {value}); residents and capacities are 0 or more.</source>
        <translation>{n} waarden voor {purpose} in laag {layer} zijn negatief (bv. {value}); inwoners en capaciteiten zijn 0 of meer.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>{problem} (needed for {purpose}); correct them or choose another field.</source>
        <translation>{problem} (nodig voor {purpose}); verbeter ze of kies een ander veld.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>{source} was made with a newer SlimStad (challenge schema version {found}; this version reads up to {supported}). Update the SlimStad plugin to open it.</source>
        <translation>{source} is gemaakt met een nieuwere SlimStad (schemaversie {found}; deze versie leest tot {supported}). Werk de SlimStad-plugin bij om het te openen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>{source}: a challenge must be a JSON object.</source>
        <translation>{source}: een opgave moet een JSON-object zijn.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>{source}: invalid challenge at {path}: {message}</source>
        <translation>{source}: ongeldige opgave bij {path}: {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>{source}: schema_version must be a whole number.</source>
        <translation>{source}: schema_version moet een geheel getal zijn.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>{source}: the challenge definition is incomplete ({error}).</source>
        <translation>{source}: de definitie van de opgave is onvolledig ({error}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>…or a template (used when no challenge file is given)</source>
        <translation>…of een sjabloon (gebruikt als er geen opgavebestand is)</translation>
    </message>
</context>
<context>
    <name>SlimStadChallengePanel</name>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>2SFCA (everyone within the distance counts fully)</source>
        <translation>2SFCA (iedereen binnen de afstand telt volledig)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>A run is already in progress; wait for it or cancel it.</source>
        <translation>Er loopt al een berekening; wacht of annuleer ze.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>A run is in progress.</source>
        <translation>Er loopt een berekening.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>A site serves the demand within this distance; multi-use sites group facilities within half of it</source>
        <translation>Een locatie bedient de vraag binnen deze afstand; plekken voor meervoudig gebruik groeperen voorzieningen binnen de helft ervan</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Add or remove a facility on the map first.</source>
        <translation>Voeg eerst een voorziening toe op de kaart of verwijder er een.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Add or remove facilities on the map and compare with today</source>
        <translation>Voorzieningen op de kaart toevoegen of verwijderen en vergelijken met vandaag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/results.py"/>
        <source>Area id</source>
        <translation>Gebiedscode</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>Area units</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>Bound to layer {layer}</source>
        <translation>Gekoppeld aan laag {layer}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Bring back the challenge deleted last</source>
        <translation>De laatst verwijderde opgave terugzetten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Capacity (places)</source>
        <translation>Capaciteit (plaatsen)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Challenge exported to {path}.</source>
        <translation>Opgave geëxporteerd naar {path}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Challenge {id}</source>
        <translation>Opgave {id}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Challenge {title} deleted; use Undo delete to restore it.</source>
        <translation>Opgave {title} verwijderd; kies 'Verwijderen ongedaan maken' om ze terug te zetten.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Challenge: {title}</source>
        <translation>Opgave: {title}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/component.py"/>
        <source>Challenges</source>
        <translation>Opgaven</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Change capacity</source>
        <translation>Capaciteit wijzigen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Choose what to do, click on the map, then run the scenario. Every step gets a marker on the map and a line below.</source>
        <translation>Kies wat u wilt doen, klik op de kaart en bereken dan het scenario. Elke stap krijgt een markering op de kaart en een regel hieronder.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Classes on the maps</source>
        <translation>Klassen op de kaarten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Click on an existing facility to give it another capacity</source>
        <translation>Klik op een bestaande voorziening om ze een andere capaciteit te geven</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Click on an existing facility to take it away in the scenario</source>
        <translation>Klik op een bestaande voorziening om ze in het scenario weg te nemen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Click on the map where a new facility comes; you give its capacity</source>
        <translation>Klik op de kaart waar een nieuwe voorziening komt; u geeft haar capaciteit op</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Compute the challenge with these steps and show the differences with today (grey: no change, blue: better, orange: worse)</source>
        <translation>De opgave berekenen met deze stappen en de verschillen met vandaag tonen (grijs: geen verandering, blauw: beter, oranje: slechter)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>Context: {name}</source>
        <translation>Context: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Create a challenge from the chosen template</source>
        <translation>Een opgave maken uit het gekozen sjabloon</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Create or choose a challenge first.</source>
        <translation>Maak of kies eerst een opgave.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Delete challenge</source>
        <translation>Opgave verwijderen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Delete the challenge {title}? Its result layers stay.</source>
        <translation>De opgave {title} verwijderen? Haar resultaatlagen blijven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Delete the chosen challenge (its result layers stay)</source>
        <translation>De gekozen opgave verwijderen (haar resultaatlagen blijven)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>Demand: {name}</source>
        <translation>Vraag: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Distances, method, classes and priority weights</source>
        <translation>Afstanden, methode, klassen en prioriteitsgewichten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Do the step you took back again</source>
        <translation>De teruggenomen stap opnieuw uitvoeren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Done: {count} layers in group "{group}".</source>
        <translation>Klaar: {count} lagen in groep "{group}".</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Duplicate, rename, delete, import or export challenges</source>
        <translation>Opgaven dupliceren, hernoemen, verwijderen, importeren of exporteren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>E2SFCA, Gaussian decay</source>
        <translation>E2SFCA, Gaussische afname</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>E2SFCA, step decay 1 / 0.68 / 0.22</source>
        <translation>E2SFCA, trapsgewijze afname 1 / 0,68 / 0,22</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Every area unit, highest priority first; selecting rows selects the areas on the map and back</source>
        <translation>Elk gebied, hoogste prioriteit eerst; rijen selecteren selecteert de gebieden op de kaart en omgekeerd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Export challenge</source>
        <translation>Opgave exporteren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>Filter / expression</source>
        <translation>Filter / expressie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>Find places where facilities of several sectors are close together</source>
        <translation>Plaatsen zoeken waar voorzieningen van verschillende sectoren dicht bij elkaar liggen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>From the catalogue</source>
        <translation>Uit de catalogus</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Gaussian sigma</source>
        <translation>Gaussische sigma</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Give the chosen challenge another title</source>
        <translation>De gekozen opgave een andere titel geven</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>How accessibility is computed: 2SFCA counts everyone within the distance fully; E2SFCA lets farther people count less</source>
        <translation>Hoe de bereikbaarheid berekend wordt: 2SFCA telt iedereen binnen de afstand volledig; bij E2SFCA tellen mensen verder weg minder</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>How far people go to a facility, in metres</source>
        <translation>Hoe ver mensen naar een voorziening gaan, in meter</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>How many new sites to suggest</source>
        <translation>Hoeveel nieuwe locaties voorstellen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>How the indicators are put on one scale before they are weighted</source>
        <translation>Hoe de indicatoren op één schaal gebracht worden voor ze gewogen worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Import challenge</source>
        <translation>Opgave importeren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Layers and roles</source>
        <translation>Lagen en rollen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Make a copy of the chosen challenge</source>
        <translation>Een kopie van de gekozen opgave maken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Manage</source>
        <translation>Beheren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Maps and priority</source>
        <translation>Kaarten en prioriteit</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/sites.py"/>
        <source>Multi-use sites</source>
        <translation>Multi-inzetbare voorzieningen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/results.py"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>New facility</source>
        <translation>Nieuwe voorziening</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_tool.py"/>
        <source>New facility {n}</source>
        <translation>Nieuwe voorziening {n}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>New from template</source>
        <translation>Nieuw uit sjabloon</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>New locations and multi-use sites</source>
        <translation>Nieuwe locaties en multi-inzetbare voorzieningen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_edit.py"/>
        <source>New: {name} in {area}, capacity {capacity}</source>
        <translation>Nieuw: {name} in {area}, capaciteit {capacity}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_edit.py"/>
        <source>New: {name}, capacity {capacity}</source>
        <translation>Nieuw: {name}, capaciteit {capacity}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>No area unit has a value.</source>
        <translation>Geen enkel gebied heeft een waarde.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>No facility near the click.</source>
        <translation>Geen voorziening in de buurt van de klik.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>No priority map: {error}</source>
        <translation>Geen prioriteitenkaart: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Normalisation (priority map)</source>
        <translation>Normalisatie (prioriteitenkaart)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Number of colour classes on the result maps</source>
        <translation>Aantal kleurklassen op de resultaatkaarten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>OK: {text}</source>
        <translation>OK: {text}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>Only the features for which this expression is true play the role (optional)</source>
        <translation>Alleen de objecten waarvoor deze expressie waar is spelen de rol (optioneel)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Place new facility</source>
        <translation>Nieuwe voorziening plaatsen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/results.py"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/priority.py"/>
        <source>Priority: {title}</source>
        <translation>Prioriteit: {title}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Progress of the run</source>
        <translation>Voortgang van de berekening</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>Propose sites that reach as much demand without a facility as possible (after a run)</source>
        <translation>Locaties voorstellen die zoveel mogelijk vraag zonder voorziening bereiken (na een berekening)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Read a challenge from a .slimstad.json file</source>
        <translation>Een opgave uit een .slimstad.json-bestand lezen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>Ready (green) or what is wrong (red)</source>
        <translation>Klaar (groen) of wat er mis is (rood)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Remove every step</source>
        <translation>Alle stappen wissen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Remove facility</source>
        <translation>Voorziening verwijderen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_edit.py"/>
        <source>Removed: {name}</source>
        <translation>Verwijderd: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_edit.py"/>
        <source>Removed: {name} (capacity {capacity})</source>
        <translation>Verwijderd: {name} (capaciteit {capacity})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Rename challenge</source>
        <translation>Opgave hernoemen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Run</source>
        <translation>Berekenen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Run is disabled: {reasons}</source>
        <translation>Berekenen kan niet: {reasons}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Run scenario</source>
        <translation>Scenario berekenen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>Run the challenge first.</source>
        <translation>Bereken eerst de opgave.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Run the challenge in the background</source>
        <translation>De opgave op de achtergrond berekenen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Running {title}…</source>
        <translation>{title} wordt berekend…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_edit.py"/>
        <source>Scenario changes</source>
        <translation>Scenariowijzigingen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/component.py"/>
        <source>Show or hide the challenges: create one from a template, bind its layers, run it, read the results and try scenarios</source>
        <translation>Opgaven tonen of verbergen: er een maken uit een sjabloon, haar lagen koppelen, berekenen, de resultaten lezen en scenario's proberen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/sites.py"/>
        <source>Site {step}: +{count} within reach</source>
        <translation>Locatie {step}: +{count} binnen bereik</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/sites.py"/>
        <source>Site {step}: +{count} {what} within reach</source>
        <translation>Locatie {step}: +{count} {what} binnen bereik</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>Sites</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>SlimStad challenge (*.slimstad.json *.json)</source>
        <translation>SlimStad-opgave (*.slimstad.json *.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>SlimStad challenge (*.slimstad.json)</source>
        <translation>SlimStad-opgave (*.slimstad.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>SlimStad: challenge {title}</source>
        <translation>SlimStad: opgave {title}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Stop the run; nothing is changed</source>
        <translation>De berekening stoppen; er verandert niets</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>Suggest locations</source>
        <translation>Locaties voorstellen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/sites.py"/>
        <source>Suggested locations</source>
        <translation>Voorgestelde locaties</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Sum of weights: {total}</source>
        <translation>Som van de gewichten: {total}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>Supply: {name}</source>
        <translation>Aanbod: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>Take a layer of the shared catalogue for this role (it is added to the project)</source>
        <translation>Een laag uit de gedeelde catalogus nemen voor deze rol (ze wordt aan het project toegevoegd)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Take back the last step</source>
        <translation>De laatste stap terugnemen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>The challenges of this project; choose one to work on</source>
        <translation>De opgaven van dit project; kies er een om aan te werken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>The field of that layer that holds the role's values</source>
        <translation>Het veld van die laag met de waarden van de rol</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/sites.py"/>
        <source>The project has no point layers with facilities.</source>
        <translation>Het project heeft geen puntlagen met voorzieningen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>The project layer that fills this role</source>
        <translation>De projectlaag die deze rol invult</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>The project was closed during the run; its results were not added.</source>
        <translation>Het project werd gesloten tijdens de berekening; de resultaten zijn niet toegevoegd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>The run was cancelled; nothing was changed.</source>
        <translation>De berekening is geannuleerd; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>The steps of the scenario, in order</source>
        <translation>De stappen van het scenario, in volgorde</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>The templates shipped with SlimStad, ready to run on the sample city</source>
        <translation>De sjablonen die met SlimStad meekomen, klaar om op de voorbeeldstad te berekenen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>The values per area unit after a run</source>
        <translation>De waarden per gebied na een berekening</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/sites.py"/>
        <source>This challenge has no demand to cover.</source>
        <translation>Deze opgave heeft geen vraag om te bedienen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Undo delete</source>
        <translation>Verwijderen ongedaan maken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>Unknown role {key}.</source>
        <translation>Onbekende rol {key}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Weight of this indicator in the priority map (the weights add up to 1)</source>
        <translation>Gewicht van deze indicator in de prioriteitskaart (de gewichten tellen op tot 1)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/priority.py"/>
        <source>Weighted priority of the challenge's indicators ({weights}).</source>
        <translation>Gewogen prioriteit van de indicatoren van de opgave ({weights}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Weights in the priority map</source>
        <translation>Gewichten in de prioriteitskaart</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Which layer and field fill each role</source>
        <translation>Welke laag en welk veld elke rol invullen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>Which layer fills each role of the challenge; select a row for its field, filter and catalogue choice</source>
        <translation>Welke laag elke rol van de opgave invult; selecteer een rij voor haar veld, filter en keuze uit de catalogus</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Width of the Gaussian decay (E2SFCA Gaussian only); 0 = half the distance</source>
        <translation>Breedte van de Gaussische afname (enkel E2SFCA Gaussisch); 0 = de helft van de afstand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Write the chosen challenge to a .slimstad.json file</source>
        <translation>De gekozen opgave naar een .slimstad.json-bestand schrijven</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_edit.py"/>
        <source>changed capacity</source>
        <translation>gewijzigde capaciteit</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_tool.py"/>
        <source>facility {fid}</source>
        <translation>voorziening {fid}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>field {field} is missing in layer {layer}</source>
        <translation>veld {field} ontbreekt in laag {layer}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>field {field} is not numeric ({type})</source>
        <translation>veld {field} is niet numeriek ({type})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>half the distance</source>
        <translation>de helft van de afstand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>layer {layer} has no features</source>
        <translation>laag {layer} heeft geen objecten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>min–max (0 to 1)</source>
        <translation>min–max (0 tot 1)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_edit.py"/>
        <source>new facility</source>
        <translation>nieuwe voorziening</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>no field chosen</source>
        <translation>geen veld gekozen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/priority.py"/>
        <source>no value</source>
        <translation>geen waarde</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/priority.py"/>
        <source>priority score</source>
        <translation>prioriteitsscore</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>rank</source>
        <translation>rang</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_edit.py"/>
        <source>removed facility</source>
        <translation>verwijderde voorziening</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>the filter is not a valid expression: {error}</source>
        <translation>de filter is geen geldige expressie: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>the weights must add up to 1</source>
        <translation>de gewichten moeten samen 1 zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>within</source>
        <translation>binnen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>z-score</source>
        <translation>z-score</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>{count} area units have no residents and no value.</source>
        <translation>{count} gebieden hebben geen inwoners en geen waarde.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>{count} locations suggested; together they reach {share:.0%} of the demand.</source>
        <translation>{count} locaties voorgesteld; samen bereiken ze {share:.0%} van de vraag.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>{count} multi-use sites found.</source>
        <translation>{count} multi-inzetbare locaties gevonden.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>{count} of {total} area units have less than {value} {unit} (the city-wide value).</source>
        <translation>{count} van {total} gebieden hebben minder dan {value} {unit} (het stadsgemiddelde).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>{count} of {total} area units have more than {value} {unit} (the city-wide value).</source>
        <translation>{count} van {total} gebieden hebben meer dan {value} {unit} (het stadsgemiddelde).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_edit.py"/>
        <source>{name}: capacity becomes {new}</source>
        <translation>{name}: capaciteit wordt {new}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_edit.py"/>
        <source>{name}: capacity {old} → {new}</source>
        <translation>{name}: capaciteit {old} → {new}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>{sector} — {title} ({owner}; {checks})</source>
        <translation>{sector} — {title} ({owner}; {checks})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>{title} (copy)</source>
        <translation>{title} (kopie)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/results.py"/>
        <source>Δ scenario</source>
        <translation>Δ scenario</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>— choose a catalogue layer —</source>
        <translation>— kies een laag uit de catalogus —</translation>
    </message>
</context>
<context>
    <name>SlimStadCli</name>
    <message>
        <location filename="../slimstad_plugin/cli/commands_catalog.py"/>
        <source>nothing checked: the catalogue could not be read</source>
        <translation>niets gecontroleerd: de catalogus kon niet gelezen worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/cli/commands_catalog.py"/>
        <source>{checked}, {broken}</source>
        <translation>{checked}, {broken}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/cli/commands_catalog.py"/>
        <source>{n} broken</source>
        <translation>{n} defect</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/cli/commands_catalog.py"/>
        <source>{n} entries checked</source>
        <translation>{n} items gecontroleerd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/cli/commands_catalog.py"/>
        <source>{n} entry checked</source>
        <translation>{n} item gecontroleerd</translation>
    </message>
</context>
<context>
    <name>SlimStadCrs</name>
    <message>
        <location filename="../slimstad_plugin/core/layers/crs_fit.py"/>
        <source>; they look like {crs}</source>
        <translation>; ze lijken {crs}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/crs_fit.py"/>
        <source>Layer {layer} declares {crs}, but its coordinates ({extent}) do not fit it; they look like {likely}. Set the layer's CRS to the one the data is in (Layer Properties &gt; Source) before analysing it.</source>
        <translation>Laag {layer} zegt {crs} te gebruiken, maar haar coördinaten ({extent}) passen daar niet bij; ze lijken {likely}. Zet het CRS van de laag op dat van de gegevens (Laageigenschappen &gt; Bron) voor u ze analyseert.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/crs_fit.py"/>
        <source>Layer {layer} declares {crs}, but its coordinates ({extent}) lie outside the area that CRS is made for. Check the layer's CRS before analysing it.</source>
        <translation>Laag {layer} zegt {crs} te gebruiken, maar haar coördinaten ({extent}) liggen buiten het gebied waarvoor dat CRS gemaakt is. Controleer het CRS van de laag voor u ze analyseert.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/crs_fit.py"/>
        <source>The coordinates of {name} ({extent}) are not coordinates of {crs}, the CRS of the area units{likely}.</source>
        <translation>De coördinaten van {name} ({extent}) zijn geen coördinaten in {crs}, het CRS van de gebiedseenheden{likely}.</translation>
    </message>
</context>
<context>
    <name>SlimStadDemo</name>
    <message>
        <location filename="../slimstad_plugin/core/demo/steps.py"/>
        <source>The demo would replace files it did not write (or that were changed since) in {folder}: {names}; choose an empty folder.</source>
        <translation>De demo zou in {folder} bestanden vervangen die ze niet zelf schreef (of die intussen gewijzigd zijn): {names}; kies een lege map.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/demo/steps.py"/>
        <source>{path} is not a folder.</source>
        <translation>{path} is geen map.</translation>
    </message>
</context>
<context>
    <name>SlimStadFiles</name>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>Cannot write the project {path}: {error}</source>
        <translation>Kan het project {path} niet schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>Cannot write to {path}: {error}</source>
        <translation>Kan niet schrijven naar {path}: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>Cannot write {layers} into {path}: {error}</source>
        <translation>Kan {layers} niet in {path} schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>Cannot write {path}: {error}</source>
        <translation>Kan {path} niet schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>Nothing was written to {path}.</source>
        <translation>Er werd niets naar {path} geschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>The output {output} is one of the inputs ({input}); choose another file.</source>
        <translation>De uitvoer {output} is een van de invoerbestanden ({input}); kies een ander bestand.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>{layer} was not written completely to {path} ({found} of {expected} rows; is the disk full?); the file is not changed.</source>
        <translation>{layer} is niet volledig naar {path} geschreven ({found} van {expected} rijen; is de schijf vol?); het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>{path} exists and is not a GeoPackage; it is not overwritten.</source>
        <translation>{path} bestaat al en is geen GeoPackage; het wordt niet overschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>{path} exists and is not a QGIS project; it is not overwritten.</source>
        <translation>{path} bestaat en is geen QGIS-project; het wordt niet overschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>{path} exists and is not a text file (it holds data such as a GeoPackage); it is not overwritten.</source>
        <translation>{path} bestaat en is geen tekstbestand (het bevat gegevens zoals een GeoPackage); het wordt niet overschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>{path} is in use by another program; try again or choose another file.</source>
        <translation>{path} is in gebruik door een ander programma; probeer het later opnieuw of kies een ander bestand.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>{path} is not a GeoPackage; it is not changed.</source>
        <translation>{path} is geen GeoPackage; het wordt niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>{path}: a QGIS project file ends in .qgs or .qgz; nothing was written.</source>
        <translation>{path}: een QGIS-projectbestand eindigt op .qgs of .qgz; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>{path}: the folder {folder} does not exist.</source>
        <translation>{path}: de map {folder} bestaat niet.</translation>
    </message>
</context>
<context>
    <name>SlimStadHarvest</name>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>A CSW is an http(s) address, not {source}</source>
        <translation>Een CSW is een http(s)-adres, niet {source}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>A DCAT-AP export is a .ttl, .rdf or .jsonld file, not {path}</source>
        <translation>Een DCAT-AP-export is een .ttl-, .rdf- of .jsonld-bestand, niet {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>An ISO 19139 export goes into a folder; {path} is a file</source>
        <translation>Een ISO 19139-export komt in een map; {path} is een bestand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/fetch.py"/>
        <source>Cannot read {path}: {error}</source>
        <translation>Kan {path} niet lezen: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>Cannot write {path}: {error}</source>
        <translation>Kan {path} niet schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/fetch.py"/>
        <source>File {path} does not exist</source>
        <translation>Bestand {path} bestaat niet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>Nothing was exported: {path} would contain a credential ({what})</source>
        <translation>Er werd niets geëxporteerd: {path} zou een wachtwoord of sleutel bevatten ({what})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/rdf.py"/>
        <source>Reading and writing DCAT needs the rdflib library, which is missing from this SlimStad installation ({error}): reinstall the plugin from its zip</source>
        <translation>DCAT lezen en schrijven vraagt de bibliotheek rdflib, die in deze SlimStad-installatie ontbreekt ({error}): installeer de plugin opnieuw vanuit zijn zip</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>The GetRecords answer of {url}</source>
        <translation>Het GetRecords-antwoord van {url}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>The export would overwrite the catalogue itself ({path})</source>
        <translation>De export zou de catalogus zelf overschrijven ({path})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>Unknown export format '{format}' (dcat-ap-vl or iso19139)</source>
        <translation>Onbekend exportformaat '{format}' (dcat-ap-vl of iso19139)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>Unknown kind of source '{kind}' (csw or dcat)</source>
        <translation>Onbekende soort bron '{kind}' (csw of dcat)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>dataset {n}</source>
        <translation>dataset {n}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>duplicate identifier</source>
        <translation>dubbele identificator</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>identifier {identifier} (id {id}) was already harvested from {first}</source>
        <translation>identificator {identifier} (id {id}) werd al geoogst uit {first}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>invalid after mapping</source>
        <translation>ongeldig na omzetting</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>licence is not open</source>
        <translation>licentie is niet open</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/dcat_read.py"/>
        <source>near line {line}</source>
        <translation>rond regel {line}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/links.py"/>
        <source>not a WFS, WMS, WMTS, OGC API Features service or GeoPackage/GeoJSON download</source>
        <translation>geen WFS-, WMS-, WMTS- of OGC API Features-dienst en geen GeoPackage- of GeoJSON-download</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>not a dataset</source>
        <translation>geen dataset</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>not an ISO 19139 record ({tag})</source>
        <translation>geen ISO 19139-record ({tag})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/links.py"/>
        <source>not an http(s) address</source>
        <translation>geen http(s)-adres</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>record {n}</source>
        <translation>record {n}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>stopped after {n} of {matched} records (the limit)</source>
        <translation>gestopt na {n} van {matched} records (de limiet)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>stopped at the total time limit of {s} s after {n} records</source>
        <translation>gestopt op de totale tijdslimiet van {s} s na {n} records</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/dcat_read.py"/>
        <source>the document cannot be read as this format</source>
        <translation>het document kan niet in dit formaat gelezen worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/record.py"/>
        <source>the record describes a {kind}, not a dataset</source>
        <translation>het record beschrijft een {kind}, geen dataset</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/record.py"/>
        <source>the record has no identifier</source>
        <translation>het record heeft geen identificator</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/record.py"/>
        <source>the record has no online resource</source>
        <translation>het record heeft geen onlinebron</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>the server announced {matched} records but returned {n}</source>
        <translation>de server kondigde {matched} records aan maar gaf er {n}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>the server's nextRecord ({next}) did not advance past {start}: paging stopped</source>
        <translation>nextRecord van de server ({next}) kwam niet voorbij {start}: bladeren gestopt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>without a usable online resource</source>
        <translation>zonder bruikbare onlinebron</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>without identifier</source>
        <translation>zonder identificator</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>wrote {entries} to {out} ({files})</source>
        <translation>{entries} geschreven naar {out} ({files})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/links.py"/>
        <source>{kind} without a layer name</source>
        <translation>{kind} zonder laagnaam</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/dcat_read.py"/>
        <source>{name} is a web page (HTML), not a CSW service or a DCAT file</source>
        <translation>{name} is een webpagina (HTML), geen CSW-dienst of DCAT-bestand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/fetch.py"/>
        <source>{name} is empty</source>
        <translation>{name} is leeg</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/dcat_read.py"/>
        <source>{name} is not valid {format}: {error}</source>
        <translation>{name} is geen geldige {format}: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/fetch.py"/>
        <source>{name} is not well-formed XML (line {line}, column {column})</source>
        <translation>{name} is geen goedgevormde XML (regel {line}, kolom {column})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/dcat_read.py"/>
        <source>{name} refers to more than {n} remote JSON-LD contexts</source>
        <translation>{name} verwijst naar meer dan {n} externe JSON-LD-contexten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>{n} entries</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>{n} entry</source>
        <translation>{n} item</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>{n} file</source>
        <translation>{n} bestand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>{n} files</source>
        <translation>{n} bestanden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>{n} left out</source>
        <translation>{n} weggelaten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>{n} without a distribution (local source)</source>
        <translation>{n} zonder distributie (lokale bron)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/fetch.py"/>
        <source>{path} is larger than {mb} MB: not a metadata document</source>
        <translation>{path} is groter dan {mb} MB: geen metadatadocument</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>{source} holds no dcat:Dataset: is it a DCAT-AP catalogue?</source>
        <translation>{source} bevat geen dcat:Dataset: is het wel een DCAT-AP-catalogus?</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>{source}: {records} records read, {entries} entries, {skipped} skipped</source>
        <translation>{source}: {records} records gelezen, {entries} items, {skipped} overgeslagen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>{url} answered GetRecords with a web page (HTML)</source>
        <translation>{url} antwoordde op GetRecords met een webpagina (HTML)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>{url} did not answer GetRecords with search results ({tag})</source>
        <translation>{url} antwoordde op GetRecords niet met zoekresultaten ({tag})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>{url} is a web page (HTML), not a CSW service or a DCAT file</source>
        <translation>{url} is een webpagina (HTML), geen CSW-dienst of DCAT-bestand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>{url} is not a CSW 2.0.2 service (it answered with {tag})</source>
        <translation>{url} is geen CSW 2.0.2-dienst (het antwoord was {tag})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>{url} offers GetRecords only by POST, which SlimStad cannot send yet</source>
        <translation>{url} biedt GetRecords alleen via POST aan, wat SlimStad nog niet kan versturen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>{url} refused GetCapabilities: {message}</source>
        <translation>{url} weigerde GetCapabilities: {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>{url} refused GetRecords: {message}</source>
        <translation>{url} weigerde GetRecords: {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/fetch.py"/>
        <source>{url} sent more than {mb} MB: not a metadata document</source>
        <translation>{url} stuurde meer dan {mb} MB: geen metadatadocument</translation>
    </message>
</context>
<context>
    <name>SlimStadHarvestDialog</name>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Add to</source>
        <translation>Toevoegen aan</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Add to the catalogue</source>
        <translation>Toevoegen aan de catalogus</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>CSW 2.0.2 (ISO 19139 records)</source>
        <translation>CSW 2.0.2 (ISO 19139-records)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>CSW address (https://…/csw) or a DCAT-AP file or address</source>
        <translation>CSW-adres (https://…/csw) of een DCAT-AP-bestand of -adres</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Cancel search</source>
        <translation>Zoeken annuleren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Check all</source>
        <translation>Alles aanvinken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Check at least one entry.</source>
        <translation>Vink minstens één item aan.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Check none</source>
        <translation>Niets aanvinken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Choose a catalogue and where to write.</source>
        <translation>Kies een catalogus en waar er geschreven moet worden.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Choose the catalogue to add to.</source>
        <translation>Kies de catalogus om aan toe te voegen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>DCAT-AP (RDF/XML, Turtle, JSON-LD)</source>
        <translation>DCAT-AP (RDF/XML, Turtle, JSON-LD)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>DCAT-AP Vlaanderen, JSON-LD (.jsonld)</source>
        <translation>DCAT-AP Vlaanderen, JSON-LD (.jsonld)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>DCAT-AP Vlaanderen, RDF/XML (.rdf)</source>
        <translation>DCAT-AP Vlaanderen, RDF/XML (.rdf)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>DCAT-AP Vlaanderen, Turtle (.ttl)</source>
        <translation>DCAT-AP Vlaanderen, Turtle (.ttl)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>DCAT-AP file</source>
        <translation>DCAT-AP-bestand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Dataset URIs start with</source>
        <translation>Dataset-URI's beginnen met</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>File…</source>
        <translation>Bestand…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Folder for the ISO 19139 records</source>
        <translation>Map voor de ISO 19139-records</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Give a CSW address or a DCAT-AP file or address.</source>
        <translation>Geef een CSW-adres of een DCAT-AP-bestand of -adres.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Harvest from a metadata catalogue</source>
        <translation>Oogsten uit een metadatacatalogus</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Harvesting {source}</source>
        <translation>{source} oogsten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>ISO 19139, one XML file per entry (folder)</source>
        <translation>ISO 19139, één XML-bestand per item (map)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>In the catalogue</source>
        <translation>In de catalogus</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>New catalogue file</source>
        <translation>Nieuw catalogusbestand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>New catalogue file…</source>
        <translation>Nieuw catalogusbestand…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Only entries with an open licence</source>
        <translation>Alleen items met een open licentie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Publish as DCAT-AP / ISO</source>
        <translation>Publiceren als DCAT-AP / ISO</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Publishing canceled.</source>
        <translation>Publiceren geannuleerd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Publishing {catalogue}</source>
        <translation>{catalogue} publiceren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Publishing…</source>
        <translation>Bezig met publiceren…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>RDF (*.ttl *.rdf *.xml *.jsonld *.json)</source>
        <translation>RDF (*.ttl *.rdf *.xml *.jsonld *.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Recognise automatically</source>
        <translation>Automatisch herkennen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Search canceled: nothing was added.</source>
        <translation>Zoeken geannuleerd: er werd niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Search text</source>
        <translation>Zoektekst</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Searching {source}…</source>
        <translation>Bezig met zoeken in {source}…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>SlimStad catalogue (*.json)</source>
        <translation>SlimStad-catalogus (*.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Words the records must contain (empty: all)</source>
        <translation>Woorden die de records moeten bevatten (leeg: alle)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Write to</source>
        <translation>Schrijven naar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>update</source>
        <translation>bijwerken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>{added} added, {updated} updated, {unchanged} unchanged in {path}</source>
        <translation>{added} toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd in {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>… and {n} more skipped</source>
        <translation>… en nog {n} overgeslagen</translation>
    </message>
</context>
<context>
    <name>SlimStadHelp</name>
    <message>
        <location filename="../slimstad_plugin/gui/help.py"/>
        <source>Help: open the page about this panel (installed with SlimStad, works offline)</source>
        <translation>Help: de pagina over dit paneel openen (met SlimStad geïnstalleerd, werkt zonder internet)</translation>
    </message>
</context>
<context>
    <name>SlimStadLocations</name>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>A grid spacing of {s} gives more than {n} candidates: use a larger spacing</source>
        <translation>Een rasterafstand van {s} geeft meer dan {n} kandidaten: gebruik een grotere afstand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>Ask for at least one new location</source>
        <translation>Vraag minstens één nieuwe locatie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>Demand values must be zero or positive numbers</source>
        <translation>Vraagwaarden moeten nul of positief zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>Give one demand value per demand point</source>
        <translation>Geef één vraagwaarde per vraagpunt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>Only {k} of {n} locations add demand: every reachable demand is covered</source>
        <translation>Slechts {k} van {n} locaties voegen vraag toe: alle bereikbare vraag is gedekt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>The coverage distance must be larger than 0</source>
        <translation>De dekkingsafstand moet groter zijn dan 0</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>The demand layer has no features</source>
        <translation>De vraaglaag bevat geen objecten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>The grid spacing must be larger than 0</source>
        <translation>De rasterafstand moet groter zijn dan 0</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>The study area is empty</source>
        <translation>Het studiegebied is leeg</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>There are no candidate locations</source>
        <translation>Er zijn geen kandidaat-locaties</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>{n} new locations asked but only {m} candidates available</source>
        <translation>{n} nieuwe locaties gevraagd maar slechts {m} kandidaten beschikbaar</translation>
    </message>
</context>
<context>
    <name>SlimStadMaps</name>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>(and {n} more file)</source>
        <translation>(en nog {n} bestand)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>(and {n} more files)</source>
        <translation>(en nog {n} bestanden)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>(current map)</source>
        <translation>(huidige kaart)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>A3 landscape</source>
        <translation>A3 liggend</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>A3 portrait</source>
        <translation>A3 staand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>A4 landscape</source>
        <translation>A4 liggend</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>A4 portrait</source>
        <translation>A4 staand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py"/>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>Atlas page {number} cannot be prepared.</source>
        <translation>Atlaspagina {number} kan niet voorbereid worden.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Atlas per area of</source>
        <translation>Atlas per gebied van</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/background.py"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>Cannot write to {path}.</source>
        <translation>Kan niet schrijven naar {path}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>Cannot write to {path}: permission denied.</source>
        <translation>Kan niet schrijven naar {path}: geen toestemming.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>Cannot write to {path}: {error}</source>
        <translation>Kan niet schrijven naar {path}: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Challenge</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>Challenge {challenge}, method {method}</source>
        <translation>Opgave {challenge}, methode {method}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py"/>
        <source>Challenge {id} has no {language} text for: {texts}; another language is printed there.</source>
        <translation>Opgave {id} heeft geen tekst in taal {language} voor: {texts}; daar wordt een andere taal gedrukt.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Check the choices, then write the map in the background</source>
        <translation>De keuzes controleren en de kaart dan op de achtergrond wegschrijven</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Checking the web layers of the planning map</source>
        <translation>De weblagen van de planningskaart worden gecontroleerd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Checking {count} web layer(s)…</source>
        <translation>{count} weblaag/weblagen worden gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Choose an output file.</source>
        <translation>Kies een uitvoerbestand.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/overview.py"/>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Close without making a map</source>
        <translation>Sluiten zonder een kaart te maken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Exporting planning map {name}</source>
        <translation>Planningskaart {name} exporteren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>Exporting {path} failed: {detail}</source>
        <translation>Exporteren van {path} mislukt: {detail}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Fill title, legend, table and sources from a challenge's results, or print the current map</source>
        <translation>Titel, legende, tabel en bronnen invullen uit de resultaten van een opgave, of de huidige kaart afdrukken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>INTERNAL - not for publication</source>
        <translation>INTERN - niet voor publicatie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py"/>
        <source>Indicative planning map: no rights can be derived from it.</source>
        <translation>Indicatieve planningskaart: hieraan kunnen geen rechten ontleend worden.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Language of the texts on the map</source>
        <translation>Taal van de teksten op de kaart</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/legend.py"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/legend.py"/>
        <source>Legend (continued)</source>
        <translation>Legende (vervolg)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/legend.py"/>
        <source>Legend: on the next page</source>
        <translation>Legende: op de volgende pagina</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>Made with {tool}.</source>
        <translation>Gemaakt met {tool}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Make a PDF, PNG or SVG planning map of the current map or a challenge, with its sources printed</source>
        <translation>Een planningskaart in PDF, PNG of SVG maken van de huidige kaart of een opgave, met haar bronnen erop</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>No atlas (one map)</source>
        <translation>Geen atlas (één kaart)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py"/>
        <source>No results of challenge {id} in {path}: run the challenge first.</source>
        <translation>Geen resultaten van opgave {id} in {path}: voer de opgave eerst uit.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>No units here</source>
        <translation>Geen gebieden hier</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>Not all licences known - check before publishing</source>
        <translation>Niet alle licenties gekend - controleer voor publicatie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py"/>
        <source>Not drawn because the data could not be read: {layers}.</source>
        <translation>Niet getekend omdat de gegevens niet gelezen konden worden: {layers}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py"/>
        <source>Not drawn: the web service of {layer} did not answer ({reason}); the map was made without it.</source>
        <translation>Niet getekend: de webdienst van {layer} antwoordde niet ({reason}); de kaart werd zonder deze laag gemaakt.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>Not enough memory to export {path}: lower the resolution.</source>
        <translation>Onvoldoende geheugen om {path} te exporteren: verlaag de resolutie.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>One page per area of this layer (no atlas: one map)</source>
        <translation>Eén pagina per gebied van deze laag (geen atlas: één kaart)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Output file</source>
        <translation>Uitvoerbestand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Paper size and orientation of the map</source>
        <translation>Papierformaat en oriëntatie van de kaart</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py"/>
        <source>Planning map</source>
        <translation>Planningskaart</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Planning map written: {name}</source>
        <translation>Planningskaart geschreven: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Planning map…</source>
        <translation>Planningskaart…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Preview: press "Preview"</source>
        <translation>Voorbeeld: druk op "Voorbeeld"</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Print internal or restricted sources (the map is marked internal)</source>
        <translation>Interne of beperkte bronnen afdrukken (de kaart wordt als intern gemarkeerd)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py"/>
        <source>Public</source>
        <translation>Publiek</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Resolution (dpi)</source>
        <translation>Resolutie (dpi)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Resolution of images in the output, in dots per inch</source>
        <translation>Resolutie van beelden in de uitvoer, in punten per inch</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Second line under the title (default: the challenge's question)</source>
        <translation>Tweede regel onder de titel (standaard: de vraag van de opgave)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Show the first page as it will be printed</source>
        <translation>De eerste pagina tonen zoals ze afgedrukt wordt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py"/>
        <source>SlimStad challenge {id}</source>
        <translation>SlimStad-opgave {id}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>SlimStad {version}</source>
        <translation>SlimStad {version}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/texts.py"/>
        <source>Sources (continued)</source>
        <translation>Bronnen (vervolg)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Subtitle</source>
        <translation>Ondertitel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/overview.py"/>
        <source>Surroundings</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/templates.py"/>
        <source>Template {path} could not be used ({problem}); the built-in {name} layout was used instead.</source>
        <translation>Sjabloon {path} kon niet gebruikt worden ({problem}); de ingebouwde opmaak {name} werd gebruikt.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>The area of this page with the highest {indicator}; its number is on the map.</source>
        <translation>Het gebied van deze pagina met de hoogste {indicator}; het nummer staat op de kaart.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>The area of this page with the lowest {indicator}; its number is on the map.</source>
        <translation>Het gebied van deze pagina met de laagste {indicator}; het nummer staat op de kaart.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>The area with the highest {indicator}; its number is on the map.</source>
        <translation>Het gebied met de hoogste {indicator}; het nummer staat op de kaart.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>The area with the lowest {indicator}; its number is on the map.</source>
        <translation>Het gebied met de laagste {indicator}; het nummer staat op de kaart.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>The atlas has no pages to export.</source>
        <translation>De atlas heeft geen pagina's om te exporteren.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/atlas.py"/>
        <source>The atlas layer cannot be read.</source>
        <translation>De atlaslaag kan niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/atlas.py"/>
        <source>The atlas layer {layer} has no areas (polygons).</source>
        <translation>De atlaslaag {layer} bevat geen gebieden (polygonen).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/atlas.py"/>
        <source>The atlas layer {layer} has no field {field}.</source>
        <translation>De atlaslaag {layer} heeft geen veld {field}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/atlas.py"/>
        <source>The atlas layer {layer} is empty: there are no pages to print.</source>
        <translation>De atlaslaag {layer} is leeg: er zijn geen pagina's om af te drukken.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/background.py"/>
        <source>The background layer {source} cannot be read.</source>
        <translation>De achtergrondlaag {source} kan niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/web_layers.py"/>
        <source>The check of the web layers was cancelled.</source>
        <translation>De controle van de weblagen is geannuleerd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>The export was cancelled.</source>
        <translation>De export werd geannuleerd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>De export werd geannuleerd; er werd niets geschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>The exporter produced no file in {folder}.</source>
        <translation>De export maakte geen bestand in {folder}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>The file to write: .pdf, .png or .svg</source>
        <translation>Het bestand om te schrijven: .pdf, .png of .svg</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>The first page of the map</source>
        <translation>De eerste pagina van de kaart</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/request_check.py"/>
        <source>The layer {layer} has no field {field} ({option}); its fields: {fields}.</source>
        <translation>De laag {layer} heeft geen veld {field} ({option}); haar velden: {fields}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py"/>
        <source>The legend has {total} entries: it continues on {pages} extra page(s).</source>
        <translation>De legende heeft {total} items: ze loopt verder op {pages} extra pagina('s).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/legend.py"/>
        <source>The legend shows {shown} of {total} entries and does not fit even on {pages} extra pages; left out: {detail}.</source>
        <translation>De legende toont {shown} van {total} items en past zelfs niet op {pages} extra pagina's; weggelaten: {detail}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/request_check.py"/>
        <source>The number of table rows (--top) must be from {low} to {high}, not {value}.</source>
        <translation>Het aantal rijen van de tabel (--top) moet van {low} tot {high} zijn, niet {value}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/overview.py"/>
        <source>The overview outlines {path} cannot be read as a polygon layer; a derived surrounding band is shown instead.</source>
        <translation>De omtrekken voor de overzichtskaart {path} kunnen niet als vlakkenlaag gelezen worden; in de plaats wordt een afgeleide zone rond de stad getoond.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py"/>
        <source>The project has no challenge {id} (challenges: {known}).</source>
        <translation>Het project heeft geen opgave {id} (opgaven: {known}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/request_check.py"/>
        <source>The resolution (--dpi) must be a whole number from {low} to {high} dpi, not {value}.</source>
        <translation>De resolutie (--dpi) moet een geheel getal van {low} tot {high} dpi zijn, niet {value}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py"/>
        <source>The result layer {name} cannot be read from {path}.</source>
        <translation>De resultaatlaag {name} kan niet gelezen worden uit {path}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>The table lists {rows} areas instead of {asked}: more rows do not fit the page; only the listed areas are numbered on the map.</source>
        <translation>De tabel toont {rows} gebieden in plaats van {asked}: meer rijen passen niet op de pagina; alleen de getoonde gebieden zijn op de kaart genummerd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/request_check.py"/>
        <source>The template file (--template-file) {path} does not exist.</source>
        <translation>Het sjabloonbestand (--template-file) {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>The web layers are still being checked; please wait.</source>
        <translation>De weblagen worden nog gecontroleerd; even geduld.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/web_layers.py"/>
        <source>The web service of {layers} stopped answering during the export (no answer within {seconds:.0f} s).</source>
        <translation>De webdienst van {layers} antwoordde niet meer tijdens de export (geen antwoord binnen {seconds:.0f} s).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>The {count} areas of this page with the highest {indicator}; their numbers are on the map.</source>
        <translation>De {count} gebieden van deze pagina met de hoogste {indicator}; hun nummers staan op de kaart.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>The {count} areas of this page with the lowest {indicator}; their numbers are on the map.</source>
        <translation>De {count} gebieden van deze pagina met de laagste {indicator}; hun nummers staan op de kaart.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>The {count} areas with the highest {indicator}; their numbers are on the map.</source>
        <translation>De {count} gebieden met de hoogste {indicator}; hun nummers staan op de kaart.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>The {count} areas with the lowest {indicator}; their numbers are on the map.</source>
        <translation>De {count} gebieden met de laagste {indicator}; hun nummers staan op de kaart.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py"/>
        <source>There is no layer to put on the map: check the layers or the project.</source>
        <translation>Er is geen laag om op de kaart te zetten: controleer de lagen of het project.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py"/>
        <source>These layers are internal or restricted: {layers}. Allow restricted sources explicitly to make a map marked internal.</source>
        <translation>Deze lagen zijn intern of beperkt: {layers}. Sta beperkte bronnen uitdrukkelijk toe om een kaart te maken die als intern gemarkeerd is.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Title (default: the challenge's title)</source>
        <translation>Titel (standaard: de titel van de opgave)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Title printed on the map</source>
        <translation>Titel op de kaart</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Unexpected problem ({error}); the details are in the SlimStad log.</source>
        <translation>Onverwacht probleem ({error}); de details staan in het SlimStad-logboek.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/request_check.py"/>
        <source>Unknown map language (--language) {code}; available: {codes}.</source>
        <translation>Onbekende taal van de kaart (--language) {code}; beschikbaar: {codes}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/request_check.py"/>
        <source>Unknown template (--template) {name}; available templates: {names}.</source>
        <translation>Onbekend sjabloon (--template) {name}; beschikbare sjablonen: {names}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>Unsupported output {path}: use a .pdf, .png or .svg file name.</source>
        <translation>Niet ondersteunde uitvoer {path}: gebruik een bestandsnaam op .pdf, .png of .svg.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Without this, a map that shows internal or restricted data is refused</source>
        <translation>Zonder dit wordt een kaart met interne of beperkte gegevens geweigerd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>accessibility (catchment)</source>
        <translation>bereikbaarheid (verzorgingsgebied)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>area within reach</source>
        <translation>oppervlakte binnen bereik</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>count</source>
        <translation>aantal</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py"/>
        <source>derived from the listed sources</source>
        <translation>afgeleid van de vermelde bronnen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>distance to the nearest</source>
        <translation>afstand tot de dichtstbijzijnde</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/templates.py"/>
        <source>file cannot be read</source>
        <translation>bestand kan niet gelezen worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/templates.py"/>
        <source>file not found</source>
        <translation>bestand niet gevonden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py"/>
        <source>indicator title</source>
        <translation>titel van de indicator</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>licence unknown</source>
        <translation>licentie onbekend</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/web_layers.py"/>
        <source>no answer within {seconds:.0f} s</source>
        <translation>geen antwoord binnen {seconds:.0f} s</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/templates.py"/>
        <source>no map item with id "main_map"</source>
        <translation>geen kaartelement met id "main_map"</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/templates.py"/>
        <source>not a valid layout template</source>
        <translation>geen geldig opmaaksjabloon</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>overlay</source>
        <translation>overlapping</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>owner unknown</source>
        <translation>eigenaar onbekend</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>per {count}</source>
        <translation>per {count}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>ratio</source>
        <translation>verhouding</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>restricted</source>
        <translation>beperkt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>share within reach</source>
        <translation>aandeel binnen bereik</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>sum</source>
        <translation>som</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/web_layers.py"/>
        <source>the layer cannot be read</source>
        <translation>de laag kan niet gelezen worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/web_layers.py"/>
        <source>the service returned nothing for this area</source>
        <translation>de dienst gaf niets terug voor dit gebied</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>update date unknown</source>
        <translation>datum laatste update onbekend</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>updated {date}</source>
        <translation>bijgewerkt {date}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>within {distance} m</source>
        <translation>binnen {distance} m</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>{count} files already exist in {folder} ({names}); nothing was written. Choose another name or folder, or allow replacing them.</source>
        <translation>{count} bestanden bestaan al in {folder} ({names}); er werd niets geschreven. Kies een andere naam of map, of sta vervangen toe.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>{layer} (background, not in the legend)</source>
        <translation>{layer} (achtergrond, niet in de legende)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/legend.py"/>
        <source>{layer} (continued)</source>
        <translation>{layer} (vervolg)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>{layer}: source unknown</source>
        <translation>{layer}: bron onbekend</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/legend.py"/>
        <source>{layer}: {count} entries</source>
        <translation>{layer}: {count} items</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>{tied} areas have {value}; the {count} with the most {need} are listed.</source>
        <translation>{tied} gebieden hebben {value}; de {count} met de meeste {need} staan in de lijst.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>{tied} areas have {value}; {count} of them are listed.</source>
        <translation>{tied} gebieden hebben {value}; {count} ervan staan in de lijst.</translation>
    </message>
</context>
<context>
    <name>SlimStadMenu</name>
    <message>
        <location filename="../slimstad_plugin/plugin.py"/>
        <source>&amp;SlimStad</source>
        <translation>&amp;SlimStad</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sample_city_action.py"/>
        <source>Create sample city</source>
        <translation>Voorbeeldstad maken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sample_city_action.py"/>
        <source>Create sample city…</source>
        <translation>Voorbeeldstad maken…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sample_city_action.py"/>
        <source>Create the fictional city Voorbeeldstad in your data folder and open it: the layers of the sample catalogue, styled and grouped by sector</source>
        <translation>De fictieve stad Voorbeeldstad in uw gegevensmap maken en openen: de lagen van de voorbeeldcatalogus, gestileerd en per sector gegroepeerd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/dependencies.py"/>
        <source>Install them (for example {command}) and restart QGIS.</source>
        <translation>Installeer ze (bijvoorbeeld {command}) en herstart QGIS.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sample_city_action.py"/>
        <source>Sample city created in {folder}; the Shared data catalogue reads its layers there.</source>
        <translation>Voorbeeldstad gemaakt in {folder}; de catalogus Gedeelde data leest haar lagen daar.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sample_city_action.py"/>
        <source>Sample city opened from {folder}.</source>
        <translation>Voorbeeldstad geopend uit {folder}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/plugin.py"/>
        <source>SlimStad</source>
        <translation>SlimStad</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/dependencies.py"/>
        <source>SlimStad needs these Python packages in QGIS's Python: {packages}.</source>
        <translation>SlimStad heeft deze Python-pakketten nodig in de Python van QGIS: {packages}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sample_city_action.py"/>
        <source>SlimStad: sample city in {folder}</source>
        <translation>SlimStad: voorbeeldstad in {folder}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sample_city_action.py"/>
        <source>The current project has unsaved changes. Save them before the sample city opens?</source>
        <translation>Het huidige project heeft niet-opgeslagen wijzigingen. Ze opslaan voor de voorbeeldstad opent?</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sample_city_action.py"/>
        <source>The sample city was not created.</source>
        <translation>De voorbeeldstad is niet gemaakt.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/dependencies.py"/>
        <source>This Python is managed by the system (Debian 12, Ubuntu 23.04 or later) and its own python3-shapely is too old. Install them for your user: {user_command} — or in a virtual environment: {venv_command} and start QGIS with PYTHONPATH={site}. Then restart QGIS.</source>
        <translation>Deze Python wordt door het systeem beheerd (Debian 12, Ubuntu 23.04 of later) en zijn eigen python3-shapely is te oud. Installeer ze voor uw gebruiker: {user_command} — of in een virtuele omgeving: {venv_command} en start QGIS met PYTHONPATH={site}. Herstart daarna QGIS.</translation>
    </message>
</context>
<context>
    <name>SlimStadMessages</name>
    <message>
        <location filename="../slimstad_plugin/gui/message_area.py"/>
        <source>Close this message</source>
        <translation>Dit bericht sluiten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/message_area.py"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/message_area.py"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/message_area.py"/>
        <source>Open {path} in the program that shows this kind of file</source>
        <translation>{path} openen in het programma dat dit soort bestanden toont</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/message_area.py"/>
        <source>Show the folder {path}</source>
        <translation>De map {path} tonen</translation>
    </message>
</context>
<context>
    <name>SlimStadMultiUse</name>
    <message>
        <location filename="../slimstad_plugin/core/analysis/multi_use.py"/>
        <source>Give one sector per facility</source>
        <translation>Geef één sector per voorziening</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/multi_use.py"/>
        <source>Only {n} sector(s) in the input: no cluster can combine {m}</source>
        <translation>Slechts {n} sector(en) in de invoer: geen cluster kan er {m} combineren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/multi_use.py"/>
        <source>Some facilities have no valid location</source>
        <translation>Sommige voorzieningen hebben geen geldige locatie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/multi_use.py"/>
        <source>The distance must be larger than 0</source>
        <translation>De afstand moet groter zijn dan 0</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/multi_use.py"/>
        <source>The facility layers have no features</source>
        <translation>De lagen met voorzieningen bevatten geen objecten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/multi_use.py"/>
        <source>The minimum number of sectors must be at least 1</source>
        <translation>Het minimum aantal sectoren moet minstens 1 zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/multi_use.py"/>
        <source>Write the sector mapping as layer=sector pairs: '{p}'</source>
        <translation>Schrijf de sectorkoppeling als laag=sector-paren: '{p}'</translation>
    </message>
</context>
<context>
    <name>SlimStadNetwork</name>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>Access refused by {url} (HTTP {status}): check the credentials</source>
        <translation>Toegang geweigerd door {url} (HTTP {status}): controleer de aanmeldgegevens</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>Cannot reach {host}: {error} a moment ago; not tried again until {time}</source>
        <translation>Kan {host} niet bereiken: {error} enkele ogenblikken geleden; pas opnieuw geprobeerd na {time}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>Cannot reach {url}: {error}</source>
        <translation>Kan {url} niet bereiken: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>No answer from {url} within {seconds} s</source>
        <translation>Geen antwoord van {url} binnen {seconds} s</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>No complete answer from {url} within {seconds} s (timed out after {received} bytes)</source>
        <translation>Geen volledig antwoord van {url} binnen {seconds} s (afgebroken na {received} bytes)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>Only http and https addresses can be fetched: {url}</source>
        <translation>Enkel http- en https-adressen kunnen opgehaald worden: {url}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>Request to {url} failed: {error}</source>
        <translation>Verzoek aan {url} mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>The answer of {url} is too large: more than {mb} MB (the limit in the SlimStad settings); stopped</source>
        <translation>Het antwoord van {url} is te groot: meer dan {mb} MB (de grens in de SlimStad-instellingen); gestopt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>The answer of {url} was cut off: {received} of {expected} bytes arrived</source>
        <translation>Het antwoord van {url} werd afgebroken: {received} van {expected} bytes kwamen aan</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>The authentication configuration for {url} could not be applied</source>
        <translation>De authenticatieconfiguratie voor {url} kon niet toegepast worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/answers.py"/>
        <source>an XML answer instead of JSON</source>
        <translation>een XML-antwoord in plaats van JSON</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>no HTTP answer</source>
        <translation>geen HTTP-antwoord</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>no connection within {seconds} s</source>
        <translation>geen verbinding binnen {seconds} s</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/answers.py"/>
        <source>{name}: the answer is JSON, not {what}</source>
        <translation>{name}: het antwoord is JSON, geen {what}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/answers.py"/>
        <source>{name}: the answer is not {what} (it holds: {keys})</source>
        <translation>{name}: het antwoord is geen {what} (het bevat: {keys})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/answers.py"/>
        <source>{name}: the answer is not {what} (root element {tag})</source>
        <translation>{name}: het antwoord is geen {what} (hoofdelement {tag})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/answers.py"/>
        <source>{name}: the service answered a web page instead of {what}: {page}</source>
        <translation>{name}: de dienst antwoordde met een webpagina in plaats van {what}: {page}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/answers.py"/>
        <source>{name}: the service reports an error: {message}</source>
        <translation>{name}: de dienst meldt een fout: {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/answers.py"/>
        <source>{name}: the service sent an empty answer instead of {what}</source>
        <translation>{name}: de dienst stuurde een leeg antwoord in plaats van {what}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/answers.py"/>
        <source>{name}: {what} is not valid JSON ({error})</source>
        <translation>{name}: {what} is geen geldige JSON ({error})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/answers.py"/>
        <source>{name}: {what} is not valid XML ({error})</source>
        <translation>{name}: {what} is geen geldige XML ({error})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>{url} answered HTTP {status}</source>
        <translation>{url} antwoordde HTTP {status}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>{url} redirects in a loop</source>
        <translation>{url} verwijst in een kringloop door</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>{url}: more than {n} redirects</source>
        <translation>{url}: meer dan {n} doorverwijzingen</translation>
    </message>
</context>
<context>
    <name>SlimStadPriority</name>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>At least one weight must be larger than zero</source>
        <translation>Minstens één gewicht moet groter zijn dan nul</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Choose at least one indicator</source>
        <translation>Kies minstens één indicator</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Give one column of values per indicator</source>
        <translation>Geef één kolom waarden per indicator</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Indicator '{f}' has the same value everywhere and does not change the score</source>
        <translation>Indicator '{f}' heeft overal dezelfde waarde en verandert de score niet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Indicator '{f}' is NULL for every unit</source>
        <translation>Indicator '{f}' is NULL voor elk gebied</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>The area layer has no features</source>
        <translation>De laag met gebieden bevat geen objecten</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>The sensitivity step must lie between 0 and 1</source>
        <translation>De gevoeligheidsstap moet tussen 0 en 1 liggen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>The weights sum to {s} instead of 1: correct them or ask to normalise the weights (NORMALISE_WEIGHTS)</source>
        <translation>De gewichten tellen op tot {s} in plaats van 1: verbeter ze of vraag om de gewichten te normaliseren (NORMALISE_WEIGHTS)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Unknown classification '{m}'</source>
        <translation>Onbekende klassenindeling '{m}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Unknown direction '{d}': use 'worse' (+) or 'better' (-)</source>
        <translation>Onbekende richting '{d}': gebruik 'worse' (+) of 'better' (-)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Unknown normalisation '{m}'</source>
        <translation>Onbekende normalisatie '{m}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Use at least 2 classes</source>
        <translation>Gebruik minstens 2 klassen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Weights must be numbers separated by commas: {w}</source>
        <translation>Gewichten moeten getallen zijn, gescheiden door komma's: {w}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Weights must be zero or positive numbers</source>
        <translation>Gewichten moeten nul of positieve getallen zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>{n} directions given for {m} indicators</source>
        <translation>{n} richtingen opgegeven voor {m} indicatoren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>{n} units lack an indicator value and get no score</source>
        <translation>{n} gebieden missen een indicatorwaarde en krijgen geen score</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>{n} weights given for {m} indicators</source>
        <translation>{n} gewichten opgegeven voor {m} indicatoren</translation>
    </message>
</context>
<context>
    <name>SlimStadProvider</name>
    <message>
        <location filename="../slimstad_plugin/processing/provider.py"/>
        <source>SlimStad: shared city data around urban challenges</source>
        <translation>SlimStad: gedeelde stadsdata rond stedelijke opgaven</translation>
    </message>
</context>
<context>
    <name>SlimStadPushdown</name>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>Could not connect to database {db}: {reason}</source>
        <translation>Kon geen verbinding maken met databank {db}: {reason}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py"/>
        <source>Demand and supply are in different databases ({a} and {b}).</source>
        <translation>Vraag en aanbod staan in verschillende databanken ({a} en {b}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py"/>
        <source>Distances need a projected CRS in metres; SRID {srid} is not one.</source>
        <translation>Afstanden vragen een geprojecteerd CRS in meter; SRID {srid} is dat niet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/catchment_glue.py"/>
        <source>Engine: {engine} ({reason}).</source>
        <translation>Rekenmotor: {engine} ({reason}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/catchment_glue.py"/>
        <source>Results stored in table {table}.</source>
        <translation>Resultaten opgeslagen in tabel {table}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>The QGIS authentication configuration {id} could not be read (is the master password set?).</source>
        <translation>De QGIS-authenticatieconfiguratie {id} kon niet gelezen worden (is het hoofdwachtwoord ingesteld?).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/demand_sums.py"/>
        <source>The area-unit layer has no field {field}.</source>
        <translation>De laag met gebiedseenheden heeft geen veld {field}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>The calculation was canceled; the query on the server was stopped.</source>
        <translation>De berekening werd geannuleerd; de query op de server werd gestopt.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>The connection to database {db} was lost during the calculation ({reason}); nothing was written there (the transaction was rolled back).</source>
        <translation>De verbinding met databank {db} viel weg tijdens de berekening ({reason}); er werd niets weggeschreven (de transactie werd teruggedraaid).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py"/>
        <source>The database engine cannot run: {reason}.</source>
        <translation>De databankmotor kan niet rekenen: {reason}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>The database engine needs the Python module psycopg2 (Debian/Ubuntu: python3-psycopg2).</source>
        <translation>De databankmotor heeft de Python-module psycopg2 nodig (Debian/Ubuntu: python3-psycopg2).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>The database refused the calculation: {reason}</source>
        <translation>De databank weigerde de berekening: {reason}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/band_workers.py"/>
        <source>The database sent results in an unexpected format.</source>
        <translation>De databank stuurde de resultaten in een onverwacht formaat terug.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>The database stopped the query (statement timeout or an administrator).</source>
        <translation>De databank stopte de query (time-out of een beheerder).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/results_writer.py"/>
        <source>The results could not be stored in schema {schema} ({reason}); they are returned to QGIS only. Without CREATE rights on that schema, ask the database owner for them.</source>
        <translation>De resultaten konden niet opgeslagen worden in schema {schema} ({reason}); ze komen enkel naar QGIS. Zonder CREATE-rechten op dat schema: vraag ze aan de databankbeheerder.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py"/>
        <source>The {role} field {field} is not numeric.</source>
        <translation>Het {role}veld {field} is niet numeriek.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py"/>
        <source>The {role} table {table} does not exist in the database.</source>
        <translation>De {role}tabel {table} bestaat niet in de databank.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py"/>
        <source>The {role} table {table} has no column {column}.</source>
        <translation>De {role}tabel {table} heeft geen kolom {column}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py"/>
        <source>The {role} table {table} has no field {field}.</source>
        <translation>De {role}tabel {table} heeft geen veld {field}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py"/>
        <source>The {role} table {table} has no spatial index. SlimStad creates none on a shared database (it computes on a private indexed copy), but maps and other queries on that table stay slow. Ask the database owner to run: {statement}</source>
        <translation>De {role}tabel {table} heeft geen ruimtelijke index. SlimStad maakt er geen aan in een gedeelde databank (het rekent op een eigen geïndexeerde kopie), maar kaarten en andere query's op die tabel blijven traag. Vraag de databankbeheerder om uit te voeren: {statement}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>There is no PostgreSQL connection called {name} in QGIS.</source>
        <translation>Er is geen PostgreSQL-verbinding met de naam {name} in QGIS.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py"/>
        <source>Unknown engine {engine}; use one of {names}.</source>
        <translation>Onbekende rekenmotor {engine}; gebruik een van {names}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>a layer is missing or invalid</source>
        <translation>een laag ontbreekt of is ongeldig</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/catchment_glue.py"/>
        <source>a selection or filter on the {role} layer</source>
        <translation>een selectie of filter op de {role}laag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/catchment_glue.py"/>
        <source>a street network</source>
        <translation>een stratennetwerk</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/demand_sums.py"/>
        <source>a value expression</source>
        <translation>een expressie voor de waarde</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py"/>
        <source>computed in database {db}: every input is a table there</source>
        <translation>berekend in databank {db}: elke invoer is daar een tabel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py"/>
        <source>computed on the desktop: {reason}</source>
        <translation>berekend op de desktop: {reason}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/demand_sums.py"/>
        <source>demand</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>layer {name} has a filter</source>
        <translation>laag {name} heeft een filter</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>layer {name} has no geometry column</source>
        <translation>laag {name} heeft geen geometriekolom</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>layer {name} has no single-column primary key</source>
        <translation>laag {name} heeft geen primaire sleutel op één kolom</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>layer {name} is an SQL query, not a table</source>
        <translation>laag {name} is een SQL-query, geen tabel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>layer {name} is not a PostGIS table</source>
        <translation>laag {name} is geen PostGIS-tabel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py"/>
        <source>layer {role} has SRID {srid}, unknown to QGIS</source>
        <translation>laag {role} heeft SRID {srid}, onbekend voor QGIS</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py"/>
        <source>supply</source>
        <translation>aanbod</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py"/>
        <source>the desktop engine was requested</source>
        <translation>de desktopmotor werd gevraagd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py"/>
        <source>the inputs are in different databases ({names})</source>
        <translation>de invoer staat in verschillende databanken ({names})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py"/>
        <source>{count} {label} features have a NULL value; counted as 0.</source>
        <translation>{count} {label}objecten hebben een NULL-waarde; geteld als 0.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py"/>
        <source>{count} {label} features have a negative or non-numeric value; counted as 0.</source>
        <translation>{count} {label}objecten hebben een negatieve of niet-numerieke waarde; geteld als 0.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py"/>
        <source>{what} is only available in the desktop engine</source>
        <translation>{what} is enkel beschikbaar in de desktopmotor</translation>
    </message>
</context>
<context>
    <name>SlimStadReaders</name>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a colon was expected</source>
        <translation>er werd een dubbelpunt verwacht</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a comma was expected</source>
        <translation>er werd een komma verwacht</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a key in double quotes was expected</source>
        <translation>er werd een sleutel tussen dubbele aanhalingstekens verwacht</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>a list […] was expected, found {found}</source>
        <translation>er werd een lijst […] verwacht, gevonden: {found}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>a number was expected, found {found}</source>
        <translation>er werd een getal verwacht, gevonden: {found}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a number with {digits} digits is too long (at most {limit})</source>
        <translation>een getal met {digits} cijfers is te lang (hoogstens {limit})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a number written with {n} characters is too long</source>
        <translation>een getal van {n} tekens is te lang</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>a text</source>
        <translation>een tekst</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a text value holds a control character (such as a line break)</source>
        <translation>een tekstwaarde bevat een stuurteken (zoals een regeleinde)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a text value holds an invalid \u escape</source>
        <translation>een tekstwaarde bevat een ongeldige \u-escape</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a text value holds an invalid escape (\)</source>
        <translation>een tekstwaarde bevat een ongeldige escape (\)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a text value holds half of a UTF-16 pair (an unpaired \ud800–\udfff escape), which is no character</source>
        <translation>een tekstwaarde bevat een halve UTF-16-combinatie (een losse \ud800–\udfff-escape), wat geen teken is</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a text value is not closed with a double quote</source>
        <translation>een tekstwaarde wordt niet afgesloten met een dubbel aanhalingsteken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>a text was expected, found {found}</source>
        <translation>er werd een tekst verwacht, gevonden: {found}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a value was expected</source>
        <translation>er werd een waarde verwacht</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>a whole number was expected, found {found}</source>
        <translation>er werd een geheel getal verwacht, gevonden: {found}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>an object {{…}} was expected, found {found}</source>
        <translation>er werd een object {{…}} verwacht, gevonden: {found}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>an unknown 8-bit encoding</source>
        <translation>een onbekende 8-bitcodering</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>is not valid JSON: nested deeper than {limit} levels</source>
        <translation>is geen geldige JSON: dieper genest dan {limit} niveaus</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>is not valid JSON: {problem}</source>
        <translation>is geen geldige JSON: {problem}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>line {line}, column {column}</source>
        <translation>regel {line}, kolom {column}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>the JSON syntax is wrong</source>
        <translation>de JSON-syntaxis is fout</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>the document is empty</source>
        <translation>het document is leeg</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>the document is larger than {limit} MB, the limit for this kind of document</source>
        <translation>het document is groter dan {limit} MB, de grens voor dit soort document</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>the file cannot be read (no permission)</source>
        <translation>het bestand kan niet gelezen worden (geen toestemming)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>the file cannot be read: {reason}</source>
        <translation>het bestand kan niet gelezen worden: {reason}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>the file is larger than {limit} MB, the limit for this kind of file</source>
        <translation>het bestand is groter dan {limit} MB, de grens voor dit soort bestand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>the key "{key}" appears twice in the same object</source>
        <translation>de sleutel "{key}" komt twee keer voor in hetzelfde object</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>the number {literal} is too large</source>
        <translation>het getal {literal} is te groot</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>the required key {key} is missing</source>
        <translation>de verplichte sleutel {key} ontbreekt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>the text is longer than {limit} characters</source>
        <translation>de tekst is langer dan {limit} tekens</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>the text is not UTF-8 but looks like {encoding}; save it as UTF-8 and try again</source>
        <translation>de tekst is geen UTF-8 maar lijkt {encoding}; bewaar hem als UTF-8 en probeer opnieuw</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>the text may not be empty</source>
        <translation>de tekst mag niet leeg zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>there is more text after the end of the document</source>
        <translation>na het einde van het document staat nog tekst</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>this is a folder, not a file</source>
        <translation>dit is een map, geen bestand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>this is not a regular file (a pipe, socket or device)</source>
        <translation>dit is geen gewoon bestand (een pipe, socket of apparaat)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>this is not a text file (it holds binary data)</source>
        <translation>dit is geen tekstbestand (het bevat binaire gegevens)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>this is not a text file but {kind} data</source>
        <translation>dit is geen tekstbestand maar {kind}-gegevens</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>unknown key(s): {keys}</source>
        <translation>onbekende sleutel(s): {keys}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{found} was found where {expected} is expected</source>
        <translation>{found} gevonden waar {expected} verwacht wordt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>{literal} is not a number JSON allows (NaN and Infinity are refused)</source>
        <translation>{literal} is geen getal dat JSON toelaat (NaN en Infinity worden geweigerd)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>{source} {problem}</source>
        <translation>{source} {problem}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>{source} {problem} (at {where})</source>
        <translation>{source} {problem} (op {where})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>{source}: {problem}</source>
        <translation>{source}: {problem}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>{source}: {problem} (at {where})</source>
        <translation>{source}: {problem} (op {where})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} does not have the expected form ({pattern})</source>
        <translation>{value} heeft niet de verwachte vorm ({pattern})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} is not a finite number</source>
        <translation>{value} is geen eindig getal</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} is not a whole number</source>
        <translation>{value} is geen geheel getal</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} is not allowed here; use one of: {allowed}</source>
        <translation>{value} is hier niet toegelaten; gebruik een van: {allowed}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} is too long</source>
        <translation>{value} is te lang</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} is too short or empty</source>
        <translation>{value} is te kort of leeg</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} matches none of the allowed forms</source>
        <translation>{value} past bij geen enkele toegelaten vorm</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} must be at least {limit}</source>
        <translation>{value} moet minstens {limit} zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} must be at most {limit}</source>
        <translation>{value} mag hoogstens {limit} zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} must be greater than {limit}</source>
        <translation>{value} moet groter zijn dan {limit}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} must be less than {limit}</source>
        <translation>{value} moet kleiner zijn dan {limit}</translation>
    </message>
</context>
<context>
    <name>SlimStadReasons</name>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>a file system error</source>
        <translation>een fout van het bestandssysteem</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>a file system error (code {code})</source>
        <translation>een fout van het bestandssysteem (code {code})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>a part of the path is not a folder</source>
        <translation>een deel van het pad is geen map</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>a table it needs is missing</source>
        <translation>een tabel die nodig is ontbreekt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>an unexpected problem ({kind}); the details are in the log</source>
        <translation>een onverwacht probleem ({kind}); de details staan in het logboek</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>invalid JSON at line {line}, column {column}</source>
        <translation>ongeldige JSON op regel {line}, kolom {column}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>it already exists</source>
        <translation>het bestaat al</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>it is a folder, not a file</source>
        <translation>het is een map, geen bestand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>it is in use by another program</source>
        <translation>het is in gebruik door een ander programma</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>it is locked by another program</source>
        <translation>het is vergrendeld door een ander programma</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>it is not a database file, or it is damaged</source>
        <translation>het bestand is geen database (of het is beschadigd)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>it is not a zip archive, or the archive is damaged or incomplete</source>
        <translation>het is geen zip-archief, of het archief is beschadigd of onvolledig</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>it is on another disk</source>
        <translation>het staat op een andere schijf</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>it took too long</source>
        <translation>het duurde te lang</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>it uses a compression method SlimStad cannot read</source>
        <translation>het gebruikt een compressiemethode die SlimStad niet kan lezen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>not well-formed at line {line}, column {column}</source>
        <translation>niet welgevormd op regel {line}, kolom {column}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>permission denied</source>
        <translation>geen toestemming</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the archive is too large</source>
        <translation>het archief is te groot</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the compressed data in the archive is damaged</source>
        <translation>de gecomprimeerde gegevens in het archief zijn beschadigd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the database could not be read</source>
        <translation>de database kon niet gelezen worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the database file is damaged</source>
        <translation>het databasebestand is beschadigd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the disk could not be read or written (input/output error)</source>
        <translation>de schijf kon niet gelezen of beschreven worden (invoer-/uitvoerfout)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the disk or file is read-only</source>
        <translation>de schijf of het bestand is alleen-lezen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the disk quota is exceeded</source>
        <translation>het schijfquotum is overschreden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the file cannot be opened</source>
        <translation>het bestand kan niet geopend worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the file is too large</source>
        <translation>het bestand is te groot</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the file or folder does not exist</source>
        <translation>het bestand of de map bestaat niet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the folder is not empty</source>
        <translation>de map is niet leeg</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the name is too long</source>
        <translation>de naam is te lang</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the text is not in the expected encoding (UTF-8)</source>
        <translation>de tekst staat niet in de verwachte codering (UTF-8)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>too many files are open</source>
        <translation>er zijn te veel bestanden open</translation>
    </message>
</context>
<context>
    <name>SlimStadRebinding</name>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>(optional)</source>
        <translation>(optioneel)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Add and run</source>
        <translation>Toevoegen en berekenen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Add to project</source>
        <translation>Aan project toevoegen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Bound to</source>
        <translation>Gekoppeld aan</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Challenge from another city: {title}</source>
        <translation>Opgave van een andere stad: {title}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Close without adding anything</source>
        <translation>Sluiten zonder iets toe te voegen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Every role the challenge needs, the layer and field that play it here, and whether that works</source>
        <translation>Elke rol die de opgave nodig heeft, de laag en het veld die ze hier spelen, en of dat werkt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>From the catalogue: {title} ({sector})</source>
        <translation>Uit de catalogus: {title} ({sector})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Layer: {name}</source>
        <translation>Laag: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Store the challenge in this project (available when every required role is bound)</source>
        <translation>De opgave in dit project bewaren (beschikbaar als elke verplichte rol gekoppeld is)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Store the challenge in this project and run it at once</source>
        <translation>De opgave in dit project bewaren en meteen berekenen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>The field that holds: {roles}</source>
        <translation>Het veld met: {roles}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>The layer of this project, or an entry of your catalogue, that plays this role</source>
        <translation>De laag van dit project, of een item van uw catalogus, die deze rol speelt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>What the challenge needs: {roles}</source>
        <translation>Wat de opgave nodig heeft: {roles}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>a layer</source>
        <translation>een laag</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>all {count} layer references bound</source>
        <translation>alle {count} laagverwijzingen gekoppeld</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>bound to {target} ({how})</source>
        <translation>gekoppeld aan {target} ({how})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>cannot run: {problems}</source>
        <translation>kan niet uitgevoerd worden: {problems}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>chosen by you</source>
        <translation>door u gekozen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>no field for: {roles}</source>
        <translation>geen veld voor: {roles}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>no layer found for {wanted}</source>
        <translation>geen laag gevonden voor {wanted}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>no layer of the sector {sector} has a field for {roles}</source>
        <translation>geen laag van de sector {sector} heeft een veld voor {roles}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>same catalogue id</source>
        <translation>zelfde catalogus-id</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>same layer name</source>
        <translation>zelfde laagnaam</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>same sector and roles</source>
        <translation>zelfde sector en rollen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>{bound} of {count} layer references bound (the rest are optional)</source>
        <translation>{bound} van {count} laagverwijzingen gekoppeld (de rest is optioneel)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>{slot}: no layer found for {wanted}</source>
        <translation>{slot}: geen laag gevonden voor {wanted}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>{slot}: no layer of the sector {sector} has a field for {roles}</source>
        <translation>{slot}: geen laag van de sector {sector} heeft een veld voor {roles}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>{slot}: {state}</source>
        <translation>{slot}: {state}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>— choose a layer —</source>
        <translation>— kies een laag —</translation>
    </message>
</context>
<context>
    <name>SlimStadRoles</name>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>area code</source>
        <translation>gebiedscode</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>area name</source>
        <translation>gebiedsnaam</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>capacity (places, beds, pupils)</source>
        <translation>capaciteit (plaatsen, bedden, leerlingen)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>children aged 0-2</source>
        <translation>kinderen van 0-2 jaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>children aged 3-5</source>
        <translation>kinderen van 3-5 jaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>children aged 6-11</source>
        <translation>kinderen van 6-11 jaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>date of last change</source>
        <translation>datum van de laatste wijziging</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>facility name</source>
        <translation>naam van de voorziening</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>facility type</source>
        <translation>soort voorziening</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>municipality code (NIS)</source>
        <translation>gemeentecode (NIS)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>number of dwellings</source>
        <translation>aantal woningen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>residents (total)</source>
        <translation>inwoners (totaal)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>residents aged 18-64</source>
        <translation>inwoners van 18-64 jaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>residents aged 65-79</source>
        <translation>inwoners van 65-79 jaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>residents aged 80 and over</source>
        <translation>inwoners van 80 jaar en ouder</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>surface area (m²)</source>
        <translation>oppervlakte (m²)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>young people aged 12-17</source>
        <translation>jongeren van 12-17 jaar</translation>
    </message>
</context>
<context>
    <name>SlimStadSampleCity</name>
    <message>
        <location filename="../slimstad_plugin/core/demo/sample_project.py"/>
        <source>Cannot build the sample project {path}: {error}</source>
        <translation>Kan het voorbeeldproject {path} niet opbouwen: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/demo/sample_project.py"/>
        <source>Cannot create the folder {path}: {error}</source>
        <translation>Kan de map {path} niet aanmaken: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/demo/sample_project.py"/>
        <source>Cannot write the project {path}: {error}</source>
        <translation>Kan het project {path} niet wegschrijven: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/demo/sample_city.py"/>
        <source>Cannot write {path}: {error}</source>
        <translation>Kan {path} niet schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/demo/sample_city.py"/>
        <source>The folder {path} does not exist.</source>
        <translation>De map {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/demo/sample_city.py"/>
        <source>{path} already exists; choose another name, or give --force (Processing: “Overwrite an existing file”) to add the sample layers to it.</source>
        <translation>{path} bestaat al; kies een andere naam, of geef --force (Processing: “Bestaand bestand overschrijven”) om de voorbeeldlagen eraan toe te voegen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/demo/sample_project.py"/>
        <source>{path} exists but is not the sample city; choose another data folder (the file is left as it is).</source>
        <translation>{path} bestaat al maar is niet de voorbeeldstad; kies een andere gegevensmap (het bestand blijft zoals het is).</translation>
    </message>
</context>
<context>
    <name>SlimStadSectors</name>
    <message>
        <location filename="../slimstad_plugin/core/base/sectors.py"/>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/sectors.py"/>
        <source>Economy</source>
        <translation>Economie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/sectors.py"/>
        <source>Education</source>
        <translation>Onderwijs</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/sectors.py"/>
        <source>Green space and environment</source>
        <translation>Groen en omgeving</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/sectors.py"/>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/sectors.py"/>
        <source>Mobility</source>
        <translation>Mobiliteit</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/sectors.py"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/sectors.py"/>
        <source>Population</source>
        <translation>Bevolking</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/sectors.py"/>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/sectors.py"/>
        <source>Welfare and elderly care</source>
        <translation>Welzijn en ouderenzorg</translation>
    </message>
</context>
<context>
    <name>SlimStadSharing</name>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py"/>
        <source>A file in the package is larger than it claims: {name}</source>
        <translation>Een bestand in het pakket is groter dan opgegeven: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py"/>
        <source>A file in the package is suspiciously highly compressed: {name}</source>
        <translation>Een bestand in het pakket is verdacht sterk gecomprimeerd: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py"/>
        <source>A file in the package is too large: {name}</source>
        <translation>Een bestand in het pakket is te groot: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Broken: {names}</source>
        <translation>Defect: {names}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>CRS {found} instead of {expected}</source>
        <translation>CRS {found} in plaats van {expected}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/compare.py"/>
        <source>Cannot open the project {path}.</source>
        <translation>Kan het project {path} niet openen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Cannot read the project {path}: {error}</source>
        <translation>Kan het project {path} niet lezen: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>Cannot unpack into {path}: {error}</source>
        <translation>Kan niet uitpakken in {path}: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>Cannot write a snapshot of {layer}: {error}</source>
        <translation>Kan geen momentopname van {layer} schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Cannot write the package: {error}</source>
        <translation>Kan het pakket niet schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Cannot write the project copy: {error}</source>
        <translation>Kan de projectkopie niet schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Challenge {title} added to the project.</source>
        <translation>Opgave {title} aan het project toegevoegd.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Check and unpack a package made by SlimStad, then open its project</source>
        <translation>Een pakket van SlimStad controleren en uitpakken, en dan zijn project openen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Copying data</source>
        <translation>Gegevens kopiëren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Credentials or the sender's folders were still found in {files}; the package was not written.</source>
        <translation>In {files} staan nog inloggegevens of mappen van de afzender; het pakket werd niet geschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Folder to unpack into</source>
        <translation>Map om in uit te pakken</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Fonts are not packed (font licences); the receiver needs: {fonts}.</source>
        <translation>Lettertypes worden niet ingepakt (licenties); de ontvanger heeft nodig: {fonts}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>GeoPackage snapshot of {source}</source>
        <translation>GeoPackage-momentopname van {source}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/compare.py"/>
        <source>How each city's data was bound</source>
        <translation>Hoe de gegevens van elke stad gekoppeld zijn</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Import a challenge</source>
        <translation>Opgave importeren</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Import a challenge from another city…</source>
        <translation>Opgave van een andere stad importeren…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>It does not open at the sender either.</source>
        <translation>Ze opent ook bij de afzender niet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Its tiles are in a folder of the sender, which is not packed.</source>
        <translation>De tegels staan in een map van de afzender, die niet ingepakt is.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>Layer {layer} ({endpoint}): {what}.</source>
        <translation>Laag {layer} ({endpoint}): {what}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Layer {layer} does not open at the sender; it is packed as it is and will be broken at the receiver.</source>
        <translation>Laag {layer} opent niet bij de afzender; ze wordt verpakt zoals ze is en zal bij de ontvanger defect zijn.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Layer {layer} has edits that are not saved; the package holds its saved data without them. Save the edits and pack again to include them.</source>
        <translation>Laag {layer} heeft wijzigingen die niet opgeslagen zijn; het pakket bevat de opgeslagen gegevens zonder die wijzigingen. Sla de wijzigingen op en pak opnieuw in om ze mee te nemen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Layer {layer} is a temporary (scratch) layer: its features are not saved in the project file, so the package holds it empty. Save it as a file first, or pack from QGIS with the project open.</source>
        <translation>Laag {layer} is een tijdelijke (kladblok)laag: de objecten staan niet in het projectbestand, dus het pakket bevat ze niet. Bewaar de laag eerst als bestand, of pak in vanuit QGIS met het project open.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Layer {layer} is incomplete at the sender ({what}); it is packed as it is.</source>
        <translation>Laag {layer} is onvolledig bij de afzender ({what}); ze wordt verpakt zoals ze is.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Layer {layer} reads tiles from a folder on this computer; the folder is not packed and the layer will be empty at the receiver.</source>
        <translation>Laag {layer} leest tegels uit een map op deze computer; die map wordt niet ingepakt en de laag zal bij de ontvanger leeg zijn.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>Left out because its licence is {licence}; include it explicitly to share it.</source>
        <translation>Weggelaten omdat de licentie {licence} is; neem de laag uitdrukkelijk op om ze te delen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Left out: its data file does not exist at the sender ({name}).</source>
        <translation>Weggelaten: het gegevensbestand bestaat niet bij de afzender ({name}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/compare.py"/>
        <source>Name at least one city to compare.</source>
        <translation>Geef minstens één stad op om te vergelijken.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Needs a connection: {names}</source>
        <translation>Verbinding nodig: {names}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/compare.py"/>
        <source>No city could be compared: {problems}</source>
        <translation>Geen enkele stad kon vergeleken worden: {problems}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>Only this layer's table was copied out of a GeoPackage that holds other layers.</source>
        <translation>Alleen de tabel van deze laag is gekopieerd uit een GeoPackage met nog andere lagen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Open a shared package</source>
        <translation>Gedeeld pakket openen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Open a shared package…</source>
        <translation>Gedeeld pakket openen…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Opening the package changed {name}; the package was not written.</source>
        <translation>Het openen van het pakket wijzigde {name}; het pakket is niet geschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Pack project for sharing…</source>
        <translation>Project inpakken om te delen…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Pack the saved project, its data and its challenges into one file another city can open</source>
        <translation>Het opgeslagen project, zijn gegevens en opgaven inpakken in één bestand dat een andere stad kan openen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Package opened from {path}; every checksum matched.</source>
        <translation>Pakket geopend uit {path}; alle controlesommen klopten.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Packing was canceled; nothing was written.</source>
        <translation>Het inpakken is geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Read another city's challenge and bind its roles to your layers</source>
        <translation>De opgave van een andere stad lezen en haar rollen aan uw lagen koppelen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Reading the project</source>
        <translation>Project lezen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/compare.py"/>
        <source>Same challenge, same indicators and units for every city; the maps share one classification.</source>
        <translation>Dezelfde opgave, dezelfde indicatoren en eenheden voor elke stad; de kaarten delen één klassenindeling.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Save the project first: the package is made from the saved file.</source>
        <translation>Sla het project eerst op: het pakket wordt gemaakt van het opgeslagen bestand.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>SlimStad challenge (*.slimstad.json)</source>
        <translation>SlimStad-opgave (*.slimstad.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>SlimStad package (*.zip)</source>
        <translation>SlimStad-pakket (*.zip)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>SlimStad: open package {name}</source>
        <translation>SlimStad: pakket {name} openen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Temporary layer packed without features (they were not saved).</source>
        <translation>Tijdelijke laag ingepakt zonder objecten (die werden niet bewaard).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Temporary layer: its features were taken from the open QGIS session.</source>
        <translation>Tijdelijke laag: de objecten komen uit de open QGIS-sessie.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The challenge file {name} beside the project was left out: {error}</source>
        <translation>Het opgavebestand {name} naast het project werd weggelaten: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The challenge file {name} cannot be packed: {error}</source>
        <translation>Het opgavebestand {name} kan niet ingepakt worden: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The challenge file {path} does not exist.</source>
        <translation>Het opgavebestand {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>The current project has unsaved changes. Save them before opening the package?</source>
        <translation>Het huidige project heeft niet-opgeslagen wijzigingen. Eerst opslaan voor het pakket geopend wordt?</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>The data file of {layer} does not exist: {path}</source>
        <translation>Het gegevensbestand van {layer} bestaat niet: {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The data file {name} of layer {layer} cannot be opened by QGIS; the package was not written.</source>
        <translation>QGIS kan het gegevensbestand {name} van laag {layer} niet openen; het pakket werd niet geschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The data file {name} of layer {layer} is empty (0 bytes); the package was not written.</source>
        <translation>Het gegevensbestand {name} van laag {layer} is leeg (0 bytes); het pakket werd niet geschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The folder {path} does not exist.</source>
        <translation>De map {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The join of {layer} uses a layer that is left out; its joined fields will be empty at the receiver.</source>
        <translation>De koppeling van {layer} gebruikt een laag die weggelaten wordt; de gekoppelde velden zijn leeg bij de ontvanger.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py"/>
        <source>The package contains a file twice: {name}</source>
        <translation>Het pakket bevat een bestand twee keer: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>The package contains a link or special file: {name}</source>
        <translation>Het pakket bevat een koppeling of speciaal bestand: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py"/>
        <source>The package contains a path outside its folder: {name}</source>
        <translation>Het pakket bevat een pad buiten zijn map: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py"/>
        <source>The package contains an absolute path: {name}</source>
        <translation>Het pakket bevat een absoluut pad: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py"/>
        <source>The package contains an encrypted file: {name}</source>
        <translation>Het pakket bevat een versleuteld bestand: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py"/>
        <source>The package contains an invalid file name: {name}</source>
        <translation>Het pakket bevat een ongeldige bestandsnaam: {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>The package does not match its manifest ({details}); it was not opened.</source>
        <translation>Het pakket komt niet overeen met zijn manifest ({details}); het is niet geopend.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py"/>
        <source>The package has no manifest.json.</source>
        <translation>Het pakket bevat geen manifest.json.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>The package has too many files ({count}).</source>
        <translation>Het pakket bevat te veel bestanden ({count}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py"/>
        <source>The package is suspiciously highly compressed ({ratio:.0f}:1); it looks like a zip bomb and is not unpacked.</source>
        <translation>Het pakket is verdacht sterk gecomprimeerd ({ratio:.0f}:1); het lijkt op een zipbom en wordt niet uitgepakt.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>The package needs {needed} MB but {folder} has only {free} MB free.</source>
        <translation>Het pakket heeft {needed} MB nodig, maar {folder} heeft maar {free} MB vrij.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>The package unpacks to more than the allowed size.</source>
        <translation>Het uitgepakte pakket is groter dan toegestaan.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py"/>
        <source>The package was made by a newer SlimStad; please update the plugin.</source>
        <translation>Het pakket is gemaakt met een nieuwere SlimStad; werk de plugin bij.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>The package was not opened</source>
        <translation>Het pakket is niet geopend</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>The package was unpacked to {path}; open its project when you are ready.</source>
        <translation>Het pakket is uitgepakt in {path}; open het project wanneer u klaar bent.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The package would be broken at the receiver ({details}); it was not written.</source>
        <translation>Het pakket zou bij de ontvanger defect zijn ({details}); het is niet geschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>The package {path} does not exist.</source>
        <translation>Het pakket {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>The package {path} is not a file or a folder.</source>
        <translation>Het pakket {path} is geen bestand of map.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The packed copy of layer {layer} is not the same as the original ({what}); the package was not written.</source>
        <translation>De ingepakte kopie van laag {layer} is niet gelijk aan het origineel ({what}); het pakket is niet geschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The picture {name} used by a style or layout does not exist at the sender; it is missing in the package too.</source>
        <translation>De afbeelding {name} uit een stijl of lay-out bestaat niet bij de afzender; ze ontbreekt ook in het pakket.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>The project {name} named in the manifest is missing.</source>
        <translation>Het project {name} uit het manifest ontbreekt.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The project {path} does not exist.</source>
        <translation>Het project {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The relation {name} links a layer that is left out; it will not work at the receiver.</source>
        <translation>De relatie {name} verbindt een laag die weggelaten wordt; ze werkt niet bij de ontvanger.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>The table {table} of {layer} cannot be read.</source>
        <translation>De tabel {table} van {layer} kan niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/demo/example_cities.py"/>
        <source>The test pack {path} has no layer {layer}.</source>
        <translation>Het testpakket {path} bevat geen laag {layer}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>The virtual layer {layer} uses a layer that is left out; it will be broken at the receiver.</source>
        <translation>De virtuele laag {layer} gebruikt een laag die weggelaten wordt; ze is kapot bij de ontvanger.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/demo/example_cities.py"/>
        <source>Unknown example city {city}.</source>
        <translation>Onbekende voorbeeldstad {city}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>Unpacking was canceled; nothing was kept.</source>
        <translation>Het uitpakken werd geannuleerd; er werd niets bewaard.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>Virtual layer: its query runs on the packed data.</source>
        <translation>Virtuele laag: de query loopt op de ingepakte gegevens.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Writing the package</source>
        <translation>Pakket schrijven</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Writing the project</source>
        <translation>Project schrijven</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>another extent</source>
        <translation>een andere omvang</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py"/>
        <source>changed: {files}</source>
        <translation>gewijzigd: {files}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>create a QGIS authentication configuration with id {authcfg} holding your credentials for it</source>
        <translation>maak een QGIS-authenticatieconfiguratie met id {authcfg} aan met uw eigen inloggegevens</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>fields differ (missing: {missing})</source>
        <translation>andere velden (ontbrekend: {missing})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>fill in {keys} (they read {placeholder} in the layer source: Layer Properties &gt; Source), or ask the sender for a URL without them</source>
        <translation>vul {keys} in (er staat nu {placeholder} in de bron van de laag: Laageigenschappen &gt; Bron), of vraag de afzender een URL zonder deze parameters</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>it cannot be opened</source>
        <translation>hij kan niet geopend worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>it cannot be reached from here (network, server or credentials); see what the receiver must configure</source>
        <translation>ze is van hieruit niet bereikbaar (netwerk, server of aanmeldgegevens); zie wat de ontvanger moet instellen</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>it is not in the project</source>
        <translation>hij zit niet in het project</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>its pixels cannot be read</source>
        <translation>de pixels kunnen niet gelezen worden</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py"/>
        <source>manifest.json is incomplete or cannot be read: {error}</source>
        <translation>manifest.json is onvolledig of kan niet gelezen worden: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py"/>
        <source>manifest.json is not a SlimStad package manifest.</source>
        <translation>manifest.json is geen manifest van een SlimStad-pakket.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py"/>
        <source>missing: {files}</source>
        <translation>ontbreekt: {files}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/compare.py"/>
        <source>no value</source>
        <translation>geen waarde</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py"/>
        <source>not a SHA-256 checksum (64 hexadecimal characters)</source>
        <translation>geen SHA-256-controlesom (64 hexadecimale tekens)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py"/>
        <source>not in the manifest: {files}</source>
        <translation>niet in het manifest: {files}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>parts of its mosaic are missing: {names}</source>
        <translation>delen van het mozaïek ontbreken: {names}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>picture {name}: the file is missing</source>
        <translation>afbeelding {name}: het bestand ontbreekt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>project {name}: its pictures cannot be checked ({error})</source>
        <translation>project {name}: de afbeeldingen ervan kunnen niet gecontroleerd worden ({error})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>raster size {found} instead of {expected}</source>
        <translation>rastergrootte {found} in plaats van {expected}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py"/>
        <source>the required key {key} is missing</source>
        <translation>de verplichte sleutel {key} ontbreekt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>the user name and password were removed from the address</source>
        <translation>de gebruikersnaam en het wachtwoord werden uit het adres verwijderd</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>{layer} could not be reached and stays a link.</source>
        <translation>{layer} is niet bereikbaar en blijft een koppeling.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>{layer} shares its file with layers that are left out.</source>
        <translation>{layer} deelt zijn bestand met lagen die weggelaten worden.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>{n} feature instead of {expected}</source>
        <translation>{n} ruimtelijk object in plaats van {expected}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>{n} features instead of {expected}</source>
        <translation>{n} objecten in plaats van {expected}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>{path} already exists; choose another name, or give --force to replace the earlier package.</source>
        <translation>{path} bestaat al; kies een andere naam, of geef --force om het eerdere pakket te vervangen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>{path} exists and is not an empty folder; choose a new or empty folder (--to on the command line); nothing in it is replaced.</source>
        <translation>{path} bestaat en is geen lege map; kies een nieuwe of lege map (--to op de opdrachtregel); er wordt niets in vervangen.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>{path} is not a QGIS project (.qgz or .qgs).</source>
        <translation>{path} is geen QGIS-project (.qgz of .qgs).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>{path} is not a SlimStad package; it is not overwritten.</source>
        <translation>{path} is geen SlimStad-pakket; het wordt niet overschreven.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>{path} is not a readable zip file: {error}</source>
        <translation>{path} is geen leesbaar zipbestand: {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>{user}: picture {name} is missing</source>
        <translation>{user}: afbeelding {name} ontbreekt</translation>
    </message>
</context>
<context>
    <name>SlimStadStyles</name>
    <message>
        <location filename="../slimstad_plugin/core/layers/render.py"/>
        <source>Local road</source>
        <translation>Lokale weg</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/render.py"/>
        <source>Main road</source>
        <translation>Hoofdweg</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/render.py"/>
        <source>Primary school</source>
        <translation>Lager onderwijs</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/render.py"/>
        <source>Secondary school</source>
        <translation>Secundair onderwijs</translation>
    </message>
</context>
<context>
    <name>SlimStadTables</name>
    <message>
        <location filename="../slimstad_plugin/core/layers/tables.py"/>
        <source>line {line}, column {column}</source>
        <translation>regel {line}, kolom {column}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/tables.py"/>
        <source>the file cannot be read: {reason}</source>
        <translation>het bestand kan niet gelezen worden: {reason}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/tables.py"/>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/tables.py"/>
        <source>the table has no header line</source>
        <translation>de tabel heeft geen kopregel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/tables.py"/>
        <source>the table is larger than {limit} MB</source>
        <translation>de tabel is groter dan {limit} MB</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/tables.py"/>
        <source>{path} is not UTF-8: read as Windows-1252 (what spreadsheets save); check accented names, or save it as UTF-8.</source>
        <translation>{path} is geen UTF-8: gelezen als Windows-1252 (wat rekenbladen bewaren); controleer namen met accenten, of bewaar het als UTF-8.</translation>
    </message>
</context>
<context>
    <name>SlimStadTask</name>
    <message>
        <location filename="../slimstad_plugin/gui/task.py"/>
        <source>Unexpected problem ({error}); the details are in the SlimStad log.</source>
        <translation>Onverwacht probleem ({error}); de details staan in het SlimStad-logboek.</translation>
    </message>
</context>
<context>
    <name>SlimStadValues</name>
    <message>
        <location filename="../slimstad_plugin/core/layers/values.py"/>
        <source>{count} values in field {field} are not numbers, e.g. {examples}</source>
        <translation>{count} waarden in veld {field} zijn geen getallen, bv. {examples}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/values.py"/>
        <source>{count} values in field {field} of layer {layer} are not numbers, e.g. {examples}</source>
        <translation>{count} waarden in veld {field} van laag {layer} zijn geen getallen, bv. {examples}</translation>
    </message>
</context>
</TS>
