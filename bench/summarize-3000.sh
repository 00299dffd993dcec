#!/usr/bin/env bash
# Times the whole process of `digestbot summarize --format jsonl` on 3,000 article files: JVM
# start, model loading, reading, summarizing and writing. The files are the BBC evaluation
# articles copied round-robin into a temporary folder that is deleted afterwards; no data is kept.
#
# Usage: bench/summarize-3000.sh [EVAL_DIR] [COUNT]     (defaults: ../shared/eval 3000)
# Build the jar first: mvn -B -q package -DskipTests
# Uses hyperfine when it is installed, else the shell's time.
set -euo pipefail
cd "$(dirname "$0")/.."

data="${1:-../shared/eval}"
count="${2:-3000}"
articles="$data/bbc/articles"
jar=target/digestbot.jar

if [ ! -d "$articles" ]; then
  echo "bench: articles not found at $articles; skipping"
  exit 0
fi
if [ ! -f "$jar" ]; then
  echo "bench: $jar not found; build it with: mvn -B -q package -DskipTests" >&2
  exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mapfile -t files < <(find "$articles" -maxdepth 1 -type f -name '*.txt' | sort)
if [ "${#files[@]}" -eq 0 ]; then
  echo "bench: no .txt articles in $articles; skipping"
  exit 0
fi
for ((i = 0; i < count; i++)); do
  file="${files[i % ${#files[@]}]}"
  cp "$file" "$tmp/$(printf '%05d' "$i")-$(basename "$file")"
done
echo "bench: $count files from $articles in $tmp"

command="java -jar $jar summarize $tmp --format jsonl > /dev/null"
if command -v hyperfine > /dev/null; then
  hyperfine --warmup 1 --runs "${RUNS:-5}" "$command"
else
  time (eval "$command")
fi
