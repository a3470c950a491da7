-- Provincial biodiversity database, embedded GeoPackage: the same logical model as PostGIS.
CREATE TABLE bd_layers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    layer_uid TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version > 0),
    title TEXT NOT NULL,
    slug TEXT NOT NULL,
    theme TEXT NOT NULL CHECK (theme IN ('habitat', 'benthic', 'corridor', 'reserve', 'other')),
    province TEXT,
    reserve TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('vector', 'raster', 'table')),
    table_schema TEXT NOT NULL DEFAULT '',
    table_name TEXT NOT NULL UNIQUE,
    geometry_column TEXT,
    srid INTEGER,
    feature_count INTEGER,
    pushed_by TEXT NOT NULL,
    pushed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    source_checksum TEXT NOT NULL,
    lineage TEXT NOT NULL DEFAULT '[]',
    UNIQUE (layer_uid, version),
    UNIQUE (slug, version)
);
CREATE INDEX bd_layers_checksum_idx ON bd_layers (source_checksum);

CREATE TABLE qgis_layer_metadata (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    f_table_catalog TEXT NOT NULL,
    f_table_schema TEXT NOT NULL,
    f_table_name TEXT NOT NULL,
    f_geometry_column TEXT,
    identifier TEXT NOT NULL,
    title TEXT NOT NULL,
    abstract TEXT,
    geometry_type TEXT,
    extent TEXT,  -- polygon in EPSG:4326 as WKT
    crs TEXT,
    layer_type TEXT NOT NULL,
    qmd TEXT NOT NULL,
    owner TEXT,
    update_time TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, layer_type)
);

-- QGIS' own styles table for GeoPackage (the OGR provider's definition).
CREATE TABLE IF NOT EXISTS layer_styles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    f_table_catalog TEXT(256),
    f_table_schema TEXT(256),
    f_table_name TEXT(256),
    f_geometry_column TEXT(256),
    styleName TEXT(30),
    styleQML TEXT,
    styleSLD TEXT,
    useAsDefault BOOLEAN,
    description TEXT,
    owner TEXT(30),
    ui TEXT(30),
    update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id)
    VALUES ('layer_styles', 'attributes', 'layer_styles', '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 0);

CREATE TABLE bd_map_exports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    layer_uid TEXT,
    title TEXT NOT NULL,
    layout_name TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('pdf', 'png')),
    content BLOB NOT NULL,
    checksum TEXT NOT NULL,
    province TEXT,
    pushed_by TEXT NOT NULL,
    pushed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE bd_reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    layer_id INTEGER NOT NULL REFERENCES bd_layers (id),
    status TEXT NOT NULL CHECK (status IN ('submitted', 'accepted', 'returned')),
    reviewer TEXT NOT NULL,
    comment TEXT,
    reviewed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- A single-user file: the database cannot tell people apart, but it still refuses a decision on one's
-- own push (the name recorded at push time).
CREATE TRIGGER bd_reviews_check BEFORE INSERT ON bd_reviews
WHEN NEW.status <> 'submitted'
     AND EXISTS (SELECT 1 FROM bd_layers WHERE id = NEW.layer_id AND pushed_by = NEW.reviewer)
BEGIN
    SELECT RAISE(ABORT, 'bd: a layer cannot be accepted or returned by the person who pushed it');
END;
