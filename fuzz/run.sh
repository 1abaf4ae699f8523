#!/usr/bin/env bash
# Runs every fuzz target for the given number of seconds each (default 600), seeding each
# corpus from the repository's test fixtures. Needs cargo-fuzz (`cargo install cargo-fuzz`);
# runs on the stable toolchain through RUSTC_BOOTSTRAP=1.
#   fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parse_text parse_bytes prose_claims json_report cases deadline)
export RUSTC_BOOTSTRAP=1

seed() { # target, files...
  local t=$1; shift
  mkdir -p "corpus/$t"
  for f in "$@"; do [ -f "$f" ] && cp "$f" "corpus/$t/$(basename "$f")"; done
}
shopt -s nullglob globstar
seed parse_text ../tests/fixtures/**/*.txt ../data/*.txt
seed parse_bytes ../tests/fixtures/**/*.html ../tests/fixtures/**/*.txt
seed prose_claims ../tests/fixtures/**/*.txt ../data/*.txt
seed json_report ../tests/fixtures/*.json ../tests/fixtures/**/*.json
seed cases ../tests/fixtures/**/*.csv
seed deadline ../data/cn-workday-calendar.tsv

cargo fuzz build -O
for t in "${targets[@]}"; do
  echo "== $t for ${secs}s"
  # -timeout: any single input over 1 s is a hang; -max_len 100 KB of text.
  cargo fuzz run -O "$t" "corpus/$t" -- -max_total_time="$secs" -timeout=1 -max_len=102400 \
    -print_final_stats=1 2>&1 | grep -E "^(stat::|#[0-9]+ +DONE|==|SUMMARY|artifact)" || true
done
