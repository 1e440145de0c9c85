#!/usr/bin/env bash
# Whole-build timings of a consumer project with N seeds, against the same project without the generator and
# without seeds. Usage: tests/Benchmarks/build-timings.sh   (SIZES="1 100 1000" REPS=5 by default; ~5 min)
#
# The seeds are distinct synthetic articles (make-corpus, as build-scale.sh): copies of one seed would share their
# literals and hide what the compiler really does with N articles.
#
# For each project (in a temp folder, removed at the end) it times, REPS rounds, and prints the median:
#   clean     rm -rf bin obj/Release, then dotnet build --no-restore (restored once beforehand);
#   no-op     dotnet build again with nothing changed;
#   touched   touch one seed (the baseline has none: Program.cs), then dotnet build.
# The generator and runtime are built once first; the timed builds pass BuildProjectReferences=false so they
# measure the consumer's own build (as with a package), not MSBuild's up-to-date checks of the referenced
# projects. Each project gets one untimed build first, so MSBuild nodes and the compiler server are warm.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
sizes=${SIZES:-"1 100 1000"}
reps=${REPS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
build_args=(-c Release --no-restore -v q -nologo -clp:ErrorsOnly -p:BuildProjectReferences=false)

echo "load before: $(uptime)"
quiet() { "$@" > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }; }
quiet dotnet build "$repo/generator/Dataset.Generator.csproj" -c Release
quiet dotnet build "$repo/runtime/Dataset.Runtime.csproj" -c Release
quiet dotnet build "$repo/tests/Benchmarks/Dataset.Benchmarks.csproj" -c Release

# make_project DIR SEEDS: SEEDS = -1 for the baseline (no generator, no seeds), else that many distinct seeds.
make_project() {
  local dir=$1 seeds=$2
  mkdir -p "$dir/seeds"
  local generator="" program='System.Console.WriteLine(0);'
  if [ "$seeds" -ge 0 ]; then
    generator="<AdditionalFiles Include=\"seeds/*.txt\" />
    <ProjectReference Include=\"$repo/generator/Dataset.Generator.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />"
    program='System.Console.WriteLine(Consumer.Articles.Count);'
    quiet "$repo/tests/Benchmarks/bin/Release/net10.0/Dataset.Benchmarks" make-corpus "$dir/seeds" --count "$seeds" --verify 0
  fi
  cat > "$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Consumer</RootNamespace>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/runtime/Dataset.Runtime.csproj" />
    $generator
  </ItemGroup>
</Project>
XML
  echo "$program" > "$dir/Program.cs"
}

seconds() { # seconds COMMAND...: runs it quietly, prints its wall-clock seconds
  local start=$EPOCHREALTIME
  quiet "$@"
  awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }'
}

median() { grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# prepare SEEDS: creates, restores and builds (untimed) the project, and checks the generator ran
prepare() {
  local seeds=$1 dir="$work/project$1"
  make_project "$dir" "$seeds"
  quiet dotnet restore "$dir"
  quiet dotnet build "$dir" "${build_args[@]}"
  if [ "$seeds" -ge 0 ]; then
    local count; count=$(dotnet "$dir/bin/Release/net10.0/Consumer.dll")
    [ "$count" = "$seeds" ] || { echo "$seeds seeds: the program printed $count articles" >&2; exit 1; }
  fi
}

# measure SEEDS: one clean, no-op and touched build, each appended to that project's timing files
measure() {
  local seeds=$1 dir="$work/project$1" target="$work/project$1/Program.cs"
  [ "$seeds" -lt 0 ] || target=$(find "$dir/seeds" -name "*.txt" | sort | sed -n 1p)   # sed reads to the end: no SIGPIPE under pipefail
  rm -rf "$dir/bin" "$dir/obj/Release"
  seconds dotnet build "$dir" "${build_args[@]}" >> "$dir.clean"; echo >> "$dir.clean"
  seconds dotnet build "$dir" "${build_args[@]}" >> "$dir.noop"; echo >> "$dir.noop"
  touch "$target"
  seconds dotnet build "$dir" "${build_args[@]}" >> "$dir.touched"; echo >> "$dir.touched"
}

projects=(-1 $sizes)
for seeds in "${projects[@]}"; do prepare "$seeds"; done
# Round robin, each round starting one project later, so warming-up servers, the project built just before and
# the load of other builders fall on every project alike.
for ((r = 0; r < reps; r++)); do
  echo "round $((r + 1)) of $reps (load $(cut -d' ' -f1 /proc/loadavg))"
  for ((i = 0; i < ${#projects[@]}; i++)); do measure "${projects[(i + r) % ${#projects[@]}]}"; done
done

for seeds in "${projects[@]}"; do
  label="generator, $seeds seed$([ "$seeds" = 1 ] || echo s)"
  [ "$seeds" -ge 0 ] || label="no generator, no seeds"
  base="$work/project$seeds"
  printf '%s\t%s\t%s\t%s\n' "$label" "$(median < "$base.clean")" "$(median < "$base.noop")" "$(median < "$base.touched")" >> "$work/results"
done

echo
echo "median of $reps, seconds; ratio = / baseline (same project without generator and seeds; its 'touched' is Program.cs)"
echo
awk -F '\t' 'NR == 1 { c = $2; o = $3; t = $4 }
     { printf "| %-25s | %7.2f s | %5.2f | %7.2f s | %5.2f | %7.2f s | %5.2f |\n", $1, $2, $2 / c, $3, $3 / o, $4, $4 / t }' "$work/results" |
  { echo "| project                   | clean     | ratio | no-op     | ratio | touched   | ratio |"
    echo "|---------------------------|----------:|------:|----------:|------:|----------:|------:|"
    cat; }
echo
echo "load after: $(uptime)"
