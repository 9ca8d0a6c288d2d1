#!/usr/bin/env bash
# Team mode on a real PostgreSQL 15 (issue 17): starts a throwaway cluster on loopback with TLS,
# loads the schema (tilltro_schema_sql --dialect postgresql) and sql/team/{roles,team}.sql, and
# shows with plain psql, as each role, what the server lets it see and do. Not through Tilltro:
# the server alone enforces it.
#
#   tests/team/run-team-tests.sh SCHEMA_SQL_TOOL SQL_TEAM_DIR
#
# As root (CI) the cluster runs as the `postgres` user (initdb refuses root). The server is
# stopped and the folder removed on every exit, a failed check included. Every failure says
# what was expected and what came; the exit code is 1 if any check failed.
set -euo pipefail

tool=${1:?usage: run-team-tests.sh SCHEMA_SQL_TOOL SQL_TEAM_DIR}
sqldir=${2:?usage: run-team-tests.sh SCHEMA_SQL_TOOL SQL_TEAM_DIR}
start=$(date +%s.%N)

pgbin=${TILLTRO_PG_BIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$pgbin/initdb" ] || ! command -v psql >/dev/null || ! command -v openssl >/dev/null
then
  echo "FAIL: expected PostgreSQL 15 in $pgbin, psql and openssl (./dev.sh installs them:" \
       "postgresql postgresql-client openssl)" >&2
  exit 1
fi

tmp=$(mktemp -d /tmp/tilltro-team.XXXXXX)
data=$tmp/data
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
stop() {
  if [ -f "$data/postmaster.pid" ]; then
    as_pg "$pgbin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
}
trap stop EXIT
[ "$(id -u)" -eq 0 ] && chown postgres: "$tmp"

# A certificate made on the spot for 127.0.0.1, and a second one that did not sign it.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
  -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
  -keyout "$tmp/server.key" -out "$tmp/server.crt" 2>/dev/null
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
  -subj /CN=other -keyout "$tmp/other.key" -out "$tmp/other.crt" 2>/dev/null
chmod 600 "$tmp/server.key"
[ "$(id -u)" -eq 0 ] && chown postgres: "$tmp/server.key" "$tmp/server.crt"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

as_pg "$pgbin/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 --no-sync \
  --auth-local=trust --auth-host=reject >"$tmp/initdb.log" 2>&1 \
  || { cat "$tmp/initdb.log" >&2; echo "FAIL: initdb" >&2; exit 1; }
# TCP only with TLS: hostssl with passwords, everything else on TCP refused. The socket (in the
# private temporary folder) is for the test's superuser setup.
cat >"$data/pg_hba.conf" <<EOF
local     all all                trust
hostssl   all all 127.0.0.1/32   scram-sha-256
hostnossl all all 127.0.0.1/32   reject
hostnossl all all ::1/128        reject
EOF
# fsync and full-page writes off: a throwaway cluster, and the test stays fast.
options="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$tmp"
options+=" -c ssl=on -c ssl_cert_file=$tmp/server.crt -c ssl_key_file=$tmp/server.key"
options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
as_pg "$pgbin/pg_ctl" -D "$data" -l "$tmp/server.log" -w -t 20 start -o "$options" >/dev/null \
  || { cat "$tmp/server.log" >&2; echo "FAIL: the server did not start" >&2; exit 1; }

# The superuser over the socket, for setup and for looking under the hood.
su_sql() { psql -X -q -v ON_ERROR_STOP=1 -h "$tmp" -p "$port" -U postgres "$@"; }
sq() { su_sql -d tilltro -At -c "$1"; }

"$tool" --dialect postgresql >"$tmp/schema.sql"
su_sql -d postgres -f "$sqldir/roles.sql"
su_sql -d postgres <<'EOF'
CREATE DATABASE tilltro OWNER tilltro_owner;
CREATE ROLE anna LOGIN PASSWORD 'pw-anna' IN ROLE tilltro_handledare;
CREATE ROLE bo LOGIN PASSWORD 'pw-bo' IN ROLE tilltro_handledare;
CREATE ROLE cia LOGIN PASSWORD 'pw-cia' IN ROLE tilltro_handledare;
CREATE ROLE sara LOGIN PASSWORD 'pw-sara' IN ROLE tilltro_samordnare;
CREATE ROLE adam LOGIN PASSWORD 'pw-adam' IN ROLE tilltro_admin;
EOF
PGOPTIONS='-c role=tilltro_owner' su_sql -d tilltro -f "$tmp/schema.sql" >/dev/null
# Twice: team.sql must run again after a migration (it replaces what it made).
for _ in 1 2; do
  PGOPTIONS='-c role=tilltro_owner -c client_min_messages=warning' \
    su_sql -d tilltro -f "$sqldir/team.sql" >/dev/null
done

# A little data, as the superuser: anna has A1..A7, bo B1, dan D1..D5, cia none. A3 is shared
# with bo until yesterday, A4 until tomorrow. A1 has the whole history: occasions, answers, a
# plan with a delmål and an activity, an insats, a consent, an edit. A2 carries a marker name
# for the erasure check.
su_sql -d tilltro <<'EOF'
INSERT INTO handledare (name, db_user) VALUES ('Anna', 'anna'), ('Bo', 'bo'), ('Cia', 'cia'),
    ('Dan', 'dan');
INSERT INTO instrument (instrument_key, version, json, stored_at)
    VALUES ('skapa-bip', 1, '{}', '2024-01-01T00:00:00.000Z');
INSERT INTO participant (code, name, goal_type, start_date, handledare_id, created_at, updated_at)
SELECT c.code, 'Namn ' || c.code, 'arbete', '2024-01-01', h.id, '2024-01-01', '2024-01-01'
FROM (VALUES ('A1', 'anna'), ('A2', 'anna'), ('A3', 'anna'), ('A4', 'anna'), ('A5', 'anna'),
             ('A6', 'anna'), ('A7', 'anna'), ('B1', 'bo'), ('D1', 'dan'), ('D2', 'dan'),
             ('D3', 'dan'), ('D4', 'dan'), ('D5', 'dan')) AS c(code, who)
JOIN handledare h ON h.db_user = c.who;
UPDATE participant SET name = 'Raderamarkor Qzxv' WHERE code = 'A2';
INSERT INTO handledare_assignment (participant_id, handledare_id, from_date)
SELECT id, handledare_id, '2024-01-01' FROM participant;
INSERT INTO participant_share (participant_id, handledare_id, until)
SELECT p.id, h.id, CASE p.code WHEN 'A3' THEN current_date - 1 ELSE current_date + 1 END
FROM participant p, handledare h WHERE p.code IN ('A3', 'A4') AND h.db_user = 'bo';
INSERT INTO occasion (participant_id, instrument_id, occasion_date, handledare_id, state, notes,
                      created_at, updated_at)
SELECT p.id, 1, d, p.handledare_id, 'completed', 'anteckning', d, d
FROM participant p, (VALUES ('2024-02-01'), ('2024-05-01')) AS o(d)
WHERE p.code IN ('A1', 'A4', 'B1');
INSERT INTO answer (occasion_id, question_key, value)
SELECT o.id, 'q1', 3 FROM occasion o;
INSERT INTO occasion_edit (occasion_id, edited_at, edited_by, field, before_value, after_value)
SELECT min(o.id), '2024-02-02', 'anna', 'notes', '', 'anteckning'
FROM occasion o JOIN participant p ON p.id = o.participant_id WHERE p.code = 'A1';
INSERT INTO plan (participant_id, goal_type, goal_text, created_at, updated_at)
SELECT id, 'arbete', 'mål ' || code, '2024-02-01', '2024-02-01' FROM participant
WHERE code IN ('A1', 'B1');
INSERT INTO delmal (plan_id, position, what, responsible, status)
SELECT id, 0, 'delmål', 'deltagare', 'pagar' FROM plan;
INSERT INTO activity (delmal_id, position, what) SELECT id, 0, 'aktivitet' FROM delmal;
INSERT INTO insats (participant_id, category, start_date)
SELECT id, 'social', '2024-01-15' FROM participant WHERE code IN ('A1', 'B1');
INSERT INTO consent (participant_id, scope, given_date)
SELECT id, 'share', '2024-01-01' FROM participant WHERE code IN ('A1', 'B1');
EOF
id_of() { sq "SELECT id FROM participant WHERE code = '$1'"; }
A1=$(id_of A1); A2=$(id_of A2); A3=$(id_of A3); A4=$(id_of A4); B1=$(id_of B1)
ANNA=$(sq "SELECT id FROM handledare WHERE db_user = 'anna'")
BO=$(sq "SELECT id FROM handledare WHERE db_user = 'bo'")
A1_OCC=$(sq "SELECT min(id) FROM occasion WHERE participant_id = $A1")
A1_PLAN=$(sq "SELECT id FROM plan WHERE participant_id = $A1")

failures=0
checks=0
fail() {
  failures=$((failures + 1))
  printf 'FAIL %s\n  expected: %s\n  got:      %s\n' "$1" "$2" "$3" >&2
}
# As a login, over TCP with TLS that must verify (verify-full against the generated certificate).
as() {
  local user=$1
  shift
  PGPASSWORD=pw-$user psql -X -A -t -q -v ON_ERROR_STOP=1 \
    "host=127.0.0.1 port=$port dbname=tilltro user=$user sslmode=verify-full sslrootcert=$tmp/server.crt" \
    -c "$1" 2>&1
}
# expect NAME USER SQL EXPECTED: the output must be EXPECTED exactly.
expect() {
  checks=$((checks + 1))
  local got
  got=$(as "$2" "$3") || true
  [ "$got" = "$4" ] || fail "$1 [as $2: $3]" "$4" "$got"
}
# refused NAME USER SQL PATTERN: psql must fail with a message matching PATTERN (grep -E).
refused() {
  checks=$((checks + 1))
  local got
  if got=$(as "$2" "$3"); then
    fail "$1 [as $2: $3]" "refused with /$4/" "accepted: $got"
  elif ! grep -qE "$4" <<<"$got"; then
    fail "$1 [as $2: $3]" "refused with /$4/" "$got"
  fi
}
# expect_su NAME SQL EXPECTED: what the superuser sees (the truth under the policies).
expect_su() {
  checks=$((checks + 1))
  local got
  got=$(sq "$2" 2>&1) || true
  [ "$got" = "$3" ] || fail "$1 [superuser: $2]" "$3" "$got"
}
rls='new row violates row-level security policy'
denied='permission denied'

# --- TLS: hostssl only, a certificate that does not verify is refused ---------------------------
checks=$((checks + 1))
if got=$(PGPASSWORD=pw-anna psql -X -At "host=127.0.0.1 port=$port dbname=tilltro user=anna sslmode=disable" -c 'SELECT 1' 2>&1); then
  fail "non-TLS TCP connection" "refused by pg_hba (hostnossl reject)" "accepted: $got"
elif ! grep -q 'no encryption' <<<"$got"; then
  fail "non-TLS TCP connection" "pg_hba.conf rejects connection ... no encryption" "$got"
fi
checks=$((checks + 1))
if got=$(PGPASSWORD=pw-anna psql -X -At "host=127.0.0.1 port=$port dbname=tilltro user=anna sslmode=verify-full sslrootcert=$tmp/other.crt" -c 'SELECT 1' 2>&1); then
  fail "server certificate from another authority" "refused by verify-full" "accepted: $got"
elif ! grep -q 'certificate verify failed' <<<"$got"; then
  fail "server certificate from another authority" "certificate verify failed" "$got"
fi
expect "the connection is encrypted" anna \
  "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()" "t"

# --- A handledare sees their own deltagare and those shared with them until the end date -------
expect "anna's caseload" anna "SELECT string_agg(code, ',' ORDER BY code) FROM participant" \
  "A1,A2,A3,A4,A5,A6,A7"
expect "bo: own + shared until tomorrow, not until yesterday" bo \
  "SELECT string_agg(code, ',' ORDER BY code) FROM participant" "A4,B1"
expect "bo: shared deltagare's occasions visible" bo \
  "SELECT count(*) FROM occasion WHERE participant_id = $A4" "2"
expect "bo: expired share's deltagare by id" bo "SELECT count(*) FROM participant WHERE id = $A3" "0"
expect "cia sees no deltagare" cia "SELECT count(*) FROM participant" "0"

# --- Another handledare's deltagare, occasions, answers and plans are invisible ----------------
for t in "participant WHERE id = $A1" "occasion WHERE participant_id = $A1" \
         "answer WHERE occasion_id = $A1_OCC" "occasion_edit WHERE occasion_id = $A1_OCC" \
         "plan WHERE participant_id = $A1" "delmal WHERE plan_id = $A1_PLAN" \
         "activity" "insats WHERE participant_id = $A1" "consent WHERE participant_id = $A1" \
         "handledare_assignment WHERE participant_id = $A1"; do
  expected=0
  [ "$t" = activity ] && expected=1 # bo's own plan has one activity
  expect "bo cannot see anna's $t" bo "SELECT count(*) FROM $t" "$expected"
done
expect "bo sees only bo's and the shared deltagare's answers" bo \
  "SELECT count(*) FROM answer" "4"

# --- ... and cannot be changed ----------------------------------------------------------------
expect "bo cannot rename anna's deltagare" bo \
  "WITH u AS (UPDATE participant SET name = 'x' WHERE id = $A1 RETURNING 1) SELECT count(*) FROM u" "0"
expect "bo cannot change anna's occasion" bo \
  "WITH u AS (UPDATE occasion SET notes = 'hijack' WHERE participant_id = $A1 RETURNING 1) SELECT count(*) FROM u" "0"
expect "bo cannot delete anna's answers" bo \
  "WITH d AS (DELETE FROM answer WHERE occasion_id = $A1_OCC RETURNING 1) SELECT count(*) FROM d" "0"
expect "bo cannot delete anna's plan" bo \
  "WITH d AS (DELETE FROM plan WHERE participant_id = $A1 RETURNING 1) SELECT count(*) FROM d" "0"
expect "bo cannot change anna's delmål" bo \
  "WITH u AS (UPDATE delmal SET what = 'x' WHERE plan_id = $A1_PLAN RETURNING 1) SELECT count(*) FROM u" "0"
refused "bo cannot add an occasion to anna's deltagare" bo \
  "INSERT INTO occasion (participant_id, instrument_id, occasion_date, state, created_at, updated_at) VALUES ($A1, 1, '2024-06-01', 'draft', 'x', 'x')" "$rls"
refused "bo cannot add an answer to anna's occasion" bo \
  "INSERT INTO answer (occasion_id, question_key, value) VALUES ($A1_OCC, 'q9', 1)" "$rls"
refused "bo cannot register a deltagare as anna's" bo \
  "INSERT INTO participant (code, goal_type, handledare_id, created_at, updated_at) VALUES ('X1', 'arbete', $ANNA, 'x', 'x')" "$rls"
refused "bo cannot move his occasion to anna's deltagare" bo \
  "UPDATE occasion SET participant_id = $A1 WHERE participant_id = $B1" "$rls"
refused "bo cannot delete a deltagare" bo "DELETE FROM participant WHERE id = $B1" "$denied"
refused "bo cannot give a deltagare away by UPDATE" bo \
  "UPDATE participant SET handledare_id = $ANNA WHERE id = $B1" "through handover"
refused "bo cannot share anna's deltagare with himself" bo \
  "INSERT INTO participant_share (participant_id, handledare_id, until) VALUES ($A1, $BO, current_date + 30)" "$rls"
expect_su "anna's data untouched" \
  "SELECT (SELECT name FROM participant WHERE id = $A1) || ' ' || (SELECT count(*) FROM occasion WHERE participant_id = $A1 AND notes = 'anteckning') || ' ' || (SELECT count(*) FROM answer WHERE occasion_id = $A1_OCC) || ' ' || (SELECT count(*) FROM plan WHERE participant_id = $A1)" \
  "Namn A1 2 1 1"
expect "bo may change the shared deltagare's occasion while covering" bo \
  "WITH u AS (UPDATE occasion SET notes = 'täcker' WHERE participant_id = $A4 RETURNING 1) SELECT count(*) FROM u" "2"
expect "anna registers a deltagare of her own (INSERT ... RETURNING)" anna \
  "INSERT INTO participant (code, goal_type, handledare_id, created_at, updated_at) VALUES ('A8', 'arbete', $ANNA, 'x', 'x') RETURNING code" "A8"

# --- The samordnare: aggregates only ----------------------------------------------------------
for t in participant occasion answer plan insats consent audit_log handledare handledare_assignment; do
  refused "samordnare cannot read $t" sara "SELECT count(*) FROM $t" "$denied"
done
# 14 deltagare (A1..A8, B1, D1..D5), 6 completed occasions on 3 deltagare who each have 2:
# 3 and 0 are 1-4 and 0, so the first is suppressed, the second shown.
expect "samordnare: unit summary, counts under 5 suppressed" sara \
  "SELECT concat_ws(',', coalesce(participants::text, '<5'), coalesce(occasions::text, '<5'), coalesce(with_two_occasions::text, '<5'), coalesce(with_handledare_change::text, '<5'), coalesce(running::text, '<5')) FROM team_unit_summary('2024-01-01', '2024-12-31')" \
  "14,6,<5,0,14"
# Running per handledare: Anna 8, Bo 1, Cia 0, Dan 5. Bo's 1 is hidden, and since 1 alone would
# follow from the total, the smallest shown above 0 (Dan's 5) is hidden too (shownCells()).
expect "samordnare: caseload per handledare, complementary suppression" sara \
  "SELECT string_agg(handledare || '=' || coalesce(running::text, '<5'), ',') FROM team_caseload()" \
  "Anna=8,Bo=<5,Cia=0,Dan=<5"
refused "samordnare cannot hand over" sara "SELECT handover($A1, $BO)" "$denied"

# --- The administratör: handledare, shares, erasure; no occasions ------------------------------
for t in occasion answer plan delmal insats consent occasion_edit; do
  refused "admin cannot read $t" adam "SELECT count(*) FROM $t" "$denied"
done
refused "admin cannot read deltagare names" adam "SELECT name FROM participant" "$denied"
refused "admin cannot read personnummer" adam "SELECT personnummer FROM participant" "$denied"
expect "admin reads what gallring needs" adam \
  "SELECT count(*) FROM participant WHERE end_date IS NULL" "14"
expect "admin adds a handledare" adam \
  "INSERT INTO handledare (name, db_user) VALUES ('Eva', 'eva') RETURNING name" "Eva"

# --- The audit log: by the server, in the change's transaction, append-only -------------------
before=$(sq "SELECT count(*) FROM audit_log")
expect "anna's change is audited in its own transaction, as anna" anna \
  "BEGIN; UPDATE occasion SET notes = 'ny' WHERE id = $A1_OCC; SELECT os_user || ' ' || action || ' ' || entity || ' ' || details FROM audit_log WHERE entity_id = $A1_OCC AND entity = 'occasion' AND details LIKE '%notes%'; COMMIT;" \
  "anna update occasion server columns=notes"
expect_su "one audit row for the committed change" \
  "SELECT count(*) - $before FROM audit_log" "1"
before=$(sq "SELECT count(*) FROM audit_log")
expect "a change rolled back" anna \
  "BEGIN; UPDATE occasion SET notes = 'ångrad' WHERE id = $A1_OCC; ROLLBACK; SELECT 'ok';" "ok"
expect_su "a rolled-back change leaves no audit row" "SELECT count(*) - $before FROM audit_log" "0"
expect "an entry added by the client is stamped with its login" anna \
  "INSERT INTO audit_log (at, os_user, action, entity, participant_id) VALUES ('1999-01-01', 'bo', 'export', 'participant', $A1) RETURNING os_user || ' ' || left(at, 2)" \
  "anna 20"
for who in anna bo adam; do
  refused "$who cannot UPDATE audit_log" "$who" "UPDATE audit_log SET details = 'x'" "$denied"
  refused "$who cannot DELETE audit_log" "$who" "DELETE FROM audit_log" "$denied"
  refused "$who cannot TRUNCATE audit_log" "$who" "TRUNCATE audit_log" "$denied"
done
checks=$((checks + 1))
if got=$(sq "DELETE FROM audit_log WHERE id = 1" 2>&1); then
  fail "even the superuser's DELETE on audit_log" "refused by the trigger" "accepted: $got"
elif ! grep -q 'append-only' <<<"$got"; then
  fail "even the superuser's DELETE on audit_log" "audit_log is append-only" "$got"
fi
checks=$((checks + 1))
if got=$(sq "TRUNCATE audit_log" 2>&1) || ! grep -q 'append-only' <<<"$got"; then
  fail "even the superuser's TRUNCATE on audit_log" "audit_log is append-only" "$got"
fi

# --- Handover: one audited action; the new handledare sees the whole history -------------------
refused "anna cannot hand over bo's deltagare" anna "SELECT handover($B1, $ANNA)" \
  "only the administratör or the responsible handledare"
expect "admin hands A1 over to bo" adam "SELECT handover($A1, $BO)" ""
expect "bo now has A1's whole history" bo \
  "SELECT concat_ws(' ', (SELECT count(*) FROM occasion WHERE participant_id = $A1), (SELECT count(*) FROM answer WHERE occasion_id = $A1_OCC), (SELECT count(*) FROM occasion_edit WHERE occasion_id = $A1_OCC), (SELECT count(*) FROM plan WHERE participant_id = $A1), (SELECT count(*) FROM delmal WHERE plan_id = $A1_PLAN), (SELECT count(*) FROM insats WHERE participant_id = $A1), (SELECT count(*) FROM consent WHERE participant_id = $A1), (SELECT count(*) FROM handledare_assignment WHERE participant_id = $A1))" \
  "2 1 1 1 1 1 1 2"
expect "anna no longer sees A1" anna "SELECT count(*) FROM occasion WHERE participant_id = $A1" "0"
expect "the handover's audit entry" adam \
  "SELECT os_user || ' ' || details FROM audit_log WHERE participant_id = $A1 AND details LIKE 'handover%'" \
  "adam handover from=$ANNA to=$BO"
expect_su "the old assignment is closed, the new one open" \
  "SELECT string_agg(handledare_id || ':' || coalesce(to_date, 'open'), ',' ORDER BY id) FROM handledare_assignment WHERE participant_id = $A1" \
  "$ANNA:$(date +%F),$BO:open"
expect "bo hands A1 back (the responsible handledare may)" bo "SELECT handover($A1, $ANNA)" ""

# --- Erasure: the rows go; the table files after VACUUM FULL; what WAL keeps --------------------
datadir=$(sq "SHOW data_directory")
marker='Raderamarkor Qzxv'
sq "CHECKPOINT" >/dev/null
refused "a handledare cannot erase" anna "SELECT tilltro_erase($A2)" "$denied"
expect "admin erases A2" adam "SELECT tilltro_erase($A2)" ""
expect "the erased deltagare is gone" anna "SELECT count(*) FROM participant WHERE id = $A2" "0"
expect "the erasure is in the audit log" adam \
  "SELECT os_user || ' ' || action FROM audit_log WHERE participant_id = $A2 AND action = 'erase'" \
  "adam erase"
sq "CHECKPOINT" >/dev/null
checks=$((checks + 1))
grep -rqa "$marker" "$datadir/base" ||
  fail "erased row still in the table file before VACUUM FULL (what docs/team-mode.md says)" \
       "the name in base/" "not found (update the documentation)"
sq "VACUUM FULL participant" >/dev/null
sq "CHECKPOINT" >/dev/null
checks=$((checks + 1))
if found=$(grep -rla "$marker" "$datadir/base"); then
  fail "erased name gone from the table files after VACUUM FULL" "no file under base/" "$found"
fi
checks=$((checks + 1))
grep -rqa "$marker" "$datadir/pg_wal" ||
  fail "erased name still in WAL (what docs/team-mode.md says)" "the name in pg_wal/" \
       "not found (update the documentation)"
sq "UPDATE participant SET end_date = '2020-06-30' WHERE code = 'A5'" >/dev/null
expect "gallring erases ended participations" adam "SELECT tilltro_gallring('2021-01-01')" "1"

elapsed=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" \
  "$start" "$(date +%s.%N)")
if [ "$failures" -gt 0 ]; then
  echo "$failures of $checks team-mode checks failed ($elapsed s)" >&2
  exit 1
fi
echo "all $checks team-mode checks passed against PostgreSQL $(sq 'SHOW server_version') ($elapsed s)"
