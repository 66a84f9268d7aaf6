"""Top floor of core: the sample city, its project, the demo steps and the example cities built from real data."""
