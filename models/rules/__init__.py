"""Domain rules: validation with plain-language messages, status transitions, overdue clocks.

The window, the CLI and the importers all call these, so a rule is written once.
"""
