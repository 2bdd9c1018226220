"""Use cases. Each public method is one transaction and returns DTOs, never ORM objects."""
