-- Roles enforced by the database: bd_technician pushes, bd_reviewer reviews, both read.
-- Login roles are granted one of these (GRANT bd_technician TO alice).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bd_technician') THEN
        CREATE ROLE bd_technician NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bd_reviewer') THEN
        CREATE ROLE bd_reviewer NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA bd TO bd_technician, bd_reviewer;
GRANT USAGE, CREATE ON SCHEMA bd_data TO bd_technician;
GRANT USAGE ON SCHEMA bd_data TO bd_reviewer;
GRANT SELECT ON ALL TABLES IN SCHEMA bd TO bd_technician, bd_reviewer;
GRANT SELECT ON public.qgis_layer_metadata, public.layer_styles TO bd_technician, bd_reviewer;
GRANT INSERT ON bd.layers, bd.map_exports, public.qgis_layer_metadata, public.layer_styles TO bd_technician;
GRANT INSERT ON public.spatial_ref_sys TO bd_technician;  -- user-defined VN-2000 TM-3 CRSs
GRANT INSERT ON bd.reviews TO bd_technician, bd_reviewer;
GRANT INSERT, UPDATE, DELETE ON bd.protected_areas TO bd_reviewer;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA bd TO bd_technician, bd_reviewer;
GRANT USAGE ON SEQUENCE public.qgis_layer_metadata_id_seq, public.layer_styles_id_seq TO bd_technician;

-- Pushers write their own name; nobody else's.
ALTER TABLE bd.layers ENABLE ROW LEVEL SECURITY;
CREATE POLICY layers_read ON bd.layers FOR SELECT USING (true);
CREATE POLICY layers_push ON bd.layers FOR INSERT TO bd_technician WITH CHECK (pushed_by = current_user);

-- Technicians submit; reviewers accept or return, never their own push.
ALTER TABLE bd.reviews ENABLE ROW LEVEL SECURITY;
CREATE POLICY reviews_read ON bd.reviews FOR SELECT USING (true);
CREATE POLICY reviews_submit ON bd.reviews FOR INSERT TO bd_technician
    WITH CHECK (status = 'submitted' AND reviewer = current_user);
CREATE POLICY reviews_decide ON bd.reviews FOR INSERT TO bd_reviewer
    WITH CHECK (status IN ('accepted', 'returned') AND reviewer = current_user);

-- Also for the owner and superusers (who bypass row-level security): no decision on one's own push,
-- and a decision needs the reviewer role.
CREATE FUNCTION bd.check_review() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status <> 'submitted' THEN
        IF EXISTS (SELECT 1 FROM bd.layers WHERE id = NEW.layer_id AND pushed_by = NEW.reviewer) THEN
            RAISE EXCEPTION 'bd: % cannot accept or return a layer they pushed themselves', NEW.reviewer
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT pg_has_role(NEW.reviewer, 'bd_reviewer', 'MEMBER') THEN
            RAISE EXCEPTION 'bd: % is not a reviewer (role bd_reviewer)', NEW.reviewer
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER reviews_check BEFORE INSERT OR UPDATE ON bd.reviews
    FOR EACH ROW EXECUTE FUNCTION bd.check_review();
