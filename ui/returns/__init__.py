"""The window's returns pages: the station's return to HQ, its package, drives and keys."""
