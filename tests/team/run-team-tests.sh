#!/usr/bin/env bash
# Team mode on a real PostgreSQL 15 (issue 17): starts a throwaway cluster on loopback with TLS,
# loads the schema (tilltro_schema_sql --dialect postgresql) and sql/team/{roles,team}.sql, and
# shows with plain psql, as each role, what the server lets it see and do. Not through Tilltro:
# the server alone enforces it.
#
#   tests/team/run-team-tests.sh SCHEMA_SQL_TOOL SQL_TEAM_DIR [TILLTRO [TEST_PROGRAM...]]
#
# With TILLTRO (the program), also the program against the server through Qt's QPSQL driver:
# `tilltro check`, `list`, `import-json` and `export-json --database postgresql://…` (TLS with
# a verified certificate, the login's role). Each TEST_PROGRAM (a QTest: the workspace's use cases,
# tests/workspace/tst_teamworkspace.cpp, and the window's dialog) then runs against the server,
# logged in through a PGPASSFILE as libpq does it: Tilltro itself never holds a password.
#
# As root (CI) the cluster runs as the `postgres` user (initdb refuses root). The server is
# stopped and the folder removed on every exit, a failed check included. Every failure says
# what was expected and what came; the exit code is 1 if any check failed.
set -euo pipefail

tool=${1:?usage: run-team-tests.sh SCHEMA_SQL_TOOL SQL_TEAM_DIR}
sqldir=${2:?usage: run-team-tests.sh SCHEMA_SQL_TOOL SQL_TEAM_DIR}
start=$(date +%s.%N)

# The cluster: tests/team/cluster.sh, shared with bench/team-load.sh. Fast settings: nothing to
# keep.
# shellcheck source-path=SCRIPTDIR source=cluster.sh
. "$(dirname "${BASH_SOURCE[0]}")/cluster.sh"
cluster_start

# The superuser over the socket (su_sql), for setup and for looking under the hood.
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
-- (Each deltagare's first assignment, from its start date, is opened by the server's trigger.)
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
    "host=127.0.0.1 port=$port dbname=tilltro user=$user sslmode=verify-full sslrootcert=$cluster_ca" \
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
if got=$(PGPASSWORD=pw-anna psql -X -At "host=127.0.0.1 port=$port dbname=tilltro user=anna sslmode=verify-full sslrootcert=$cluster_other_ca" -c 'SELECT 1' 2>&1); then
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

# --- Concurrent edits: optimistic versioning (docs/team-mode.md, "Concurrent edits") ------------
# anna and bo both have A4 open (shared with bo). A save is UPDATE ... WHERE id AND row_version;
# 0 rows is the conflict, and nothing is changed.
A4_OCC=$(sq "SELECT min(id) FROM occasion WHERE participant_id = $A4")
v=$(as anna "SELECT row_version FROM occasion WHERE id = $A4_OCC")
expect "bo opens the same version as anna" bo \
  "SELECT row_version FROM occasion WHERE id = $A4_OCC" "$v"
save_occ() { # NOTES VERSION: the save as the program makes it; prints the new version, or nothing
  echo "WITH u AS (UPDATE occasion SET notes = '$1', updated_at = tilltro_now() WHERE id = $A4_OCC AND row_version = $2 RETURNING row_version) SELECT coalesce((SELECT row_version::text FROM u), 'conflict')"
}
expect "anna saves first: the server bumps the version" anna "$(save_occ 'anna sparar' "$v")" \
  "$((v + 1))"
expect "bo's save with the stale version changes nothing and is reported (0 rows)" bo \
  "$(save_occ 'bo sparar' "$v")" "conflict"
expect_su "the occasion keeps anna's save" \
  "SELECT notes || ' ' || row_version FROM occasion WHERE id = $A4_OCC" "anna sparar $((v + 1))"
expect "bo sees anna's version to compare with his own" bo \
  "SELECT notes || ' ' || row_version FROM occasion WHERE id = $A4_OCC" "anna sparar $((v + 1))"
expect "who saved it: the audit log, without row_version in the columns" bo \
  "SELECT os_user || ' ' || details FROM audit_log WHERE entity = 'occasion' AND entity_id = $A4_OCC ORDER BY id DESC LIMIT 1" \
  "anna server columns=notes,updated_at"
expect "bo saves again on anna's version" bo "$(save_occ 'bo sparar' "$((v + 1))")" "$((v + 2))"
# The answers are guarded by their occasion: one statement bumps the occasion and writes them,
# so with a stale version no answer changes either.
expect "a stale save of answers changes no answer" anna \
  "WITH g AS (UPDATE occasion SET updated_at = tilltro_now() WHERE id = $A4_OCC AND row_version = $v RETURNING id), a AS (UPDATE answer SET value = 5 WHERE occasion_id IN (SELECT id FROM g) RETURNING 1) SELECT count(*) FROM a" \
  "0"
expect_su "the answers as they were" "SELECT string_agg(value::text, ',') FROM answer WHERE occasion_id = $A4_OCC" "3"
# At the same time: anna's save holds the row while bo saves with the same version; bo waits for
# anna's commit, then finds the version gone (READ COMMITTED re-checks the WHERE): 0 rows.
v=$((v + 2))
as anna "BEGIN; $(save_occ 'anna samtidigt' "$v"); SELECT pg_sleep(1.5); COMMIT;" >"$tmp/anna-concurrent.out" &
anna_pid=$!
for _ in $(seq 50); do
  [ "$(sq "SELECT count(*) FROM pg_stat_activity WHERE usename = 'anna' AND query LIKE '%pg_sleep%' AND wait_event = 'PgSleep'")" = 1 ] && break
  sleep 0.05
done
expect "bo's save while anna's is in flight: 0 rows once hers commits" bo \
  "$(save_occ 'bo samtidigt' "$v")" "conflict"
wait "$anna_pid" || true
checks=$((checks + 1))
got=$(tr '\n' ' ' <"$tmp/anna-concurrent.out")
[ "$got" = "$((v + 1))  " ] || fail "anna's concurrent save succeeds" "$((v + 1))" "$got"
expect_su "the row keeps anna's concurrent save" \
  "SELECT notes || ' ' || row_version FROM occasion WHERE id = $A4_OCC" "anna samtidigt $((v + 1))"
v=$((v + 1))
# Drafts are per user: anna's draft of A4 (shared with bo) is hers until completed.
A4_DRAFT=$(as anna "INSERT INTO occasion (participant_id, instrument_id, occasion_date, handledare_id, state, drafted_by, created_at, updated_at) SELECT $A4, 1, '2024-08-01', handledare_id, 'draft', 'bo', '2024-08-01', '2024-08-01' FROM participant WHERE id = $A4 RETURNING id")
as anna "INSERT INTO answer (occasion_id, question_key, value) VALUES ($A4_DRAFT, 'q1', 4)" >/dev/null
expect_su "the draft is the login's, whatever the client sent" \
  "SELECT drafted_by FROM occasion WHERE id = $A4_DRAFT" "anna"
expect "anna sees her draft and its answer" anna \
  "SELECT count(*) || ' ' || (SELECT count(*) FROM answer WHERE occasion_id = $A4_DRAFT) FROM occasion WHERE id = $A4_DRAFT" "1 1"
expect "bo, covering A4, does not see anna's draft or its answers" bo \
  "SELECT count(*) || ' ' || (SELECT count(*) FROM answer WHERE occasion_id = $A4_DRAFT) FROM occasion WHERE participant_id = $A4 AND state = 'draft'" "0 0"
expect "bo cannot change anna's draft" bo \
  "WITH u AS (UPDATE occasion SET notes = 'bo' WHERE id = $A4_DRAFT RETURNING 1) SELECT count(*) FROM u" "0"
expect "completed, the occasion is bo's to see too" anna \
  "UPDATE occasion SET state = 'completed', completed_at = '2024-08-01' WHERE id = $A4_DRAFT RETURNING state" "completed"
expect "bo now sees it and its answer" bo \
  "SELECT count(*) || ' ' || (SELECT count(*) FROM answer WHERE occasion_id = $A4_DRAFT) FROM occasion WHERE id = $A4_DRAFT" "1 1"
sq "DELETE FROM occasion WHERE id = $A4_DRAFT" >/dev/null
# The edits of a completed occasion are history: stamped by the server, never changed.
expect "an edit is stamped with the login, whatever the client sent" anna \
  "INSERT INTO occasion_edit (occasion_id, edited_at, edited_by, field, before_value, after_value) VALUES ($A4_OCC, '1999-01-01', 'bo', 'notes', 'a', 'b') RETURNING edited_by || ' ' || (edited_at > '2000')" \
  "anna true"
refused "a handledare cannot change an edit" anna "UPDATE occasion_edit SET after_value = 'x'" "$denied"
refused "a handledare cannot remove an edit" anna "DELETE FROM occasion_edit" "$denied"

# row_version belongs to the server: a client can set it neither back nor forward.
expect "row_version cannot be set backwards" anna \
  "UPDATE occasion SET row_version = 1 WHERE id = $A4_OCC RETURNING row_version" "$((v + 1))"
expect "row_version cannot be set forwards" anna \
  "UPDATE occasion SET row_version = row_version + 100 WHERE id = $A4_OCC RETURNING row_version" \
  "$((v + 2))"
expect "a new row starts at version 1 whatever the client sends" anna \
  "INSERT INTO occasion (participant_id, instrument_id, occasion_date, state, created_at, updated_at, row_version) VALUES ($A4, 1, '2024-07-01', 'draft', 'x', 'x', 42) RETURNING row_version" "1"
# The same for the deltagare, the plan and the delmål.
pv=$(as anna "SELECT row_version FROM participant WHERE id = $A4")
expect "anna renames A4" anna \
  "UPDATE participant SET name = 'Namn Anna' WHERE id = $A4 AND row_version = $pv RETURNING row_version" "$((pv + 1))"
expect "bo's stale rename of A4: 0 rows" bo \
  "WITH u AS (UPDATE participant SET name = 'Namn Bo' WHERE id = $A4 AND row_version = $pv RETURNING 1) SELECT count(*) FROM u" "0"
expect_su "A4 keeps anna's name" "SELECT name FROM participant WHERE id = $A4" "Namn Anna"
plv=$(as anna "SELECT row_version FROM plan WHERE id = $A1_PLAN")
expect "anna saves A1's plan in one window" anna \
  "UPDATE plan SET goal_text = 'fönster 1' WHERE id = $A1_PLAN AND row_version = $plv RETURNING row_version" "$((plv + 1))"
expect "her stale save from another window: 0 rows" anna \
  "WITH u AS (UPDATE plan SET goal_text = 'fönster 2' WHERE id = $A1_PLAN AND row_version = $plv RETURNING 1) SELECT count(*) FROM u" "0"
dv=$(as anna "SELECT row_version FROM delmal WHERE plan_id = $A1_PLAN")
expect "a delmål's version is bumped too" anna \
  "UPDATE delmal SET status = 'uppnatt' WHERE plan_id = $A1_PLAN AND row_version = $dv RETURNING row_version" "$((dv + 1))"
expect_su "the plan keeps the first save" "SELECT goal_text FROM plan WHERE id = $A1_PLAN" "fönster 1"

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

# The indicators' change (team_indicator_changes), as the program counts it: the deltagare's own
# rating, between each one's first and latest completed occasion in the period that they took
# part in. The built-in instrument (its deltagare questions d_<indicator>, scale 1-10) in place
# of the empty one. Occasions (all completed and present unless said) and ratings of
# m(ojligheter), k(lara_jobb), h(alsa), s(oker), first -> latest; "-" no answer:
#   D1 2024-02-10 m3 k2 h3 s4, 2024-04-10 all 9 (between: not read), 2024-06-10 m4 k3 h7 s6
#   D2 2023-12-01 all 1 (before the period), 2024-03-01 m5 k3 h5 s4, 2024-07-01 m5 k5 h5 s5
#   D3 2024-02-15 m6 k2 h4 s5, 2024-05-15 m5 k5 h6 s6, then 2024-09-01 all 1 but absent and
#      2024-10-01 all 10 but a draft (neither read)
#   D4 2024-01-20 m4 k6 h6 s2, 2024-11-20 m6 k7 h3 s5, 2025-02-01 all 1 (after the period)
#   D5 2024-04-01 m3 k1 h2 s3, 2024-08-01 m11 (outside the scale: no rating) k6 h3 s7
#   A6 2024-02-01 k4 h7 s8, 2024-06-01 k a non-answer code, h8 s6
#   A7 2024-03-01 h5, 2024-09-01 k6 h4
#   A8 2024-03-01 h2, 2024-08-01 h9 but absent (one occasion taken part in: no change)
# The changes, sorted, and QUARTILE.INC by hand: the value at rank p·(n−1), counted from 0,
# interpolated linearly between the two ranks around it:
#   mojligheter D1..D4: +1 0 -1 +2: n 4, under 5: the whole row suppressed.
#   klara_jobb D1..D5: 1 1 2 3 5: n 5; median rank 2 = 2, q1 rank 1 = 1, q3 rank 3 = 3;
#     improved/unchanged/worsened 5/0/0: all shown, 1, 0, 0.
#   halsa D1..D5, A6, A7: -3 -1 0 1 1 2 4: n 7; median rank 3 = 1; q1 rank 1.5 = -1 + 0.5·1 =
#     -0.5; q3 rank 4.5 = 1 + 0.5·1 = 1.5; the cells 4/1/2 are each 1-4: all three hidden.
#   soker D1..D5, A6: -2 1 1 2 3 4: n 6; median rank 2.5 = 1 + 0.5·1 = 1.5; q1 rank 1.25 =
#     1 + 0.25·0 = 1; q3 rank 3.75 = 2 + 0.75·1 = 2.75; cells 5/0/1: worsened 1 is hidden, and
#     alone it would follow from n − 5 − 0, so improved is hidden too; unchanged 0 is shown.
#   The other four indicators: nobody rated them, n 0.
instrument_json=$(cat "$(dirname "${BASH_SOURCE[0]}")/../../resources/instruments/skapa-bip-v2.json")
su_sql -d tilltro -v json="$instrument_json" <<'EOF'
UPDATE instrument SET json = :'json' WHERE id = 1;
CREATE TEMP TABLE o (code text, d text, state text, absent integer, m integer, k integer,
                     h integer, s integer, kcode text);
INSERT INTO o VALUES
  ('D1', '2024-02-10', 'completed', 0, 3, 2, 3, 4, ''),
  ('D1', '2024-04-10', 'completed', 0, 9, 9, 9, 9, ''),
  ('D1', '2024-06-10', 'completed', 0, 4, 3, 7, 6, ''),
  ('D2', '2023-12-01', 'completed', 0, 1, 1, 1, 1, ''),
  ('D2', '2024-03-01', 'completed', 0, 5, 3, 5, 4, ''),
  ('D2', '2024-07-01', 'completed', 0, 5, 5, 5, 5, ''),
  ('D3', '2024-02-15', 'completed', 0, 6, 2, 4, 5, ''),
  ('D3', '2024-05-15', 'completed', 0, 5, 5, 6, 6, ''),
  ('D3', '2024-09-01', 'completed', 1, 1, 1, 1, 1, ''),
  ('D3', '2024-10-01', 'draft', 0, 10, 10, 10, 10, ''),
  ('D4', '2024-01-20', 'completed', 0, 4, 6, 6, 2, ''),
  ('D4', '2024-11-20', 'completed', 0, 6, 7, 3, 5, ''),
  ('D4', '2025-02-01', 'completed', 0, 1, 1, 1, 1, ''),
  ('D5', '2024-04-01', 'completed', 0, 3, 1, 2, 3, ''),
  ('D5', '2024-08-01', 'completed', 0, 11, 6, 3, 7, ''),
  ('A6', '2024-02-01', 'completed', 0, NULL, 4, 7, 8, ''),
  ('A6', '2024-06-01', 'completed', 0, NULL, NULL, 8, 6, 'vet_inte'),
  ('A7', '2024-03-01', 'completed', 0, NULL, NULL, 5, NULL, ''),
  ('A7', '2024-09-01', 'completed', 0, NULL, 6, 4, NULL, ''),
  ('A8', '2024-03-01', 'completed', 0, NULL, NULL, 2, NULL, ''),
  ('A8', '2024-08-01', 'completed', 1, NULL, NULL, 9, NULL, '');
ALTER TABLE o ADD COLUMN occasion_id bigint;
UPDATE o SET occasion_id = nextval(pg_get_serial_sequence('occasion', 'id'));
INSERT INTO occasion (id, participant_id, instrument_id, occasion_date, handledare_id, state,
                      deltagare_absent, created_at, updated_at)
SELECT o.occasion_id, p.id, 1, o.d, p.handledare_id, o.state, o.absent, o.d, o.d
FROM o JOIN participant p ON p.code = o.code;
INSERT INTO answer (occasion_id, question_key, value, code)
SELECT occasion_id, 'd_' || v.indicator, v.value, v.code
FROM o CROSS JOIN LATERAL (VALUES ('mojligheter', m, ''), ('klara_jobb', k, kcode),
                                  ('halsa', h, ''), ('soker', s, '')) AS v(indicator, value, code)
WHERE v.value IS NOT NULL OR v.code <> '';
EOF
changes_of() { # FROM TO: each indicator as key=n/median/q1/q3/improved/unchanged/worsened
  echo "SELECT string_agg(concat_ws('/', indicator || '=' || coalesce(n::text, '-'), coalesce(median::text, '-'), coalesce(q1::text, '-'), coalesce(q3::text, '-'), coalesce(improved::text, '-'), coalesce(unchanged::text, '-'), coalesce(worsened::text, '-')), ' ') FROM team_indicator_changes('$1', '$2')"
}
expect "samordnare: the indicators' change in 2024, under-5 and partition suppression" sara \
  "$(changes_of 2024-01-01 2024-12-31)" \
  "mojligheter=-/-/-/-/-/-/- klara_jobb=5/2/1/3/1/0/0 samarbete=0/-/-/-/-/-/- halsa=7/1/-0.5/1.5/-/-/- vardagen=0/-/-/-/-/-/- kompetens=0/-/-/-/-/-/- lon=0/-/-/-/-/-/- soker=6/1.5/1/2.75/-/0/-"
# Up to May only D1 (02-10 to 04-10, all 9 now) and D3 have two occasions they took part in:
# 2 for each rated indicator, suppressed.
expect "samordnare: a shorter period leaves groups under 5, suppressed" sara \
  "$(changes_of 2024-01-01 2024-05-31)" \
  "mojligheter=-/-/-/-/-/-/- klara_jobb=-/-/-/-/-/-/- samarbete=0/-/-/-/-/-/- halsa=-/-/-/-/-/-/- vardagen=0/-/-/-/-/-/- kompetens=0/-/-/-/-/-/- lon=0/-/-/-/-/-/- soker=-/-/-/-/-/-/-"
refused "a handledare may not call team_indicator_changes" anna \
  "SELECT * FROM team_indicator_changes('2024-01-01', '2024-12-31')" "$denied"
refused "the administratör may not call team_indicator_changes" adam \
  "SELECT * FROM team_indicator_changes('2024-01-01', '2024-12-31')" "$denied"

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
A1_DRAFT=$(as anna "INSERT INTO occasion (participant_id, instrument_id, occasion_date, handledare_id, state, created_at, updated_at) VALUES ($A1, 1, '2024-09-01', $ANNA, 'draft', '2024-09-01', '2024-09-01') RETURNING id")
expect "admin hands A1 over to bo" adam "SELECT handover($A1, $BO)" ""
expect "bo now has A1's whole history" bo \
  "SELECT concat_ws(' ', (SELECT count(*) FROM occasion WHERE participant_id = $A1), (SELECT count(*) FROM answer WHERE occasion_id = $A1_OCC), (SELECT count(*) FROM occasion_edit WHERE occasion_id = $A1_OCC), (SELECT count(*) FROM plan WHERE participant_id = $A1), (SELECT count(*) FROM delmal WHERE plan_id = $A1_PLAN), (SELECT count(*) FROM insats WHERE participant_id = $A1), (SELECT count(*) FROM consent WHERE participant_id = $A1), (SELECT count(*) FROM handledare_assignment WHERE participant_id = $A1))" \
  "3 1 1 1 1 1 1 2"
expect "anna no longer sees A1" anna "SELECT count(*) FROM occasion WHERE participant_id = $A1" "0"
expect "anna's open draft of A1 went with it" bo \
  "SELECT count(*) FROM occasion WHERE participant_id = $A1 AND state = 'draft'" "1"
expect "the handover's audit entry" adam \
  "SELECT os_user || ' ' || details FROM audit_log WHERE participant_id = $A1 AND details LIKE 'handover%'" \
  "adam handover from=$ANNA to=$BO"
expect_su "the old assignment is closed, the new one open" \
  "SELECT string_agg(handledare_id || ':' || coalesce(to_date, 'open'), ',' ORDER BY id) FROM handledare_assignment WHERE participant_id = $A1" \
  "$ANNA:$(date +%F),$BO:open"
expect "bo hands A1 back (the responsible handledare may)" bo "SELECT handover($A1, $ANNA)" ""
sq "DELETE FROM occasion WHERE id = $A1_DRAFT" >/dev/null

# --- Erasure: the rows go; the table files after VACUUM FULL; what WAL keeps --------------------
datadir=$(sq "SHOW data_directory")
marker='Raderamarkor Qzxv'
sq "CHECKPOINT" >/dev/null
# The unit's settings (the retention period, the instrument for new occasions) are the
# administratör's; a handledare reads them.
expect "the administratör sets the retention period" adam \
  "INSERT INTO app_setting (key, value) VALUES ('gallring_years', '3') ON CONFLICT (key) DO UPDATE SET value = excluded.value RETURNING value" "3"
expect "a handledare reads it" anna "SELECT value FROM app_setting WHERE key = 'gallring_years'" "3"
refused "a handledare cannot change it" anna \
  "UPDATE app_setting SET value = '9' WHERE key = 'gallring_years'" "$denied"
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

# --- Tilltro's own connection check ------------------------------------------------------------
# client NAME EXIT PATTERN COMMAND ARGS...: `tilltro COMMAND ARGS` must exit EXIT with output
# matching PATTERN (grep -E, over the whole output as one line).
client() {
  local name=$1 want=$2 pattern=$3 code=0 got
  shift 3
  checks=$((checks + 1))
  got=$(QT_QPA_PLATFORM=offscreen "$tilltro" "$@" --lang en 2>&1) || code=$?
  got=${got//$'\n'/ }
  if [ "$code" != "$want" ] || ! grep -qE "$pattern" <<<"$got"; then
    fail "$name" "exit $want and /$pattern/" "exit $code: $got"
  fi
}
if [ -n "${3:-}" ]; then
  tilltro=$3
  url="postgresql://anna@127.0.0.1:$port/tilltro?sslrootcert=$cluster_ca"
  PGPASSWORD=pw-anna client "tilltro check as a handledare (verify-full by default)" 0 \
    "encrypted \(TLS.*Logged in as anna: handledare \(Anna\).*Database version [0-9]+" \
    check --database "$url"
  PGPASSWORD=pw-sara client "tilltro check as the samordnare: no schema to read, still a role" 0 \
    "Logged in as sara: samordnare" \
    check --database "postgresql://sara@127.0.0.1:$port/tilltro?sslrootcert=$cluster_ca"
  PGPASSWORD=pw-anna client "tilltro check refuses a certificate from another authority" 2 \
    "certificate could not be verified" \
    check --database "postgresql://anna@127.0.0.1:$port/tilltro?sslrootcert=$cluster_other_ca"
  PGPASSWORD=pw-anna client "tilltro refuses sslmode=require before it connects" 2 \
    "sslmode=require is not allowed" \
    check --database "postgresql://anna@127.0.0.1:$port/tilltro?sslmode=require&sslrootcert=$cluster_ca"
  PGPASSWORD=wrong client "tilltro check says a refused login in words" 2 \
    "did not accept the login. Tilltro stores no password" check --database "$url"
  client "tilltro refuses a password in the address" 2 "stores no password" \
    check --database "postgresql://anna:pw-anna@127.0.0.1:$port/tilltro?sslrootcert=$cluster_ca"
  PGPASSWORD=pw-anna client "tilltro check over the local socket, no TLS needed" 0 \
    "not encrypted \(a local socket\).*Logged in as anna" \
    check --database "postgresql://anna@/tilltro?host=$tmp&port=$port"
  PGPASSWORD=pw-anna client "a primary that is down: the next host of the list is taken" 0 \
    "Logged in as anna: handledare" \
    check --database "postgresql://anna@/tilltro?host=127.0.0.2,127.0.0.1&port=$port&sslrootcert=$cluster_ca"
  PGPASSWORD=pw-anna client "tilltro list works in the team database, as the login" 0 \
    "A1" list --database "$url"
  checks=$((checks + 1))
  if PGPASSWORD=pw-bo QT_QPA_PLATFORM=offscreen "$tilltro" list --lang en \
       --database "postgresql://bo@127.0.0.1:$port/tilltro?sslrootcert=$cluster_ca" | grep -q 'A1'; then
    fail "bo's list shows none of anna's deltagare" "no A1" "A1 listed"
  fi
  PGPASSWORD=pw-anna client "export-json from the team database" 0 "" \
    export-json --database "$url" --participant A7 --output "$tmp/a7.json"
  sed -e 's/"code": *"A7"/"code": "A7-moved"/' "$tmp/a7.json" >"$tmp/a7-moved.json"
  PGPASSWORD=pw-anna client "import-json into the team database" 0 "Imported 1 deltagare" \
    import-json --database "$url" --input "$tmp/a7-moved.json"
  expect "the imported deltagare is anna's, with A7's occasions and answers" anna \
    "SELECT h.db_user || ' ' || (SELECT count(*) FROM occasion o WHERE o.participant_id = p.id) || ' ' || (SELECT count(*) FROM answer a JOIN occasion o ON o.id = a.occasion_id WHERE o.participant_id = p.id) FROM participant p JOIN handledare h ON h.id = p.handledare_id WHERE p.code = 'A7-moved'" \
    "anna $(sq "SELECT count(*) FROM occasion o JOIN participant p ON p.id = o.participant_id WHERE p.code = 'A7'") $(sq "SELECT count(*) FROM answer a JOIN occasion o ON o.id = a.occasion_id JOIN participant p ON p.id = o.participant_id WHERE p.code = 'A7'")"
  PGPASSWORD=pw-sara client "the samordnare cannot open the caseload" 2 \
    "Tilltro works in a team database as a handledare" \
    list --database "postgresql://sara@127.0.0.1:$port/tilltro?sslrootcert=$cluster_ca"
fi

# --- The workspace's use cases and the window's dialog on the server ------------------------
if [ $# -gt 3 ]; then
  # libpq's own password file: what a municipality may use where Kerberos is not set up.
  printf '127.0.0.1:%s:tilltro:%s:pw-%s\n' "$port" anna anna "$port" bo bo "$port" sara sara \
    >"$tmp/pgpass"
  chmod 600 "$tmp/pgpass"
  base="postgresql://%s@127.0.0.1:$port/tilltro?sslrootcert=$cluster_ca"
  for program in "${@:4}"; do
    checks=$((checks + 1))
    # shellcheck disable=SC2059
    if ! got=$(PGPASSFILE="$tmp/pgpass" TILLTRO_TEAM_REQUIRED=1 QT_QPA_PLATFORM=offscreen \
          TILLTRO_TEAM_URI=$(printf "$base" anna) TILLTRO_TEAM_URI_BO=$(printf "$base" bo) \
          TILLTRO_TEAM_URI_SARA=$(printf "$base" sara) "$program" 2>&1); then
      fail "$(basename "$program") against the server" "all pass" "$got"
    else
      echo "$(basename "$program"): $(grep -E '^Totals' <<<"$got")"
    fi
  done
fi

elapsed=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" \
  "$start" "$(date +%s.%N)")
if [ "$failures" -gt 0 ]; then
  echo "$failures of $checks team-mode checks failed ($elapsed s)" >&2
  exit 1
fi
echo "all $checks team-mode checks passed against PostgreSQL $(sq 'SHOW server_version') ($elapsed s)"
