"""Talash's Qt-free core: entities, rules, services, DTOs and migrations."""
