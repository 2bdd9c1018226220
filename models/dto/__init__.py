"""Frozen dataclasses that cross the boundary between services and the window, CLI and reports."""
