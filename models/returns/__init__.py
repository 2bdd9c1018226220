"""The return to headquarters: periods, the SQL behind tables R1–R8, drive tallies, display.

``period`` and ``cells`` are pure (the printouts use them); ``station_tables`` and
``drive_tally`` query the database and are used only by the services.
"""
