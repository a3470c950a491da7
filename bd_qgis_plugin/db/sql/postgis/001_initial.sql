-- Provincial biodiversity database, PostGIS: registry, metadata, styles, map exports, reviews,
-- protected areas. Applied once by the plugin (bd.schema_migrations records it).
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS postgis_raster;
CREATE SCHEMA IF NOT EXISTS bd;
CREATE SCHEMA IF NOT EXISTS bd_data;

-- One row per pushed version of a layer; layer_uid stays the same across re-pushes.
CREATE TABLE bd.layers (
    id bigserial PRIMARY KEY,
    layer_uid uuid NOT NULL,
    version integer NOT NULL CHECK (version > 0),
    title text NOT NULL,
    slug text NOT NULL,
    theme text NOT NULL CHECK (theme IN ('habitat', 'benthic', 'corridor', 'reserve', 'other')),
    province text,
    reserve text,
    kind text NOT NULL CHECK (kind IN ('vector', 'raster', 'table')),
    table_schema text NOT NULL,
    table_name text NOT NULL,
    geometry_column text,
    srid integer,
    feature_count bigint,
    pushed_by text NOT NULL DEFAULT current_user,
    pushed_at timestamptz NOT NULL DEFAULT now(),
    source_checksum text NOT NULL,
    lineage jsonb NOT NULL DEFAULT '[]'::jsonb,
    UNIQUE (layer_uid, version),
    UNIQUE (slug, version),
    UNIQUE (table_schema, table_name)
);
CREATE INDEX layers_checksum_idx ON bd.layers (source_checksum);
CREATE INDEX layers_title_idx ON bd.layers (title);

-- The table QGIS 3.28 creates for layer metadata in PostgreSQL (newer QGIS reads these rows natively).
CREATE TABLE IF NOT EXISTS public.qgis_layer_metadata (
    id serial PRIMARY KEY,
    f_table_catalog varchar NOT NULL,
    f_table_schema varchar NOT NULL,
    f_table_name varchar NOT NULL,
    f_geometry_column varchar,
    identifier text NOT NULL,
    title text NOT NULL,
    abstract text,
    geometry_type varchar,
    extent geometry(polygon, 4326),
    crs varchar,
    layer_type varchar NOT NULL,
    qmd xml NOT NULL,
    owner varchar DEFAULT current_user,
    update_time timestamp DEFAULT current_timestamp,
    UNIQUE (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, layer_type)
);

-- QGIS' own styles table (the definition of QgsPostgresUtils::createStylesTable).
CREATE TABLE IF NOT EXISTS public.layer_styles (
    id serial PRIMARY KEY,
    f_table_catalog varchar,
    f_table_schema varchar,
    f_table_name varchar,
    f_geometry_column varchar,
    stylename text,
    styleqml xml,
    stylesld xml,
    useasdefault boolean,
    description text,
    owner varchar(63) DEFAULT current_user,
    ui xml,
    update_time timestamp DEFAULT current_timestamp,
    type varchar
);

CREATE TABLE bd.map_exports (
    id bigserial PRIMARY KEY,
    layer_uid uuid,
    title text NOT NULL,
    layout_name text NOT NULL,
    format text NOT NULL CHECK (format IN ('pdf', 'png')),
    content bytea NOT NULL,
    checksum text NOT NULL,
    province text,
    pushed_by text NOT NULL DEFAULT current_user,
    pushed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE bd.reviews (
    id bigserial PRIMARY KEY,
    layer_id bigint NOT NULL REFERENCES bd.layers (id),
    status text NOT NULL CHECK (status IN ('submitted', 'accepted', 'returned')),
    reviewer text NOT NULL DEFAULT current_user,
    comment text,
    reviewed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reviews_layer_idx ON bd.reviews (layer_id);

-- National protected areas; categories of the 2008 Biodiversity Law (Luật Đa dạng sinh học, art. 16).
CREATE TABLE bd.protected_areas (
    id bigserial PRIMARY KEY,
    name_vi text NOT NULL,
    name_en text,
    category text NOT NULL CHECK (category IN ('national_park', 'nature_reserve', 'species_habitat_area',
                                               'landscape_protection_area')),
    designation_decision text,
    area_ha double precision,
    geom geometry(MultiPolygon, 4326) NOT NULL
);
CREATE INDEX protected_areas_geom_idx ON bd.protected_areas USING gist (geom);
