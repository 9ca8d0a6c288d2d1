#!/usr/bin/env bash
# Team mode under load (issue 17, docs/performance.md): a throwaway PostgreSQL 15 with TLS (the
# team test's cluster, tests/team/cluster.sh, here with PostgreSQL's durable defaults), the
# schema and sql/team/, 50 handledare logins and BIP-scale data, then bench_team_load: 50
# concurrent clients saving for 60 s. The server is stopped and its folder removed on every exit.
#
#   bench/team-load.sh [--seconds 60] [--clients 50] [--think-ms 10] [--fast] [--build build/ci]
#
# --fast runs the cluster as the team test does (fsync, synchronous commit and full-page writes
# off): the figures then show the server's work without the disk's. Needs the targets
# tilltro_schema_sql and bench_team_load built in --build, PostgreSQL 15, psql, openssl and
# libqt6sql6-psql (./dev.sh test installs them).
#
# The data (generate_series, a few seconds): handledare h01…hNN (password pw-<login>) with 4,000
# deltagare between them (80 each with 50), a quarter of the participations ended; 3 or 4
# occasions each (14,000), every one with the 17 numeric answers of skapa-bip version 2; one plan each with 3 delmål and an
# activity per delmål; a registration consent. Handledare i shares 4 of their deltagare with
# handledare i+1, i+2 and i+3 (until a month from now), so each client sees 80 own and 12 shared
# deltagare, and each shared one is saved by four clients. The samordnare is `sam`.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=60
clients=50
think=10
durable=--durable
build=$root/build/ci
while [ $# -gt 0 ]; do
  case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --think-ms) think=$2; shift 2 ;;
    --fast) durable=; shift ;;
    --build) build=$2; shift 2 ;;
    *) echo "usage: bench/team-load.sh [--seconds S] [--clients N] [--think-ms MS] [--fast] [--build DIR]" >&2
       exit 1 ;;
  esac
done
tool=$build/tests/team/tilltro_schema_sql
bench=$build/bench/bench_team_load
for f in "$tool" "$bench"; do
  [ -x "$f" ] || { echo "missing $f: cmake --build $build --target tilltro_schema_sql bench_team_load" >&2; exit 1; }
done

# shellcheck source-path=SCRIPTDIR source=../tests/team/cluster.sh
. "$root/tests/team/cluster.sh"
# shellcheck disable=SC2086 # $durable is one word or none
cluster_start $durable -c max_connections=$((clients + 20))

t0=$(date +%s.%N)
"$tool" --dialect postgresql >"$tmp/schema.sql"
su_sql -d postgres -f "$root/sql/team/roles.sql"
su_sql -d postgres -c "CREATE DATABASE tilltro OWNER tilltro_owner"
su_sql -d postgres -v clients="$clients" <<'EOF'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE tilltro_handledare', l, 'pw-' || l)
FROM (SELECT 'h' || lpad(i::text, 2, '0') AS l FROM generate_series(1, :clients) i) s \gexec
CREATE ROLE sam LOGIN PASSWORD 'pw-sam' IN ROLE tilltro_samordnare;
EOF
PGOPTIONS='-c role=tilltro_owner' su_sql -d tilltro -f "$tmp/schema.sql" >/dev/null
PGOPTIONS='-c role=tilltro_owner -c client_min_messages=warning' \
  su_sql -d tilltro -f "$root/sql/team/team.sql" >/dev/null

su_sql -d tilltro -v clients="$clients" -v json="$(cat "$root/resources/instruments/skapa-bip-v2.json")" <<'EOF'
INSERT INTO handledare (name, db_user)
SELECT 'Handledare ' || lpad(i::text, 2, '0'), 'h' || lpad(i::text, 2, '0')
FROM generate_series(1, :clients) i;
INSERT INTO instrument (instrument_key, version, json, stored_at)
VALUES ('skapa-bip', 2, :'json', '2024-01-01T00:00:00.000Z');
-- Deltagare n belongs to handledare (n - 1) % clients + 1.
INSERT INTO participant (code, name, goal_type, start_date, handledare_id, end_date, end_reason,
                         created_at, updated_at)
SELECT 'D' || lpad(n::text, 4, '0'), 'Deltagare ' || n,
       CASE WHEN n % 3 = 0 THEN 'studier' ELSE 'arbete' END,
       to_char(date '2023-01-01' + n % 365, 'YYYY-MM-DD'), h.id,
       CASE WHEN n % 4 = 0 THEN to_char(date '2024-06-01' + n % 180, 'YYYY-MM-DD') END,
       CASE WHEN n % 4 = 0 THEN 'arbete' ELSE '' END,
       '2023-01-01T08:00:00.000Z', '2023-01-01T08:00:00.000Z'
FROM generate_series(1, 4000) n
JOIN handledare h ON h.db_user = 'h' || lpad(((n - 1) % :clients + 1)::text, 2, '0');
INSERT INTO handledare_assignment (participant_id, handledare_id, from_date)
SELECT id, handledare_id, start_date FROM participant;
INSERT INTO consent (participant_id, scope, given_date)
SELECT id, 'registrering', start_date FROM participant;
-- 3 or 4 occasions per deltagare, quarterly; the last one a draft for every tenth.
INSERT INTO occasion (participant_id, instrument_id, occasion_date, handledare_id, state, notes,
                      completed_at, created_at, updated_at)
SELECT p.id, 1, to_char(date(p.start_date) + 91 * k, 'YYYY-MM-DD'), p.handledare_id,
       CASE WHEN k = 3 - p.id % 2 AND p.id % 10 = 0 THEN 'draft' ELSE 'completed' END,
       '', '2024-01-01T08:00:00.000Z', '2024-01-01T08:00:00.000Z', '2024-01-01T08:00:00.000Z'
FROM participant p, generate_series(0, 3) k
WHERE k < 4 - p.id % 2;
-- The 17 numeric questions of skapa-bip version 2, as the program's reads find them (the
-- clients below write 20 answers of their own, q01…q20, to what they save).
INSERT INTO answer (occasion_id, question_key, value)
SELECT o.id, q.key, 1 + (o.id + q.k) % 10
FROM occasion o,
     unnest(ARRAY['d_mojligheter', 'd_klara_jobb', 'd_samarbete', 'd_halsa', 'd_vardagen',
                  'd_kompetens', 'd_lon', 'd_soker', 'h_mojligheter', 'h_klara_jobb',
                  'h_samarbete', 'h_halsa', 'h_vardagen', 'h_kompetens', 'h_lon', 'h_soker',
                  'malmedvetenhet']) WITH ORDINALITY AS q(key, k);
INSERT INTO plan (participant_id, goal_type, goal_text, created_at, updated_at)
SELECT id, goal_type, 'Mål ' || code, '2023-02-01T08:00:00.000Z', '2023-02-01T08:00:00.000Z'
FROM participant;
INSERT INTO delmal (plan_id, position, what, responsible, status)
SELECT pl.id, k, 'Delmål ' || k, 'deltagare', 'pagar' FROM plan pl, generate_series(0, 2) k;
INSERT INTO activity (delmal_id, position, what) SELECT id, 0, 'Aktivitet' FROM delmal;
-- Handledare i shares deltagare i, i + clients, i + 2 clients, i + 3 clients with the next three.
INSERT INTO participant_share (participant_id, handledare_id, until)
SELECT p.id, h.id, current_date + 30
FROM participant p, generate_series(1, 3) d, handledare h
WHERE substr(p.code, 2)::int <= 4 * :clients
  AND h.db_user = 'h' || lpad(((p.handledare_id - 1 + d) % :clients + 1)::text, 2, '0');
VACUUM ANALYZE;
EOF
counts=$(su_sql -d tilltro -At -c "SELECT (SELECT count(*) FROM participant) || ' deltagare, ' || (SELECT count(*) FROM occasion) || ' occasions, ' || (SELECT count(*) FROM answer) || ' answers, ' || (SELECT count(*) FROM plan) || ' plans, ' || (SELECT count(*) FROM delmal) || ' delmål, ' || (SELECT count(*) FROM participant_share) || ' shares'")
loaded=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$t0" "$(date +%s.%N)")
settings="fast: fsync, synchronous_commit, full_page_writes off"
[ -n "$durable" ] && settings="durable: PostgreSQL's defaults, fsync on"
echo "PostgreSQL $(su_sql -d tilltro -At -c 'SHOW server_version') ($settings); loaded $counts in $loaded s"

# In the background so that Ctrl-C or SIGTERM stop it and the server at once (bash runs a trap
# only after a foreground child has ended).
"$bench" --port "$port" --rootcert "$cluster_ca" --socket "$tmp" --clients "$clients" \
  --seconds "$seconds" --think-ms "$think" &
bench_pid=$!
trap 'kill "$bench_pid" 2>/dev/null; exit 130' INT
trap 'kill "$bench_pid" 2>/dev/null; exit 143' TERM
wait "$bench_pid"
