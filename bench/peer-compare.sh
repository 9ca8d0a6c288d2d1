#!/usr/bin/env bash
# peer-compare.sh: Tilltro's PDF export side by side with the spreadsheet "peer"
# (a workbook printed to PDF by LibreOffice headless, see ../shared/peer/README.md).
#
# Usage:
#   bench/peer-compare.sh [--workdir DIR] DATABASE [PAIRS]
#
#   DATABASE  the BIP-scale database prepared for the report benchmark
#   PAIRS     number of timed A/B pairs after one warm-up of each (default 9)
#   --workdir keep the workbook, the LibreOffice profile, the PDFs and the logs in DIR
#             (default: a fresh temporary directory under /tmp, removed at exit)
#
# Preparing the database (from the top of the checkout):
#   build/ci/bench/bench_caseload generate /tmp/bip.tilltro
#   cp /tmp/bip.tilltro /tmp/bip-report.tilltro
#   build/ci/bench/bench_report prepare /tmp/bip-report.tilltro
# (adds deltagare B-0001 with 8 occasions and 10 delmål), then:
#   bash bench/peer-compare.sh /tmp/bip-report.tilltro 9
#
# Needs (Debian 12): python3-openpyxl libreoffice-calc-nogui, and GNU time (/usr/bin/time)
# for peak RSS (optional; without it only wall time is reported).
# Environment: TILLTRO overrides the binary (default build/ci/src/app/tilltro in the checkout),
# SOFFICE overrides the LibreOffice launcher (default: soffice on PATH).
#
# A = the peer: soffice --headless --convert-to pdf (whole process, own persistent profile)
# B = Tilltro:  tilltro export-pdf --participant B-0001 (QT_QPA_PLATFORM and DISPLAY unset)
# Run alternately A B A B ..., one warm-up of each first; the summary is the median of the
# pairwise ratios peer/tilltro, so that the machine's drift cancels. Goal: ratio >= 10.
# Nothing is written into the repository.

set -euo pipefail

die() { echo "peer-compare: $*" >&2; exit 2; }

usage() { sed -n '5,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 1; }

# ---- arguments ------------------------------------------------------------------------------
workdir=""
positional=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --workdir) [[ $# -ge 2 ]] || usage; workdir="$2"; shift 2 ;;
        --workdir=*) workdir="${1#--workdir=}"; shift ;;
        -h|--help) usage ;;
        -*) echo "peer-compare: unknown option $1" >&2; usage ;;
        *) positional+=("$1"); shift ;;
    esac
done
[[ ${#positional[@]} -ge 1 && ${#positional[@]} -le 2 ]] || usage
db="${positional[0]}"
pairs="${positional[1]:-9}"
[[ "$pairs" =~ ^[1-9][0-9]*$ ]] || die "PAIRS must be a positive integer, got '$pairs'"
[[ -f "$db" ]] || die "database not found: $db (see the preparation commands at the top of $0)"
db="$(cd "$(dirname "$db")" && pwd)/$(basename "$db")"
if (( pairs < 7 )); then
    echo "peer-compare: note: the peer README asks for at least 7 pairs" >&2
fi

# ---- locate the checkout, the shared peer folder and the programs ----------------------------
script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$script_dir/.." && pwd)"
workbook_py="$(cd "$repo/.." && pwd)/shared/peer/workbook.py"
[[ -f "$workbook_py" ]] || die "peer workbook generator not found: $workbook_py"
tilltro="${TILLTRO:-$repo/build/ci/src/app/tilltro}"
[[ -x "$tilltro" ]] || die "tilltro binary not found or not executable: $tilltro (set TILLTRO)"
soffice="${SOFFICE:-$(command -v soffice || true)}"
[[ -n "$soffice" && -x "$soffice" ]] || die "soffice not found (apt-get install libreoffice-calc-nogui)"
python=/usr/bin/python3
[[ -x "$python" ]] || die "$python not found"
"$python" -c 'import openpyxl' 2>/dev/null || die "openpyxl missing for $python (apt-get install python3-openpyxl)"
gnutime=/usr/bin/time
[[ -x "$gnutime" ]] || gnutime=""

# "participant B-0001 exists" is checked by the warm-up run itself (it must produce a PDF).

# ---- working directory (never inside the repository) -----------------------------------------
if [[ -n "$workdir" ]]; then
    # Resolve (without creating anything) before checking, so the repository is never touched.
    workdir="$(realpath -m -- "$workdir")"
    case "$workdir/" in
        "$(realpath -- "$repo")"/*) die "--workdir must not be inside the repository ($repo)" ;;
    esac
    mkdir -p -- "$workdir"
    cleanup_workdir=0
else
    workdir="$(mktemp -d /tmp/peer-compare.XXXXXX)"
    cleanup_workdir=1
fi
cleanup() { if (( cleanup_workdir )); then rm -rf -- "$workdir"; fi; }
trap cleanup EXIT

# Fresh LibreOffice profile for this run; the warm-up creates it, the timed pairs reuse it.
lo_profile="$workdir/lo-profile"
rm -rf -- "$lo_profile"
lo_profile_url="file://${lo_profile// /%20}"

# ---- timing helpers ---------------------------------------------------------------------------
# Microseconds since the epoch, without forking (bash 5 $EPOCHREALTIME; the decimal separator
# depends on the locale, so strip it: the fraction always has six digits).
now_us() { local t="$EPOCHREALTIME"; echo "${t//[!0-9]/}"; }
[[ -n "${EPOCHREALTIME:-}" ]] || die "bash 5 or later needed (\$EPOCHREALTIME)"

# run_timed LABEL LOG -- COMMAND...   sets LAST_MS (wall, ms with 1 decimal) and LAST_RSS (KiB)
run_timed() {
    local label="$1" log="$2"; shift 3
    local rssfile="$log.rss" t0 t1 status=0
    if [[ -n "$gnutime" ]]; then
        t0=$EPOCHREALTIME
        "$gnutime" -f '%M' -o "$rssfile" "$@" >"$log" 2>&1 || status=$?
        t1=$EPOCHREALTIME
    else
        t0=$EPOCHREALTIME
        "$@" >"$log" 2>&1 || status=$?
        t1=$EPOCHREALTIME
    fi
    t0="${t0//[!0-9]/}"; t1="${t1//[!0-9]/}"
    LAST_MS="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1000 }')"
    if [[ -n "$gnutime" && -s "$rssfile" ]]; then
        LAST_RSS="$(tail -n 1 "$rssfile")"
    else
        LAST_RSS="n/a"
    fi
    if (( status != 0 )); then
        echo "peer-compare: $label FAILED (exit $status): $*" >&2
        sed 's/^/    /' "$log" >&2
        exit 2
    fi
}

# check_pdf LABEL FILE LOG   fail loudly unless FILE exists and starts with %PDF
check_pdf() {
    local label="$1" file="$2" log="$3" magic=""
    if [[ -s "$file" ]]; then magic="$(head -c 4 "$file")"; fi
    if [[ "$magic" != "%PDF" ]]; then
        echo "peer-compare: $label did not produce a PDF: $file" >&2
        [[ -e "$file" ]] && echo "    starts with: $(head -c 16 "$file" | od -An -c | head -n 1)" >&2
        sed 's/^/    /' "$log" >&2
        exit 2
    fi
}

# ---- A and B --------------------------------------------------------------------------------
peer_xlsx="$workdir/peer.xlsx"
"$python" "$workbook_py" "$peer_xlsx" || die "workbook.py failed"
[[ -s "$peer_xlsx" ]] || die "workbook.py did not write $peer_xlsx"

# A: the peer, a whole soffice process per run, to a new output directory each time.
run_peer() {
    local tag="$1" outdir="$workdir/peer-$1"
    rm -rf -- "$outdir"; mkdir -p "$outdir"
    run_timed "peer ($tag)" "$workdir/peer-$tag.log" -- \
        "$soffice" "-env:UserInstallation=$lo_profile_url" --headless \
        --convert-to pdf --outdir "$outdir" "$peer_xlsx"
    check_pdf "peer ($tag)" "$outdir/peer.pdf" "$workdir/peer-$tag.log"
}

# B: Tilltro, with no display settings (it chooses offscreen itself), to a new file each time.
run_tilltro() {
    local tag="$1" out="$workdir/tilltro-$1.pdf"
    rm -f -- "$out"
    run_timed "tilltro ($tag)" "$workdir/tilltro-$tag.log" -- \
        env -u QT_QPA_PLATFORM -u DISPLAY \
        "$tilltro" export-pdf --database "$db" --participant B-0001 --output "$out"
    check_pdf "tilltro ($tag)" "$out" "$workdir/tilltro-$tag.log"
}

echo "Tilltro PDF export vs the spreadsheet peer"
echo "  database : $db"
echo "  tilltro  : $tilltro ($("$tilltro" --version 2>/dev/null | head -n 1 || echo '?'))"
echo "  peer     : $soffice ($(dpkg-query -W -f '${Version}' libreoffice-calc-nogui 2>/dev/null || echo '?')), workbook $workbook_py"
echo "  workdir  : $workdir"
echo "  load avg at start: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo

# Warm-up of each (creates the LibreOffice profile; fills the page cache for both).
run_peer warmup;    warm_peer_ms="$LAST_MS"
run_tilltro warmup; warm_tilltro_ms="$LAST_MS"
echo "warm-up: peer $warm_peer_ms ms (creates the profile), tilltro $warm_tilltro_ms ms (not counted)"
echo

peer_ms=(); tilltro_ms=(); peer_rss=(); tilltro_rss=(); ratios=()
printf '%-5s %12s %12s %10s %14s %14s\n' pair "peer ms" "tilltro ms" "peer/tt" "peer RSS KiB" "tilltro KiB"
for (( i = 1; i <= pairs; i++ )); do
    run_peer "$i";    pm="$LAST_MS"; pr="$LAST_RSS"
    run_tilltro "$i"; tm="$LAST_MS"; tr="$LAST_RSS"
    r="$(awk -v a="$pm" -v b="$tm" 'BEGIN { printf "%.2f", a / b }')"
    peer_ms+=("$pm"); tilltro_ms+=("$tm"); peer_rss+=("$pr"); tilltro_rss+=("$tr"); ratios+=("$r")
    printf '%-5s %12s %12s %10s %14s %14s\n' "$i" "$pm" "$tm" "$r" "$pr" "$tr"
done

# median DECIMALS VALUES...   prints the median (mean of the middle two for an even count),
# or n/a when no value is numeric
median() {
    local decimals="$1"; shift
    printf '%s\n' "$@" | grep -E '^[0-9.]+$' | sort -g | awk -v d="$decimals" '
        { v[NR] = $1 }
        END {
            if (NR == 0) { print "n/a"; exit }
            if (NR % 2) m = v[(NR + 1) / 2]; else m = (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "%.*f\n", d, m
        }'
}

med_ratio="$(median 2 "${ratios[@]}")"
med_peer="$(median 1 "${peer_ms[@]}")"
med_tilltro="$(median 1 "${tilltro_ms[@]}")"
med_peer_rss="$(median 0 "${peer_rss[@]}")"
med_tilltro_rss="$(median 0 "${tilltro_rss[@]}")"
kib_to_mib() { [[ "$1" == n/a ]] && echo n/a || awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

echo
echo "median of pairwise ratios peer/tilltro: $med_ratio   (goal >= 10: $(awk -v r="$med_ratio" 'BEGIN { print (r >= 10) ? "met" : "NOT met" }'))"
echo "median wall: peer $med_peer ms, tilltro $med_tilltro ms"
echo "median peak RSS: peer $med_peer_rss KiB ($(kib_to_mib "$med_peer_rss") MiB), tilltro $med_tilltro_rss KiB ($(kib_to_mib "$med_tilltro_rss") MiB)"
echo "date: $(date -Iseconds)   nproc: $(nproc)   load average: $(cut -d ' ' -f 1-3 /proc/loadavg)"
exit 0
