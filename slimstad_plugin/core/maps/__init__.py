"""Planning maps: print layouts and atlases filled from a request, with sources and provenance printed."""
