"""Floor 1 of core: the array maths (accessibility, indicators, priority, scenarios, sites); numpy/shapely only."""
