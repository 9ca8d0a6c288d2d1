#!/usr/bin/env bash
# Proves that the README's two set-up commands work on a machine that has nothing but a minimal
# Debian 12: builds a fresh `debootstrap --variant=minbase bookworm` root, copies a clean export
# of HEAD into it (uncommitted files do not leak in, and no git is needed inside), and runs
#
#   ./dev.sh test
#   ./dev.sh run --version
#
# inside it with chroot and an empty environment, reporting PASS/FAIL and timings for each.
# With --deb it checks the Debian package instead (docs/packaging.md): the fresh root gets the
# .deb with `apt install --no-install-recommends ./tilltro_*.deb` (so the package's Depends
# alone must be enough) and runs `tilltro --version`, `tilltro demo`, `tilltro list` and
# `tilltro export-pdf` (the offscreen platform and fonts), then removes the package again.
# The whole output goes to a log file whose path is printed at the start and at the end.
#
# Takes roughly 15-30 minutes (most of it the builds inside; with --deb about 2-5). Needs root.
# Not part of .ci/run.
#
#   usage: tools/fresh-machine-check.sh [--workdir DIR] [--keep] [--deb FILE]
#
#   --workdir DIR  where the root and the log are created (also: FRESH_CHECK_WORKDIR);
#                  default: a new directory under /var/tmp. Must be outside the repository.
#   --keep         keep the minimal root afterwards (it is removed by default; the log is kept)
#   --deb FILE     install this .deb (packaging/check-package.sh builds it) and run it,
#                  instead of the README's commands
#
# The Debian archive is read from this machine's apt sources; no mirror name is written here.
set -euo pipefail

usage() { sed -n '19,26s/^# \{0,1\}//p' "$0"; }

workdir="${FRESH_CHECK_WORKDIR:-}"
keep=0
deb=""
while [ $# -gt 0 ]; do
  case "$1" in
    --workdir) [ $# -ge 2 ] || { usage >&2; exit 1; }; workdir="$2"; shift 2 ;;
    --workdir=*) workdir="${1#--workdir=}"; shift ;;
    --keep) keep=1; shift ;;
    --deb) [ $# -ge 2 ] || { usage >&2; exit 1; }; deb="$2"; shift 2 ;;
    --deb=*) deb="${1#--deb=}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 1 ;;
  esac
done

if [ "$(id -u)" -ne 0 ]; then
  echo "fresh-machine-check: must be run as root (debootstrap, mount and chroot need it)" >&2
  exit 1
fi

repo="$(cd "$(dirname "$0")/.." && pwd -P)"
if [ -n "$deb" ]; then
  case "$deb" in
    *.deb) ;;
    *) echo "fresh-machine-check: --deb needs a .deb file, not: $deb" >&2; exit 1 ;;
  esac
  [ -f "$deb" ] || { echo "fresh-machine-check: no such file: $deb" >&2; exit 1; }
  deb="$(cd "$(dirname "$deb")" && pwd -P)/$(basename "$deb")"
fi
# The commit under test is fixed now, in case HEAD moves while the check runs.
head="$(git -C "$repo" rev-parse --verify -q HEAD)" || { echo "no git HEAD in $repo" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# The Debian archives, from the host's apt sources (deb822 *.sources first, then one-line lists).
# Prints "<main-uri> <security-uri>" (security may be empty).
# ---------------------------------------------------------------------------------------------
find_archives() {
  local main="" security=""
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    # One record per paragraph; print "suites<TAB>first-uri" for enabled "deb" records.
    while IFS=$'\t' read -r suites uri; do
      [ -n "$uri" ] || continue
      for s in $suites; do
        case "$s" in
          bookworm) [ -n "$main" ] || main="$uri" ;;
          bookworm-security|bookworm/updates) [ -n "$security" ] || security="$uri" ;;
        esac
      done
    done < <(awk '
      function flush() {
        if (types ~ /(^| )deb( |$)/ && enabled != "no" && uris != "") {
          split(uris, u, " "); print suites "\t" u[1]
        }
        types = ""; uris = ""; suites = ""; enabled = ""
      }
      /^[ \t]*#/ { next }
      /^[ \t]*$/ { flush(); next }
      {
        line = $0; key = tolower(line); sub(/:.*/, "", key); val = line; sub(/^[^:]*:[ \t]*/, "", val)
        if (key == "types") types = val
        else if (key == "uris") uris = val
        else if (key == "suites") suites = val
        else if (key == "enabled") enabled = tolower(val)
      }
      END { flush() }' "$f")
  done
  local lists=(/etc/apt/sources.list /etc/apt/sources.list.d/*.list)
  for f in "${lists[@]}"; do
    [ -f "$f" ] || continue
    # "deb [options] uri suite components..."
    while read -r uri suite; do
      case "$suite" in
        bookworm) [ -n "$main" ] || main="$uri" ;;
        bookworm-security|bookworm/updates) [ -n "$security" ] || security="$uri" ;;
      esac
    done < <(sed -e 's/#.*//' -e 's/\[[^]]*\]//' "$f" | awk '$1 == "deb" && NF >= 3 { print $2, $3 }')
  done
  printf '%s %s\n' "$main" "$security"
}

read -r mirror security_mirror < <(find_archives) || true
if [ -z "${mirror:-}" ]; then
  echo "fresh-machine-check: no 'deb' source for suite bookworm in /etc/apt/sources.list{,.d/}" >&2
  exit 1
fi
mirror="${mirror%/}"
security_mirror="${security_mirror%/}"

# ---------------------------------------------------------------------------------------------
# Work directory (outside the repository), root and log.
# ---------------------------------------------------------------------------------------------
if [ -z "$workdir" ]; then
  workdir="$(mktemp -d /var/tmp/tilltro-fresh-check.XXXXXX)"
else
  mkdir -p "$workdir"
fi
workdir="$(cd "$workdir" && pwd -P)"
case "$workdir/" in
  "$repo"/*) echo "fresh-machine-check: the work directory must be outside the repository" >&2; exit 1 ;;
esac
root="$workdir/root"
if [ -e "$root" ]; then
  echo "fresh-machine-check: $root already exists; choose another --workdir or remove it" >&2
  exit 1
fi
log="$workdir/fresh-machine-check-$(date +%Y%m%d-%H%M%S).log"
: >"$log"

say() { echo "$*" | tee -a "$log"; }
fmt_time() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

say "fresh-machine-check: log in $log"
say "  repository: $repo (HEAD ${head:0:12})"
say "  root:       $root"
say "  archive:    $mirror${security_mirror:+ (security: $security_mirror)}"
[ -z "$deb" ] || say "  package:    $deb ($(du -k "$deb" | cut -f1) KiB)"

# ---------------------------------------------------------------------------------------------
# Cleanup: stop anything still running in the root, unmount (reverse order), remove the root.
# Runs on every exit, including failures and Ctrl+C.
# ---------------------------------------------------------------------------------------------
mounted=()
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  set +e
  if [ -d "$root" ]; then
    local p
    for p in /proc/[0-9]*; do
      [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill -TERM "${p#/proc/}" 2>/dev/null
    done
    sleep 1
    for p in /proc/[0-9]*; do
      [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill -KILL "${p#/proc/}" 2>/dev/null
    done
  fi
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null \
      || echo "warning: could not unmount ${mounted[i]}" >&2
  done
  if [ "$keep" -eq 0 ] && [ -d "$root" ]; then
    # Never delete through a mount that is still there (that would be the host's /dev or /sys).
    if awk -v r="$root" '$5 == r || index($5, r "/") == 1 { found = 1 } END { exit !found }' \
        /proc/self/mountinfo; then
      echo "warning: something is still mounted under $root; not removing it" >&2
    else
      rm -rf --one-file-system "$root"
    fi
  elif [ -d "$root" ]; then
    echo "kept the root: $root" >&2
  fi
  echo "log: $log" >&2
  exit "$rc"
}
trap cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT
trap 'echo "terminated" >&2; exit 143' TERM

# ---------------------------------------------------------------------------------------------
# 1. debootstrap, on the host
# ---------------------------------------------------------------------------------------------
if ! command -v debootstrap >/dev/null 2>&1; then
  say "installing debootstrap on the host"
  apt-get update -q >>"$log" 2>&1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >>"$log" 2>&1
fi

say "building a minimal Debian 12 root (debootstrap --variant=minbase bookworm)"
start=$SECONDS
if ! debootstrap --variant=minbase bookworm "$root" "$mirror" >>"$log" 2>&1; then
  say "FAIL  debootstrap  ($(fmt_time $((SECONDS - start))))"
  tail -n 30 "$log" >&2
  exit 1
fi
say "ok    debootstrap  ($(fmt_time $((SECONDS - start))))"

# apt sources for the root: the same archive, bookworm + bookworm-updates, and security if the
# host has it. The keyring comes with apt in minbase.
rm -f "$root/etc/apt/sources.list"
signed_by=""
[ -f "$root/usr/share/keyrings/debian-archive-keyring.gpg" ] \
  && signed_by="Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg"
{
  printf 'Types: deb\nURIs: %s\nSuites: bookworm bookworm-updates\nComponents: main\n%s\n' \
    "$mirror" "$signed_by"
  if [ -n "$security_mirror" ]; then
    printf '\nTypes: deb\nURIs: %s\nSuites: bookworm-security\nComponents: main\n%s\n' \
      "$security_mirror" "$signed_by"
  fi
} >"$root/etc/apt/sources.list.d/debian.sources"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
# Usual for chroots: packages must not try to start services.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"

# ---------------------------------------------------------------------------------------------
# 2. Mounts
# ---------------------------------------------------------------------------------------------
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
mount --bind /sys "$root/sys" && mounted+=("$root/sys")
mount --bind /dev "$root/dev" && mounted+=("$root/dev")
mkdir -p "$root/dev/pts"
mount --bind /dev/pts "$root/dev/pts" && mounted+=("$root/dev/pts")

# ---------------------------------------------------------------------------------------------
# 3. A clean copy of HEAD (no .git, no uncommitted files, no build directories), or the package
# ---------------------------------------------------------------------------------------------
mkdir -p "$root/work/tilltro"
if [ -n "$deb" ]; then
  cp "$deb" "$root/work/tilltro/"
  say "copied $(basename "$deb") to /work/tilltro in the root"
else
  git -C "$repo" archive --format=tar "$head" | tar -x -C "$root/work/tilltro"
  say "copied HEAD $head to /work/tilltro in the root"
fi
if chroot "$root" sh -c 'command -v git' >/dev/null 2>&1; then
  say "  note: git is present in the root"
else
  say "  (no git in the root)"
fi

# ---------------------------------------------------------------------------------------------
# 4. The two README commands (or the package's), in an empty environment
# ---------------------------------------------------------------------------------------------
in_root() {
  chroot "$root" /usr/bin/env -i \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 TERM=dumb \
    /bin/bash -c 'cd /work/tilltro && exec "$@"' bash "$@"
}

failures=0
results=()
run_step() {
  local name="$*" start rc begin
  begin=$(wc -l <"$log")
  say ""
  say "==> $name"
  start=$SECONDS
  set +e
  in_root "$@" >>"$log" 2>&1 </dev/null
  rc=$?
  set -e
  local took
  took=$(fmt_time $((SECONDS - start)))
  if [ "$rc" -eq 0 ]; then
    results+=("PASS  $name  ($took)")
  else
    results+=("FAIL  $name  ($took, exit code $rc)")
    failures=$((failures + 1))
    echo "--- last lines of '$name' ---" >&2
    tail -n +"$((begin + 1))" "$log" | tail -n 40 >&2
    # Hints for the usual causes on a fresh machine.
    tail -n +"$((begin + 1))" "$log" | grep -E -i \
      'Unable to locate package|Could not find a package|Failed to find required Qt component|Could NOT find|not found|No such file or directory|could not connect to display' \
      | sort -u | head -n 20 | sed 's/^/  hint: /' >&2 || true
  fi
  say "${results[-1]}"
}

if [ -n "$deb" ]; then
  # As a user would, but without Recommends: what the package Depends on must be enough.
  packages_before=$(chroot "$root" dpkg-query -W -f='.\n' | wc -l)
  run_step apt-get update -q
  run_step env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "./$(basename "$deb")"
  packages_after=$(chroot "$root" dpkg-query -W -f='.\n' | wc -l)
  say "  packages in the root: $packages_before before, $packages_after with tilltro;" \
    "$(grep -E '^After this operation' "$log" | tail -n 1)"
  run_step tilltro --version
  run_step tilltro demo --database /tmp/d.tilltro
  run_step tilltro list --database /tmp/d.tilltro
  run_step tilltro export-pdf --database /tmp/d.tilltro --participant D-0001 --output /tmp/plan.pdf
  run_step sh -c 'test -s /usr/share/applications/se.tilltro.Tilltro.desktop &&
    test -s /usr/share/metainfo/se.tilltro.Tilltro.metainfo.xml &&
    test -s /usr/share/man/man1/tilltro.1.gz &&
    test -s /usr/share/icons/hicolor/256x256/apps/se.tilltro.Tilltro.png'
  run_step env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q tilltro
  run_step sh -c '! command -v tilltro && ! test -e /usr/share/doc/tilltro'
else
  run_step ./dev.sh test
  run_step ./dev.sh run --version
fi

say ""
say "fresh-machine-check summary (HEAD ${head:0:12}${deb:+, $(basename "$deb")}):"
for r in "${results[@]}"; do say "  $r"; done
say "log: $log"
[ "$failures" -eq 0 ]
