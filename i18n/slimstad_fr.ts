<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>SlimStadAbout</name>
    <message>
        <location filename="../slimstad_plugin/gui/about.py"/>
        <source>About SlimStad</source>
        <translation>À propos de SlimStad</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/about.py"/>
        <source>SlimStad {version}: connecting the smart city intelligently. Shared city data around one urban challenge.</source>
        <translation>SlimStad {version} : relier intelligemment la ville intelligente. Des données urbaines partagées autour d'un même défi urbain.</translation>
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
        <translation>Accessibilité par lieu de demande</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Also store the results in this database schema (database engine)</source>
        <translation>Enregistrer aussi les résultats dans ce schéma de base de données (moteur base de données)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Backward direction</source>
        <translation>Sens inverse</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Both directions</source>
        <translation>Les deux sens</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Catchment (metres, or minutes for travel time; inclusive)</source>
        <translation>Rayon (mètres, ou minutes pour le temps de trajet ; inclus)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Choose a demand layer and a supply layer.</source>
        <translation>Choisissez une couche de demande et une couche d'offre.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Connect locations to</source>
        <translation>Relier les lieux à</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Costs are travel times in minutes; connectors to the network at {speed} km/h.</source>
        <translation>Les coûts sont des temps de trajet en minutes ; liaisons vers le réseau à {speed} km/h.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Cycling (15 km/h)</source>
        <translation>Vélo (15 km/h)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Database (PostGIS)</source>
        <translation>Base de données (PostGIS)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Default direction</source>
        <translation>Sens par défaut</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Default speed (km/h; empty: the travel mode's speed)</source>
        <translation>Vitesse par défaut (km/h ; vide : la vitesse du mode de déplacement)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Demand (points or areas)</source>
        <translation>Demande (points ou surfaces)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Demand field (for example residents)</source>
        <translation>Champ de la demande (par exemple les habitants)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Demand locations not connected to the network</source>
        <translation>Lieux de demande non reliés au réseau</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Demand-facility pairs within the distance</source>
        <translation>Paires demande-équipement dans la distance</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Desktop</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Direction field</source>
        <translation>Champ de direction</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Distance (metres)</source>
        <translation>Distance (mètres)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Distances are measured in {crs} (the demand layer's CRS is not in metres).</source>
        <translation>Les distances sont mesurées en {crs} (le SCR de la couche de demande n'est pas en mètres).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Driving (50 km/h)</source>
        <translation>Voiture (50 km/h)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>E2SFCA, Gaussian weight</source>
        <translation>E2SFCA, poids gaussien</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>E2SFCA, step weights</source>
        <translation>E2SFCA, poids par paliers</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Engine</source>
        <translation>Moteur de calcul</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Engine used</source>
        <translation>Moteur utilisé</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Facilities not connected to the network</source>
        <translation>Équipements non reliés au réseau</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Forward direction</source>
        <translation>Sens direct</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Gaussian sigma (metres or minutes, default half the catchment)</source>
        <translation>Sigma gaussien (mètres ou minutes, par défaut la moitié du rayon)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Maximum distance from a location to the network (metres)</source>
        <translation>Distance maximale d'un lieu au réseau (mètres)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/network_distance.py"/>
        <source>Network distances need the Python package scipy, which is missing.</source>
        <translation>Les distances sur réseau nécessitent le paquet Python scipy, qui est absent.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>No network: travel time is the straight-line distance at {speed} km/h.</source>
        <translation>Pas de réseau : le temps de trajet est la distance à vol d'oiseau à {speed} km/h.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Provenance (JSON)</source>
        <translation>Provenance (JSON)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Results table in the database</source>
        <translation>Table des résultats dans la base de données</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>Sigma must be a number of metres.</source>
        <translation>Sigma doit être un nombre de mètres.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>Sigma must be greater than 0 metres (got {value}).</source>
        <translation>Sigma doit être supérieur à 0 mètre (reçu {value}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Speed field (km/h)</source>
        <translation>Champ de vitesse (km/h)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Street network for network distances</source>
        <translation>Réseau de rues pour les distances sur réseau</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Street network: {nodes} nodes, {edges} edges, {one_way} one-way lines.</source>
        <translation>Réseau : {nodes} nœuds, {edges} arcs, {one_way} lignes à sens unique.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Supply (facilities)</source>
        <translation>Offre (équipements)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Supply field (for example places)</source>
        <translation>Champ de l'offre (par exemple les places)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Supply-demand ratio per facility</source>
        <translation>Rapport offre/demande par équipement</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>The accessibility calculation was canceled.</source>
        <translation>Le calcul de l'accessibilité a été annulé.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>The chunk size must be at least 1.</source>
        <translation>La taille des blocs doit être d'au moins 1.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>The distance must be a number of metres.</source>
        <translation>La distance doit être un nombre de mètres.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>The distance must be greater than 0 metres (got {value}).</source>
        <translation>La distance doit être supérieure à 0 mètre (reçu {value}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/points.py"/>
        <source>The field {field} of layer {layer} is not numeric.</source>
        <translation>Le champ {field} de la couche {layer} n'est pas numérique.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>The input already has a field {field}; the result is in {renamed}.</source>
        <translation>L'entrée a déjà un champ {field} ; le résultat est dans {renamed}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/network_lines.py"/>
        <source>The layer {layer} has no field {field}.</source>
        <translation>La couche {layer} n'a pas de champ {field}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/network_search.py"/>
        <source>The locations differ from those tied to the network.</source>
        <translation>Les lieux diffèrent de ceux reliés au réseau.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>The nearest network vertex</source>
        <translation>Le sommet du réseau le plus proche</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>The nearest point on the nearest line (as QGIS network analysis)</source>
        <translation>Le point le plus proche sur la ligne la plus proche (comme l'analyse de réseau de QGIS)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/network_distance.py"/>
        <source>The network layer has empty or infinite coordinates.</source>
        <translation>La couche réseau a des coordonnées vides ou infinies.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/network_distance.py"/>
        <source>The network layer has no lines.</source>
        <translation>La couche réseau ne contient aucune ligne.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/network_lines.py"/>
        <source>The network layer {layer} must contain lines.</source>
        <translation>La couche réseau {layer} doit contenir des lignes.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/network_distance.py"/>
        <source>The speed must be greater than 0 km/h (got {value}).</source>
        <translation>La vitesse doit être supérieure à 0 km/h (reçu : {value}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/network_distance.py"/>
        <source>The topology tolerance must be 0 or more (got {value}).</source>
        <translation>La tolérance topologique doit être de 0 ou plus (reçu : {value}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>The {label} coordinates contain empty or infinite values.</source>
        <translation>Les coordonnées ({label}) contiennent des valeurs vides ou infinies.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>The {label} coordinates must be an array of (x, y) pairs.</source>
        <translation>Les coordonnées ({label}) doivent être un tableau de paires (x, y).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>The {label} layer has no features with a geometry.</source>
        <translation>La couche ({label}) ne contient aucune entité avec une géométrie.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>The {label} layer has no features.</source>
        <translation>La couche ({label}) ne contient aucune entité.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>The {label} values contain empty or infinite values.</source>
        <translation>Les valeurs ({label}) contiennent des valeurs vides ou infinies.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>The {label} values must not be negative.</source>
        <translation>Les valeurs ({label}) ne peuvent pas être négatives.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>There are {values} {label} values for {points} {label} points.</source>
        <translation>Il y a {values} valeurs ({label}) pour {points} points ({label}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Topology tolerance</source>
        <translation>Tolérance topologique</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Travel mode (speed for travel time)</source>
        <translation>Mode de déplacement (vitesse pour le temps de trajet)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Travel time (minutes)</source>
        <translation>Temps de trajet (minutes)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/network_distance.py"/>
        <source>Unknown cost {value}; use distance or time.</source>
        <translation>Coût inconnu {value} ; utilisez distance ou time.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>Unknown floating catchment method {method}; use one of {names}.</source>
        <translation>Méthode de bassin flottant inconnue {method} ; utilisez l'une de {names}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/network_distance.py"/>
        <source>Unknown tie method {value}; use edge or node.</source>
        <translation>Méthode de liaison inconnue {value} ; utilisez edge ou node.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Value for backward direction</source>
        <translation>Valeur pour le sens inverse</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Value for both directions</source>
        <translation>Valeur pour les deux sens</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Value for forward direction</source>
        <translation>Valeur pour le sens direct</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>Walking (4.8 km/h)</source>
        <translation>Marche (4,8 km/h)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>demand</source>
        <translation>demande</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/accessibility.py"/>
        <source>supply</source>
        <translation>offre</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>{count} invalid {label} geometries were repaired.</source>
        <translation>{count} géométries invalides ({label}) ont été réparées.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>{count} network features have no usable speed; they use {speed} km/h.</source>
        <translation>{count} entités du réseau n'ont pas de vitesse utilisable ; elles utilisent {speed} km/h.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>{count} network features without a usable line were skipped.</source>
        <translation>{count} entités du réseau sans ligne utilisable ont été ignorées.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>{count} {label} features have a NULL value; counted as 0.</source>
        <translation>{count} entités ({label}) ont une valeur NULL ; comptées comme 0.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>{count} {label} features have a negative or non-numeric value; counted as 0.</source>
        <translation>{count} entités ({label}) ont une valeur négative ou non numérique ; comptées comme 0.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>{count} {label} features without a usable geometry were skipped.</source>
        <translation>{count} entités ({label}) sans géométrie utilisable ont été ignorées.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/network_parameters.py"/>
        <source>{count} {label} locations are farther than {max} m from the network and were not connected (NULL in the output): feature ids {ids}.</source>
        <translation>{count} lieux ({label}) sont à plus de {max} m du réseau et n'ont pas été reliés (NULL dans le résultat) : identifiants {ids}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>{pairs} demand-facility pairs within {distance} {unit}.</source>
        <translation>{pairs} paires demande-équipement à moins de {distance} {unit}.</translation>
    </message>
</context>
<context>
    <name>SlimStadAlgorithm</name>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Accessibility (floating catchment, 2SFCA / E2SFCA)</source>
        <translation>Accessibilité (bassin flottant, 2SFCA / E2SFCA)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Allow restricted sources (the map is marked internal)</source>
        <translation>Autoriser les sources restreintes (la carte est marquée interne)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py"/>
        <source>Also include internal and restricted layers (check their licence)</source>
        <translation>Inclure aussi les couches internes et restreintes (vérifiez leur licence)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Area units</source>
        <translation>Unités territoriales</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Atlas page name field</source>
        <translation>Champ du nom de page de l'atlas</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Atlas: one page per area of</source>
        <translation>Atlas : une page par zone de</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Builds a planning map from a template (title, map, legend, scale bar, north arrow, overview, top-N table, sources with owner, licence and last update) as a print layout in the project, and exports it to PDF, PNG or SVG. With an atlas layer, one page per area. Internal or restricted sources need 'Allow restricted sources'; the map is then marked internal.</source>
        <translation>Construit une carte de planification à partir d'un modèle (titre, carte, légende, barre d'échelle, flèche du nord, carte d'aperçu, tableau top-N, sources avec propriétaire, licence et dernière mise à jour) comme mise en page dans le projet, et l'exporte en PDF, PNG ou SVG. Avec une couche d'atlas, une page par zone. Les sources internes ou restreintes exigent « Autoriser les sources restreintes » ; la carte est alors marquée interne.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Candidate locations</source>
        <translation>Emplacements candidats</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Centroid point</source>
        <translation>Centroïde</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Check catalogue sources</source>
        <translation>Vérifier les sources du catalogue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Checks every entry of one or more catalogues: is the source reachable, is the layer there, how many features, which CRS; how fresh the data is against the promised update rhythm; and the quality of vector layers (invalid or empty geometries, duplicate ids, empty key fields, features outside the expected extent). Optionally writes the full result as JSON and a quality report as HTML.</source>
        <translation>Vérifie chaque entrée d'un ou plusieurs catalogues : la source est-elle joignable, la couche est-elle présente, combien d'entités, quel SCR ; la fraîcheur des données par rapport au rythme de mise à jour promis ; et la qualité des couches vectorielles (géométries invalides ou vides, identifiants en double, champs clés vides, entités hors de l'emprise attendue). Écrit en option le résultat complet en JSON et un rapport de qualité en HTML.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Choose at least one facility layer</source>
        <translation>Choisissez au moins une couche d'équipements</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Choose at least one indicator</source>
        <translation>Choisissez au moins un indicateur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Class upper bounds</source>
        <translation>Bornes supérieures des classes</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Cluster polygon</source>
        <translation>Polygone du groupe</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Combines numeric indicators of area units into one priority score. Each indicator is normalised (min-max, z-score or rank), oriented by its direction ('worse' or '+': higher values raise the priority; 'better' or '-': they lower it) and weighted (weights must sum to 1 unless 'Normalise weights' is ticked). Scores are classified with QGIS's quantile or natural breaks (Jenks) method. Sensitivity: every weight is moved by plus and minus the step (10 % by default, the others renormalised) and sens_changes counts the moves that change a unit's class. A unit with a NULL indicator gets a NULL score and class, and 'missing' lists the indicators it lacks.</source>
        <translation>Combine des indicateurs numériques d'unités territoriales en un score de priorité. Chaque indicateur est normalisé (min-max, score z ou rang), orienté selon son sens ('worse' ou '+' : des valeurs plus élevées augmentent la priorité ; 'better' ou '-' : elles la diminuent) et pondéré (la somme des poids doit valoir 1, sauf si 'Normaliser les poids' est coché). Les scores sont classés par la méthode des quantiles ou des seuils naturels (Jenks) de QGIS. Sensibilité : chaque poids est déplacé de plus et moins le pas (10 % par défaut, les autres renormalisés) et sens_changes compte les déplacements qui changent la classe d'une unité. Une unité avec un indicateur NULL reçoit un score et une classe NULL, et 'missing' liste les indicateurs manquants.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py"/>
        <source>Copies every feature of a layer (WFS, OGC API Features, PostGIS, …) into a GeoPackage so it can be used offline. The GeoPackage records where the data came from (without credentials), when, how many features and a SHA-256 checksum in the table slimstad_snapshots. Web services are paged with the server's own page size; a copy holding fewer features than the service reports is refused.</source>
        <translation>Copie chaque entité d'une couche (WFS, OGC API Features, PostGIS, …) dans un GeoPackage pour l'utiliser hors ligne. Le GeoPackage enregistre l'origine des données (sans identifiants), la date, le nombre d'entités et une somme de contrôle SHA-256 dans la table slimstad_snapshots. Les services web sont parcourus avec la taille de page du serveur lui-même ; une copie contenant moins d'entités que ce qu'annonce le service est refusée.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Coverage distance</source>
        <translation>Distance de couverture</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/sample_city_algorithm.py"/>
        <source>Create sample city (Voorbeeldstad)</source>
        <translation>Créer la ville d'exemple (Voorbeeldstad)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Demand (points or areas)</source>
        <translation>Demande (points ou zones)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Demand value field (empty: 1 per feature)</source>
        <translation>Champ de la demande (vide : 1 par entité)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Directions, comma-separated (worse/+ or better/-; empty: all worse)</source>
        <translation>Sens, séparés par des virgules (worse/+ ou better/- ; vide : tous worse)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Existing facilities</source>
        <translation>Équipements existants</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Export planning map</source>
        <translation>Exporter une carte de planification</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Facility layers (one sector each)</source>
        <translation>Couches d'équipements (un secteur chacune)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Field '{f}' does not exist in the area layer</source>
        <translation>Le champ '{f}' n'existe pas dans la couche de zones</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Field '{f}' does not exist in the demand layer</source>
        <translation>Le champ '{f}' n'existe pas dans la couche de demande</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Field '{f}' is not numeric</source>
        <translation>Le champ '{f}' n'est pas numérique</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Finds clusters of facilities within the given distance of each other (single linkage: chains count) that combine facilities of different sectors: candidate sites for shared use of buildings. A layer's sector comes from the mapping (layer=sector; ...), else from the layer's SlimStad sector property, else from its name. The score is the number of distinct sectors; only clusters with at least the minimum number of sectors are written, as polygons (convex hull buffered by half the distance) or centroid points.</source>
        <translation>Trouve des groupes d'équipements situés à la distance donnée les uns des autres (lien simple : les chaînes comptent) qui combinent des équipements de secteurs différents : sites candidats pour un usage partagé de bâtiments. Le secteur d'une couche vient de la correspondance (couche=secteur ; ...), sinon de la propriété de secteur SlimStad de la couche, sinon de son nom. Le score est le nombre de secteurs distincts ; seuls les groupes comptant au moins le nombre minimal de secteurs sont écrits, en polygones (enveloppe convexe tamponnée de la moitié de la distance) ou en centroïdes.</translation>
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
        <translation>Donnez des emplacements candidats ou une zone d'étude pour une grille de candidats</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Grid spacing</source>
        <translation>Pas de la grille</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>HTML (*.html);;CSV (*.csv)</source>
        <translation>HTML (*.html);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py"/>
        <source>Include remote layers as GeoPackage snapshots</source>
        <translation>Inclure les couches distantes comme instantanés GeoPackage</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Language of QGIS</source>
        <translation>Langue de QGIS</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Language of the map</source>
        <translation>Langue de la carte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Layers on the map (default: the visible layers)</source>
        <translation>Couches sur la carte (par défaut : les couches visibles)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Light background: layer name or data source (empty: from the settings)</source>
        <translation>Arrière-plan clair : nom de couche ou source de données (vide : selon les paramètres)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py"/>
        <source>Make offline snapshot of a layer</source>
        <translation>Créer un instantané hors ligne d'une couche</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Min-max</source>
        <translation>Min-max</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Minimum number of sectors</source>
        <translation>Nombre minimal de secteurs</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Multi-use sites</source>
        <translation>Sites à usage multiple</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Multi-use sites (facilities of several sectors close together)</source>
        <translation>Sites à usage multiple (équipements de plusieurs secteurs proches)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Seuils naturels (Jenks)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Normalisation</source>
        <translation>Normalisation</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Normalise weights that do not sum to 1</source>
        <translation>Normaliser les poids dont la somme n'est pas 1</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Number of classes</source>
        <translation>Nombre de classes</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Number of new locations</source>
        <translation>Nombre de nouveaux emplacements</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Output geometry</source>
        <translation>Géométrie de sortie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/sample_city_algorithm.py"/>
        <source>Overwrite an existing file</source>
        <translation>Écraser un fichier existant</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py"/>
        <source>Pack project for sharing</source>
        <translation>Empaqueter le projet pour le partager</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py"/>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py"/>
        <source>Packs a saved QGIS project, its challenges and its data into one zip another city can open: every path relative, remote layers as GeoPackage snapshots, a manifest with checksums, sources, owners and licences. Passwords, user names, tokens and authcfg ids are removed (the manifest says what the receiver must configure). Internal and restricted layers are left out unless you include them. The project file and data are never changed; unsaved changes are not packed.</source>
        <translation>Empaquette un projet QGIS enregistré, ses défis et ses données dans un zip qu'une autre ville peut ouvrir : tous les chemins relatifs, les couches distantes en instantanés GeoPackage, un manifeste avec sommes de contrôle, sources, propriétaires et licences. Mots de passe, noms d'utilisateur, jetons et identifiants authcfg sont retirés (le manifeste indique ce que le destinataire doit configurer). Les couches internes et restreintes sont exclues sauf si vous les incluez. Le fichier de projet et les données ne sont jamais modifiés ; les modifications non enregistrées ne sont pas empaquetées.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Planning map</source>
        <translation>Carte de planification</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Priority map</source>
        <translation>Carte des priorités</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Priority map (multi-criteria score)</source>
        <translation>Carte des priorités (score multicritère)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py"/>
        <source>Project (empty: the current project file)</source>
        <translation>Projet (vide : le fichier du projet courant)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Proposes N new facility locations that together reach the most demand within a distance (straight line). Demand: points or polygon centroids with an optional value field (e.g. children 0-2; empty = 1 per feature). Candidates: a point layer, or a square grid with the given spacing inside the study area. Existing facilities cover demand first. Each step adds the candidate that covers the most still-uncovered demand; the output lists step, added_demand, cumulative_demand and share_covered. Distances are in metres: a geographic demand layer is handled in Lambert 72 (EPSG:31370) or its UTM zone.</source>
        <translation>Propose N nouveaux emplacements d'équipements qui atteignent ensemble le plus de demande dans une distance (à vol d'oiseau). Demande : points ou centroïdes de polygones avec un champ de valeur facultatif (p. ex. enfants 0-2 ; vide = 1 par entité). Candidats : une couche de points, ou une grille carrée au pas donné dans la zone d'étude. Les équipements existants couvrent d'abord. Chaque étape ajoute le candidat qui couvre le plus de demande encore non couverte ; la sortie contient step, added_demand, cumulative_demand et share_covered. Les distances sont en mètres : une couche de demande géographique est traitée en Lambert 72 (EPSG:31370) ou dans sa zone UTM.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py"/>
        <source>QGIS projects (*.qgz *.qgs)</source>
        <translation>Projets QGIS (*.qgz *.qgs)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Quantiles</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Replace existing atlas page files</source>
        <translation>Remplacer les pages d'atlas existantes</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Resolution (dpi)</source>
        <translation>Résolution (dpi)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Run a challenge</source>
        <translation>Exécuter un défi</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Runs every indicator and scenario of a challenge (a .slimstad.json file, or one of the shipped templates) on the layers of a QGIS project, and writes one styled layer per indicator into a GeoPackage, with provenance in the layer metadata. Layers are found by catalogue id, then by name. The project is read from its saved file, so save your changes first. Without an output file the results go to slimstad_resultaten/&lt;challenge id&gt;.gpkg next to the project. When the area units and a demand layer are tables of one PostGIS database, that demand is summed per area unit in the database (Engine: automatic or database) and only one number per unit is read.</source>
        <translation>Exécute tous les indicateurs et scénarios d'un défi (un fichier .slimstad.json ou l'un des modèles fournis) sur les couches d'un projet QGIS, et écrit une couche stylée par indicateur dans un GeoPackage, avec la provenance dans les métadonnées de la couche. Les couches sont recherchées par identifiant de catalogue, puis par nom. Le projet est lu depuis son fichier enregistré : enregistrez d'abord vos modifications. Sans fichier de sortie, les résultats vont dans slimstad_resultaten/&lt;identifiant du défi&gt;.gpkg à côté du projet. Lorsque les unités territoriales et une couche de demande sont des tables d'une même base PostGIS, cette demande est additionnée par unité dans la base de données (moteur : automatique ou base de données) et un seul nombre par unité est lu.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py"/>
        <source>Save the project first, or choose a project file.</source>
        <translation>Enregistrez d'abord le projet ou choisissez un fichier de projet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>Sector per layer (layer=sector; ...), optional</source>
        <translation>Secteur par couche (couche=secteur ; ...), facultatif</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/sample_city_algorithm.py"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Sensitivity report</source>
        <translation>Rapport de sensibilité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Sensitivity step (relative weight change)</source>
        <translation>Pas de sensibilité (variation relative du poids)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py"/>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Study area for a candidate grid</source>
        <translation>Zone d'étude pour une grille de candidats</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Subtitle (question)</source>
        <translation>Sous-titre (question)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Suggest new facility locations (maximal coverage)</source>
        <translation>Proposer de nouveaux emplacements d'équipements (couverture maximale)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Suggested locations</source>
        <translation>Emplacements proposés</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Table: indicator field</source>
        <translation>Tableau : champ de l'indicateur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Table: name field</source>
        <translation>Tableau : champ du nom</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Table: number of rows</source>
        <translation>Tableau : nombre de lignes</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Table: top units of</source>
        <translation>Tableau : principales zones de</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>The area layer could not be opened</source>
        <translation>La couche de zones n'a pas pu être ouverte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>The demand layer could not be opened</source>
        <translation>La couche de demande n'a pas pu être ouverte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>The sector mapping names unknown layers: {names}</source>
        <translation>La correspondance des secteurs cite des couches inconnues : {names}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>This algorithm needs a project.</source>
        <translation>Cet algorithme a besoin d'un projet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>Total demand {t:.1f}; covered by existing facilities {e:.1f}</source>
        <translation>Demande totale {t:.1f} ; couverte par les équipements existants {e:.1f}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/floating_catchment_algorithm.py"/>
        <source>Two-step floating catchment accessibility: for each facility the ratio of its capacity to the demand within DISTANCE (inclusive), then for each demand location the sum of the ratios of the facilities it reaches. Polygons use their centroid, points are used as they are. METHOD: 2SFCA (every location within the distance counts fully), E2SFCA with a Gaussian weight exp(-d^2/(2 sigma^2)) (SIGMA defaults to half the distance), or E2SFCA with step weights 1 / 0.68 / 0.22 for the three thirds of the distance. NULL values count as 0. Layers in another CRS are reprojected; a geographic CRS is replaced by a metric one (Belgian Lambert 72 in Belgium).
Without a NETWORK, distances are straight lines. With a line NETWORK, as QGIS's own network analysis (Shortest path, Service area): each location is tied to the nearest point on the nearest line (or, with TIE, to the nearest vertex), the line is split there and the straight connector to it is added to the cost; lines connect only where they share a vertex (TOLERANCE merges vertices closer than that). Locations farther than MAX_TIE_DISTANCE metres from the network are not connected: they are listed in the log and get NULL. STRATEGY: distance in metres, or travel time in minutes (DISTANCE and SIGMA are then minutes) at the speed of SPEED_FIELD in km/h, else DEFAULT_SPEED, else the travel MODE's speed (walking 4.8, cycling 15, driving 50 km/h); connectors at that default speed, and without a network the straight line at that speed. One-way streets: with a DIRECTION_FIELD, lines whose value equals VALUE_FORWARD can only be travelled in their digitising direction, VALUE_BACKWARD only against it, VALUE_BOTH both ways, other values as DEFAULT_DIRECTION; the cost is that of the trip from the demand location to the facility. Lengths are measured in the metric CRS (QGIS measures on the ellipsoid: about 2-3 cm per km apart in Flanders).</source>
        <translation>Accessibilité à deux étapes (bassin flottant) : pour chaque équipement, le rapport entre sa capacité et la demande dans le rayon DISTANCE (inclus), puis pour chaque lieu de demande la somme des rapports des équipements qu'il atteint. Les polygones utilisent leur centroïde, les points sont utilisés tels quels. METHOD : 2SFCA (chaque lieu dans le rayon compte entièrement), E2SFCA avec un poids gaussien exp(-d^2/(2 sigma^2)) (SIGMA vaut par défaut la moitié de la distance), ou E2SFCA avec des poids par paliers 1 / 0,68 / 0,22 pour les trois tiers de la distance. Les valeurs NULL comptent pour 0. Les couches dans un autre SCR sont reprojetées ; un SCR géographique est remplacé par un SCR métrique (Lambert belge 72 en Belgique).
Sans NETWORK, les distances sont à vol d'oiseau. Avec un réseau de lignes (NETWORK), comme l'analyse de réseau de QGIS (Plus court chemin, Zone de desserte) : chaque lieu est relié au point le plus proche sur la ligne la plus proche (ou, avec TIE, au sommet le plus proche), la ligne y est coupée et la liaison droite jusqu'à ce point s'ajoute au coût ; les lignes ne se connectent que là où elles partagent un sommet (TOLERANCE fusionne les sommets plus proches que cette valeur). Les lieux à plus de MAX_TIE_DISTANCE mètres du réseau ne sont pas reliés : ils sont listés dans le journal et reçoivent NULL. STRATEGY : distance en mètres, ou temps de trajet en minutes (DISTANCE et SIGMA sont alors en minutes) à la vitesse de SPEED_FIELD en km/h, sinon DEFAULT_SPEED, sinon la vitesse du mode MODE (marche 4,8, vélo 15, voiture 50 km/h) ; liaisons à cette vitesse par défaut, et sans réseau la ligne droite à cette vitesse. Sens uniques : avec un DIRECTION_FIELD, les lignes dont la valeur vaut VALUE_FORWARD ne se parcourent que dans leur sens de numérisation, VALUE_BACKWARD qu'en sens inverse, VALUE_BOTH dans les deux sens, les autres valeurs selon DEFAULT_DIRECTION ; le coût est celui du trajet du lieu de demande vers l'équipement. Les longueurs sont mesurées dans le SCR métrique (QGIS mesure sur l'ellipsoïde : environ 2 à 3 cm par km d'écart en Flandre).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Units changing class</source>
        <translation>Unités changeant de classe</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Weight change</source>
        <translation>Variation du poids</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Weights, comma-separated (empty: equal weights)</source>
        <translation>Poids, séparés par des virgules (vide : poids égaux)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/sample_city_algorithm.py"/>
        <source>Writes the fictional Flemish city Voorbeeldstad (statistical sectors with residents per age band, wijken, childcare, schools, care homes, social housing, parks, stops and streets) into a GeoPackage in EPSG:31370. The same seed always gives the same city.</source>
        <translation>Écrit la ville flamande fictive Voorbeeldstad (secteurs statistiques avec habitants par classe d'âge, quartiers, accueil de la petite enfance, écoles, maisons de repos, logements sociaux, parcs, arrêts et rues) dans un GeoPackage en EPSG:31370. La même graine donne toujours la même ville.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/export_planning_map_algorithm.py"/>
        <source>Written: {path}</source>
        <translation>Écrit : {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>Z-score</source>
        <translation>Score z</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/pack_project_algorithm.py"/>
        <source>Zip archive (*.zip)</source>
        <translation>Archive zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>higher is better</source>
        <translation>plus élevé est meilleur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>higher is worse</source>
        <translation>plus élevé est pire</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/priority_score_algorithm.py"/>
        <source>{f} {d}: {n} units change class</source>
        <translation>{f} {d} : {n} unités changent de classe</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>{layer}: {n} facilities, sector {sector}</source>
        <translation>{layer} : {n} équipements, secteur {sector}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/suggest_locations_algorithm.py"/>
        <source>{n} grid candidates</source>
        <translation>{n} candidats de grille</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/multi_use_sites_algorithm.py"/>
        <source>{n} multi-use sites</source>
        <translation>{n} sites à usage multiple</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/base.py"/>
        <source>{parameter}: {value} is not a finite number.</source>
        <translation>{parameter} : {value} n'est pas un nombre fini.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/base.py"/>
        <source>{path} holds other layers ({layers}); it is not replaced. Choose a new file, or add the layer to it with ogr:dbname='{path}' table="name" (geom).</source>
        <translation>{path} contient d'autres couches ({layers}) ; il n'est pas remplacé. Choisissez un nouveau fichier, ou ajoutez-y la couche avec ogr:dbname='{path}' table="nom" (geom).</translation>
    </message>
</context>
<context>
    <name>SlimStadBoundary</name>
    <message>
        <location filename="../slimstad_plugin/core/base/boundary.py"/>
        <source>Canceled; nothing was written.</source>
        <translation>Annulé ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/boundary.py"/>
        <source>Unexpected error in {context} ({kind}{detail}); this is a bug in SlimStad. The details were written to {path}</source>
        <translation>Erreur inattendue dans {context} ({kind}{detail}) ; c'est un bogue de SlimStad. Les détails ont été écrits dans {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/boundary.py"/>
        <source>file system error: {reason}</source>
        <translation>erreur du système de fichiers : {reason}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/boundary.py"/>
        <source>{path}: {reason}</source>
        <translation>{path} : {reason}</translation>
    </message>
</context>
<context>
    <name>SlimStadCatalogue</name>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>'{value}' is not an ISO 8601 duration such as P1M</source>
        <translation>'{value}' n'est pas une durée ISO 8601 comme P1M</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/loader.py"/>
        <source>(and {n} more)</source>
        <translation>(et {n} de plus)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/capabilities.py"/>
        <source>(it offers: {names})</source>
        <translation>(il propose : {names})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Broken entries</source>
        <translation>Entrées défectueuses</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>CRS is {found}, the catalogue expects {expected}</source>
        <translation>Le système de coordonnées est {found}, le catalogue attend {expected}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py"/>
        <source>Cannot build from {source}: give an http(s) service URL, a .gpkg file or a PostgreSQL connection (dbname=… or service=…)</source>
        <translation>Impossible de construire à partir de {source} : indiquez une URL de service http(s), un fichier .gpkg ou une connexion PostgreSQL (dbname=… ou service=…)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/loader.py"/>
        <source>Cannot load catalogue {name}: {error}</source>
        <translation>Impossible de charger le catalogue {name} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py"/>
        <source>Cannot read project {path}: {error}</source>
        <translation>Impossible de lire le projet {path} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Catalogue file</source>
        <translation>Fichier de catalogue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/loader.py"/>
        <source>Catalogue file {name} does not exist</source>
        <translation>Le fichier de catalogue {name} n'existe pas</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/loader.py"/>
        <source>Catalogue {name} is invalid: {issues}</source>
        <translation>Le catalogue {name} n'est pas valide : {issues}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Check data quality</source>
        <translation>Contrôler la qualité des données</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py"/>
        <source>Checksum (SHA-256)</source>
        <translation>Somme de contrôle (SHA-256)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Entries checked</source>
        <translation>Entrées contrôlées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>Entry '{id}': a {kind} source cannot be copied offline (only vector data)</source>
        <translation>Entrée '{id}' : une source {kind} ne peut pas être copiée hors ligne (données vectorielles uniquement)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>Entry '{id}': the source could not be opened</source>
        <translation>Entrée '{id}' : la source n'a pas pu être ouverte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/layers.py"/>
        <source>Entry '{id}': the source could not be opened ({detail})</source>
        <translation>Entrée '{id}' : la source n'a pas pu être ouverte ({detail})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/sources.py"/>
        <source>Entry '{id}': unknown source type '{kind}'</source>
        <translation>Entrée '{id}' : type de source inconnu '{kind}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/capabilities.py"/>
        <source>Entry '{id}': {error}</source>
        <translation>Entrée '{id}' : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/layers.py"/>
        <source>Entry '{id}': {problem}.</source>
        <translation>Entrée '{id}' : {problem}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>Examples (feature ids)</source>
        <translation>Exemples (identifiants d'entités)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py"/>
        <source>Features copied</source>
        <translation>Entités copiées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>Finding</source>
        <translation>Constat</translation>
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
        <translation>Le GeoPackage {path} n'existe pas</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>GeoPackage {path} is being written by another program</source>
        <translation>le GeoPackage {path} est en cours d'écriture par un autre programme</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>GeoPackage {path} is locked by another program</source>
        <translation>le GeoPackage {path} est verrouillé par un autre programme</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Give at least one catalogue file or URL</source>
        <translation>Indiquez au moins un fichier de catalogue ou une URL</translation>
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
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>Layer {name} does not know its live source</source>
        <translation>La couche {name} ne connaît pas sa source en ligne</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>More catalogues (files or URLs, separated by ;)</source>
        <translation>Autres catalogues (fichiers ou URL, séparés par ;)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py"/>
        <source>No valid input layer</source>
        <translation>Aucune couche d'entrée valide</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>QGIS cannot open table {schema}.{table}</source>
        <translation>QGIS ne peut pas ouvrir la table {schema}.{table}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>QGIS cannot open {path}</source>
        <translation>QGIS ne peut pas ouvrir {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py"/>
        <source>QGIS could not read this layer from the project (authentication configuration '{id}' is not in this QGIS?): not relinked</source>
        <translation>QGIS n'a pas pu lire cette couche du projet (la configuration d'authentification '{id}' manque-t-elle dans ce QGIS ?) : non réassociée</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py"/>
        <source>QGIS could not read this layer from the project: not relinked</source>
        <translation>QGIS n'a pas pu lire cette couche du projet : non réassociée</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>Quality report</source>
        <translation>Rapport de qualité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Quality report (HTML)</source>
        <translation>Rapport de qualité (HTML)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Result (JSON)</source>
        <translation>Résultat (JSON)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>Snapshot of '{id}' cancelled</source>
        <translation>Instantané de '{id}' annulé</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>Snapshot of '{id}' could not be read back</source>
        <translation>L'instantané de '{id}' n'a pas pu être relu</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>Snapshot of '{id}' failed: {error}</source>
        <translation>L'instantané de '{id}' a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>Snapshot of '{id}' not made: {problem}</source>
        <translation>Instantané de '{id}' non créé : {problem}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>Snapshot of '{id}': {written} features written, {read} copied</source>
        <translation>Instantané de '{id}' : {written} entités écrites, {read} copiées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py"/>
        <source>Table name in the GeoPackage</source>
        <translation>Nom de table dans le GeoPackage</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>The layer's source could not be opened</source>
        <translation>La source de la couche n'a pas pu être ouverte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py"/>
        <source>The parameters {keys} of the address are not kept in the catalogue (they read {placeholder}): give the source an authcfg (--authcfg), or list the harmless ones in the entries' source.public_params</source>
        <translation>Les paramètres {keys} de l'adresse ne sont pas conservés dans le catalogue (ils indiquent {placeholder}) : donnez à la source un authcfg (--authcfg), ou listez les paramètres inoffensifs dans source.public_params des entrées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>The snapshot {path} could not be opened</source>
        <translation>L'instantané {path} n'a pas pu être ouvert</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/catalog_check_algorithm.py"/>
        <source>Timeout per source (seconds)</source>
        <translation>Délai par source (secondes)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>a catalogue is a JSON object</source>
        <translation>un catalogue est un objet JSON</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>a feature count</source>
        <translation>un nombre d'entités</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>a file source needs 'path' or an http(s) 'url'</source>
        <translation>une source fichier doit avoir un 'path' ou une 'url' http(s)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/capabilities.py"/>
        <source>a list of collections</source>
        <translation>une liste de collections</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>a page of features</source>
        <translation>une page d'entités</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot_copy.py"/>
        <source>a page of features did not arrive within {seconds} s</source>
        <translation>une page d'entités n'est pas arrivée en {seconds} s</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot_copy.py"/>
        <source>a page of features did not arrive within {seconds} s ({mb} MB received)</source>
        <translation>une page d'entités n'est pas arrivée en {seconds} s ({mb} Mo reçus)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>a postgis source needs 'service' or 'host' and 'dbname'</source>
        <translation>une source postgis nécessite 'service' ou 'host' et 'dbname'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/loader.py"/>
        <source>a remote catalogue may not point at local files ({value})</source>
        <translation>un catalogue distant ne peut pas pointer vers des fichiers locaux ({value})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>an entry is a JSON object</source>
        <translation>une entrée est un objet JSON</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py"/>
        <source>cannot connect to the database: {error}</source>
        <translation>impossible de se connecter à la base de données : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>catalogue field '{field}': {message}</source>
        <translation>champ du catalogue '{field}' : {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/capabilities.py"/>
        <source>collection '{layer}'</source>
        <translation>collection '{layer}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/capabilities.py"/>
        <source>collection '{layer}' is not offered by the service</source>
        <translation>la collection '{layer}' n'est pas proposée par le service</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>copy stopped after {read} features ({reason})</source>
        <translation>copie arrêtée après {read} entités ({reason})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>credentials never go in a catalogue: use an authcfg id</source>
        <translation>les identifiants n'ont rien à faire dans un catalogue : utilisez un identifiant authcfg</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>daily</source>
        <translation>quotidien</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>degrees must lie within -180..180 and -90..90 (are these metres? then set extent_crs, e.g. EPSG:31370)</source>
        <translation>les degrés doivent être compris entre -180..180 et -90..90 (sont-ce des mètres ? indiquez alors extent_crs, p. ex. EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>entry '{id}' at {pointer}: {message}</source>
        <translation>entrée '{id}' à {pointer} : {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>entry “{title}” ({id}) at {pointer}: {message}</source>
        <translation>entrée « {title} » ({id}) à {pointer} : {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>every six months</source>
        <translation>semestriel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>every {age}</source>
        <translation>tous les {age}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/service_checks.py"/>
        <source>feature count unknown: the service does not count</source>
        <translation>nombre d'entités inconnu : le service ne compte pas</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/service_checks.py"/>
        <source>feature count unknown: {error}</source>
        <translation>nombre d'entités inconnu : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>field '{field}' (role {role}) does not exist</source>
        <translation>le champ '{field}' (rôle {role}) n'existe pas</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>field '{field}' (role {role}) should be a date or time</source>
        <translation>le champ '{field}' (rôle {role}) devrait être une date ou une heure</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>field '{field}' (role {role}) should be numeric</source>
        <translation>le champ '{field}' (rôle {role}) devrait être numérique</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>file {name} was not found in {folders}; choose the folder that holds the data (Shared data › data folder › Change…, or --data-dir FOLDER on the command line)</source>
        <translation>fichier {name} introuvable dans {folders} ; choisissez le dossier qui contient les données (Données partagées › dossier de données › Changer…, ou --data-dir DOSSIER en ligne de commande)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>file {path} does not exist</source>
        <translation>le fichier {path} n'existe pas</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>file {path} is not readable</source>
        <translation>le fichier {path} n'est pas lisible</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/layers.py"/>
        <source>internal use only</source>
        <translation>usage interne uniquement</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>is required for a {kind} source</source>
        <translation>est obligatoire pour une source {kind}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot_copy.py"/>
        <source>larger than the download limit of {mb} MB</source>
        <translation>plus volumineux que la limite de téléchargement de {mb} Mo</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>last update unknown, promised: {rhythm}</source>
        <translation>dernière mise à jour inconnue, promis : {rhythm}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>last updated {age} ago, promised: {rhythm}</source>
        <translation>mis à jour il y a {age}, promis : {rhythm}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>layer '{layer}' is missing from {path}</source>
        <translation>la couche '{layer}' manque dans {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/capabilities.py"/>
        <source>layer '{layer}' is not offered by the service</source>
        <translation>la couche '{layer}' n'est pas proposée par le service</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>less than an hour</source>
        <translation>moins d'une heure</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be "slimstad-catalogue"</source>
        <translation>doit être "slimstad-catalogue"</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be [xmin, ymin, xmax, ymax]</source>
        <translation>doit être [xmin, ymin, xmax, ymax]</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be [xmin, ymin, xmax, ymax]: {problem}</source>
        <translation>doit être [xmin, ymin, xmax, ymax] : {problem}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be a field name (a text)</source>
        <translation>doit être un nom de champ (un texte)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be a list of texts</source>
        <translation>doit être une liste de textes</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be a non-empty text</source>
        <translation>doit être un texte non vide</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be a text</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be an http(s) address</source>
        <translation>doit être une adresse http(s)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be an object of texts</source>
        <translation>doit être un objet de textes</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be an object with a 'type'</source>
        <translation>doit être un objet avec un 'type'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must be one of: {allowed}</source>
        <translation>doit être l'un de : {allowed}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must map languages (nl, en, fr) to texts</source>
        <translation>doit associer des langues (nl, en, fr) à des textes</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>must map semantic roles to field names</source>
        <translation>doit associer des rôles sémantiques à des noms de champs</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>name and url must be texts</source>
        <translation>name et url doivent être des textes</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>needs a text in nl, en or fr</source>
        <translation>nécessite un texte en nl, en ou fr</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py"/>
        <source>no catalogue entry '{id}'</source>
        <translation>aucune entrée de catalogue '{id}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>no feature arrived within {seconds} s</source>
        <translation>aucune entité reçue en {seconds} s</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>no problems found</source>
        <translation>aucun problème trouvé</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>no rhythm promised</source>
        <translation>aucun rythme promis</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/check.py"/>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>only the first {read} features copied: the service holds more ({reason})</source>
        <translation>seules les {read} premières entités copiées : le service en contient davantage ({reason})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>only the first {read} features read: the service holds more ({reason})</source>
        <translation>seules les {read} premières entités lues : le service en contient davantage ({reason})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>only {read} of {expected} features copied ({reason})</source>
        <translation>seulement {read} entités copiées sur {expected} ({reason})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>only {read} of {expected} features read ({reason})</source>
        <translation>seulement {read} entités lues sur {expected} ({reason})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/layers.py"/>
        <source>open data</source>
        <translation>données ouvertes</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/check.py"/>
        <source>quality: {issues}</source>
        <translation>qualité : {issues}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>quarterly</source>
        <translation>trimestriel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>reading stopped after {read} features ({reason})</source>
        <translation>lecture arrêtée après {read} entités ({reason})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/layers.py"/>
        <source>restricted</source>
        <translation>restreint</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>server limit</source>
        <translation>limite du serveur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py"/>
        <source>snapshot in use: the live source was updated</source>
        <translation>instantané utilisé : la source en ligne a été mise à jour</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>stopped after {read} features: the service reports {expected} ({reason})</source>
        <translation>arrêté après {read} entités : le service en annonce {expected} ({reason})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>table {schema}.{table} does not exist</source>
        <translation>la table {schema}.{table} n'existe pas</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>table, {n} columns</source>
        <translation>table, {n} colonnes</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/loader.py"/>
        <source>the address answered a web page or an error, not a catalogue: {message}</source>
        <translation>l'adresse a répondu par une page web ou une erreur, pas par un catalogue : {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>the check failed: {error}</source>
        <translation>la vérification a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/capabilities.py"/>
        <source>the collection description</source>
        <translation>la description de la collection</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/sources.py"/>
        <source>the data file {file} is not in the data folder {folder}</source>
        <translation>le fichier de données {file} n'est pas dans le dossier de données {folder}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>the layer cannot be opened: {error}</source>
        <translation>la couche ne peut pas être ouverte : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>the layer has no CRS</source>
        <translation>la couche n'a pas de système de coordonnées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>the layer has no coordinate reference system</source>
        <translation>la couche n'a pas de système de coordonnées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>the layer has no features</source>
        <translation>la couche n'a aucune entité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>the layer is empty</source>
        <translation>la couche est vide</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/capabilities.py"/>
        <source>the layer's schema (DescribeFeatureType)</source>
        <translation>le schéma de la couche (DescribeFeatureType)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py"/>
        <source>the new source could not be opened</source>
        <translation>la nouvelle source n'a pas pu être ouverte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py"/>
        <source>the new source does not answer now: {error}</source>
        <translation>la nouvelle source ne répond pas pour l'instant : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/service_checks.py"/>
        <source>the service does not offer {crs}</source>
        <translation>le service ne propose pas {crs}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>the service ignores STARTINDEX: its paging does not advance</source>
        <translation>le service ignore STARTINDEX : la pagination n'avance pas</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>the service keeps sending features: its paging does not advance</source>
        <translation>le service continue d'envoyer des entités : sa pagination n'avance pas</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot_copy.py"/>
        <source>the service reports an error: {message}</source>
        <translation>le service signale une erreur : {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>the source stopped early</source>
        <translation>la source s'est arrêtée trop tôt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>the table has no column {names}</source>
        <translation>la table n'a pas de colonne {names}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/completeness.py"/>
        <source>timed out after {seconds} s</source>
        <translation>interrompu après {seconds} s</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>unexpected error: {error}</source>
        <translation>erreur inattendue : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>unknown sector '{value}' (one of: {allowed})</source>
        <translation>secteur inconnu '{value}' (l'un de : {allowed})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>unknown semantic role '{role}'</source>
        <translation>rôle sémantique inconnu '{role}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/health.py"/>
        <source>unknown source type '{kind}'</source>
        <translation>type de source inconnu '{kind}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>unknown source type '{value}' (one of: {allowed})</source>
        <translation>type de source inconnu '{value}' (l'un de : {allowed})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>version {version} is newer than this plugin understands (1): update SlimStad</source>
        <translation>la version {version} est plus récente que ce que ce plugin comprend (1) : mettez SlimStad à jour</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/schema.py"/>
        <source>xmin must not be greater than xmax, nor ymin than ymax</source>
        <translation>xmin ne peut pas dépasser xmax, ni ymin dépasser ymax</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>yearly</source>
        <translation>annuel</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/capabilities.py"/>
        <source>{kind} capabilities</source>
        <translation>capacités {kind}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/project_reading.py"/>
        <source>{layer}: not opened, {url} does not answer ({error})</source>
        <translation>{layer} : non ouverte, {url} ne répond pas ({error})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>{n} empty or missing geometries</source>
        <translation>{n} géométries vides ou manquantes</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/check.py"/>
        <source>{n} feature</source>
        <translation>{n} entité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/check.py"/>
        <source>{n} features</source>
        <translation>{n} entités</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/snapshot_layer_algorithm.py"/>
        <source>{n} features copied, SHA-256 {sha}</source>
        <translation>{n} entités copiées, SHA-256 {sha}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>{n} features outside the expected extent</source>
        <translation>{n} entités hors de l'emprise attendue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>{n} hours</source>
        <translation>{n} heures</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>{n} invalid geometries</source>
        <translation>{n} géométries invalides</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py"/>
        <source>{n} layer relinked</source>
        <translation>{n} couche reliée</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py"/>
        <source>{n} layers relinked</source>
        <translation>{n} couches reliées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>{n} months</source>
        <translation>{n} mois</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py"/>
        <source>{n} new entries have sector 'andere', no owner and licence 'internal': complete these before sharing the catalogue</source>
        <translation>{n} nouvelles entrées ont le secteur 'andere', aucun propriétaire et la licence 'internal' : complétez-les avant de partager le catalogue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>{n} values of id field '{field}' occur more than once</source>
        <translation>{n} valeurs du champ identifiant '{field}' apparaissent plusieurs fois</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>{n} weeks</source>
        <translation>{n} semaines</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/freshness.py"/>
        <source>{n} years</source>
        <translation>{n} ans</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/check.py"/>
        <source>{path} exists and is not an earlier check report; it is not overwritten. Choose another file.</source>
        <translation>{path} existe et n'est pas un rapport de contrôle antérieur ; il n'est pas écrasé. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/snapshot.py"/>
        <source>{path} holds no snapshot '{layer}'</source>
        <translation>{path} ne contient pas d'instantané '{layer}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py"/>
        <source>{path} is not a GeoPackage: {error}</source>
        <translation>{path} n'est pas un GeoPackage : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/quality.py"/>
        <source>{pct}% of '{field}' is empty</source>
        <translation>{pct} % de '{field}' est vide</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/relink.py"/>
        <source>{relinked}, {unchanged} unchanged, {failed} failed, {unknown} not in the catalogue</source>
        <translation>{relinked}, {unchanged} inchangées, {failed} en échec, {unknown} absentes du catalogue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/builder.py"/>
        <source>{url}: no service found</source>
        <translation>{url} : aucun service trouvé</translation>
    </message>
</context>
<context>
    <name>SlimStadCatalogueDock</name>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Add a catalogue file or address; SlimStad remembers it</source>
        <translation>Ajouter un fichier ou une adresse de catalogue ; SlimStad s'en souvient</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Add another copy</source>
        <translation>Ajouter une autre copie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Add catalogue URL</source>
        <translation>Ajouter une URL de catalogue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Add catalogue URL…</source>
        <translation>Ajouter une URL de catalogue…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Add catalogue file</source>
        <translation>Ajouter un fichier catalogue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Add catalogue file…</source>
        <translation>Ajouter un fichier catalogue…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Add the selected layers to the project, styled and with their metadata (or double-click an entry)</source>
        <translation>Ajouter les couches sélectionnées au projet, stylées et avec leurs métadonnées (ou double-cliquez sur une entrée)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Add to project</source>
        <translation>Ajouter au projet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Adding {title}</source>
        <translation>Ajout de {title}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Address of the catalogue (https://…):</source>
        <translation>Adresse du catalogue (https://…) :</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Catalogue {location} could not be loaded: {error}</source>
        <translation>Le catalogue {location} n'a pas pu être chargé : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/data_folder.py"/>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Check health</source>
        <translation>Vérifier l'état</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Checking freshness of {n} layer</source>
        <translation>Vérification de la fraîcheur de {n} couche</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Checking freshness of {n} layers</source>
        <translation>Vérification de la fraîcheur de {n} couches</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Checking {n} data sources</source>
        <translation>Vérification de {n} sources de données</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/data_folder.py"/>
        <source>Choose the folder where catalogues find their data files; SlimStad remembers it</source>
        <translation>Choisissez le dossier où les catalogues trouvent leurs fichiers de données ; SlimStad s'en souvient</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Copy the selected layers into a GeoPackage to work without network</source>
        <translation>Copier les couches sélectionnées dans un GeoPackage pour travailler sans réseau</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Count empty geometries, duplicates and missing values of the selected layers</source>
        <translation>Compter les géométries vides, les doublons et les valeurs manquantes des couches sélectionnées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/data_folder.py"/>
        <source>Create the sample city here</source>
        <translation>Créer la ville d'exemple ici</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/data_folder.py"/>
        <source>Data folder of the catalogues</source>
        <translation>Dossier de données des catalogues</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/data_folder.py"/>
        <source>Data folder:</source>
        <translation>Dossier de données :</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Empty answer</source>
        <translation>Réponse vide</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Filter the catalogue as you type: title, keyword, owner or sector</source>
        <translation>Filtrer le catalogue pendant la frappe : titre, mot-clé, propriétaire ou secteur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/model.py"/>
        <source>Freshness</source>
        <translation>Fraîcheur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Freshness check stopped: {error}</source>
        <translation>Vérification de fraîcheur interrompue : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>GeoPackage for the offline snapshot</source>
        <translation>GeoPackage pour la copie hors ligne</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Group by owner</source>
        <translation>Grouper par propriétaire</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Group the catalogue by owning department instead of by sector</source>
        <translation>Grouper le catalogue par service propriétaire au lieu de par secteur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Harvest from a metadata catalogue…</source>
        <translation>Moissonner un catalogue de métadonnées…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/model.py"/>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Health check done: {bad} of {n} layers not reachable.</source>
        <translation>Vérification terminée : {bad} couches sur {n} inaccessibles.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/model.py"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/model.py"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Loading catalogue {url}</source>
        <translation>Chargement du catalogue {url}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Make offline snapshot…</source>
        <translation>Créer une copie hors ligne…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Metadata of the selected layer</source>
        <translation>Métadonnées de la couche sélectionnée</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Offline snapshot of {n} layer</source>
        <translation>Copie hors ligne de {n} couche</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Offline snapshot of {n} layers</source>
        <translation>Copie hors ligne de {n} couches</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Open every selected layer (or all) in the background and show whether it is reachable</source>
        <translation>Ouvrir chaque couche sélectionnée (ou toutes) en arrière-plan et montrer si elle est accessible</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Publish as DCAT-AP / ISO…</source>
        <translation>Publier en DCAT-AP / ISO…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Quality report</source>
        <translation>Rapport de qualité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Quality report failed: {error}</source>
        <translation>Échec du rapport de qualité : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Quality report of {n} layer</source>
        <translation>Rapport de qualité de {n} couche</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Quality report of {n} layers</source>
        <translation>Rapport de qualité de {n} couches</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Read every catalogue again</source>
        <translation>Relire tous les catalogues</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/data_folder.py"/>
        <source>Relative file paths in catalogues (such as the sample city's voorbeeldstad.gpkg) are looked up in this folder</source>
        <translation>Les chemins relatifs des catalogues (comme voorbeeldstad.gpkg de la ville d'exemple) sont cherchés dans ce dossier</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Reload catalogues</source>
        <translation>Recharger les catalogues</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>Search title, keyword or owner…</source>
        <translation>Rechercher par titre, mot-clé ou propriétaire…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/component.py"/>
        <source>Shared data</source>
        <translation>Données partagées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/component.py"/>
        <source>Show or hide the catalogue of the city's shared layers</source>
        <translation>Afficher ou masquer le catalogue des couches partagées de la ville</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>SlimStad catalogue (*.json)</source>
        <translation>Catalogue SlimStad (*.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>Snapshot failed: {error}</source>
        <translation>Échec de la copie hors ligne : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/data_folder.py"/>
        <source>The sample city's data is not in this folder yet.</source>
        <translation>Les données de la ville d'exemple ne sont pas encore dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>The shared layers; double-click one to add it to the project</source>
        <translation>Les couches partagées ; double-cliquez sur une couche pour l'ajouter au projet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>This catalogue is already in the list.</source>
        <translation>Ce catalogue figure déjà dans la liste.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/data_folder.py"/>
        <source>Write the sample city Voorbeeldstad into the data folder and open it as a project (nothing there is overwritten)</source>
        <translation>Écrire la ville d'exemple Voorbeeldstad dans le dossier de données et l'ouvrir comme projet (rien n'y est écrasé)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>the source {source} could not be opened</source>
        <translation>la source {source} n'a pas pu être ouverte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>{n} duplicate entry ids ignored (the first catalogue wins): {ids}</source>
        <translation>{n} identifiants en double ignorés (le premier catalogue l'emporte) : {ids}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/dock.py"/>
        <source>{n} invalid entries skipped in {location}: {problems}</source>
        <translation>{n} entrées invalides ignorées dans {location} : {problems}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>{n} layer copied offline into {path}</source>
        <translation>{n} couche copiée hors ligne dans {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>{n} layers copied offline into {path}</source>
        <translation>{n} couches copiées hors ligne dans {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>{title} added to the project.</source>
        <translation>{title} ajouté au projet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>{title} could not be added: {error}</source>
        <translation>{title} n'a pas pu être ajouté : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>{title} is already in the project (layer {names}); it is selected in the Layers panel.</source>
        <translation>{title} est déjà dans le projet (couche {names}) ; elle est sélectionnée dans le panneau Couches.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/actions.py"/>
        <source>{title} is being added; it appears when the server has answered.</source>
        <translation>{title} est en cours d'ajout ; la couche apparaît dès que le serveur a répondu.</translation>
    </message>
</context>
<context>
    <name>SlimStadCatalogueLocator</name>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/locator.py"/>
        <source>SlimStad shared data</source>
        <translation>SlimStad données partagées</translation>
    </message>
</context>
<context>
    <name>SlimStadCatalogueQuality</name>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Close the report</source>
        <translation>Fermer le rapport</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Export HTML…</source>
        <translation>Exporter en HTML…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Export quality report</source>
        <translation>Exporter le rapport de qualité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Nothing to check: no vector layers selected.</source>
        <translation>Rien à vérifier : aucune couche vectorielle sélectionnée.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Per layer: features, empty or invalid geometries, duplicates and missing values</source>
        <translation>Par couche : entités, géométries vides ou invalides, doublons et valeurs manquantes</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Quality report</source>
        <translation>Rapport de qualité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Save the counts as a table (one row per layer and check)</source>
        <translation>Enregistrer les comptages sous forme de tableau (une ligne par couche et par contrôle)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Save this report as a web page</source>
        <translation>Enregistrer ce rapport comme page web</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>e.g. features {ids}</source>
        <translation>p. ex. entités {ids}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>{n} feature</source>
        <translation>{n} entité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/quality.py"/>
        <source>{n} features</source>
        <translation>{n} entités</translation>
    </message>
</context>
<context>
    <name>SlimStadCatalogueView</name>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>(owner unknown)</source>
        <translation>(propriétaire inconnu)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Catalogue id</source>
        <translation>Identifiant de catalogue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Freshness</source>
        <translation>Fraîcheur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Internal (city only)</source>
        <translation>Interne (ville uniquement)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Licence URL</source>
        <translation>URL de la licence</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Not reachable</source>
        <translation>Inaccessible</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Open data</source>
        <translation>Données ouvertes</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Out of date</source>
        <translation>Périmé</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Reachable</source>
        <translation>Accessible</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Reachable, with warnings</source>
        <translation>Accessible, avec avertissements</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Source type</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Steward</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>Update rhythm</source>
        <translation>Rythme de mise à jour</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>last change {date}</source>
        <translation>dernière modification {date}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/view.py"/>
        <source>{n} features</source>
        <translation>{n} entités</translation>
    </message>
</context>
<context>
    <name>SlimStadChallenge</name>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source> (filter: {expression})</source>
        <translation> (filtre : {expression})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>Area units are not in a metric CRS: distances are computed in {crs}.</source>
        <translation>Les unités territoriales ne sont pas dans un SCR métrique : les distances sont calculées en {crs}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>Cannot create the folder {path}: {error}</source>
        <translation>Impossible de créer le dossier {path} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>Cannot open the project {path}: {error}</source>
        <translation>Impossible d'ouvrir le projet {path} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/output.py"/>
        <source>Cannot reopen the result layer {name} in {path}.</source>
        <translation>Impossible de rouvrir la couche de résultats {name} dans {path}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/output.py"/>
        <source>Cannot store the style of {name}: {error}</source>
        <translation>Impossible d'enregistrer le style de {name} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>Cannot write the challenge file {path}: {error}</source>
        <translation>Impossible d'écrire le fichier de défi {path} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>Cannot write the results {path}: {error}</source>
        <translation>Impossible d'écrire les résultats {path} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/output.py"/>
        <source>Cannot write {path}: {error}</source>
        <translation>Impossible d'écrire {path} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Challenge file (.slimstad.json)</source>
        <translation>Fichier de défi (.slimstad.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>Change against the current situation (scenario minus baseline).</source>
        <translation>Changement par rapport à la situation actuelle (scénario moins référence).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>Computed by SlimStad {version} on {time}</source>
        <translation>Calculé par SlimStad {version} le {time}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>Computing {count} indicators</source>
        <translation>Calcul de {count} indicateurs</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Database (PostGIS)</source>
        <translation>Base de données (PostGIS)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Desktop</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Engine for demand layers</source>
        <translation>Moteur pour les couches de demande</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/indicators.py"/>
        <source>Indicator {id} needs a distance greater than 0 metres.</source>
        <translation>L'indicateur {id} nécessite une distance supérieure à 0 mètre.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/indicators.py"/>
        <source>Indicator {id} needs a polygon layer as supply.</source>
        <translation>L'indicateur {id} nécessite une couche de polygones comme offre.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/indicators.py"/>
        <source>Indicator {id}: supply {role} has no facilities.</source>
        <translation>Indicateur {id} : l'offre {role} n'a aucun équipement.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>Layer {layer} has no features to use for {purpose}{filter}.</source>
        <translation>La couche {layer} n'a aucune entité utilisable pour {purpose}{filter}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>Layer {layer} has no field {field} (needed for {purpose}). Its fields: {fields}.</source>
        <translation>La couche {layer} n'a pas de champ {field} (nécessaire pour {purpose}). Ses champs : {fields}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>Layer {layer} was reprojected from {source} to {target}.</source>
        <translation>La couche {layer} a été reprojetée de {source} vers {target}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>QGIS project (empty: the current project's saved file)</source>
        <translation>Projet QGIS (vide : le fichier enregistré du projet actuel)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>QGIS projects (*.qgz *.qgs)</source>
        <translation>Projets QGIS (*.qgz *.qgs)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>Reading the layers of challenge {id}</source>
        <translation>Lecture des couches du défi {id}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Result layers</source>
        <translation>Couches de résultats</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Results GeoPackage</source>
        <translation>GeoPackage des résultats</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>Save the project first, or choose a project file.</source>
        <translation>Enregistrez d'abord le projet, ou choisissez un fichier de projet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>Scenario {id}</source>
        <translation>Scénario {id}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/scenarios.py"/>
        <source>Scenario: a capacity must be a number of 0 or more (got {value}).</source>
        <translation>Scénario : une capacité doit être un nombre supérieur ou égal à 0 (reçu : {value}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/scenarios.py"/>
        <source>Scenario: a new facility needs x and y coordinates.</source>
        <translation>Scénario : un nouvel équipement nécessite des coordonnées x et y.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/scenarios.py"/>
        <source>Scenario: no area unit {id}.</source>
        <translation>Scénario : aucune unité territoriale {id}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/scenarios.py"/>
        <source>Scenario: no facility {ref} in supply role {role}.</source>
        <translation>Scénario : aucun équipement {ref} dans le rôle d'offre {role}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/scenarios.py"/>
        <source>Scenario: unknown demand role {role}.</source>
        <translation>Scénario : rôle de demande inconnu {role}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/scenarios.py"/>
        <source>Scenario: unknown supply role {role}.</source>
        <translation>Scénario : rôle d'offre inconnu {role}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>The area-unit id field {field} is not unique: {values}.</source>
        <translation>Le champ d'identifiant {field} des unités territoriales n'est pas unique : {values}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>The area-unit layer {layer} must contain polygons.</source>
        <translation>La couche d'unités territoriales {layer} doit contenir des polygones.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>The challenge</source>
        <translation>Le défi</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>The challenge has no demand role {id}.</source>
        <translation>Le défi n'a pas de rôle de demande {id}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>The challenge has no supply role {id}.</source>
        <translation>Le défi n'a pas de rôle d'offre {id}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>The challenge run was canceled; nothing was written.</source>
        <translation>L'exécution du défi a été annulée ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/store.py"/>
        <source>The challenges stored in project {project} are damaged.</source>
        <translation>Les défis enregistrés dans le projet {project} sont endommagés.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/store.py"/>
        <source>The challenges stored in the project are damaged: {error}</source>
        <translation>Les défis enregistrés dans le projet sont endommagés : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>The expression for {purpose} fails: {error}</source>
        <translation>L'expression pour {purpose} échoue : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>The expression for {purpose} is invalid: {error}</source>
        <translation>L'expression pour {purpose} n'est pas valide : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>The layer {name} cannot be opened; check its source.</source>
        <translation>La couche {name} ne peut pas être ouverte ; vérifiez sa source.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>The project has no layer for {ref} (catalogue id {catalog}, layer name {name}).</source>
        <translation>Le projet n'a pas de couche pour {ref} (identifiant de catalogue {catalog}, nom de couche {name}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>The project {path} does not exist.</source>
        <translation>Le projet {path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>The value {value!r} of {what} in layer {layer} is not a number.</source>
        <translation>La valeur {value!r} de {what} dans la couche {layer} n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/templates.py"/>
        <source>There is no challenge template {id}; available: {ids}.</source>
        <translation>Il n'y a pas de modèle de défi {id} ; disponibles : {ids}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/indicators.py"/>
        <source>Unknown indicator type {type}.</source>
        <translation>Type d'indicateur inconnu {type}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/scenarios.py"/>
        <source>Unknown scenario change {kind}; use one of {kinds}.</source>
        <translation>Modification de scénario inconnue {kind} ; utilisez l'une de {kinds}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>Writing {path}</source>
        <translation>Écriture de {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>a value has the wrong type</source>
        <translation>une valeur n'a pas le bon type</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>area units</source>
        <translation>unités territoriales</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>area_units needs a layer reference.</source>
        <translation>area_units nécessite une référence de couche.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/output.py"/>
        <source>better</source>
        <translation>mieux</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>challenge</source>
        <translation>défi</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>demand role {id} needs a field, an expression or a semantic role.</source>
        <translation>le rôle de demande {id} nécessite un champ, une expression ou un rôle sémantique.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>demand role {id} needs a layer reference.</source>
        <translation>le rôle de demande {id} nécessite une référence de couche.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>demand role {id} uses the unknown semantic role {role}.</source>
        <translation>le rôle de demande {id} utilise le rôle sémantique inconnu {role}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>demand {id}</source>
        <translation>demande {id}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>every entry of {kind} needs an id.</source>
        <translation>chaque élément de {kind} doit avoir un identifiant.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>indicator {id} has the unknown type {type}; use one of {types}.</source>
        <translation>l'indicateur {id} a le type inconnu {type} ; utilisez l'un de {types}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>indicator {id} needs 'per' greater than 0 ({problem}).</source>
        <translation>l'indicateur {id} a besoin d'un 'per' supérieur à 0 ({problem}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>indicator {id} needs a distance greater than 0 metres ({problem}).</source>
        <translation>l'indicateur {id} nécessite une distance supérieure à 0 mètre ({problem}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>indicator {id} refers to the unknown demand role {role}.</source>
        <translation>l'indicateur {id} fait référence au rôle de demande inconnu {role}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>indicator {id} refers to the unknown supply role {role}.</source>
        <translation>l'indicateur {id} fait référence au rôle d'offre inconnu {role}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>indicator {id}: sigma must be a number of metres greater than 0 ({problem}).</source>
        <translation>indicateur {id} : sigma doit être un nombre de mètres supérieur à 0 ({problem}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>indicator {id}: the distance {value} is not a valid number of metres.</source>
        <translation>indicateur {id} : la distance {value} n'est pas un nombre de mètres valide.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/scenarios.py"/>
        <source>new facility</source>
        <translation>nouvel équipement</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/output.py"/>
        <source>no change</source>
        <translation>pas de changement</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>no residents (no value)</source>
        <translation>pas d'habitants (pas de valeur)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/store.py"/>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>scenario {id}, new facility {name}</source>
        <translation>scénario {id}, nouvel équipement {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>supply role {id} needs a layer reference.</source>
        <translation>le rôle d'offre {id} nécessite une référence de couche.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>supply {id}</source>
        <translation>offre {id}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>the area-unit id</source>
        <translation>l'identifiant de l'unité territoriale</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/store.py"/>
        <source>the challenges stored in project {project}</source>
        <translation>les défis enregistrés dans le projet {project}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>the id {id} must use lower-case letters, digits, '_', '.' or '-'.</source>
        <translation>l'identifiant {id} ne peut contenir que des minuscules, des chiffres, '_', '.' ou '-'.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>the ids in {kind} must be unique.</source>
        <translation>les identifiants dans {kind} doivent être uniques.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>the output folder {folder} must be a folder inside the project's folder (no absolute path, no '..').</source>
        <translation>le dossier de sortie {folder} doit être un dossier dans le dossier du projet (pas de chemin absolu, pas de '..').</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>the required field {key} is missing.</source>
        <translation>le champ obligatoire {key} manque.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>the required key {key} is missing</source>
        <translation>la clé obligatoire {key} manque</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>the title needs at least one language (nl, en or fr).</source>
        <translation>le titre doit exister dans au moins une langue (nl, en ou fr).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/output.py"/>
        <source>worse</source>
        <translation>moins bien</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>{count} facilities of {layer} have no capacity (NULL); they count as 0 places.</source>
        <translation>{count} équipements de {layer} n'ont pas de capacité (NULL) ; ils comptent pour 0 place.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>{count} features of {layer} were summed per area unit in database {db} ({seconds} s); they were not read into QGIS.</source>
        <translation>{count} entités de {layer} ont été additionnées par unité territoriale dans la base de données {db} ({seconds} s) ; elles n'ont pas été lues dans QGIS.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>{count} features of {layer} without a usable geometry were skipped.</source>
        <translation>{count} entités de {layer} sans géométrie utilisable ont été ignorées.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>{count} invalid geometries in {layer} were repaired.</source>
        <translation>{count} géométries non valides de {layer} ont été réparées.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>{indicator} – scenario {scenario} (difference)</source>
        <translation>{indicator} – scénario {scenario} (différence)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>{indicator} – {scenario} (difference)</source>
        <translation>{indicator} – {scenario} (différence)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/run.py"/>
        <source>{indicator}: {count} area units without residents get no value (NULL).</source>
        <translation>{indicator} : {count} unités territoriales sans habitants n'ont pas de valeur (NULL).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>{n} feature of {layer} lies outside the study area: it counts for no area unit, but still serves nearby units in distance-based indicators.</source>
        <translation>{n} entité de {layer} se trouve hors de la zone d'étude : elle ne compte pour aucune unité territoriale, mais dessert les unités proches dans les indicateurs de distance.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>{n} features of {layer} lie outside the study area: they count for no area unit, but still serve nearby units in distance-based indicators.</source>
        <translation>{n} entités de {layer} se trouvent hors de la zone d'étude : elles ne comptent pour aucune unité territoriale, mais desservent les unités proches dans les indicateurs de distance.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>{n} value for {purpose} in layer {layer} is negative ({value}); residents and capacities are 0 or more.</source>
        <translation>{n} valeur pour {purpose} dans la couche {layer} est négative ({value}) ; habitants et capacités valent 0 ou plus.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>{n} values for {purpose} in layer {layer} are negative (e.g. {value}); residents and capacities are 0 or more.</source>
        <translation>{n} valeurs pour {purpose} dans la couche {layer} sont négatives (p. ex. {value}) ; habitants et capacités valent 0 ou plus.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/inputs.py"/>
        <source>{problem} (needed for {purpose}); correct them or choose another field.</source>
        <translation>{problem} (nécessaire pour {purpose}) ; corrigez-les ou choisissez un autre champ.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>{source} was made with a newer SlimStad (challenge schema version {found}; this version reads up to {supported}). Update the SlimStad plugin to open it.</source>
        <translation>{source} a été créé avec une version plus récente de SlimStad (version de schéma {found} ; cette version lit jusqu'à {supported}). Mettez à jour l'extension SlimStad pour l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>{source}: a challenge must be a JSON object.</source>
        <translation>{source} : un défi doit être un objet JSON.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>{source}: invalid challenge at {path}: {message}</source>
        <translation>{source} : défi non valide à {path} : {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>{source}: schema_version must be a whole number.</source>
        <translation>{source} : schema_version doit être un nombre entier.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/model.py"/>
        <source>{source}: the challenge definition is incomplete ({error}).</source>
        <translation>{source} : la définition du défi est incomplète ({error}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/processing/run_challenge_algorithm.py"/>
        <source>…or a template (used when no challenge file is given)</source>
        <translation>…ou un modèle (utilisé sans fichier de défi)</translation>
    </message>
</context>
<context>
    <name>SlimStadChallengePanel</name>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>2SFCA (everyone within the distance counts fully)</source>
        <translation>2SFCA (chacun dans la distance compte entièrement)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>A run is already in progress; wait for it or cancel it.</source>
        <translation>Un calcul est déjà en cours ; attendez ou annulez-le.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>A run is in progress.</source>
        <translation>Un calcul est en cours.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>A site serves the demand within this distance; multi-use sites group facilities within half of it</source>
        <translation>Un site dessert la demande dans cette distance ; les sites à usage partagé regroupent les équipements dans la moitié de celle-ci</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Add or remove a facility on the map first.</source>
        <translation>Ajoutez ou retirez d'abord un équipement sur la carte.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Add or remove facilities on the map and compare with today</source>
        <translation>Ajouter ou retirer des équipements sur la carte et comparer avec aujourd'hui</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/results.py"/>
        <source>Area id</source>
        <translation>Code de zone</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>Area units</source>
        <translation>Unités territoriales</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>Bound to layer {layer}</source>
        <translation>Liée à la couche {layer}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Bring back the challenge deleted last</source>
        <translation>Rétablir le dernier défi supprimé</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Capacity (places)</source>
        <translation>Capacité (places)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Challenge exported to {path}.</source>
        <translation>Défi exporté vers {path}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Challenge {id}</source>
        <translation>Défi {id}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Challenge {title} deleted; use Undo delete to restore it.</source>
        <translation>Défi {title} supprimé ; utilisez « Annuler la suppression » pour le rétablir.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Challenge: {title}</source>
        <translation>Défi : {title}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/component.py"/>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Change capacity</source>
        <translation>Modifier la capacité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Choose what to do, click on the map, then run the scenario. Every step gets a marker on the map and a line below.</source>
        <translation>Choisissez quoi faire, cliquez sur la carte, puis calculez le scénario. Chaque étape reçoit un repère sur la carte et une ligne ci-dessous.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Classes on the maps</source>
        <translation>Classes sur les cartes</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Click on an existing facility to give it another capacity</source>
        <translation>Cliquez sur un équipement existant pour lui donner une autre capacité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Click on an existing facility to take it away in the scenario</source>
        <translation>Cliquez sur un équipement existant pour le retirer dans le scénario</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Click on the map where a new facility comes; you give its capacity</source>
        <translation>Cliquez sur la carte où vient un nouvel équipement ; vous indiquez sa capacité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Compute the challenge with these steps and show the differences with today (grey: no change, blue: better, orange: worse)</source>
        <translation>Calculer le défi avec ces étapes et montrer les différences avec aujourd'hui (gris : pas de changement, bleu : mieux, orange : moins bien)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>Context: {name}</source>
        <translation>Contexte : {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Create a challenge from the chosen template</source>
        <translation>Créer un défi à partir du modèle choisi</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Create or choose a challenge first.</source>
        <translation>Créez ou choisissez d'abord un défi.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Delete challenge</source>
        <translation>Supprimer le défi</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Delete the challenge {title}? Its result layers stay.</source>
        <translation>Supprimer le défi {title} ? Ses couches de résultats restent.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Delete the chosen challenge (its result layers stay)</source>
        <translation>Supprimer le défi choisi (ses couches de résultats restent)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>Demand: {name}</source>
        <translation>Demande : {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Distances, method, classes and priority weights</source>
        <translation>Distances, méthode, classes et poids des priorités</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Do the step you took back again</source>
        <translation>Refaire l'étape annulée</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Done: {count} layers in group "{group}".</source>
        <translation>Terminé : {count} couches dans le groupe « {group} ».</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Duplicate, rename, delete, import or export challenges</source>
        <translation>Dupliquer, renommer, supprimer, importer ou exporter des défis</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>E2SFCA, Gaussian decay</source>
        <translation>E2SFCA, décroissance gaussienne</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>E2SFCA, step decay 1 / 0.68 / 0.22</source>
        <translation>E2SFCA, décroissance par paliers 1 / 0,68 / 0,22</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Every area unit, highest priority first; selecting rows selects the areas on the map and back</source>
        <translation>Chaque zone, priorité la plus haute d'abord ; sélectionner des lignes sélectionne les zones sur la carte et inversement</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Export challenge</source>
        <translation>Exporter le défi</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>Filter / expression</source>
        <translation>Filtre / expression</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>Find places where facilities of several sectors are close together</source>
        <translation>Trouver des endroits où des équipements de plusieurs secteurs sont proches</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>From the catalogue</source>
        <translation>Depuis le catalogue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Gaussian sigma</source>
        <translation>Sigma gaussien</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Give the chosen challenge another title</source>
        <translation>Donner un autre titre au défi choisi</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>How accessibility is computed: 2SFCA counts everyone within the distance fully; E2SFCA lets farther people count less</source>
        <translation>Comment l'accessibilité est calculée : 2SFCA compte pleinement tous ceux dans la distance ; E2SFCA compte moins les personnes plus éloignées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>How far people go to a facility, in metres</source>
        <translation>Jusqu'où les gens vont vers un équipement, en mètres</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>How many new sites to suggest</source>
        <translation>Combien de nouveaux sites proposer</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>How the indicators are put on one scale before they are weighted</source>
        <translation>Comment les indicateurs sont mis sur une même échelle avant d'être pondérés</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Import challenge</source>
        <translation>Importer un défi</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Layers and roles</source>
        <translation>Couches et rôles</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Make a copy of the chosen challenge</source>
        <translation>Faire une copie du défi choisi</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Manage</source>
        <translation>Gérer</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Maps and priority</source>
        <translation>Cartes et priorité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/sites.py"/>
        <source>Multi-use sites</source>
        <translation>Sites à usage partagé</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/results.py"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>New facility</source>
        <translation>Nouvel équipement</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_tool.py"/>
        <source>New facility {n}</source>
        <translation>Nouvel équipement {n}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>New from template</source>
        <translation>Nouveau à partir d'un modèle</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>New locations and multi-use sites</source>
        <translation>Nouveaux emplacements et sites à usage partagé</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_edit.py"/>
        <source>New: {name} in {area}, capacity {capacity}</source>
        <translation>Nouveau : {name} à {area}, capacité {capacity}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_edit.py"/>
        <source>New: {name}, capacity {capacity}</source>
        <translation>Nouveau : {name}, capacité {capacity}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>No area unit has a value.</source>
        <translation>Aucune zone n'a de valeur.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>No facility near the click.</source>
        <translation>Aucun équipement près du clic.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>No priority map: {error}</source>
        <translation>Pas de carte des priorités : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Normalisation (priority map)</source>
        <translation>Normalisation (carte des priorités)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Number of colour classes on the result maps</source>
        <translation>Nombre de classes de couleur sur les cartes de résultats</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>OK: {text}</source>
        <translation>OK : {text}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>Only the features for which this expression is true play the role (optional)</source>
        <translation>Seules les entités pour lesquelles cette expression est vraie jouent le rôle (facultatif)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Place new facility</source>
        <translation>Placer un nouvel équipement</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/results.py"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/priority.py"/>
        <source>Priority: {title}</source>
        <translation>Priorité : {title}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Progress of the run</source>
        <translation>Avancement du calcul</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>Propose sites that reach as much demand without a facility as possible (after a run)</source>
        <translation>Proposer des sites qui atteignent le plus de demande sans équipement possible (après un calcul)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Read a challenge from a .slimstad.json file</source>
        <translation>Lire un défi depuis un fichier .slimstad.json</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>Ready (green) or what is wrong (red)</source>
        <translation>Prêt (vert) ou ce qui ne va pas (rouge)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Remove every step</source>
        <translation>Effacer toutes les étapes</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Remove facility</source>
        <translation>Retirer un équipement</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_edit.py"/>
        <source>Removed: {name}</source>
        <translation>Retiré : {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_edit.py"/>
        <source>Removed: {name} (capacity {capacity})</source>
        <translation>Retiré : {name} (capacité {capacity})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Rename challenge</source>
        <translation>Renommer le défi</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Run</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Run is disabled: {reasons}</source>
        <translation>Calcul impossible : {reasons}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Run scenario</source>
        <translation>Calculer le scénario</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>Run the challenge first.</source>
        <translation>Calculez d'abord le défi.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Run the challenge in the background</source>
        <translation>Calculer le défi en arrière-plan</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Running {title}…</source>
        <translation>Calcul de {title}…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_edit.py"/>
        <source>Scenario changes</source>
        <translation>Changements du scénario</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/component.py"/>
        <source>Show or hide the challenges: create one from a template, bind its layers, run it, read the results and try scenarios</source>
        <translation>Afficher ou masquer les défis : en créer un à partir d'un modèle, lier ses couches, le calculer, lire les résultats et essayer des scénarios</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/sites.py"/>
        <source>Site {step}: +{count} within reach</source>
        <translation>Site {step} : +{count} à portée</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/sites.py"/>
        <source>Site {step}: +{count} {what} within reach</source>
        <translation>Site {step} : +{count} {what} à portée</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>SlimStad challenge (*.slimstad.json *.json)</source>
        <translation>Défi SlimStad (*.slimstad.json *.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>SlimStad challenge (*.slimstad.json)</source>
        <translation>Défi SlimStad (*.slimstad.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>SlimStad: challenge {title}</source>
        <translation>SlimStad : défi {title}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Stop the run; nothing is changed</source>
        <translation>Arrêter le calcul ; rien n'est modifié</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>Suggest locations</source>
        <translation>Proposer des emplacements</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/sites.py"/>
        <source>Suggested locations</source>
        <translation>Emplacements proposés</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Sum of weights: {total}</source>
        <translation>Somme des poids : {total}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>Supply: {name}</source>
        <translation>Offre : {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>Take a layer of the shared catalogue for this role (it is added to the project)</source>
        <translation>Prendre une couche du catalogue partagé pour ce rôle (elle est ajoutée au projet)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Take back the last step</source>
        <translation>Annuler la dernière étape</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>The challenges of this project; choose one to work on</source>
        <translation>Les défis de ce projet ; choisissez-en un pour travailler</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>The field of that layer that holds the role's values</source>
        <translation>Le champ de cette couche qui contient les valeurs du rôle</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/sites.py"/>
        <source>The project has no point layers with facilities.</source>
        <translation>Le projet n'a pas de couche de points avec des équipements.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>The project layer that fills this role</source>
        <translation>La couche du projet qui remplit ce rôle</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>The project was closed during the run; its results were not added.</source>
        <translation>Le projet a été fermé pendant le calcul ; les résultats n'ont pas été ajoutés.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>The run was cancelled; nothing was changed.</source>
        <translation>Le calcul a été annulé ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>The steps of the scenario, in order</source>
        <translation>Les étapes du scénario, dans l'ordre</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>The templates shipped with SlimStad, ready to run on the sample city</source>
        <translation>Les modèles fournis avec SlimStad, prêts à calculer sur la ville d'exemple</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>The values per area unit after a run</source>
        <translation>Les valeurs par zone après un calcul</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/sites.py"/>
        <source>This challenge has no demand to cover.</source>
        <translation>Ce défi n'a pas de demande à couvrir.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_panel.py"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>Unknown role {key}.</source>
        <translation>Rôle inconnu {key}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Weight of this indicator in the priority map (the weights add up to 1)</source>
        <translation>Poids de cet indicateur dans la carte des priorités (les poids totalisent 1)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/priority.py"/>
        <source>Weighted priority of the challenge's indicators ({weights}).</source>
        <translation>Priorité pondérée des indicateurs du défi ({weights}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Weights in the priority map</source>
        <translation>Poids dans la carte des priorités</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Which layer and field fill each role</source>
        <translation>Quelle couche et quel champ remplissent chaque rôle</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>Which layer fills each role of the challenge; select a row for its field, filter and catalogue choice</source>
        <translation>Quelle couche remplit chaque rôle du défi ; sélectionnez une ligne pour son champ, son filtre et son choix dans le catalogue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>Width of the Gaussian decay (E2SFCA Gaussian only); 0 = half the distance</source>
        <translation>Largeur de la décroissance gaussienne (E2SFCA gaussien uniquement) ; 0 = la moitié de la distance</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>Write the chosen challenge to a .slimstad.json file</source>
        <translation>Écrire le défi choisi dans un fichier .slimstad.json</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_edit.py"/>
        <source>changed capacity</source>
        <translation>capacité modifiée</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_tool.py"/>
        <source>facility {fid}</source>
        <translation>équipement {fid}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>field {field} is missing in layer {layer}</source>
        <translation>le champ {field} manque dans la couche {layer}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>field {field} is not numeric ({type})</source>
        <translation>le champ {field} n'est pas numérique ({type})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>half the distance</source>
        <translation>la moitié de la distance</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>layer {layer} has no features</source>
        <translation>la couche {layer} n'a aucune entité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>min–max (0 to 1)</source>
        <translation>min–max (0 à 1)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_edit.py"/>
        <source>new facility</source>
        <translation>nouvel équipement</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>no field chosen</source>
        <translation>aucun champ choisi</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/priority.py"/>
        <source>no value</source>
        <translation>pas de valeur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/priority.py"/>
        <source>priority score</source>
        <translation>score de priorité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>rank</source>
        <translation>rang</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_edit.py"/>
        <source>removed facility</source>
        <translation>équipement retiré</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>the filter is not a valid expression: {error}</source>
        <translation>le filtre n'est pas une expression valide : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>the weights must add up to 1</source>
        <translation>la somme des poids doit valoir 1</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>within</source>
        <translation>à moins de</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/parameters.py"/>
        <source>z-score</source>
        <translation>score z</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>{count} area units have no residents and no value.</source>
        <translation>{count} zones n'ont pas d'habitants ni de valeur.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>{count} locations suggested; together they reach {share:.0%} of the demand.</source>
        <translation>{count} emplacements proposés ; ensemble ils atteignent {share:.0%} de la demande.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/sites_panel.py"/>
        <source>{count} multi-use sites found.</source>
        <translation>{count} sites à usage partagé trouvés.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>{count} of {total} area units have less than {value} {unit} (the city-wide value).</source>
        <translation>{count} zones sur {total} ont moins de {value} {unit} (la valeur de la ville).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>{count} of {total} area units have more than {value} {unit} (the city-wide value).</source>
        <translation>{count} zones sur {total} ont plus de {value} {unit} (la valeur de la ville).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_edit.py"/>
        <source>{name}: capacity becomes {new}</source>
        <translation>{name} : la capacité devient {new}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/scenario_edit.py"/>
        <source>{name}: capacity {old} → {new}</source>
        <translation>{name} : capacité {old} → {new}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/binding.py"/>
        <source>{sector} — {title} ({owner}; {checks})</source>
        <translation>{sector} — {title} ({owner} ; {checks})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/dock.py"/>
        <source>{title} (copy)</source>
        <translation>{title} (copie)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/results.py"/>
        <source>Δ scenario</source>
        <translation>Δ scénario</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/challenge/roles.py"/>
        <source>— choose a catalogue layer —</source>
        <translation>— choisir une couche du catalogue —</translation>
    </message>
</context>
<context>
    <name>SlimStadCli</name>
    <message>
        <location filename="../slimstad_plugin/cli/commands_catalog.py"/>
        <source>nothing checked: the catalogue could not be read</source>
        <translation>rien n'a été vérifié : le catalogue n'a pas pu être lu</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/cli/commands_catalog.py"/>
        <source>{checked}, {broken}</source>
        <translation>{checked}, {broken}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/cli/commands_catalog.py"/>
        <source>{n} broken</source>
        <translation>{n} en panne</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/cli/commands_catalog.py"/>
        <source>{n} entries checked</source>
        <translation>{n} entrées vérifiées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/cli/commands_catalog.py"/>
        <source>{n} entry checked</source>
        <translation>{n} entrée vérifiée</translation>
    </message>
</context>
<context>
    <name>SlimStadCrs</name>
    <message>
        <location filename="../slimstad_plugin/core/layers/crs_fit.py"/>
        <source>; they look like {crs}</source>
        <translation> ; elles ressemblent à {crs}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/crs_fit.py"/>
        <source>Layer {layer} declares {crs}, but its coordinates ({extent}) do not fit it; they look like {likely}. Set the layer's CRS to the one the data is in (Layer Properties &gt; Source) before analysing it.</source>
        <translation>La couche {layer} déclare {crs}, mais ses coordonnées ({extent}) ne lui correspondent pas ; elles ressemblent à {likely}. Donnez à la couche le SCR de ses données (Propriétés de la couche &gt; Source) avant de l'analyser.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/crs_fit.py"/>
        <source>Layer {layer} declares {crs}, but its coordinates ({extent}) lie outside the area that CRS is made for. Check the layer's CRS before analysing it.</source>
        <translation>La couche {layer} déclare {crs}, mais ses coordonnées ({extent}) sont hors de la zone pour laquelle ce SCR est fait. Vérifiez le SCR de la couche avant de l'analyser.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/crs_fit.py"/>
        <source>The coordinates of {name} ({extent}) are not coordinates of {crs}, the CRS of the area units{likely}.</source>
        <translation>Les coordonnées de {name} ({extent}) ne sont pas des coordonnées en {crs}, le SCR des unités territoriales{likely}.</translation>
    </message>
</context>
<context>
    <name>SlimStadDemo</name>
    <message>
        <location filename="../slimstad_plugin/core/demo/steps.py"/>
        <source>The demo would replace files it did not write (or that were changed since) in {folder}: {names}; choose an empty folder.</source>
        <translation>La démo remplacerait dans {folder} des fichiers qu'elle n'a pas écrits (ou modifiés depuis) : {names} ; choisissez un dossier vide.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/demo/steps.py"/>
        <source>{path} is not a folder.</source>
        <translation>{path} n'est pas un dossier.</translation>
    </message>
</context>
<context>
    <name>SlimStadFiles</name>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>Cannot write the project {path}: {error}</source>
        <translation>Impossible d'écrire le projet {path} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>Cannot write to {path}: {error}</source>
        <translation>Impossible d'écrire dans {path} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>Cannot write {layers} into {path}: {error}</source>
        <translation>Impossible d'écrire {layers} dans {path} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>Cannot write {path}: {error}</source>
        <translation>Impossible d'écrire {path} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>Nothing was written to {path}.</source>
        <translation>Rien n'a été écrit dans {path}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>The output {output} is one of the inputs ({input}); choose another file.</source>
        <translation>La sortie {output} est l'une des entrées ({input}) ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>{layer} was not written completely to {path} ({found} of {expected} rows; is the disk full?); the file is not changed.</source>
        <translation>{layer} n'a pas été écrit entièrement dans {path} ({found} sur {expected} lignes ; le disque est-il plein ?) ; le fichier n'est pas modifié.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>{path} exists and is not a GeoPackage; it is not overwritten.</source>
        <translation>{path} existe et n'est pas un GeoPackage ; il n'est pas écrasé.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>{path} exists and is not a QGIS project; it is not overwritten.</source>
        <translation>{path} existe et n'est pas un projet QGIS ; il n'est pas écrasé.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>{path} exists and is not a text file (it holds data such as a GeoPackage); it is not overwritten.</source>
        <translation>{path} existe et n'est pas un fichier texte (il contient des données comme un GeoPackage) ; il n'est pas écrasé.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>{path} is in use by another program; try again or choose another file.</source>
        <translation>{path} est utilisé par un autre programme ; réessayez ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>{path} is not a GeoPackage; it is not changed.</source>
        <translation>{path} n'est pas un GeoPackage ; il n'est pas modifié.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>{path}: a QGIS project file ends in .qgs or .qgz; nothing was written.</source>
        <translation>{path} : un fichier de projet QGIS se termine par .qgs ou .qgz ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/files.py"/>
        <source>{path}: the folder {folder} does not exist.</source>
        <translation>{path} : le dossier {folder} n'existe pas.</translation>
    </message>
</context>
<context>
    <name>SlimStadHarvest</name>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>A CSW is an http(s) address, not {source}</source>
        <translation>Un CSW est une adresse http(s), pas {source}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>A DCAT-AP export is a .ttl, .rdf or .jsonld file, not {path}</source>
        <translation>Un export DCAT-AP est un fichier .ttl, .rdf ou .jsonld, pas {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>An ISO 19139 export goes into a folder; {path} is a file</source>
        <translation>Un export ISO 19139 va dans un dossier ; {path} est un fichier</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/fetch.py"/>
        <source>Cannot read {path}: {error}</source>
        <translation>Impossible de lire {path} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>Cannot write {path}: {error}</source>
        <translation>Impossible d'écrire {path} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/fetch.py"/>
        <source>File {path} does not exist</source>
        <translation>Le fichier {path} n'existe pas</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>Nothing was exported: {path} would contain a credential ({what})</source>
        <translation>Rien n'a été exporté : {path} contiendrait un identifiant secret ({what})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/rdf.py"/>
        <source>Reading and writing DCAT needs the rdflib library, which is missing from this SlimStad installation ({error}): reinstall the plugin from its zip</source>
        <translation>Lire et écrire du DCAT nécessite la bibliothèque rdflib, absente de cette installation de SlimStad ({error}) : réinstallez l'extension depuis son zip</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>The GetRecords answer of {url}</source>
        <translation>La réponse GetRecords de {url}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>The export would overwrite the catalogue itself ({path})</source>
        <translation>L'export écraserait le catalogue lui-même ({path})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>Unknown export format '{format}' (dcat-ap-vl or iso19139)</source>
        <translation>Format d'export inconnu '{format}' (dcat-ap-vl ou iso19139)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>Unknown kind of source '{kind}' (csw or dcat)</source>
        <translation>Type de source inconnu '{kind}' (csw ou dcat)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>dataset {n}</source>
        <translation>jeu de données {n}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>duplicate identifier</source>
        <translation>identifiant en double</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>identifier {identifier} (id {id}) was already harvested from {first}</source>
        <translation>l'identifiant {identifier} (id {id}) a déjà été moissonné depuis {first}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>invalid after mapping</source>
        <translation>invalide après conversion</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>licence is not open</source>
        <translation>la licence n'est pas ouverte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/dcat_read.py"/>
        <source>near line {line}</source>
        <translation>vers la ligne {line}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/links.py"/>
        <source>not a WFS, WMS, WMTS, OGC API Features service or GeoPackage/GeoJSON download</source>
        <translation>ni service WFS, WMS, WMTS ou OGC API Features, ni téléchargement GeoPackage ou GeoJSON</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>not a dataset</source>
        <translation>pas un jeu de données</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>not an ISO 19139 record ({tag})</source>
        <translation>pas une fiche ISO 19139 ({tag})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/links.py"/>
        <source>not an http(s) address</source>
        <translation>pas une adresse http(s)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>record {n}</source>
        <translation>fiche {n}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>stopped after {n} of {matched} records (the limit)</source>
        <translation>arrêté après {n} fiches sur {matched} (la limite)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>stopped at the total time limit of {s} s after {n} records</source>
        <translation>arrêté à la limite de temps totale de {s} s après {n} fiches</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/dcat_read.py"/>
        <source>the document cannot be read as this format</source>
        <translation>le document ne peut pas être lu dans ce format</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/record.py"/>
        <source>the record describes a {kind}, not a dataset</source>
        <translation>la fiche décrit un {kind}, pas un jeu de données</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/record.py"/>
        <source>the record has no identifier</source>
        <translation>la fiche n'a pas d'identifiant</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/record.py"/>
        <source>the record has no online resource</source>
        <translation>la fiche n'a pas de ressource en ligne</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>the server announced {matched} records but returned {n}</source>
        <translation>le serveur annonçait {matched} fiches mais en a renvoyé {n}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>the server's nextRecord ({next}) did not advance past {start}: paging stopped</source>
        <translation>le nextRecord du serveur ({next}) n'a pas dépassé {start} : pagination arrêtée</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>without a usable online resource</source>
        <translation>sans ressource en ligne utilisable</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>without identifier</source>
        <translation>sans identifiant</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>wrote {entries} to {out} ({files})</source>
        <translation>écrit dans {out} : {entries} ({files})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/links.py"/>
        <source>{kind} without a layer name</source>
        <translation>{kind} sans nom de couche</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/dcat_read.py"/>
        <source>{name} is a web page (HTML), not a CSW service or a DCAT file</source>
        <translation>{name} est une page web (HTML), pas un service CSW ni un fichier DCAT</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/fetch.py"/>
        <source>{name} is empty</source>
        <translation>{name} est vide</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/dcat_read.py"/>
        <source>{name} is not valid {format}: {error}</source>
        <translation>{name} n'est pas du {format} valide : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/fetch.py"/>
        <source>{name} is not well-formed XML (line {line}, column {column})</source>
        <translation>{name} n'est pas du XML bien formé (ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/dcat_read.py"/>
        <source>{name} refers to more than {n} remote JSON-LD contexts</source>
        <translation>{name} fait référence à plus de {n} contextes JSON-LD distants</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>{n} entries</source>
        <translation>{n} entrées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>{n} entry</source>
        <translation>{n} entrée</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>{n} file</source>
        <translation>{n} fichier</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>{n} files</source>
        <translation>{n} fichiers</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>{n} left out</source>
        <translation>{n} omises</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/publish.py"/>
        <source>{n} without a distribution (local source)</source>
        <translation>{n} sans distribution (source locale)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/fetch.py"/>
        <source>{path} is larger than {mb} MB: not a metadata document</source>
        <translation>{path} dépasse {mb} Mo : pas un document de métadonnées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>{source} holds no dcat:Dataset: is it a DCAT-AP catalogue?</source>
        <translation>{source} ne contient aucun dcat:Dataset : est-ce bien un catalogue DCAT-AP ?</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>{source}: {records} records read, {entries} entries, {skipped} skipped</source>
        <translation>{source} : {records} fiches lues, {entries} entrées, {skipped} ignorées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>{url} answered GetRecords with a web page (HTML)</source>
        <translation>{url} a répondu à GetRecords par une page web (HTML)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>{url} did not answer GetRecords with search results ({tag})</source>
        <translation>{url} n'a pas répondu à GetRecords par des résultats de recherche ({tag})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/harvest.py"/>
        <source>{url} is a web page (HTML), not a CSW service or a DCAT file</source>
        <translation>{url} est une page web (HTML), pas un service CSW ni un fichier DCAT</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>{url} is not a CSW 2.0.2 service (it answered with {tag})</source>
        <translation>{url} n'est pas un service CSW 2.0.2 (la réponse était {tag})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>{url} offers GetRecords only by POST, which SlimStad cannot send yet</source>
        <translation>{url} n'offre GetRecords que par POST, que SlimStad ne sait pas encore envoyer</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>{url} refused GetCapabilities: {message}</source>
        <translation>{url} a refusé GetCapabilities : {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/csw.py"/>
        <source>{url} refused GetRecords: {message}</source>
        <translation>{url} a refusé GetRecords : {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/catalogue/standards/fetch.py"/>
        <source>{url} sent more than {mb} MB: not a metadata document</source>
        <translation>{url} a envoyé plus de {mb} Mo : pas un document de métadonnées</translation>
    </message>
</context>
<context>
    <name>SlimStadHarvestDialog</name>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Add to</source>
        <translation>Ajouter à</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Add to the catalogue</source>
        <translation>Ajouter au catalogue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>CSW 2.0.2 (ISO 19139 records)</source>
        <translation>CSW 2.0.2 (fiches ISO 19139)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>CSW address (https://…/csw) or a DCAT-AP file or address</source>
        <translation>Adresse CSW (https://…/csw) ou un fichier ou une adresse DCAT-AP</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Cancel search</source>
        <translation>Annuler la recherche</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Check all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Check at least one entry.</source>
        <translation>Cochez au moins une entrée.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Check none</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Choose a catalogue and where to write.</source>
        <translation>Choisissez un catalogue et où écrire.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Choose the catalogue to add to.</source>
        <translation>Choisissez le catalogue auquel ajouter.</translation>
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
        <translation>Fichier DCAT-AP</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Dataset URIs start with</source>
        <translation>Les URI des jeux de données commencent par</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>File…</source>
        <translation>Fichier…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Folder for the ISO 19139 records</source>
        <translation>Dossier pour les fiches ISO 19139</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Give a CSW address or a DCAT-AP file or address.</source>
        <translation>Indiquez une adresse CSW ou un fichier ou une adresse DCAT-AP.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Harvest from a metadata catalogue</source>
        <translation>Moissonner un catalogue de métadonnées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Harvesting {source}</source>
        <translation>Moissonnage de {source}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>ISO 19139, one XML file per entry (folder)</source>
        <translation>ISO 19139, un fichier XML par entrée (dossier)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>In the catalogue</source>
        <translation>Dans le catalogue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>New catalogue file</source>
        <translation>Nouveau fichier de catalogue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>New catalogue file…</source>
        <translation>Nouveau fichier de catalogue…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Only entries with an open licence</source>
        <translation>Seulement les entrées sous licence ouverte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Publish as DCAT-AP / ISO</source>
        <translation>Publier en DCAT-AP / ISO</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Publishing canceled.</source>
        <translation>Publication annulée.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Publishing {catalogue}</source>
        <translation>Publication de {catalogue}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Publishing…</source>
        <translation>Publication en cours…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>RDF (*.ttl *.rdf *.xml *.jsonld *.json)</source>
        <translation>RDF (*.ttl *.rdf *.xml *.jsonld *.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Recognise automatically</source>
        <translation>Reconnaître automatiquement</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Search canceled: nothing was added.</source>
        <translation>Recherche annulée : rien n'a été ajouté.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Searching {source}…</source>
        <translation>Recherche dans {source}…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>SlimStad catalogue (*.json)</source>
        <translation>Catalogue SlimStad (*.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>Words the records must contain (empty: all)</source>
        <translation>Mots que les fiches doivent contenir (vide : toutes)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/publish_dialog.py"/>
        <source>Write to</source>
        <translation>Écrire dans</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>{added} added, {updated} updated, {unchanged} unchanged in {path}</source>
        <translation>{added} ajoutées, {updated} mises à jour, {unchanged} inchangées dans {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/catalogue/harvest_dialog.py"/>
        <source>… and {n} more skipped</source>
        <translation>… et {n} autres ignorées</translation>
    </message>
</context>
<context>
    <name>SlimStadHelp</name>
    <message>
        <location filename="../slimstad_plugin/gui/help.py"/>
        <source>Help: open the page about this panel (installed with SlimStad, works offline)</source>
        <translation>Aide : ouvrir la page sur ce panneau (installée avec SlimStad, fonctionne hors ligne)</translation>
    </message>
</context>
<context>
    <name>SlimStadLocations</name>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>A grid spacing of {s} gives more than {n} candidates: use a larger spacing</source>
        <translation>Un pas de grille de {s} donne plus de {n} candidats : utilisez un pas plus grand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>Ask for at least one new location</source>
        <translation>Demandez au moins un nouvel emplacement</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>Demand values must be zero or positive numbers</source>
        <translation>Les valeurs de demande doivent être nulles ou positives</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>Give one demand value per demand point</source>
        <translation>Donnez une valeur de demande par point de demande</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>Only {k} of {n} locations add demand: every reachable demand is covered</source>
        <translation>Seuls {k} des {n} emplacements ajoutent de la demande : toute la demande atteignable est couverte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>The coverage distance must be larger than 0</source>
        <translation>La distance de couverture doit être supérieure à 0</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>The demand layer has no features</source>
        <translation>La couche de demande ne contient aucune entité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>The grid spacing must be larger than 0</source>
        <translation>Le pas de la grille doit être supérieur à 0</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>The study area is empty</source>
        <translation>La zone d'étude est vide</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>There are no candidate locations</source>
        <translation>Il n'y a aucun emplacement candidat</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/location_suggestions.py"/>
        <source>{n} new locations asked but only {m} candidates available</source>
        <translation>{n} nouveaux emplacements demandés mais seulement {m} candidats disponibles</translation>
    </message>
</context>
<context>
    <name>SlimStadMaps</name>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>(and {n} more file)</source>
        <translation>(et {n} autre fichier)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>(and {n} more files)</source>
        <translation>(et {n} autres fichiers)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>(current map)</source>
        <translation>(carte actuelle)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>A3 landscape</source>
        <translation>A3 paysage</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>A3 portrait</source>
        <translation>A3 portrait</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>A4 landscape</source>
        <translation>A4 paysage</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>Atlas page {number} cannot be prepared.</source>
        <translation>La page d'atlas {number} ne peut pas être préparée.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Atlas per area of</source>
        <translation>Atlas par zone de</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/background.py"/>
        <source>Background</source>
        <translation>Arrière-plan</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>Cannot write to {path}.</source>
        <translation>Impossible d'écrire dans {path}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>Cannot write to {path}: permission denied.</source>
        <translation>Impossible d'écrire dans {path} : permission refusée.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>Cannot write to {path}: {error}</source>
        <translation>Impossible d'écrire dans {path} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>Challenge {challenge}, method {method}</source>
        <translation>Défi {challenge}, méthode {method}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py"/>
        <source>Challenge {id} has no {language} text for: {texts}; another language is printed there.</source>
        <translation>Le défi {id} n'a pas de texte en langue {language} pour : {texts} ; une autre langue y est imprimée.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Check the choices, then write the map in the background</source>
        <translation>Vérifier les choix, puis écrire la carte en arrière-plan</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Checking the web layers of the planning map</source>
        <translation>Vérification des couches web de la carte de planification</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Checking {count} web layer(s)…</source>
        <translation>Vérification de {count} couche(s) web…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Choose an output file.</source>
        <translation>Choisissez un fichier de sortie.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/overview.py"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Close without making a map</source>
        <translation>Fermer sans faire de carte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Exporting planning map {name}</source>
        <translation>Export de la carte de planification {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>Exporting {path} failed: {detail}</source>
        <translation>L'export de {path} a échoué : {detail}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Fill title, legend, table and sources from a challenge's results, or print the current map</source>
        <translation>Remplir titre, légende, tableau et sources à partir des résultats d'un défi, ou imprimer la carte actuelle</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>INTERNAL - not for publication</source>
        <translation>INTERNE - ne pas publier</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py"/>
        <source>Indicative planning map: no rights can be derived from it.</source>
        <translation>Carte de planification indicative : aucun droit ne peut en être dérivé.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Language of the texts on the map</source>
        <translation>Langue des textes sur la carte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/legend.py"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/legend.py"/>
        <source>Legend (continued)</source>
        <translation>Légende (suite)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/legend.py"/>
        <source>Legend: on the next page</source>
        <translation>Légende : à la page suivante</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>Made with {tool}.</source>
        <translation>Réalisé avec {tool}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Make a PDF, PNG or SVG planning map of the current map or a challenge, with its sources printed</source>
        <translation>Faire une carte de planification PDF, PNG ou SVG de la carte actuelle ou d'un défi, avec ses sources imprimées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>No atlas (one map)</source>
        <translation>Pas d'atlas (une seule carte)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py"/>
        <source>No results of challenge {id} in {path}: run the challenge first.</source>
        <translation>Aucun résultat du défi {id} dans {path} : exécutez d'abord le défi.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>No units here</source>
        <translation>Aucune zone ici</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>Not all licences known - check before publishing</source>
        <translation>Toutes les licences ne sont pas connues - vérifier avant publication</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py"/>
        <source>Not drawn because the data could not be read: {layers}.</source>
        <translation>Non dessiné car les données n'ont pas pu être lues : {layers}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py"/>
        <source>Not drawn: the web service of {layer} did not answer ({reason}); the map was made without it.</source>
        <translation>Non dessinée : le service web de {layer} n'a pas répondu ({reason}) ; la carte a été faite sans elle.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>Not enough memory to export {path}: lower the resolution.</source>
        <translation>Mémoire insuffisante pour exporter {path} : réduisez la résolution.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>One page per area of this layer (no atlas: one map)</source>
        <translation>Une page par zone de cette couche (pas d'atlas : une seule carte)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Paper size and orientation of the map</source>
        <translation>Format et orientation du papier de la carte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py"/>
        <source>Planning map</source>
        <translation>Carte de planification</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Planning map written: {name}</source>
        <translation>Carte de planification écrite : {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Planning map…</source>
        <translation>Carte de planification…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Preview: press "Preview"</source>
        <translation>Aperçu : appuyez sur « Aperçu »</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Print internal or restricted sources (the map is marked internal)</source>
        <translation>Imprimer les sources internes ou restreintes (la carte est marquée interne)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Resolution (dpi)</source>
        <translation>Résolution (dpi)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Resolution of images in the output, in dots per inch</source>
        <translation>Résolution des images dans la sortie, en points par pouce</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Second line under the title (default: the challenge's question)</source>
        <translation>Deuxième ligne sous le titre (par défaut : la question du défi)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Show the first page as it will be printed</source>
        <translation>Montrer la première page telle qu'elle sera imprimée</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py"/>
        <source>SlimStad challenge {id}</source>
        <translation>Défi SlimStad {id}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>SlimStad {version}</source>
        <translation>SlimStad {version}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/texts.py"/>
        <source>Sources (continued)</source>
        <translation>Sources (suite)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/overview.py"/>
        <source>Surroundings</source>
        <translation>Environs</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/templates.py"/>
        <source>Template {path} could not be used ({problem}); the built-in {name} layout was used instead.</source>
        <translation>Le modèle {path} n'a pas pu être utilisé ({problem}) ; la mise en page intégrée {name} a été utilisée.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>The area of this page with the highest {indicator}; its number is on the map.</source>
        <translation>La zone de cette page avec la valeur la plus élevée de {indicator} ; son numéro figure sur la carte.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>The area of this page with the lowest {indicator}; its number is on the map.</source>
        <translation>La zone de cette page avec la valeur la plus basse de {indicator} ; son numéro figure sur la carte.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>The area with the highest {indicator}; its number is on the map.</source>
        <translation>La zone avec la valeur la plus élevée de {indicator} ; son numéro figure sur la carte.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>The area with the lowest {indicator}; its number is on the map.</source>
        <translation>La zone avec la valeur la plus basse de {indicator} ; son numéro figure sur la carte.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>The atlas has no pages to export.</source>
        <translation>L'atlas n'a aucune page à exporter.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/atlas.py"/>
        <source>The atlas layer cannot be read.</source>
        <translation>La couche d'atlas ne peut pas être lue.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/atlas.py"/>
        <source>The atlas layer {layer} has no areas (polygons).</source>
        <translation>La couche d'atlas {layer} ne contient pas de zones (polygones).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/atlas.py"/>
        <source>The atlas layer {layer} has no field {field}.</source>
        <translation>La couche d'atlas {layer} n'a pas de champ {field}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/atlas.py"/>
        <source>The atlas layer {layer} is empty: there are no pages to print.</source>
        <translation>La couche d'atlas {layer} est vide : il n'y a aucune page à imprimer.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/background.py"/>
        <source>The background layer {source} cannot be read.</source>
        <translation>La couche d'arrière-plan {source} ne peut pas être lue.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/web_layers.py"/>
        <source>The check of the web layers was cancelled.</source>
        <translation>La vérification des couches web a été annulée.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>The export was cancelled.</source>
        <translation>L'export a été annulé.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L'export a été annulé ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>The exporter produced no file in {folder}.</source>
        <translation>L'export n'a produit aucun fichier dans {folder}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>The file to write: .pdf, .png or .svg</source>
        <translation>Le fichier à écrire : .pdf, .png ou .svg</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>The first page of the map</source>
        <translation>La première page de la carte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/request_check.py"/>
        <source>The layer {layer} has no field {field} ({option}); its fields: {fields}.</source>
        <translation>La couche {layer} n'a pas de champ {field} ({option}) ; ses champs : {fields}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py"/>
        <source>The legend has {total} entries: it continues on {pages} extra page(s).</source>
        <translation>La légende compte {total} entrées : elle continue sur {pages} page(s) supplémentaire(s).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/legend.py"/>
        <source>The legend shows {shown} of {total} entries and does not fit even on {pages} extra pages; left out: {detail}.</source>
        <translation>La légende montre {shown} des {total} entrées et ne tient pas même sur {pages} pages supplémentaires ; omis : {detail}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/request_check.py"/>
        <source>The number of table rows (--top) must be from {low} to {high}, not {value}.</source>
        <translation>Le nombre de lignes du tableau (--top) doit être de {low} à {high}, pas {value}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/overview.py"/>
        <source>The overview outlines {path} cannot be read as a polygon layer; a derived surrounding band is shown instead.</source>
        <translation>Les contours de la carte de situation {path} ne peuvent pas être lus comme couche de polygones ; une zone dérivée autour de la ville est montrée à la place.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py"/>
        <source>The project has no challenge {id} (challenges: {known}).</source>
        <translation>Le projet n'a pas de défi {id} (défis : {known}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/request_check.py"/>
        <source>The resolution (--dpi) must be a whole number from {low} to {high} dpi, not {value}.</source>
        <translation>La résolution (--dpi) doit être un nombre entier de {low} à {high} dpi, pas {value}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py"/>
        <source>The result layer {name} cannot be read from {path}.</source>
        <translation>La couche de résultats {name} ne peut pas être lue depuis {path}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>The table lists {rows} areas instead of {asked}: more rows do not fit the page; only the listed areas are numbered on the map.</source>
        <translation>Le tableau liste {rows} zones au lieu de {asked} : plus de lignes ne tiennent pas sur la page ; seules les zones listées sont numérotées sur la carte.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/request_check.py"/>
        <source>The template file (--template-file) {path} does not exist.</source>
        <translation>Le fichier de modèle (--template-file) {path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>The web layers are still being checked; please wait.</source>
        <translation>Les couches web sont encore en cours de vérification ; veuillez patienter.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/web_layers.py"/>
        <source>The web service of {layers} stopped answering during the export (no answer within {seconds:.0f} s).</source>
        <translation>Le service web de {layers} a cessé de répondre pendant l'export (pas de réponse dans les {seconds:.0f} s).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>The {count} areas of this page with the highest {indicator}; their numbers are on the map.</source>
        <translation>Les {count} zones de cette page avec la valeur la plus élevée de {indicator} ; leurs numéros figurent sur la carte.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>The {count} areas of this page with the lowest {indicator}; their numbers are on the map.</source>
        <translation>Les {count} zones de cette page avec la valeur la plus basse de {indicator} ; leurs numéros figurent sur la carte.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>The {count} areas with the highest {indicator}; their numbers are on the map.</source>
        <translation>Les {count} zones avec la valeur la plus élevée de {indicator} ; leurs numéros figurent sur la carte.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>The {count} areas with the lowest {indicator}; their numbers are on the map.</source>
        <translation>Les {count} zones avec la valeur la plus basse de {indicator} ; leurs numéros figurent sur la carte.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py"/>
        <source>There is no layer to put on the map: check the layers or the project.</source>
        <translation>Aucune couche à mettre sur la carte : vérifiez les couches ou le projet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/layout_builder.py"/>
        <source>These layers are internal or restricted: {layers}. Allow restricted sources explicitly to make a map marked internal.</source>
        <translation>Ces couches sont internes ou restreintes : {layers}. Autorisez explicitement les sources restreintes pour produire une carte marquée interne.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Title (default: the challenge's title)</source>
        <translation>Titre (par défaut : le titre du défi)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Title printed on the map</source>
        <translation>Titre imprimé sur la carte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Unexpected problem ({error}); the details are in the SlimStad log.</source>
        <translation>Problème inattendu ({error}) ; les détails se trouvent dans le journal de SlimStad.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/request_check.py"/>
        <source>Unknown map language (--language) {code}; available: {codes}.</source>
        <translation>Langue de carte inconnue (--language) {code} ; disponibles : {codes}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/request_check.py"/>
        <source>Unknown template (--template) {name}; available templates: {names}.</source>
        <translation>Modèle inconnu (--template) {name} ; modèles disponibles : {names}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>Unsupported output {path}: use a .pdf, .png or .svg file name.</source>
        <translation>Sortie non prise en charge {path} : utilisez un nom de fichier .pdf, .png ou .svg.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/maps/planning_map_dialog.py"/>
        <source>Without this, a map that shows internal or restricted data is refused</source>
        <translation>Sans cela, une carte qui montre des données internes ou restreintes est refusée</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>accessibility (catchment)</source>
        <translation>accessibilité (zone de desserte)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>area within reach</source>
        <translation>surface à portée</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py"/>
        <source>derived from the listed sources</source>
        <translation>dérivé des sources citées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>distance to the nearest</source>
        <translation>distance au plus proche</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/templates.py"/>
        <source>file cannot be read</source>
        <translation>fichier illisible</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/templates.py"/>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py"/>
        <source>indicator title</source>
        <translation>titre de l'indicateur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>licence unknown</source>
        <translation>licence inconnue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/web_layers.py"/>
        <source>no answer within {seconds:.0f} s</source>
        <translation>pas de réponse en {seconds:.0f} s</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/templates.py"/>
        <source>no map item with id "main_map"</source>
        <translation>aucun élément carte avec l'identifiant "main_map"</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/templates.py"/>
        <source>not a valid layout template</source>
        <translation>modèle de mise en page non valide</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>overlay</source>
        <translation>superposition</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>owner unknown</source>
        <translation>propriétaire inconnu</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>per {count}</source>
        <translation>pour {count}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>ratio</source>
        <translation>rapport</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>restricted</source>
        <translation>restreinte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>share within reach</source>
        <translation>part à portée</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>sum</source>
        <translation>somme</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/web_layers.py"/>
        <source>the layer cannot be read</source>
        <translation>la couche ne peut pas être lue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/web_layers.py"/>
        <source>the service returned nothing for this area</source>
        <translation>le service n'a rien renvoyé pour cette zone</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/challenge_map.py"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>update date unknown</source>
        <translation>date de mise à jour inconnue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>updated {date}</source>
        <translation>mis à jour le {date}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>within {distance} m</source>
        <translation>dans un rayon de {distance} m</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/export.py"/>
        <source>{count} files already exist in {folder} ({names}); nothing was written. Choose another name or folder, or allow replacing them.</source>
        <translation>{count} fichiers existent déjà dans {folder} ({names}) ; rien n'a été écrit. Choisissez un autre nom ou dossier, ou autorisez leur remplacement.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>{layer} (background, not in the legend)</source>
        <translation>{layer} (fond de carte, hors légende)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/legend.py"/>
        <source>{layer} (continued)</source>
        <translation>{layer} (suite)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/sources_block.py"/>
        <source>{layer}: source unknown</source>
        <translation>{layer} : source inconnue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/legend.py"/>
        <source>{layer}: {count} entries</source>
        <translation>{layer} : {count} entrées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>{tied} areas have {value}; the {count} with the most {need} are listed.</source>
        <translation>{tied} zones ont {value} ; les {count} avec le plus de {need} sont listées.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/maps/table.py"/>
        <source>{tied} areas have {value}; {count} of them are listed.</source>
        <translation>{tied} zones ont {value} ; {count} d'entre elles sont listées.</translation>
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
        <translation>Créer la ville d'exemple</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sample_city_action.py"/>
        <source>Create sample city…</source>
        <translation>Créer la ville d'exemple…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sample_city_action.py"/>
        <source>Create the fictional city Voorbeeldstad in your data folder and open it: the layers of the sample catalogue, styled and grouped by sector</source>
        <translation>Créer la ville fictive Voorbeeldstad dans votre dossier de données et l'ouvrir : les couches du catalogue d'exemple, stylées et groupées par secteur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/dependencies.py"/>
        <source>Install them (for example {command}) and restart QGIS.</source>
        <translation>Installez-les (par exemple {command}) et redémarrez QGIS.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sample_city_action.py"/>
        <source>Sample city created in {folder}; the Shared data catalogue reads its layers there.</source>
        <translation>Ville d'exemple créée dans {folder} ; le catalogue Données partagées y lit ses couches.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sample_city_action.py"/>
        <source>Sample city opened from {folder}.</source>
        <translation>Ville d'exemple ouverte depuis {folder}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/plugin.py"/>
        <source>SlimStad</source>
        <translation>SlimStad</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/dependencies.py"/>
        <source>SlimStad needs these Python packages in QGIS's Python: {packages}.</source>
        <translation>SlimStad a besoin de ces paquets Python dans le Python de QGIS : {packages}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sample_city_action.py"/>
        <source>SlimStad: sample city in {folder}</source>
        <translation>SlimStad : ville d'exemple dans {folder}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sample_city_action.py"/>
        <source>The current project has unsaved changes. Save them before the sample city opens?</source>
        <translation>Le projet actuel a des modifications non enregistrées. Les enregistrer avant d'ouvrir la ville d'exemple ?</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sample_city_action.py"/>
        <source>The sample city was not created.</source>
        <translation>La ville d'exemple n'a pas été créée.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/dependencies.py"/>
        <source>This Python is managed by the system (Debian 12, Ubuntu 23.04 or later) and its own python3-shapely is too old. Install them for your user: {user_command} — or in a virtual environment: {venv_command} and start QGIS with PYTHONPATH={site}. Then restart QGIS.</source>
        <translation>Ce Python est géré par le système (Debian 12, Ubuntu 23.04 ou plus récent) et son propre python3-shapely est trop ancien. Installez-les pour votre utilisateur : {user_command} — ou dans un environnement virtuel : {venv_command} et démarrez QGIS avec PYTHONPATH={site}. Redémarrez ensuite QGIS.</translation>
    </message>
</context>
<context>
    <name>SlimStadMessages</name>
    <message>
        <location filename="../slimstad_plugin/gui/message_area.py"/>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/message_area.py"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/message_area.py"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/message_area.py"/>
        <source>Open {path} in the program that shows this kind of file</source>
        <translation>Ouvrir {path} dans le programme qui affiche ce type de fichier</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/message_area.py"/>
        <source>Show the folder {path}</source>
        <translation>Afficher le dossier {path}</translation>
    </message>
</context>
<context>
    <name>SlimStadMultiUse</name>
    <message>
        <location filename="../slimstad_plugin/core/analysis/multi_use.py"/>
        <source>Give one sector per facility</source>
        <translation>Donnez un secteur par équipement</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/multi_use.py"/>
        <source>Only {n} sector(s) in the input: no cluster can combine {m}</source>
        <translation>Seulement {n} secteur(s) en entrée : aucun groupe ne peut en combiner {m}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/multi_use.py"/>
        <source>Some facilities have no valid location</source>
        <translation>Certains équipements n'ont pas d'emplacement valide</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/multi_use.py"/>
        <source>The distance must be larger than 0</source>
        <translation>La distance doit être supérieure à 0</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/multi_use.py"/>
        <source>The facility layers have no features</source>
        <translation>Les couches d'équipements ne contiennent aucune entité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/multi_use.py"/>
        <source>The minimum number of sectors must be at least 1</source>
        <translation>Le nombre minimal de secteurs doit être d'au moins 1</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/multi_use.py"/>
        <source>Write the sector mapping as layer=sector pairs: '{p}'</source>
        <translation>Écrivez la correspondance des secteurs sous forme de paires couche=secteur : '{p}'</translation>
    </message>
</context>
<context>
    <name>SlimStadNetwork</name>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>Access refused by {url} (HTTP {status}): check the credentials</source>
        <translation>Accès refusé par {url} (HTTP {status}) : vérifiez les identifiants</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>Cannot reach {host}: {error} a moment ago; not tried again until {time}</source>
        <translation>Impossible d'atteindre {host} : {error} il y a un instant ; pas de nouvel essai avant {time}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>Cannot reach {url}: {error}</source>
        <translation>Impossible d'atteindre {url} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>No answer from {url} within {seconds} s</source>
        <translation>Pas de réponse de {url} dans les {seconds} s</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>No complete answer from {url} within {seconds} s (timed out after {received} bytes)</source>
        <translation>Pas de réponse complète de {url} dans les {seconds} s (interrompu après {received} octets)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>Only http and https addresses can be fetched: {url}</source>
        <translation>Seules les adresses http et https peuvent être récupérées : {url}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>Request to {url} failed: {error}</source>
        <translation>La requête vers {url} a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>The answer of {url} is too large: more than {mb} MB (the limit in the SlimStad settings); stopped</source>
        <translation>La réponse de {url} est trop volumineuse : plus de {mb} Mo (la limite des paramètres SlimStad) ; arrêtée</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>The answer of {url} was cut off: {received} of {expected} bytes arrived</source>
        <translation>La réponse de {url} a été coupée : {received} octets reçus sur {expected}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>The authentication configuration for {url} could not be applied</source>
        <translation>La configuration d'authentification pour {url} n'a pas pu être appliquée</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/answers.py"/>
        <source>an XML answer instead of JSON</source>
        <translation>une réponse XML au lieu de JSON</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>no HTTP answer</source>
        <translation>pas de réponse HTTP</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>no connection within {seconds} s</source>
        <translation>pas de connexion dans les {seconds} s</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/answers.py"/>
        <source>{name}: the answer is JSON, not {what}</source>
        <translation>{name} : la réponse est du JSON, pas {what}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/answers.py"/>
        <source>{name}: the answer is not {what} (it holds: {keys})</source>
        <translation>{name} : la réponse n'est pas {what} (elle contient : {keys})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/answers.py"/>
        <source>{name}: the answer is not {what} (root element {tag})</source>
        <translation>{name} : la réponse n'est pas {what} (élément racine {tag})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/answers.py"/>
        <source>{name}: the service answered a web page instead of {what}: {page}</source>
        <translation>{name} : le service a répondu par une page web au lieu de {what} : {page}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/answers.py"/>
        <source>{name}: the service reports an error: {message}</source>
        <translation>{name} : le service signale une erreur : {message}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/answers.py"/>
        <source>{name}: the service sent an empty answer instead of {what}</source>
        <translation>{name} : le service a envoyé une réponse vide au lieu de {what}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/answers.py"/>
        <source>{name}: {what} is not valid JSON ({error})</source>
        <translation>{name} : {what} n'est pas du JSON valide ({error})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/answers.py"/>
        <source>{name}: {what} is not valid XML ({error})</source>
        <translation>{name} : {what} n'est pas du XML valide ({error})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>{url} answered HTTP {status}</source>
        <translation>{url} a répondu HTTP {status}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>{url} redirects in a loop</source>
        <translation>{url} redirige en boucle</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/network.py"/>
        <source>{url}: more than {n} redirects</source>
        <translation>{url} : plus de {n} redirections</translation>
    </message>
</context>
<context>
    <name>SlimStadPriority</name>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>At least one weight must be larger than zero</source>
        <translation>Au moins un poids doit être supérieur à zéro</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Choose at least one indicator</source>
        <translation>Choisissez au moins un indicateur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Give one column of values per indicator</source>
        <translation>Donnez une colonne de valeurs par indicateur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Indicator '{f}' has the same value everywhere and does not change the score</source>
        <translation>L'indicateur '{f}' a partout la même valeur et ne modifie pas le score</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Indicator '{f}' is NULL for every unit</source>
        <translation>L'indicateur '{f}' est NULL pour toutes les unités</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>The area layer has no features</source>
        <translation>La couche de zones ne contient aucune entité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>The sensitivity step must lie between 0 and 1</source>
        <translation>Le pas de sensibilité doit être compris entre 0 et 1</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>The weights sum to {s} instead of 1: correct them or ask to normalise the weights (NORMALISE_WEIGHTS)</source>
        <translation>La somme des poids vaut {s} au lieu de 1 : corrigez-les ou demandez de normaliser les poids (NORMALISE_WEIGHTS)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Unknown classification '{m}'</source>
        <translation>Classification inconnue '{m}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Unknown direction '{d}': use 'worse' (+) or 'better' (-)</source>
        <translation>Sens inconnu '{d}' : utilisez 'worse' (+) ou 'better' (-)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Unknown normalisation '{m}'</source>
        <translation>Normalisation inconnue '{m}'</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Use at least 2 classes</source>
        <translation>Utilisez au moins 2 classes</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Weights must be numbers separated by commas: {w}</source>
        <translation>Les poids doivent être des nombres séparés par des virgules : {w}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>Weights must be zero or positive numbers</source>
        <translation>Les poids doivent être nuls ou positifs</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>{n} directions given for {m} indicators</source>
        <translation>{n} sens donnés pour {m} indicateurs</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>{n} units lack an indicator value and get no score</source>
        <translation>{n} unités n'ont pas de valeur pour un indicateur et ne reçoivent pas de score</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/analysis/priority.py"/>
        <source>{n} weights given for {m} indicators</source>
        <translation>{n} poids donnés pour {m} indicateurs</translation>
    </message>
</context>
<context>
    <name>SlimStadProvider</name>
    <message>
        <location filename="../slimstad_plugin/processing/provider.py"/>
        <source>SlimStad: shared city data around urban challenges</source>
        <translation>SlimStad : données urbaines partagées autour des défis urbains</translation>
    </message>
</context>
<context>
    <name>SlimStadPushdown</name>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>Could not connect to database {db}: {reason}</source>
        <translation>Impossible de se connecter à la base de données {db} : {reason}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py"/>
        <source>Demand and supply are in different databases ({a} and {b}).</source>
        <translation>La demande et l'offre se trouvent dans des bases de données différentes ({a} et {b}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py"/>
        <source>Distances need a projected CRS in metres; SRID {srid} is not one.</source>
        <translation>Les distances exigent un SCR projeté en mètres ; le SRID {srid} n'en est pas un.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/catchment_glue.py"/>
        <source>Engine: {engine} ({reason}).</source>
        <translation>Moteur de calcul : {engine} ({reason}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/catchment_glue.py"/>
        <source>Results stored in table {table}.</source>
        <translation>Résultats enregistrés dans la table {table}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>The QGIS authentication configuration {id} could not be read (is the master password set?).</source>
        <translation>La configuration d'authentification QGIS {id} n'a pas pu être lue (le mot de passe principal est-il défini ?).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/demand_sums.py"/>
        <source>The area-unit layer has no field {field}.</source>
        <translation>La couche des unités territoriales n'a pas de champ {field}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>The calculation was canceled; the query on the server was stopped.</source>
        <translation>Le calcul a été annulé ; la requête sur le serveur a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>The connection to database {db} was lost during the calculation ({reason}); nothing was written there (the transaction was rolled back).</source>
        <translation>La connexion à la base de données {db} a été perdue pendant le calcul ({reason}) ; rien n'y a été écrit (la transaction a été annulée).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py"/>
        <source>The database engine cannot run: {reason}.</source>
        <translation>Le moteur base de données ne peut pas calculer : {reason}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>The database engine needs the Python module psycopg2 (Debian/Ubuntu: python3-psycopg2).</source>
        <translation>Le moteur base de données nécessite le module Python psycopg2 (Debian/Ubuntu : python3-psycopg2).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>The database refused the calculation: {reason}</source>
        <translation>La base de données a refusé le calcul : {reason}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/band_workers.py"/>
        <source>The database sent results in an unexpected format.</source>
        <translation>La base de données a renvoyé les résultats dans un format inattendu.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>The database stopped the query (statement timeout or an administrator).</source>
        <translation>La base de données a arrêté la requête (délai dépassé ou un administrateur).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/results_writer.py"/>
        <source>The results could not be stored in schema {schema} ({reason}); they are returned to QGIS only. Without CREATE rights on that schema, ask the database owner for them.</source>
        <translation>Les résultats n'ont pas pu être enregistrés dans le schéma {schema} ({reason}) ; ils sont renvoyés uniquement à QGIS. Sans droit CREATE sur ce schéma, demandez-le au propriétaire de la base de données.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py"/>
        <source>The {role} field {field} is not numeric.</source>
        <translation>Le champ {field} ({role}) n'est pas numérique.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py"/>
        <source>The {role} table {table} does not exist in the database.</source>
        <translation>La table {table} ({role}) n'existe pas dans la base de données.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py"/>
        <source>The {role} table {table} has no column {column}.</source>
        <translation>La table {table} ({role}) n'a pas de colonne {column}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py"/>
        <source>The {role} table {table} has no field {field}.</source>
        <translation>La table {table} ({role}) n'a pas de champ {field}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py"/>
        <source>The {role} table {table} has no spatial index. SlimStad creates none on a shared database (it computes on a private indexed copy), but maps and other queries on that table stay slow. Ask the database owner to run: {statement}</source>
        <translation>La table {table} ({role}) n'a pas d'index spatial. SlimStad n'en crée pas dans une base de données partagée (il calcule sur une copie privée indexée), mais les cartes et autres requêtes sur cette table restent lentes. Demandez au propriétaire de la base de données d'exécuter : {statement}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>There is no PostgreSQL connection called {name} in QGIS.</source>
        <translation>Il n'y a pas de connexion PostgreSQL nommée {name} dans QGIS.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py"/>
        <source>Unknown engine {engine}; use one of {names}.</source>
        <translation>Moteur de calcul inconnu {engine} ; utilisez l'un de {names}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>a layer is missing or invalid</source>
        <translation>une couche manque ou n'est pas valide</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/catchment_glue.py"/>
        <source>a selection or filter on the {role} layer</source>
        <translation>une sélection ou un filtre sur la couche {role}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/catchment_glue.py"/>
        <source>a street network</source>
        <translation>un réseau de rues</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/demand_sums.py"/>
        <source>a value expression</source>
        <translation>une expression pour la valeur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py"/>
        <source>computed in database {db}: every input is a table there</source>
        <translation>calculé dans la base de données {db} : chaque entrée y est une table</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py"/>
        <source>computed on the desktop: {reason}</source>
        <translation>calculé sur le poste de travail : {reason}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/demand_sums.py"/>
        <source>demand</source>
        <translation>demande</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>layer {name} has a filter</source>
        <translation>la couche {name} a un filtre</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>layer {name} has no geometry column</source>
        <translation>la couche {name} n'a pas de colonne géométrique</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>layer {name} has no single-column primary key</source>
        <translation>la couche {name} n'a pas de clé primaire sur une seule colonne</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>layer {name} is an SQL query, not a table</source>
        <translation>la couche {name} est une requête SQL, pas une table</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/connection.py"/>
        <source>layer {name} is not a PostGIS table</source>
        <translation>la couche {name} n'est pas une table PostGIS</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py"/>
        <source>layer {role} has SRID {srid}, unknown to QGIS</source>
        <translation>la couche {role} a le SRID {srid}, inconnu de QGIS</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py"/>
        <source>supply</source>
        <translation>offre</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py"/>
        <source>the desktop engine was requested</source>
        <translation>le moteur poste de travail a été demandé</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py"/>
        <source>the inputs are in different databases ({names})</source>
        <translation>les entrées se trouvent dans des bases de données différentes ({names})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py"/>
        <source>{count} {label} features have a NULL value; counted as 0.</source>
        <translation>{count} entités ({label}) ont une valeur NULL ; comptées comme 0.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/sql_catchment.py"/>
        <source>{count} {label} features have a negative or non-numeric value; counted as 0.</source>
        <translation>{count} entités ({label}) ont une valeur négative ou non numérique ; comptées comme 0.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/pushdown/engine_choice.py"/>
        <source>{what} is only available in the desktop engine</source>
        <translation>{what} n'est disponible que dans le moteur poste de travail</translation>
    </message>
</context>
<context>
    <name>SlimStadReaders</name>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a colon was expected</source>
        <translation>deux-points étaient attendus</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a comma was expected</source>
        <translation>une virgule était attendue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a key in double quotes was expected</source>
        <translation>une clé entre guillemets doubles était attendue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>a list […] was expected, found {found}</source>
        <translation>une liste […] était attendue, trouvé : {found}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>a number was expected, found {found}</source>
        <translation>un nombre était attendu, trouvé : {found}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a number with {digits} digits is too long (at most {limit})</source>
        <translation>un nombre de {digits} chiffres est trop long (au plus {limit})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a number written with {n} characters is too long</source>
        <translation>un nombre écrit avec {n} caractères est trop long</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a text value holds a control character (such as a line break)</source>
        <translation>une valeur texte contient un caractère de contrôle (comme un saut de ligne)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a text value holds an invalid \u escape</source>
        <translation>une valeur texte contient un échappement \u invalide</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a text value holds an invalid escape (\)</source>
        <translation>une valeur texte contient un échappement invalide (\)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a text value holds half of a UTF-16 pair (an unpaired \ud800–\udfff escape), which is no character</source>
        <translation>une valeur texte contient une moitié de paire UTF-16 (un échappement \ud800–\udfff isolé), qui n'est pas un caractère</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a text value is not closed with a double quote</source>
        <translation>une valeur texte n'est pas fermée par un guillemet double</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>a text was expected, found {found}</source>
        <translation>un texte était attendu, trouvé : {found}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>a value was expected</source>
        <translation>une valeur était attendue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>a whole number was expected, found {found}</source>
        <translation>un nombre entier était attendu, trouvé : {found}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>an object {{…}} was expected, found {found}</source>
        <translation>un objet {{…}} était attendu, trouvé : {found}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>an unknown 8-bit encoding</source>
        <translation>un encodage 8 bits inconnu</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>is not valid JSON: nested deeper than {limit} levels</source>
        <translation>n'est pas du JSON valide : imbriqué sur plus de {limit} niveaux</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>is not valid JSON: {problem}</source>
        <translation>n'est pas du JSON valide : {problem}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>line {line}, column {column}</source>
        <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>the JSON syntax is wrong</source>
        <translation>la syntaxe JSON est incorrecte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>the document is empty</source>
        <translation>le document est vide</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>the document is larger than {limit} MB, the limit for this kind of document</source>
        <translation>le document dépasse {limit} Mo, la limite pour ce type de document</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>the file cannot be read (no permission)</source>
        <translation>le fichier ne peut pas être lu (pas d'autorisation)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>the file cannot be read: {reason}</source>
        <translation>le fichier ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>the file does not exist</source>
        <translation>le fichier n'existe pas</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>the file is larger than {limit} MB, the limit for this kind of file</source>
        <translation>le fichier dépasse {limit} Mo, la limite pour ce type de fichier</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>the key "{key}" appears twice in the same object</source>
        <translation>la clé « {key} » apparaît deux fois dans le même objet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>the number {literal} is too large</source>
        <translation>le nombre {literal} est trop grand</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>the required key {key} is missing</source>
        <translation>la clé obligatoire {key} manque</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>the text is longer than {limit} characters</source>
        <translation>le texte dépasse {limit} caractères</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>the text is not UTF-8 but looks like {encoding}; save it as UTF-8 and try again</source>
        <translation>le texte n'est pas en UTF-8 mais semble en {encoding} ; enregistrez-le en UTF-8 et réessayez</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>the text may not be empty</source>
        <translation>le texte ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>there is more text after the end of the document</source>
        <translation>il reste du texte après la fin du document</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>this is a folder, not a file</source>
        <translation>ceci est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>this is not a regular file (a pipe, socket or device)</source>
        <translation>ce n'est pas un fichier ordinaire (un tube, un socket ou un périphérique)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>this is not a text file (it holds binary data)</source>
        <translation>ce n'est pas un fichier texte (il contient des données binaires)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>this is not a text file but {kind} data</source>
        <translation>ce n'est pas un fichier texte mais des données {kind}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>unknown key(s): {keys}</source>
        <translation>clé(s) inconnue(s) : {keys}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{found} was found where {expected} is expected</source>
        <translation>{found} trouvé là où {expected} est attendu</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>{literal} is not a number JSON allows (NaN and Infinity are refused)</source>
        <translation>{literal} n'est pas un nombre permis par JSON (NaN et Infinity sont refusés)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>{source} {problem}</source>
        <translation>{source} {problem}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>{source} {problem} (at {where})</source>
        <translation>{source} {problem} (à {where})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>{source}: {problem}</source>
        <translation>{source} : {problem}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/readers.py"/>
        <source>{source}: {problem} (at {where})</source>
        <translation>{source} : {problem} (à {where})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} does not have the expected form ({pattern})</source>
        <translation>{value} n'a pas la forme attendue ({pattern})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} is not a finite number</source>
        <translation>{value} n'est pas un nombre fini</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} is not a whole number</source>
        <translation>{value} n'est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} is not allowed here; use one of: {allowed}</source>
        <translation>{value} n'est pas permis ici ; utilisez l'un de : {allowed}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} is too long</source>
        <translation>{value} est trop long</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} is too short or empty</source>
        <translation>{value} est trop court ou vide</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} matches none of the allowed forms</source>
        <translation>{value} ne correspond à aucune des formes permises</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} must be at least {limit}</source>
        <translation>{value} doit valoir au moins {limit}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} must be at most {limit}</source>
        <translation>{value} doit valoir au plus {limit}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} must be greater than {limit}</source>
        <translation>{value} doit être supérieur à {limit}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/json_values.py"/>
        <source>{value} must be less than {limit}</source>
        <translation>{value} doit être inférieur à {limit}</translation>
    </message>
</context>
<context>
    <name>SlimStadReasons</name>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>a file system error</source>
        <translation>une erreur du système de fichiers</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>a file system error (code {code})</source>
        <translation>une erreur du système de fichiers (code {code})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>a part of the path is not a folder</source>
        <translation>une partie du chemin n'est pas un dossier</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>a table it needs is missing</source>
        <translation>une table nécessaire est absente</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>an unexpected problem ({kind}); the details are in the log</source>
        <translation>un problème inattendu ({kind}) ; les détails sont dans le journal</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>invalid JSON at line {line}, column {column}</source>
        <translation>JSON invalide à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>it already exists</source>
        <translation>il existe déjà</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>it is a folder, not a file</source>
        <translation>c'est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>it is in use by another program</source>
        <translation>il est utilisé par un autre programme</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>it is locked by another program</source>
        <translation>il est verrouillé par un autre programme</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>it is not a database file, or it is damaged</source>
        <translation>le fichier n'est pas une base de données (ou il est endommagé)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>it is not a zip archive, or the archive is damaged or incomplete</source>
        <translation>ce n'est pas une archive zip, ou l'archive est endommagée ou incomplète</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>it is on another disk</source>
        <translation>il se trouve sur un autre disque</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>it took too long</source>
        <translation>cela a pris trop de temps</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>it uses a compression method SlimStad cannot read</source>
        <translation>elle utilise une méthode de compression que SlimStad ne sait pas lire</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>not well-formed at line {line}, column {column}</source>
        <translation>mal formé à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the archive is too large</source>
        <translation>l'archive est trop volumineuse</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the compressed data in the archive is damaged</source>
        <translation>les données compressées de l'archive sont endommagées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the database could not be read</source>
        <translation>la base de données n'a pas pu être lue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the database file is damaged</source>
        <translation>le fichier de base de données est endommagé</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the disk could not be read or written (input/output error)</source>
        <translation>le disque n'a pas pu être lu ou écrit (erreur d'entrée/sortie)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the disk or file is read-only</source>
        <translation>le disque ou le fichier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the disk quota is exceeded</source>
        <translation>le quota disque est dépassé</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the file cannot be opened</source>
        <translation>le fichier ne peut pas être ouvert</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the file or folder does not exist</source>
        <translation>le fichier ou le dossier n'existe pas</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the folder is not empty</source>
        <translation>le dossier n'est pas vide</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>the text is not in the expected encoding (UTF-8)</source>
        <translation>le texte n'est pas dans l'encodage attendu (UTF-8)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/reasons.py"/>
        <source>too many files are open</source>
        <translation>trop de fichiers sont ouverts</translation>
    </message>
</context>
<context>
    <name>SlimStadRebinding</name>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>(optional)</source>
        <translation>(facultatif)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Add and run</source>
        <translation>Ajouter et calculer</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Add to project</source>
        <translation>Ajouter au projet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Bound to</source>
        <translation>Lié à</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Challenge from another city: {title}</source>
        <translation>Défi d'une autre ville : {title}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Close without adding anything</source>
        <translation>Fermer sans rien ajouter</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Every role the challenge needs, the layer and field that play it here, and whether that works</source>
        <translation>Chaque rôle dont le défi a besoin, la couche et le champ qui le jouent ici, et si cela fonctionne</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>From the catalogue: {title} ({sector})</source>
        <translation>Du catalogue : {title} ({sector})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Layer: {name}</source>
        <translation>Couche : {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Store the challenge in this project (available when every required role is bound)</source>
        <translation>Enregistrer le défi dans ce projet (disponible quand chaque rôle requis est lié)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>Store the challenge in this project and run it at once</source>
        <translation>Enregistrer le défi dans ce projet et le calculer aussitôt</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>The field that holds: {roles}</source>
        <translation>Le champ qui contient : {roles}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>The layer of this project, or an entry of your catalogue, that plays this role</source>
        <translation>La couche de ce projet, ou une entrée de votre catalogue, qui joue ce rôle</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>What the challenge needs: {roles}</source>
        <translation>Ce dont le défi a besoin : {roles}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>a layer</source>
        <translation>une couche</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>all {count} layer references bound</source>
        <translation>les {count} références de couche sont liées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>bound to {target} ({how})</source>
        <translation>lié à {target} ({how})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>cannot run: {problems}</source>
        <translation>exécution impossible : {problems}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>chosen by you</source>
        <translation>choisi par vous</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>no field for: {roles}</source>
        <translation>aucun champ pour : {roles}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>no layer found for {wanted}</source>
        <translation>aucune couche trouvée pour {wanted}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>no layer of the sector {sector} has a field for {roles}</source>
        <translation>aucune couche du secteur {sector} n'a de champ pour {roles}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>same catalogue id</source>
        <translation>même identifiant de catalogue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>same layer name</source>
        <translation>même nom de couche</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>same sector and roles</source>
        <translation>même secteur et mêmes rôles</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>{bound} of {count} layer references bound (the rest are optional)</source>
        <translation>{bound} des {count} références de couche liées (les autres sont facultatives)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>{slot}: no layer found for {wanted}</source>
        <translation>{slot} : aucune couche trouvée pour {wanted}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>{slot}: no layer of the sector {sector} has a field for {roles}</source>
        <translation>{slot} : aucune couche du secteur {sector} n'a de champ pour {roles}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/challenge/rebinding.py"/>
        <source>{slot}: {state}</source>
        <translation>{slot} : {state}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/import_dialog.py"/>
        <source>— choose a layer —</source>
        <translation>— choisissez une couche —</translation>
    </message>
</context>
<context>
    <name>SlimStadRoles</name>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>area code</source>
        <translation>code de zone</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>area name</source>
        <translation>nom de zone</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>capacity (places, beds, pupils)</source>
        <translation>capacité (places, lits, élèves)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>children aged 0-2</source>
        <translation>enfants de 0 à 2 ans</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>children aged 3-5</source>
        <translation>enfants de 3 à 5 ans</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>children aged 6-11</source>
        <translation>enfants de 6 à 11 ans</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>date of last change</source>
        <translation>date de la dernière modification</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>facility name</source>
        <translation>nom de l'équipement</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>facility type</source>
        <translation>type d'équipement</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>municipality code (NIS)</source>
        <translation>code de commune (INS)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>number of dwellings</source>
        <translation>nombre de logements</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>residents (total)</source>
        <translation>habitants (total)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>residents aged 18-64</source>
        <translation>habitants de 18 à 64 ans</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>residents aged 65-79</source>
        <translation>habitants de 65 à 79 ans</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>residents aged 80 and over</source>
        <translation>habitants de 80 ans et plus</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>surface area (m²)</source>
        <translation>superficie (m²)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/semantic_roles.py"/>
        <source>young people aged 12-17</source>
        <translation>jeunes de 12 à 17 ans</translation>
    </message>
</context>
<context>
    <name>SlimStadSampleCity</name>
    <message>
        <location filename="../slimstad_plugin/core/demo/sample_project.py"/>
        <source>Cannot build the sample project {path}: {error}</source>
        <translation>Impossible de construire le projet exemple {path} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/demo/sample_project.py"/>
        <source>Cannot create the folder {path}: {error}</source>
        <translation>Impossible de créer le dossier {path} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/demo/sample_project.py"/>
        <source>Cannot write the project {path}: {error}</source>
        <translation>Impossible d'écrire le projet {path} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/demo/sample_city.py"/>
        <source>Cannot write {path}: {error}</source>
        <translation>Impossible d'écrire {path} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/demo/sample_city.py"/>
        <source>The folder {path} does not exist.</source>
        <translation>Le dossier {path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/demo/sample_city.py"/>
        <source>{path} already exists; choose another name, or give --force (Processing: “Overwrite an existing file”) to add the sample layers to it.</source>
        <translation>{path} existe déjà ; choisissez un autre nom, ou donnez --force (Processing : « Écraser un fichier existant ») pour y ajouter les couches d'exemple.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/demo/sample_project.py"/>
        <source>{path} exists but is not the sample city; choose another data folder (the file is left as it is).</source>
        <translation>{path} existe mais n'est pas la ville exemple ; choisissez un autre dossier de données (le fichier reste tel quel).</translation>
    </message>
</context>
<context>
    <name>SlimStadSectors</name>
    <message>
        <location filename="../slimstad_plugin/core/base/sectors.py"/>
        <source>Childcare</source>
        <translation>Accueil de la petite enfance</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/sectors.py"/>
        <source>Economy</source>
        <translation>Économie</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/sectors.py"/>
        <source>Education</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/sectors.py"/>
        <source>Green space and environment</source>
        <translation>Espaces verts et environnement</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/sectors.py"/>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/sectors.py"/>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/sectors.py"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/sectors.py"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/sectors.py"/>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/base/sectors.py"/>
        <source>Welfare and elderly care</source>
        <translation>Bien-être et soins aux aînés</translation>
    </message>
</context>
<context>
    <name>SlimStadSharing</name>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py"/>
        <source>A file in the package is larger than it claims: {name}</source>
        <translation>Un fichier du paquet est plus gros qu'annoncé : {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py"/>
        <source>A file in the package is suspiciously highly compressed: {name}</source>
        <translation>Un fichier du paquet est anormalement compressé : {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py"/>
        <source>A file in the package is too large: {name}</source>
        <translation>Un fichier du paquet est trop volumineux : {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Broken: {names}</source>
        <translation>Défectueux : {names}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>CRS {found} instead of {expected}</source>
        <translation>SCR {found} au lieu de {expected}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/compare.py"/>
        <source>Cannot open the project {path}.</source>
        <translation>Impossible d'ouvrir le projet {path}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Cannot read the project {path}: {error}</source>
        <translation>Impossible de lire le projet {path} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>Cannot unpack into {path}: {error}</source>
        <translation>Impossible de décompresser dans {path} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>Cannot write a snapshot of {layer}: {error}</source>
        <translation>Impossible d'écrire un instantané de {layer} : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Cannot write the package: {error}</source>
        <translation>Impossible d'écrire le paquet : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Cannot write the project copy: {error}</source>
        <translation>Impossible d'écrire la copie du projet : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Challenge {title} added to the project.</source>
        <translation>Défi {title} ajouté au projet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Check and unpack a package made by SlimStad, then open its project</source>
        <translation>Vérifier et décompresser un paquet fait par SlimStad, puis ouvrir son projet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Copying data</source>
        <translation>Copie des données</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Credentials or the sender's folders were still found in {files}; the package was not written.</source>
        <translation>Des identifiants ou des dossiers de l'expéditeur se trouvent encore dans {files} ; le paquet n'a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Folder to unpack into</source>
        <translation>Dossier de décompression</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Fonts are not packed (font licences); the receiver needs: {fonts}.</source>
        <translation>Les polices ne sont pas empaquetées (licences) ; le destinataire a besoin de : {fonts}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>GeoPackage snapshot of {source}</source>
        <translation>Instantané GeoPackage de {source}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/compare.py"/>
        <source>How each city's data was bound</source>
        <translation>Comment les données de chaque ville ont été liées</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Import a challenge</source>
        <translation>Importer un défi</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Import a challenge from another city…</source>
        <translation>Importer un défi d'une autre ville…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>It does not open at the sender either.</source>
        <translation>Elle ne s'ouvre pas non plus chez l'expéditeur.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Its tiles are in a folder of the sender, which is not packed.</source>
        <translation>Ses tuiles sont dans un dossier de l'expéditeur, qui n'est pas empaqueté.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>Layer {layer} ({endpoint}): {what}.</source>
        <translation>Couche {layer} ({endpoint}) : {what}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Layer {layer} does not open at the sender; it is packed as it is and will be broken at the receiver.</source>
        <translation>La couche {layer} ne s'ouvre pas chez l'expéditeur ; elle est empaquetée telle quelle et sera défectueuse chez le destinataire.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Layer {layer} has edits that are not saved; the package holds its saved data without them. Save the edits and pack again to include them.</source>
        <translation>La couche {layer} a des modifications non enregistrées ; le paquet contient ses données enregistrées sans elles. Enregistrez les modifications et empaquetez à nouveau pour les inclure.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Layer {layer} is a temporary (scratch) layer: its features are not saved in the project file, so the package holds it empty. Save it as a file first, or pack from QGIS with the project open.</source>
        <translation>La couche {layer} est une couche temporaire (bloc-notes) : ses entités ne sont pas enregistrées dans le fichier projet, le paquet la contient donc vide. Enregistrez-la d'abord comme fichier, ou empaquetez depuis QGIS avec le projet ouvert.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Layer {layer} is incomplete at the sender ({what}); it is packed as it is.</source>
        <translation>La couche {layer} est incomplète chez l'expéditeur ({what}) ; elle est empaquetée telle quelle.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Layer {layer} reads tiles from a folder on this computer; the folder is not packed and the layer will be empty at the receiver.</source>
        <translation>La couche {layer} lit des tuiles dans un dossier de cet ordinateur ; ce dossier n'est pas empaqueté et la couche sera vide chez le destinataire.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>Left out because its licence is {licence}; include it explicitly to share it.</source>
        <translation>Exclue car sa licence est {licence} ; incluez-la explicitement pour la partager.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Left out: its data file does not exist at the sender ({name}).</source>
        <translation>Exclue : son fichier de données n'existe pas chez l'expéditeur ({name}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/compare.py"/>
        <source>Name at least one city to compare.</source>
        <translation>Indiquez au moins une ville à comparer.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Needs a connection: {names}</source>
        <translation>Connexion nécessaire : {names}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/compare.py"/>
        <source>No city could be compared: {problems}</source>
        <translation>Aucune ville n'a pu être comparée : {problems}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>Only this layer's table was copied out of a GeoPackage that holds other layers.</source>
        <translation>Seule la table de cette couche a été copiée d'un GeoPackage qui contient d'autres couches.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Open a shared package</source>
        <translation>Ouvrir un paquet partagé</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Open a shared package…</source>
        <translation>Ouvrir un paquet partagé…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Opening the package changed {name}; the package was not written.</source>
        <translation>L'ouverture du paquet a modifié {name} ; le paquet n'a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Pack project for sharing…</source>
        <translation>Empaqueter le projet pour le partager…</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Pack the saved project, its data and its challenges into one file another city can open</source>
        <translation>Empaqueter le projet enregistré, ses données et ses défis dans un fichier qu'une autre ville peut ouvrir</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Package opened from {path}; every checksum matched.</source>
        <translation>Paquet ouvert depuis {path} ; toutes les sommes de contrôle concordent.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Packing was canceled; nothing was written.</source>
        <translation>L'empaquetage a été annulé ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Read another city's challenge and bind its roles to your layers</source>
        <translation>Lire le défi d'une autre ville et lier ses rôles à vos couches</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Reading the project</source>
        <translation>Lecture du projet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/compare.py"/>
        <source>Same challenge, same indicators and units for every city; the maps share one classification.</source>
        <translation>Même défi, mêmes indicateurs et unités pour chaque ville ; les cartes partagent une même classification.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>Save the project first: the package is made from the saved file.</source>
        <translation>Enregistrez d'abord le projet : le paquet est créé à partir du fichier enregistré.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>SlimStad challenge (*.slimstad.json)</source>
        <translation>Défi SlimStad (*.slimstad.json)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>SlimStad package (*.zip)</source>
        <translation>Paquet SlimStad (*.zip)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>SlimStad: open package {name}</source>
        <translation>SlimStad : ouverture du paquet {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Temporary layer packed without features (they were not saved).</source>
        <translation>Couche temporaire empaquetée sans entités (elles n'étaient pas enregistrées).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Temporary layer: its features were taken from the open QGIS session.</source>
        <translation>Couche temporaire : ses entités proviennent de la session QGIS ouverte.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The challenge file {name} beside the project was left out: {error}</source>
        <translation>Le fichier de défi {name} à côté du projet a été laissé de côté : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The challenge file {name} cannot be packed: {error}</source>
        <translation>Le fichier de défi {name} ne peut pas être empaqueté : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The challenge file {path} does not exist.</source>
        <translation>Le fichier de défi {path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>The current project has unsaved changes. Save them before opening the package?</source>
        <translation>Le projet courant contient des modifications non enregistrées. Les enregistrer avant d'ouvrir le paquet ?</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>The data file of {layer} does not exist: {path}</source>
        <translation>Le fichier de données de {layer} n'existe pas : {path}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The data file {name} of layer {layer} cannot be opened by QGIS; the package was not written.</source>
        <translation>QGIS ne peut pas ouvrir le fichier de données {name} de la couche {layer} ; le paquet n'a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The data file {name} of layer {layer} is empty (0 bytes); the package was not written.</source>
        <translation>Le fichier de données {name} de la couche {layer} est vide (0 octet) ; le paquet n'a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The folder {path} does not exist.</source>
        <translation>Le dossier {path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The join of {layer} uses a layer that is left out; its joined fields will be empty at the receiver.</source>
        <translation>La jointure de {layer} utilise une couche omise ; ses champs joints seront vides chez le destinataire.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py"/>
        <source>The package contains a file twice: {name}</source>
        <translation>Le paquet contient deux fois le même fichier : {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>The package contains a link or special file: {name}</source>
        <translation>Le paquet contient un lien ou un fichier spécial : {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py"/>
        <source>The package contains a path outside its folder: {name}</source>
        <translation>Le paquet contient un chemin hors de son dossier : {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py"/>
        <source>The package contains an absolute path: {name}</source>
        <translation>Le paquet contient un chemin absolu : {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py"/>
        <source>The package contains an encrypted file: {name}</source>
        <translation>Le paquet contient un fichier chiffré : {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py"/>
        <source>The package contains an invalid file name: {name}</source>
        <translation>Le paquet contient un nom de fichier invalide : {name}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>The package does not match its manifest ({details}); it was not opened.</source>
        <translation>Le paquet ne correspond pas à son manifeste ({details}) ; il n'a pas été ouvert.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py"/>
        <source>The package has no manifest.json.</source>
        <translation>Le paquet ne contient pas de manifest.json.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>The package has too many files ({count}).</source>
        <translation>Le paquet contient trop de fichiers ({count}).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/zip_safety.py"/>
        <source>The package is suspiciously highly compressed ({ratio:.0f}:1); it looks like a zip bomb and is not unpacked.</source>
        <translation>Le paquet est anormalement compressé ({ratio:.0f}:1) ; il ressemble à une bombe zip et n'est pas déballé.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>The package needs {needed} MB but {folder} has only {free} MB free.</source>
        <translation>Le paquet nécessite {needed} Mo mais {folder} n'a que {free} Mo de libre.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>The package unpacks to more than the allowed size.</source>
        <translation>Le paquet décompressé dépasse la taille autorisée.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py"/>
        <source>The package was made by a newer SlimStad; please update the plugin.</source>
        <translation>Le paquet a été créé par une version plus récente de SlimStad ; mettez l'extension à jour.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>The package was not opened</source>
        <translation>Le paquet n'a pas été ouvert</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/gui/sharing/pack_dialog.py"/>
        <source>The package was unpacked to {path}; open its project when you are ready.</source>
        <translation>Le paquet a été décompressé dans {path} ; ouvrez son projet quand vous serez prêt.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The package would be broken at the receiver ({details}); it was not written.</source>
        <translation>Le paquet serait défectueux chez le destinataire ({details}) ; il n'a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>The package {path} does not exist.</source>
        <translation>Le paquet {path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>The package {path} is not a file or a folder.</source>
        <translation>Le paquet {path} n'est ni un fichier ni un dossier.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The packed copy of layer {layer} is not the same as the original ({what}); the package was not written.</source>
        <translation>La copie empaquetée de la couche {layer} n'est pas identique à l'original ({what}) ; le paquet n'a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The picture {name} used by a style or layout does not exist at the sender; it is missing in the package too.</source>
        <translation>L'image {name} utilisée par un style ou une mise en page n'existe pas chez l'expéditeur ; elle manque aussi dans le paquet.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>The project {name} named in the manifest is missing.</source>
        <translation>Le projet {name} indiqué dans le manifeste est absent.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The project {path} does not exist.</source>
        <translation>Le projet {path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>The relation {name} links a layer that is left out; it will not work at the receiver.</source>
        <translation>La relation {name} lie une couche qui est omise ; elle ne fonctionnera pas chez le destinataire.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>The table {table} of {layer} cannot be read.</source>
        <translation>La table {table} de {layer} ne peut pas être lue.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/demo/example_cities.py"/>
        <source>The test pack {path} has no layer {layer}.</source>
        <translation>Le jeu de test {path} ne contient pas de couche {layer}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>The virtual layer {layer} uses a layer that is left out; it will be broken at the receiver.</source>
        <translation>La couche virtuelle {layer} utilise une couche omise ; elle sera cassée chez le destinataire.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/demo/example_cities.py"/>
        <source>Unknown example city {city}.</source>
        <translation>Ville d'exemple inconnue : {city}.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>Unpacking was canceled; nothing was kept.</source>
        <translation>Le déballage a été annulé ; rien n'a été conservé.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>Virtual layer: its query runs on the packed data.</source>
        <translation>Couche virtuelle : sa requête porte sur les données empaquetées.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Writing the package</source>
        <translation>Écriture du paquet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>Writing the project</source>
        <translation>Écriture du projet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>another extent</source>
        <translation>une autre étendue</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py"/>
        <source>changed: {files}</source>
        <translation>modifiés : {files}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>create a QGIS authentication configuration with id {authcfg} holding your credentials for it</source>
        <translation>créez une configuration d'authentification QGIS d'identifiant {authcfg} contenant vos identifiants</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>fields differ (missing: {missing})</source>
        <translation>champs différents (manquants : {missing})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>fill in {keys} (they read {placeholder} in the layer source: Layer Properties &gt; Source), or ask the sender for a URL without them</source>
        <translation>renseignez {keys} (la source de la couche indique {placeholder} : Propriétés de la couche &gt; Source), ou demandez à l'expéditeur une URL sans ces paramètres</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>it cannot be opened</source>
        <translation>elle ne peut pas être ouverte</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>it cannot be reached from here (network, server or credentials); see what the receiver must configure</source>
        <translation>elle n'est pas joignable d'ici (réseau, serveur ou identifiants) ; voir ce que le destinataire doit configurer</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>it is not in the project</source>
        <translation>elle n'est pas dans le projet</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>its pixels cannot be read</source>
        <translation>ses pixels ne peuvent pas être lus</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py"/>
        <source>manifest.json is incomplete or cannot be read: {error}</source>
        <translation>manifest.json est incomplet ou illisible : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py"/>
        <source>manifest.json is not a SlimStad package manifest.</source>
        <translation>manifest.json n'est pas le manifeste d'un paquet SlimStad.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py"/>
        <source>missing: {files}</source>
        <translation>manquants : {files}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/compare.py"/>
        <source>no value</source>
        <translation>pas de valeur</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py"/>
        <source>not a SHA-256 checksum (64 hexadecimal characters)</source>
        <translation>pas une somme de contrôle SHA-256 (64 caractères hexadécimaux)</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py"/>
        <source>not in the manifest: {files}</source>
        <translation>absents du manifeste : {files}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>parts of its mosaic are missing: {names}</source>
        <translation>des parties de sa mosaïque manquent : {names}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>picture {name}: the file is missing</source>
        <translation>image {name} : le fichier manque</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>project {name}: its pictures cannot be checked ({error})</source>
        <translation>projet {name} : ses images ne peuvent pas être vérifiées ({error})</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>raster size {found} instead of {expected}</source>
        <translation>taille du raster {found} au lieu de {expected}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/manifest.py"/>
        <source>the required key {key} is missing</source>
        <translation>la clé obligatoire {key} manque</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>the user name and password were removed from the address</source>
        <translation>le nom d'utilisateur et le mot de passe ont été retirés de l'adresse</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>{layer} could not be reached and stays a link.</source>
        <translation>{layer} est injoignable et reste un lien.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack_layers.py"/>
        <source>{layer} shares its file with layers that are left out.</source>
        <translation>{layer} partage son fichier avec des couches exclues.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>{n} feature instead of {expected}</source>
        <translation>{n} entité au lieu de {expected}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/layer_check.py"/>
        <source>{n} features instead of {expected}</source>
        <translation>{n} entités au lieu de {expected}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>{path} already exists; choose another name, or give --force to replace the earlier package.</source>
        <translation>{path} existe déjà ; choisissez un autre nom, ou donnez --force pour remplacer le paquet précédent.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>{path} exists and is not an empty folder; choose a new or empty folder (--to on the command line); nothing in it is replaced.</source>
        <translation>{path} existe et n'est pas un dossier vide ; choisissez un dossier nouveau ou vide (--to en ligne de commande) ; rien n'y est remplacé.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>{path} is not a QGIS project (.qgz or .qgs).</source>
        <translation>{path} n'est pas un projet QGIS (.qgz ou .qgs).</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/pack.py"/>
        <source>{path} is not a SlimStad package; it is not overwritten.</source>
        <translation>{path} n'est pas un paquet SlimStad ; il n'est pas écrasé.</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>{path} is not a readable zip file: {error}</source>
        <translation>{path} n'est pas un fichier zip lisible : {error}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/sharing/unpack.py"/>
        <source>{user}: picture {name} is missing</source>
        <translation>{user} : l'image {name} manque</translation>
    </message>
</context>
<context>
    <name>SlimStadStyles</name>
    <message>
        <location filename="../slimstad_plugin/core/layers/render.py"/>
        <source>Local road</source>
        <translation>Route locale</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/render.py"/>
        <source>Main road</source>
        <translation>Route principale</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/render.py"/>
        <source>Primary school</source>
        <translation>École primaire</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/render.py"/>
        <source>Secondary school</source>
        <translation>École secondaire</translation>
    </message>
</context>
<context>
    <name>SlimStadTables</name>
    <message>
        <location filename="../slimstad_plugin/core/layers/tables.py"/>
        <source>line {line}, column {column}</source>
        <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/tables.py"/>
        <source>the file cannot be read: {reason}</source>
        <translation>le fichier ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/tables.py"/>
        <source>the file does not exist</source>
        <translation>le fichier n'existe pas</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/tables.py"/>
        <source>the table has no header line</source>
        <translation>la table n'a pas de ligne d'en-tête</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/tables.py"/>
        <source>the table is larger than {limit} MB</source>
        <translation>la table dépasse {limit} Mo</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/tables.py"/>
        <source>{path} is not UTF-8: read as Windows-1252 (what spreadsheets save); check accented names, or save it as UTF-8.</source>
        <translation>{path} n'est pas en UTF-8 : lu comme Windows-1252 (ce qu'enregistrent les tableurs) ; vérifiez les noms accentués, ou enregistrez-le en UTF-8.</translation>
    </message>
</context>
<context>
    <name>SlimStadTask</name>
    <message>
        <location filename="../slimstad_plugin/gui/task.py"/>
        <source>Unexpected problem ({error}); the details are in the SlimStad log.</source>
        <translation>Problème inattendu ({error}) ; les détails se trouvent dans le journal de SlimStad.</translation>
    </message>
</context>
<context>
    <name>SlimStadValues</name>
    <message>
        <location filename="../slimstad_plugin/core/layers/values.py"/>
        <source>{count} values in field {field} are not numbers, e.g. {examples}</source>
        <translation>{count} valeurs du champ {field} ne sont pas des nombres, p. ex. {examples}</translation>
    </message>
    <message>
        <location filename="../slimstad_plugin/core/layers/values.py"/>
        <source>{count} values in field {field} of layer {layer} are not numbers, e.g. {examples}</source>
        <translation>{count} valeurs du champ {field} de la couche {layer} ne sont pas des nombres, p. ex. {examples}</translation>
    </message>
</context>
</TS>
