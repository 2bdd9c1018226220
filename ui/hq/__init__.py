"""The HQ pages: import the stations' returns, the stations and who is late, the consolidation."""
