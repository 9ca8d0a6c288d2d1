-- Tilltro team mode (issue 17), step 1 of 2: the roles. Run once per server, as a superuser
-- (or a role with CREATEROLE), before the schema:
--
--   psql -v ON_ERROR_STOP=1 -f sql/team/roles.sql
--
-- Roles are cluster-wide in PostgreSQL; these are NOLOGIN group roles. People are LOGIN roles
-- granted exactly one of the three application roles (see docs/team-mode.md):
--
--   CREATE ROLE anna LOGIN;  GRANT tilltro_handledare TO anna;
--
-- tilltro_owner owns the tables and the SECURITY DEFINER functions of team.sql. Nobody logs in
-- as it. It has BYPASSRLS because the functions that decide who sees what (tilltro_can_see()
-- and its kin) must read participant and participant_share themselves; every other way to the
-- data goes through row-level security.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tilltro_owner') THEN
        CREATE ROLE tilltro_owner NOLOGIN BYPASSRLS;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tilltro_handledare') THEN
        CREATE ROLE tilltro_handledare NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tilltro_samordnare') THEN
        CREATE ROLE tilltro_samordnare NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tilltro_admin') THEN
        CREATE ROLE tilltro_admin NOLOGIN;
    END IF;
END
$$;
