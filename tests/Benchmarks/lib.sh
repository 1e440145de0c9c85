# Shared by build-scale.sh, load-scale.sh and steady-scale.sh (sourced, not run).
#
# DATASET_REPO   the checkout whose generator and runtime are measured (default: this one). The corpus maker
#                (make-corpus in tests/Benchmarks) always comes from this checkout.
# KEEP=1         keep the temporary folder (its path is printed).

bench_repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
repo=$(cd "${DATASET_REPO:-$bench_repo}" && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# No MSBuild node outlives a script: idle nodes would hold memory on a small shared machine.
export MSBUILDDISABLENODEREUSE=1

work=$(mktemp -d "${TMPDIR:-/tmp}/dataset-bench.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then
  echo "keeping $work"
else
  trap 'rm -rf "$work"' EXIT
fi

load() { cut -d' ' -f1 /proc/loadavg; }

# quiet COMMAND...: runs it with its output in a log, printed only if it fails
quiet() { "$@" > "$work/quiet.log" 2>&1 || { cat "$work/quiet.log" >&2; echo "failed: $*" >&2; exit 1; }; }

median() { { grep . || true; } | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# machine_table TITLE: the markdown header every script prints first
machine_table() {
  local commit dirty
  commit=$(git -C "$repo" rev-parse --short HEAD 2> /dev/null || echo "?")
  dirty=$(git -C "$repo" status --porcelain --untracked-files=no 2> /dev/null | grep -q . && echo " + uncommitted changes" || true)
  echo "## $1"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| date | $(date -u '+%Y-%m-%d %H:%M UTC') |"
  echo "| machine | $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(. /etc/os-release && echo "$PRETTY_NAME") |"
  echo "| .NET | SDK $(dotnet --version), runtime $(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }') |"
  echo "| measured | generator and runtime of $repo at $commit$dirty |"
  echo "| load average at start | $(cut -d' ' -f1-3 /proc/loadavg) |"
  echo
}

# build_tools: the generator and runtime under test (Release), and the corpus maker
build_tools() {
  quiet dotnet build "$repo/generator/Dataset.Generator.csproj" -c Release
  quiet dotnet build "$repo/runtime/Dataset.Runtime.csproj" -c Release
  quiet dotnet build "$bench_repo/tests/Benchmarks/Dataset.Benchmarks.csproj" -c Release
}

# make_corpus DIR N [make-corpus options...]: N synthetic seeds in DIR, unless DIR already holds them
make_corpus() {
  local dir=$1 n=$2
  shift 2
  [ -f "$dir/.done" ] && return 0
  "$bench_repo/tests/Benchmarks/bin/Release/net10.0/Dataset.Benchmarks" make-corpus "$dir" --count "$n" --seed "${CORPUS_SEED:-1}" "$@" > "$dir.log" ||
    { cat "$dir.log" >&2; exit 1; }
  touch "$dir/.done"
}

# generator_items: the item that makes a project a consumer of the generator under test: a ProjectReference
# analyzer, as in build-timings.sh (the defaults it needs come from the generator itself)
generator_items() {
  echo "<ProjectReference Include=\"$repo/generator/Dataset.Generator.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />"
}
