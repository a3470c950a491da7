"""Species occurrences and lists (no Qt, no QGIS): Darwin Core records and archives, scientific-name matching and
status lists, species lists per zone, richness grids, and the GBIF API client (its transport is given by the
caller, so that HTTP goes through QGIS' network stack)."""
