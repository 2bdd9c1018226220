"""The Administration page's tabs: users, requests, backups, audit, encryption."""
