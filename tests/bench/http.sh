#!/bin/sh
# tests/bench/http.sh ASP — examples/http_server.py under load from wrk on
# 127.0.0.1, served by asp and by python3: requests per second, the ratio
# python/asp (below 1.0 means asp is faster, as in tests/bench/run) and the
# servers' memory; then, per interpreter, the request and error counts, the
# open fds before and after and the resident memory after each round.
#
# Rows: http_keepalive (ROUNDS rounds of wrk -t2 -c100 -dSECONDSs; the median
# round's req/s) and http_close (one round with "Connection: close": a
# connection per request).  Both servers run side by side and the rounds
# alternate between them, so a change in the machine's load hits both alike.
# Informational, like the rest of `make bench`: never fails, and skips itself
# with a note when wrk is not installed.
# Environment: HTTP_SECONDS (default 3), HTTP_ROUNDS (default 3).
set -u
asp=$1
here=$(cd "$(dirname "$0")" && pwd)
server="$here/../../examples/http_server.py"
secs=${HTTP_SECONDS:-3}
rounds=${HTTP_ROUNDS:-3}

if ! command -v wrk >/dev/null 2>&1; then
  echo "http: skipped (wrk is not installed: apt-get install wrk)"
  exit 0
fi
py=$(command -v python3 || true)
tags=asp
[ -n "$py" ] && tags="asp python3"
tmp=$(mktemp -d)
trap 'for t in $tags; do [ -s "$tmp/$t.pid" ] && kill "$(cat "$tmp/$t.pid")" 2>/dev/null; done; rm -rf "$tmp"' EXIT

fds() { ls "/proc/$1/fd" 2>/dev/null | wc -l | tr -d ' '; }
rss() { awk '/^VmRSS/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo -; }

# start TAG INTERP: run a server on a free port; writes $tmp/TAG.pid and
# $tmp/TAG.port (empty when it did not start).
start() {
  : >"$tmp/$1.log"      # exists before the server opens it, for the sed below
  : >"$tmp/$1.port"
  "$2" "$server" 0 >"$tmp/$1.log" 2>&1 &
  echo $! >"$tmp/$1.pid"
  i=0
  while [ $i -lt 100 ]; do
    sed -n 's|^HTTP server on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$tmp/$1.log" >"$tmp/$1.port"
    [ -s "$tmp/$1.port" ] && return
    kill -0 "$(cat "$tmp/$1.pid")" 2>/dev/null || break
    sleep 0.1
    i=$((i + 1))
  done
  echo "  $1: the server did not start: $(head -c 300 "$tmp/$1.log")" >>"$tmp/notes"
  stop "$1"
}

stop() {
  pid=$(cat "$tmp/$1.pid")
  [ -n "$pid" ] || return
  kill -INT "$pid" 2>/dev/null
  i=0
  while kill -0 "$pid" 2>/dev/null && [ $i -lt 30 ]; do sleep 0.1; i=$((i + 1)); done
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  : >"$tmp/$1.pid"
}

# load TAG ROW [wrk options]: one wrk round against TAG's server; appends
# "req/s requests errors" to $tmp/TAG.ROW.
load() {
  port=$(cat "$tmp/$1.port")
  out="$tmp/$1.$2"
  shift 2
  [ -n "$port" ] || return
  wrk -t2 -c100 -d"${secs}s" "$@" "http://127.0.0.1:$port/" >"$tmp/wrk" 2>&1
  awk '/requests in/ { n = $1 }
       /Requests\/sec/ { r = $2 }
       /Socket errors/ { gsub(",", ""); e += $4 + $6 + $8 + $10 }
       /Non-2xx/ { e += $NF }
       END { printf "%.0f %d %d\n", r, n, e }' "$tmp/wrk" >>"$out"
}

median() { [ -s "$1" ] && sort -n "$1" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }' || echo fail; }

: >"$tmp/notes"
for t in $tags; do
  interp=$asp
  [ $t = python3 ] && interp=$py
  : >"$tmp/$t.keep"; : >"$tmp/$t.close"; : >"$tmp/$t.mem"
  start $t "$interp"
  port=$(cat "$tmp/$t.port")
  [ -n "$port" ] && wrk -t2 -c100 -d1s "http://127.0.0.1:$port/" >/dev/null 2>&1    # warm-up
done
sleep 0.3
for t in $tags; do [ -s "$tmp/$t.pid" ] && fds "$(cat "$tmp/$t.pid")" >"$tmp/$t.fd0"; done
r=0
while [ $r -lt "$rounds" ]; do
  for t in $tags; do
    [ -s "$tmp/$t.pid" ] || continue
    load $t keep
    sleep 0.3       # connections wrk dropped finish closing before counting
    printf ' %s' "$(rss "$(cat "$tmp/$t.pid")")" >>"$tmp/$t.mem"
  done
  r=$((r + 1))
done
for t in $tags; do
  [ -s "$tmp/$t.pid" ] || continue
  fds "$(cat "$tmp/$t.pid")" >"$tmp/$t.fd1"
  load $t close -H "Connection: close"
  sleep 0.3
  awk -v tag=$t -v r="$rounds" -v s="$secs" -v f0="$(cat "$tmp/$t.fd0")" -v f1="$(cat "$tmp/$t.fd1")" \
      -v f2="$(fds "$(cat "$tmp/$t.pid")")" -v m="$(cat "$tmp/$t.mem")" \
    '{ n += $2; e += $3 }
     END { printf "  %s: keep-alive %d x %ss: %d requests, %d errors; fds %s -> %s (after the close round %s); KiB after each round:%s\n", tag, r, s, n, e, f0, f1, f2, m }' \
    "$tmp/$t.keep" >>"$tmp/notes"
  stop $t
done

maxmem() { tr ' ' '\n' <"$tmp/$1.mem" | sort -n | tail -1; }
printf '\n%-20s %10s %10s %8s %10s %10s\n' "http (wrk)" "asp_req/s" "py_req/s" ratio asp_KiB py_KiB
for row in keep close; do
  a=$(median "$tmp/asp.$row")
  p=-
  pm=-
  [ -n "$py" ] && p=$(median "$tmp/python3.$row") && pm=$(maxmem python3)
  ratio=$(awk -v a="$a" -v p="$p" 'BEGIN { if (a + 0 > 0 && p + 0 > 0) printf "%.2f", p / a; else print "-" }')
  name=http_keepalive
  [ $row = close ] && name=http_close
  printf '%-20s %10s %10s %8s %10s %10s\n' "$name" "$a" "$p" "$ratio" "$(maxmem asp)" "$pm"
done
cat "$tmp/notes"
