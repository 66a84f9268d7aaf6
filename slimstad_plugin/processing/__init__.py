"""Processing algorithms: thin wrappers over slimstad_plugin.core."""
