"""Docks, dialogs and actions: they bind widgets to core calls and hold no business logic."""
