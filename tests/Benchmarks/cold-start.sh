#!/usr/bin/env bash
# Optional: cold start of a fresh process that prints the real seed's first paragraph from the generated
# Articles class, against one that reads and parses the seed at run time. Needs hyperfine
# (Debian: apt-get install hyperfine); nothing else in the repository does.
# Usage: [RUNS=40] tests/Benchmarks/cold-start.sh [more hyperfine options, e.g. --export-markdown out.md]
set -euo pipefail

if ! command -v hyperfine > /dev/null; then
  echo "cold-start.sh needs hyperfine (apt-get install hyperfine, or cargo install hyperfine)" >&2
  exit 2
fi

project=$(cd "$(dirname "$0")" && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build "$project" -c Release -v q -nologo -clp:ErrorsOnly > /dev/null
exe="$project/bin/Release/net10.0/Dataset.Benchmarks"

# The same executable for both, so both pay the same runtime start-up; only the way to the article differs.
hyperfine --shell=none --warmup 5 --runs "${RUNS:-40}" "$@" \
  --command-name "read + parse at run time" "$exe print-parsed" \
  --command-name "generated Articles" "$exe print-generated"
