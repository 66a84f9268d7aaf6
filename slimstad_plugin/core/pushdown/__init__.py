"""Push-down engine: run SlimStad computations as SQL inside a shared PostGIS database."""
