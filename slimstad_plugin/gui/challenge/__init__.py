"""Widgets of the "Opgaven" (challenges) wing: dock, roles, parameters, results, sites, scenario map tool."""
