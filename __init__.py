"""QGIS entry point of the SlimStad plugin."""


def classFactory(iface):  # noqa: N802 - name fixed by QGIS
    """Return the plugin instance QGIS asks for."""
    from .slimstad_plugin.plugin import SlimStadPlugin

    return SlimStadPlugin(iface)
