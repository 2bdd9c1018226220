"""Signed, sealed return packages: keys, safe archive reading, the package format itself."""
