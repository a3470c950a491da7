"""Species: occurrences (GBIF, Darwin Core Archives, field surveys), species lists per zone, richness grids."""
