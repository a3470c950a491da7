-- Rights the database enforces against its own users (issue 14). A NOLOGIN role, bd_owner, owns the schemas
-- bd and bd_data, the registry, reviews, metadata and styles, and every pushed table. Technicians and reviewers
-- read everything and write only through the SECURITY DEFINER functions below, which check the caller
-- (session_user) and allocate names and versions themselves:
--   bd.begin_push → bd.create_push_table → COPY (INSERT granted on that table until registered)
--   → bd.register_push → bd.push_metadata → bd.push_style → bd.review('submitted'), all in one transaction;
--   a push begun and not registered cannot be committed (bd.pending_pushes' deferred trigger).
-- Only the database administrator (a superuser, or a member of bd_owner) changes what was pushed.
-- Run by a superuser: tables pushed before this migration change owner to bd_owner.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bd_owner') THEN
        CREATE ROLE bd_owner NOLOGIN;
    END IF;
    ALTER ROLE bd_owner NOLOGIN NOSUPERUSER NOBYPASSRLS;
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT bd_owner TO %I', current_user);
    END IF;
END
$$;

-- No one creates objects in public either (PostgreSQL 15's default, made sure of): the functions below
-- search pg_catalog, bd, public, then pg_temp, and nobody but the owner may add anything to those.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

ALTER SCHEMA bd OWNER TO bd_owner;
ALTER SCHEMA bd_data OWNER TO bd_owner;

-- Owner of every table (pushed ones too), then no rights left to anyone but the owner; read rights below.
DO $$
DECLARE
    rel record;
    who text;
BEGIN
    FOR rel IN SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE c.relkind IN ('r', 'p') AND (n.nspname IN ('bd', 'bd_data')
                     OR (n.nspname = 'public' AND c.relname IN ('qgis_layer_metadata', 'layer_styles')))
    LOOP
        EXECUTE format('ALTER TABLE %I.%I OWNER TO bd_owner', rel.nspname, rel.relname);
    END LOOP;
    FOR rel IN SELECT n.nspname, c.relname, c.relkind, c.relacl FROM pg_class c
               JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE c.relkind IN ('r', 'p', 'S') AND (n.nspname IN ('bd', 'bd_data')
                     OR (n.nspname = 'public' AND c.relname IN ('qgis_layer_metadata', 'layer_styles',
                                                              'qgis_layer_metadata_id_seq', 'layer_styles_id_seq')))
    LOOP
        FOR who IN SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END
                   FROM aclexplode(rel.relacl) a
                   WHERE a.grantee <> 'bd_owner'::regrole
        LOOP
            EXECUTE format('REVOKE ALL ON %s %I.%I FROM %s', CASE WHEN rel.relkind = 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
                           rel.nspname, rel.relname, who);
        END LOOP;
    END LOOP;
    FOR who IN SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END
               FROM pg_namespace n, aclexplode(n.nspacl) a
               WHERE n.nspname IN ('bd', 'bd_data') AND a.grantee <> 'bd_owner'::regrole
    LOOP
        EXECUTE format('REVOKE ALL ON SCHEMA bd, bd_data FROM %s', who);
    END LOOP;
END
$$;

GRANT USAGE ON SCHEMA bd, bd_data TO bd_technician, bd_reviewer;
GRANT SELECT ON ALL TABLES IN SCHEMA bd, bd_data TO bd_technician, bd_reviewer;
GRANT SELECT ON public.qgis_layer_metadata, public.layer_styles TO bd_technician, bd_reviewer;
GRANT INSERT ON bd.map_exports TO bd_technician;
GRANT USAGE ON SEQUENCE bd.map_exports_id_seq TO bd_technician;
GRANT INSERT, UPDATE, DELETE ON bd.protected_areas TO bd_reviewer;
GRANT USAGE ON SEQUENCE bd.protected_areas_id_seq TO bd_reviewer;

-- Nobody inserts registry rows or reviews directly any more: the functions below do.
DROP POLICY IF EXISTS layers_push ON bd.layers;
DROP POLICY IF EXISTS reviews_submit ON bd.reviews;
DROP POLICY IF EXISTS reviews_decide ON bd.reviews;

-- The registry names the style of each version (a newer row in layer_styles never replaces it).
ALTER TABLE bd.layers ADD COLUMN style_id integer REFERENCES public.layer_styles (id) ON DELETE SET NULL;
UPDATE bd.layers l SET style_id = (
    SELECT s.id FROM public.layer_styles s
    WHERE s.f_table_catalog = current_database() AND s.f_table_schema = l.table_schema
          AND s.f_table_name = l.table_name AND s.owner = l.pushed_by AND s.description = 'bd_qgis_plugin push'
    ORDER BY abs(extract(epoch FROM s.update_time - (l.pushed_at AT TIME ZONE current_setting('TimeZone')))), s.id
    LIMIT 1);

-- A map export is recorded under the name of whoever stores it.
CREATE FUNCTION bd.stamp_map_export() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.pushed_by := session_user;
    NEW.pushed_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER map_exports_stamp BEFORE INSERT ON bd.map_exports
    FOR EACH ROW EXECUTE FUNCTION bd.stamp_map_export();

-- Everything below belongs to bd_owner.
SET LOCAL ROLE bd_owner;

-- The pushes under way in this transaction (rows live until commit, when the trigger below removes them).
CREATE TABLE bd.pending_pushes (
    table_name text PRIMARY KEY,
    xact xid8 NOT NULL DEFAULT pg_current_xact_id(),
    pushed_by text NOT NULL,
    layer_uid uuid NOT NULL,
    title text NOT NULL,
    slug text NOT NULL,
    version integer NOT NULL,
    kind text,  -- set when the table is created
    key_column text,
    geometry_column text,
    srid integer,
    layer_id bigint  -- set when registered
);
REVOKE ALL ON bd.pending_pushes FROM PUBLIC;

CREATE FUNCTION bd.check_push_finished() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, bd, public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM bd.pending_pushes p WHERE p.table_name = NEW.table_name AND p.layer_id IS NULL) THEN
        RAISE EXCEPTION 'bd: the push of % was not finished (no registry row); nothing was stored', NEW.table_name
            USING ERRCODE = 'check_violation';
    END IF;
    DELETE FROM bd.pending_pushes p WHERE p.table_name = NEW.table_name;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER pending_pushes_finished AFTER INSERT ON bd.pending_pushes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bd.check_push_finished();

-- The push of this transaction that writes p_table, at the given step; refused for anyone else's.
CREATE FUNCTION bd.pending_push(p_table text, p_step text) RETURNS bd.pending_pushes
LANGUAGE plpgsql SET search_path = pg_catalog, bd, public, pg_temp AS $$
DECLARE
    found_push bd.pending_pushes;
BEGIN
    SELECT * INTO found_push FROM bd.pending_pushes p
    WHERE p.table_name = p_table AND p.pushed_by = session_user AND p.xact = pg_current_xact_id()
          AND CASE p_step WHEN 'create' THEN p.kind IS NULL
                          WHEN 'register' THEN p.kind IS NOT NULL AND p.layer_id IS NULL
                          ELSE p.layer_id IS NOT NULL END;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'bd: no push of % by % is under way in this transaction (step %)', p_table, session_user,
            p_step USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN found_push;
END
$$;
REVOKE ALL ON FUNCTION bd.pending_push(text, text) FROM PUBLIC;

-- Step 1: the name and version of a new version of p_title, allocated here. p_slug is the plugin's slug of
-- the title (used for a new title only, with _2, _3… when another title has it). Pushes of titles that
-- share a slug wait for each other (advisory locks until commit), so parallel pushes never collide.
CREATE FUNCTION bd.begin_push(p_title text, p_slug text)
RETURNS TABLE (layer_uid uuid, slug text, version integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, bd, public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    new_uid uuid;
    new_slug text;
    new_version integer;
    attempt integer := 1;
    suffix text;
BEGIN
    IF NOT pg_has_role(session_user, 'bd_technician', 'MEMBER') THEN
        RAISE EXCEPTION 'bd: permission denied: % is not a technician (role bd_technician) and cannot push',
            session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_title IS NULL OR btrim(p_title) = '' THEN
        RAISE EXCEPTION 'bd: a push needs a title' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_slug IS NULL OR p_slug !~ '^[a-z][a-z0-9_]*$' OR length(p_slug) > 48 THEN
        RAISE EXCEPTION 'bd: % is not a table name of the push', p_slug USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('bd.layers:' || p_slug));
    SELECT l.layer_uid, l.slug INTO new_uid, new_slug FROM bd.layers l WHERE l.title = p_title
    ORDER BY l.version DESC LIMIT 1;
    IF new_uid IS NULL THEN
        SELECT p.layer_uid, p.slug INTO new_uid, new_slug FROM bd.pending_pushes p WHERE p.title = p_title LIMIT 1;
    END IF;
    IF new_uid IS NOT NULL THEN
        SELECT coalesce(max(l.version), 0) + 1 INTO new_version FROM bd.layers l WHERE l.layer_uid = new_uid;
        SELECT greatest(new_version, coalesce(max(p.version), 0) + 1) INTO new_version
        FROM bd.pending_pushes p WHERE p.layer_uid = new_uid;
    ELSE
        new_slug := p_slug;
        LOOP
            EXIT WHEN NOT EXISTS (SELECT 1 FROM bd.layers l WHERE l.slug = new_slug AND l.title <> p_title)
                  AND NOT EXISTS (SELECT 1 FROM bd.pending_pushes p WHERE p.slug = new_slug AND p.title <> p_title);
            attempt := attempt + 1;
            suffix := '_' || attempt;
            new_slug := left(p_slug, 48 - length(suffix)) || suffix;
            PERFORM pg_advisory_xact_lock(hashtext('bd.layers:' || new_slug));
        END LOOP;
        new_uid := gen_random_uuid();
        new_version := 1;
    END IF;
    INSERT INTO bd.pending_pushes (table_name, pushed_by, layer_uid, title, slug, version)
    VALUES (new_slug || '_v' || new_version, session_user, new_uid, p_title, new_slug, new_version);
    RETURN QUERY SELECT new_uid, new_slug, new_version;
END
$$;

-- Step 2: the table of the version, owned by bd_owner; the pusher may INSERT (COPY) into it until step 3.
-- p_columns: [[name, type], …] with the types a push stores; p_kind: 'vector' (with or without geometry)
-- or 'raster' (rid, rast).
CREATE FUNCTION bd.create_push_table(p_table text, p_kind text, p_columns jsonb, p_key text,
                                     p_geometry_column text, p_geometry_type text, p_srid integer)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, bd, public, pg_temp AS $$
DECLARE
    push bd.pending_pushes := bd.pending_push(p_table, 'create');
    columns text[];
    item jsonb;
    new_kind text;
    new_key text := p_key;
    new_geometry text := p_geometry_column;
BEGIN
    IF p_kind = 'raster' THEN
        EXECUTE format('CREATE TABLE %I.%I (rid serial PRIMARY KEY, rast public.raster NOT NULL)', 'bd_data',
                       p_table);
        EXECUTE format('GRANT USAGE ON SEQUENCE %s TO %I',
                       pg_get_serial_sequence(format('%I.%I', 'bd_data', p_table), 'rid'), session_user);
        new_kind := 'raster';
        new_key := 'rid';
        new_geometry := 'rast';
    ELSIF p_kind = 'vector' THEN
        IF coalesce(p_key, '') = '' OR jsonb_typeof(coalesce(p_columns, '[]')) <> 'array' THEN
            RAISE EXCEPTION 'bd: the push of % needs a key column and a list of columns', p_table
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        columns := ARRAY[format('%I bigint NOT NULL', p_key)];
        FOR item IN SELECT value FROM jsonb_array_elements(coalesce(p_columns, '[]')) LOOP
            IF jsonb_typeof(item) <> 'array' OR coalesce(item ->> 0, '') = '' OR coalesce(item ->> 1, '') NOT IN (
                    'integer', 'bigint', 'numeric', 'double precision', 'text', 'date', 'timestamp', 'time',
                    'boolean') THEN
                RAISE EXCEPTION 'bd: the column % of % has a type a push does not store (%)', item ->> 0, p_table,
                    item ->> 1 USING ERRCODE = 'invalid_parameter_value';
            END IF;
            columns := columns || format('%I %s', item ->> 0, item ->> 1);
        END LOOP;
        IF p_geometry_column IS NOT NULL THEN
            IF coalesce(p_geometry_type, '') !~ '^[A-Za-z]{1,40}$' OR p_srid IS NULL THEN
                RAISE EXCEPTION 'bd: the geometry of % needs a type and an SRID', p_table
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            columns := columns || format('%I public.geometry(%s, %s)', p_geometry_column, p_geometry_type, p_srid);
            new_kind := 'vector';
        ELSE
            new_kind := 'table';
        END IF;
        EXECUTE format('CREATE TABLE %I.%I (%s)', 'bd_data', p_table, array_to_string(columns, ', '));
    ELSE
        RAISE EXCEPTION 'bd: unknown kind of push %', p_kind USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('GRANT INSERT ON %I.%I TO %I', 'bd_data', p_table, session_user);
    UPDATE bd.pending_pushes p SET kind = new_kind, key_column = new_key, geometry_column = new_geometry,
        srid = p_srid
    WHERE p.table_name = push.table_name;
END
$$;

-- Step 3: the pusher's INSERT right ends; keys, indexes and raster constraints; the registry row, with the
-- name, version and row count the database knows. Returns the registry id.
CREATE FUNCTION bd.register_push(p_table text, p_theme text, p_province text, p_reserve text,
                                 p_source_checksum text, p_lineage jsonb)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, bd, public, pg_temp AS $$
DECLARE
    push bd.pending_pushes := bd.pending_push(p_table, 'register');
    target text := format('%I.%I', 'bd_data', p_table);
    rows_stored bigint;
    new_id bigint;
BEGIN
    EXECUTE format('REVOKE ALL ON %s FROM %I', target, session_user);
    IF push.kind = 'raster' THEN
        EXECUTE format('REVOKE ALL ON SEQUENCE %s FROM %I', pg_get_serial_sequence(target, 'rid'), session_user);
        EXECUTE format('CREATE INDEX ON %s USING gist (public.ST_ConvexHull(rast))', target);
        PERFORM public.AddRasterConstraints('bd_data'::name, p_table::name, 'rast'::name, 'srid', 'scale_x',
                                            'scale_y', 'num_bands', 'pixel_types', 'nodata_values', 'out_db',
                                            'extent', 'same_alignment');
    ELSE
        EXECUTE format('ALTER TABLE %s ADD PRIMARY KEY (%I)', target, push.key_column);
        IF push.geometry_column IS NOT NULL THEN
            EXECUTE format('CREATE INDEX ON %s USING gist (%I)', target, push.geometry_column);
        END IF;
    END IF;
    EXECUTE format('GRANT SELECT ON %s TO bd_technician, bd_reviewer', target);
    EXECUTE format('SELECT count(*) FROM %s', target) INTO rows_stored;
    INSERT INTO bd.layers (layer_uid, version, title, slug, theme, province, reserve, kind, table_schema,
                           table_name, geometry_column, srid, feature_count, pushed_by, source_checksum, lineage)
    VALUES (push.layer_uid, push.version, push.title, push.slug, p_theme, p_province, p_reserve, push.kind,
            'bd_data', p_table, push.geometry_column, push.srid, rows_stored, session_user, p_source_checksum,
            coalesce(p_lineage, '[]'::jsonb))
    RETURNING id INTO new_id;
    UPDATE bd.pending_pushes p SET layer_id = new_id WHERE p.table_name = push.table_name;
    RETURN new_id;
END
$$;

-- Step 4: the version's metadata (QGIS' qgis_layer_metadata row; one per table).
CREATE FUNCTION bd.push_metadata(p_table text, p_identifier text, p_title text, p_abstract text,
                                 p_geometry_type text, p_extent text, p_crs text, p_qmd text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, bd, public, pg_temp AS $$
DECLARE
    push bd.pending_pushes := bd.pending_push(p_table, 'describe');
BEGIN
    INSERT INTO public.qgis_layer_metadata (f_table_catalog, f_table_schema, f_table_name, f_geometry_column,
                                            identifier, title, abstract, geometry_type, extent, crs, layer_type,
                                            qmd, owner)
    VALUES (current_database(), 'bd_data', p_table, push.geometry_column, p_identifier, p_title, p_abstract,
            p_geometry_type, public.ST_GeomFromText(p_extent, 4326), p_crs,
            CASE push.kind WHEN 'raster' THEN 'raster' ELSE 'vector' END, XMLPARSE(DOCUMENT p_qmd), session_user);
END
$$;

-- Step 5: the version's style, named by its registry row. Returns the layer_styles id.
CREATE FUNCTION bd.push_style(p_table text, p_stylename text, p_qml text, p_description text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, bd, public, pg_temp AS $$
DECLARE
    push bd.pending_pushes := bd.pending_push(p_table, 'style');
    new_id integer;
BEGIN
    IF EXISTS (SELECT 1 FROM bd.layers l WHERE l.id = push.layer_id AND l.style_id IS NOT NULL) THEN
        RAISE EXCEPTION 'bd: the style of % is already stored', p_table USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- type stays NULL: QGIS matches it for any geometry type ("type = … OR type IS NULL")
    INSERT INTO public.layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, stylename,
                                     styleqml, useasdefault, description, owner)
    VALUES (current_database(), 'bd_data', p_table, push.geometry_column, p_stylename, XMLPARSE(DOCUMENT p_qml),
            true, p_description, session_user)
    RETURNING id INTO new_id;
    UPDATE bd.layers l SET style_id = new_id WHERE l.id = push.layer_id;
    RETURN new_id;
END
$$;

-- Reviews: the pusher submits their own version (not one already accepted); a reviewer accepts or returns
-- another's, never their own (bd.check_review says so again for the administrator). Returns the review id.
CREATE FUNCTION bd.review(p_layer_id bigint, p_status text, p_comment text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, bd, public, pg_temp AS $$
DECLARE
    pusher text;
    latest text;
    new_id bigint;
BEGIN
    IF p_status IS NULL OR p_status NOT IN ('submitted', 'accepted', 'returned') THEN
        RAISE EXCEPTION 'bd: unknown review status %', p_status USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT l.pushed_by INTO pusher FROM bd.layers l WHERE l.id = p_layer_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'bd: there is no pushed version %', p_layer_id USING ERRCODE = 'no_data_found';
    END IF;
    IF p_status = 'submitted' THEN
        IF pusher IS DISTINCT FROM session_user THEN
            RAISE EXCEPTION 'bd: % cannot submit a layer pushed by %', session_user, pusher
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        SELECT r.status INTO latest FROM bd.reviews r WHERE r.layer_id = p_layer_id
        ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1;
        IF latest = 'accepted' THEN
            RAISE EXCEPTION 'bd: version % was accepted; push a new version instead of submitting it again',
                p_layer_id USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSE
        IF pusher = session_user THEN
            RAISE EXCEPTION 'bd: % cannot accept or return a layer they pushed themselves', session_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT pg_has_role(session_user, 'bd_reviewer', 'MEMBER') THEN
            RAISE EXCEPTION 'bd: % is not a reviewer (role bd_reviewer)', session_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    INSERT INTO bd.reviews (layer_id, status, reviewer, comment)
    VALUES (p_layer_id, p_status, session_user, p_comment)
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;

REVOKE ALL ON FUNCTION bd.check_push_finished(), bd.begin_push(text, text),
    bd.create_push_table(text, text, jsonb, text, text, text, integer),
    bd.register_push(text, text, text, text, text, jsonb),
    bd.push_metadata(text, text, text, text, text, text, text, text), bd.push_style(text, text, text, text),
    bd.review(bigint, text, text) FROM PUBLIC;
-- Reviewers may call the push functions too: they answer "not a technician" themselves.
GRANT EXECUTE ON FUNCTION bd.begin_push(text, text),
    bd.create_push_table(text, text, jsonb, text, text, text, integer),
    bd.register_push(text, text, text, text, text, jsonb),
    bd.push_metadata(text, text, text, text, text, text, text, text), bd.push_style(text, text, text, text),
    bd.review(bigint, text, text) TO bd_technician, bd_reviewer;

RESET ROLE;
