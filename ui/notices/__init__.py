"""Lookout notices in the window: a case's notices and a found person's, with their steps."""
