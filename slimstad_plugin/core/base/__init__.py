"""Floor 0 of core: what every other floor may use (errors, i18n, logging, settings, secrets, network, vocabularies)."""
