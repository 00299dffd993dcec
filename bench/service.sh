#!/usr/bin/env bash
# Measures the service on its embedded defaults: start-up to ready on an empty home, resident
# memory once COUNT digests are stored, and start-up to ready again with them all in place.
# Articles are generated (numbered, distinct), written to a staging folder and renamed into the
# inbox. Everything happens in a temporary folder that is deleted afterwards.
#
# Usage: bench/service.sh [COUNT]        (default 10000)
# Runs the bot through bin/digestbot, so with its JVM options and class-data archive; the
# first start below records the archive (delete target/digestbot.jsa to measure that start).
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
bot="$PWD/bin/digestbot"

home="$(mktemp -d)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$home"; }
trap cleanup EXIT
mkdir -p "$home/config" "$home/staging" "$home/content/inbox"
cp config/digestbot.yml "$home/config/"
cd "$home"

start() {
  : > "run-$1.log"
  "$bot" run > "run-$1.log" 2>&1 &
  pid=$!
  until grep -q "Ready in" "run-$1.log"; do sleep 0.1; done
  echo "start-up, $2: $(grep -o "Ready in [0-9]* ms" "run-$1.log")"
}
stop() { kill -TERM "$pid"; wait "$pid" || true; pid=""; }
rss_mb() { awk '/VmRSS/ { t = $2 } /RssAnon/ { a = $2 } /RssFile/ { f = $2 } END { printf "%.0f (anonymous %.0f, files %.0f)", t / 1024, a / 1024, f / 1024 }' "/proc/$pid/status"; }
digests() { "$bot" status --json | sed -E 's/.*"digests":([0-9]+).*/\1/'; }

start empty "empty home"
stop
start empty2 "empty home, again"
for ((i = 1; i <= count; i++)); do
  town=$((i % 37)); cost=$((3 + i % 47)); homes=$((200 + i * 7 % 1800))
  printf '%s\n\n%s\n\n%s\n\n%s\n' \
    "Town $town approves £${cost}m depot, report $i" \
    "Councillors in town $town approved plans for a £${cost}m depot on Tuesday, report number $i said." \
    "\"This is the right decision for the people of town $town,\" said council leader Ada Pennock." \
    "The scheme includes $homes new homes and is due to open in the spring of the following year." \
    > "staging/$i.txt"
  mv "staging/$i.txt" "content/inbox/$i.txt"
done
t0=$(date +%s)
until [ "$(digests)" -ge "$count" ]; do sleep 2; done
echo "ingested $count articles in $(( $(date +%s) - t0 )) s after the last drop"
sleep 5
echo "resident memory with $count digests stored: $(rss_mb) MB"
stop
start full "$count digests and files in place"
sleep 3
echo "resident memory after that start: $(rss_mb) MB"
stop
