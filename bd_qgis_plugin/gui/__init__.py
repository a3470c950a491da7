"""Widgets of the plugin (no analysis and no SQL here)."""
