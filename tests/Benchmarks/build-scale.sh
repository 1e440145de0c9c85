#!/usr/bin/env bash
# Whole builds of a consumer with N distinct synthetic articles (make-corpus), against the same project without the
# generator. Prints a markdown table: wall time, peak memory of the whole build's process tree, the generator's
# own time, the output assembly against the seed text it holds.
#
# Usage: tests/Benchmarks/build-scale.sh [N ...]          (default: 1000 10000 20000)
#   KINDS="latest cs73"   latest = net10.0 exe, LangVersion latest; cs73 = netstandard2.0 library, LangVersion 7.3
#   REPS=1                builds of each project (median reported; rounds interleave all projects)
#   MANY_SPEAKERS=0       K > 0 adds one more seed quoting K different people (make-corpus --many-speakers K)
#   BASELINE=1            0 skips the projects without the generator
#   PROPS=""              MSBuild properties for the generator's projects, e.g. PROPS="DatasetQuoteConstants=false"
#   DATASET_REPO, KEEP    see lib.sh; CORPUS_SEED=1 picks another corpus
# e.g. tests/Benchmarks/build-scale.sh 1000 1500     KINDS=latest MANY_SPEAKERS=17000 tests/Benchmarks/build-scale.sh 1
#
# Each timed build is cold and self-contained, so that everything it costs is in one process tree: bin/ and
# obj/Release removed (restore is done once, untimed), -nodeReuse:false, UseSharedCompilation=false (csc runs as a
# child of MSBuild, not in a shared server), DOTNET_CLI_USE_MSBUILD_SERVER=0. The generator and runtime are built
# first and the timed build passes BuildProjectReferences=false: it measures the consumer's own build, as with a
# package. The build runs in its own session (setsid); every ~100 ms the resident memory (RSS) of every process of
# that session is summed, and the peak is reported, with the largest single process (csc). ReportAnalyzer=true and
# a detailed file log give the compiler's "Total generator execution time"; the baseline is built the same way.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 20000)
read -r -a kinds <<< "${KINDS:-latest cs73}"
reps=${REPS:-1}
many=${MANY_SPEAKERS:-0}
page=$(getconf PAGESIZE)

machine_table "build-scale.sh ${sizes[*]} (KINDS=\"${kinds[*]}\" REPS=$reps MANY_SPEAKERS=$many${PROPS:+ PROPS=\"$PROPS\"})"
build_tools

# make_project DIR KIND N VARIANT: VARIANT = gen (generator + N seeds) or base (the same, without the generator)
make_project() {
  local dir=$1 kind=$2 n=$3 variant=$4 corpus="$work/corpus$3"
  mkdir -p "$dir"
  local analyzer="" code props="" prop
  [ "$variant" = base ] || analyzer=$(generator_items)
  if [ "$variant" = gen ]; then
    # the package's props make its properties visible to the generator; a ProjectReference has to say so itself
    for prop in ${PROPS:-}; do
      props+="<${prop%%=*}>${prop#*=}</${prop%%=*}>"
      analyzer+="<CompilerVisibleProperty Include=\"${prop%%=*}\" />"
    done
  fi
  if [ "$kind" = latest ]; then
    cat > "$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <LangVersion>latest</LangVersion>
    <Nullable>enable</Nullable>
    <RootNamespace>Consumer</RootNamespace>
    $props
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/runtime/Dataset.Runtime.csproj" />
    <AdditionalFiles Include="$corpus/*.txt" />
    $analyzer
  </ItemGroup>
</Project>
XML
    # Run after the build (untimed): the dataset is there, one article reads, the speaker index answers.
    code='var ids = Consumer.Articles.Ids;
System.Console.WriteLine(Consumer.Articles.Count + " " + Consumer.Articles.Get(ids[ids.Count / 2]).Paragraphs.Count + " " + Consumer.Articles.SpeakerNames.Count);'
    [ "$variant" = gen ] || code='System.Console.WriteLine(0);'
  else
    cat > "$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <LangVersion>7.3</LangVersion>
    <RootNamespace>Consumer</RootNamespace>
    $props
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/runtime/Dataset.Runtime.csproj" />
    <AdditionalFiles Include="$corpus/*.txt" />
    $analyzer
  </ItemGroup>
</Project>
XML
    code='namespace Consumer { public static class Probe { public static int Count() { return Articles.Count; } } }'
    [ "$variant" = gen ] || code='namespace Consumer { public static class Probe { public static int Count() { return 0; } } }'
  fi
  echo "$code" > "$dir/Program.cs"
  quiet dotnet restore "$dir"
}

# sample_tree SID OUT: until session SID is gone, writes "peak-sum-bytes largest-process-bytes largest-name" to OUT
sample_tree() {
  local sid=$1 out=$2 peak=0 top=0 name="-" sum max pid
  set +e # processes come and go between two reads of /proc: a failed read is not an error here
  while [ -e "/proc/$sid" ]; do
    # /proc/PID/stat after "(comm) ": $4 = session, $22 = RSS in pages; a process may vanish mid-read.
    read -r sum max pid < <(cat /proc/[0-9]*/stat 2> /dev/null | awk -v sid="$sid" -v page="$page" '
      { p = $1; sub(/^.*\) /, ""); if ($4 == sid) { s += $22 * page; if ($22 * page > m) { m = $22 * page; n = p } } }
      END { printf "%.0f %.0f %s\n", s, m, (n == "" ? "-" : n) }')
    [ "$sum" -le "$peak" ] || peak=$sum
    if [ "$max" -gt "$top" ]; then
      top=$max
      # every process is "dotnet": name it by the first .dll on its command line (csc.dll, MSBuild.dll), else
      # by its verb ("dotnet build" is the CLI, which hosts MSBuild's entry node)
      name=$(tr '\0' '\n' < "/proc/$pid/cmdline" 2> /dev/null | awk '
        NR == 1 { sub(/.*\//, ""); if ($0 != "dotnet") { print; exit } }
        /\.dll"?$/ { gsub(/"/, ""); sub(/.*\//, ""); print; exit }
        NR == 2 { verb = $0 }
        END { if (verb != "") print "dotnet-" verb }' | head -1)
      [ -n "$name" ] || name=dotnet
    fi
    sleep 0.1
  done
  echo "$peak $top $name" > "$out"
}

# measure DIR: one cold build; appends "wall peak top top-name dataset-generator-s status load-before load-after
# all-generators-s" to DIR.runs
measure() {
  local dir=$1 log="$1/build.log" load0 start status=0 sid
  rm -rf "$dir/bin" "$dir/obj/Release"
  load0=$(load)
  start=$EPOCHREALTIME
  setsid dotnet build "$dir" -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false \
    -p:BuildProjectReferences=false -p:ReportAnalyzer=true -nologo -v:q -clp:ErrorsOnly -flp:"v=d;logfile=$log" \
    > "$dir/console.log" 2>&1 &
  sid=$!
  sample_tree "$sid" "$dir/peak" &
  local sampler=$!
  wait "$sid" || status=$?
  local wall; wall=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
  wait "$sampler"
  local peak=0 top=0 name=- generator total result
  [ ! -f "$dir/peak" ] || read -r peak top name < "$dir/peak"
  # ReportAnalyzer's table: "Total generator execution time: 7.590 seconds." then one line per generator assembly,
  # "   4.503   59   Dataset.Generator, Version=…". The total includes the SDK's own generators (interop, regex…).
  # Missing when the compiler did not get that far.
  generator=$(grep -m1 -E '^ *[0-9.,<]+ +[0-9<]+ +Dataset\.Generator, Version' "$log" | awk '{ gsub(",", "", $1); print $1 }' || true)
  total=$(grep -m1 -o 'Total generator execution time: [<0-9.,]* seconds' "$log" | grep -o '[0-9][0-9.,]*' | tr -d , || true)
  if [ "$status" = 0 ]; then
    result=ok
  else
    result=$(grep -o -m1 'error [A-Z]*[0-9]*' "$dir/console.log" | cut -d' ' -f2 || true)
    result="fails:${result:-exit$status}"
  fi
  printf '%s %s %s %s %s %s %s %s %s\n' "$wall" "$peak" "$top" "$name" "${generator:--}" "$result" "$load0" "$(load)" "${total:--}" >> "$dir.runs"
}

projects=()
for n in "${sizes[@]}"; do
  if [ "$many" -gt 0 ]; then make_corpus "$work/corpus$n" "$n" --many-speakers "$many" --verify 0
  else make_corpus "$work/corpus$n" "$n" --verify 0; fi
  for kind in "${kinds[@]}"; do
    [ "${BASELINE:-1}" = 0 ] || { make_project "$work/$kind-$n-base" "$kind" "$n" base; projects+=("$kind-$n-base"); }
    make_project "$work/$kind-$n-gen" "$kind" "$n" gen
    projects+=("$kind-$n-gen")
  done
done

for ((r = 0; r < reps; r++)); do
  for ((i = 0; i < ${#projects[@]}; i++)); do
    p=${projects[(i + r) % ${#projects[@]}]}
    echo "round $((r + 1))/$reps: $p (load $(load))" >&2
    measure "$work/$p"
  done
done

# The exe consumers are run once (untimed): a build that "succeeded" without the dataset would show here.
check() {
  local dir=$1 expected=$2 out
  [ -f "$dir/bin/Release/net10.0/Consumer.dll" ] || { echo "-"; return; }
  out=$(dotnet "$dir/bin/Release/net10.0/Consumer.dll" 2>&1 | tail -1) || { echo "run failed: ${out:0:60}"; return; }
  [ "${out%% *}" = "$expected" ] && echo "ran: $out" || echo "WRONG: $out"
}

mb() { awk -v b="$1" 'BEGIN { printf (b < 10485760 ? "%.1f" : "%.0f"), b / 1048576 }'; }
col() { awk -v c="$1" '{ print $c }' "$2"; }

echo
echo "Cold \`dotnet build -c Release\` of the consumer (median of $reps; wall = whole command; peak = summed RSS of every"
echo "process of the build, sampled every 100 ms; Dataset generator = its line in ReportAnalyzer's table, in brackets"
echo "the \"Total generator execution time\" of all generators including the SDK's own;"
echo "ratios against the same project without the generator, built the same way in the same run)."
echo
echo "| consumer | articles | seed text | result | wall | × base | peak memory | × base | largest process | Dataset generator (all generators) |  assembly | assembly / text | load before → after | check |"
echo "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"
for n in "${sizes[@]}"; do
  text=$(find "$work/corpus$n" -name "*.txt" -exec cat {} + | wc -c)   # 50,000 names are too many for one cat
  articles=$n
  [ "$many" -le 0 ] || articles="$n + 1"
  for kind in "${kinds[@]}"; do
    label="net10.0 exe, C# latest"
    [ "$kind" = latest ] || label="netstandard2.0 library, C# 7.3"
    bwall=""; bpeak=""
    for variant in base gen; do
      f="$work/$kind-$n-$variant.runs"
      [ -f "$f" ] || continue
      wall=$(col 1 "$f" | median); peak=$(col 2 "$f" | median); top=$(col 3 "$f" | median)
      name=$(col 4 "$f" | tail -1); generator=$(col 5 "$f" | { grep -v -- - || true; } | median); total=$(col 9 "$f" | { grep -v -- - || true; } | median); result=$(col 6 "$f" | sort | uniq -c | awk '{ printf "%s%s", (NR > 1 ? ", " : ""), ($1 > 1 ? $1 "× " : "") $2 }')
      loads="$(col 7 "$f" | head -1) → $(col 8 "$f" | tail -1)"
      dll=$(ls "$work/$kind-$n-$variant"/bin/Release/*/Consumer.dll 2> /dev/null | head -1 || true)
      size="-"; ratio="-"
      if [ -n "$dll" ]; then size=$(stat -c %s "$dll"); ratio=$(awk -v a="$size" -v b="$text" 'BEGIN { printf "%.2f", a / b }'); size="$(awk -v a="$size" 'BEGIN { printf "%.1f MB", a / 1048576 }')"; fi
      if [ "$variant" = base ]; then
        bwall=$wall; bpeak=$peak
        printf '| %s, **no generator** | %s | %s MB | %s | %s s | 1.00 | %s MB | 1.00 | %s MB (%s) | - (%s s) | %s | - | %s | %s |\n' \
          "$label" "$articles" "$(mb "$text")" "$result" "$wall" "$(mb "$peak")" "$(mb "$top")" "$name" "$total" "$size" "$loads" "$([ "$kind" = latest ] && check "$work/$kind-$n-$variant" 0 || echo "-")"
      else
        xwall="-"; xpeak="-"
        [ -z "$bwall" ] || xwall=$(awk -v a="$wall" -v b="$bwall" 'BEGIN { printf "%.2f", a / b }')
        [ -z "$bpeak" ] || xpeak=$(awk -v a="$peak" -v b="$bpeak" 'BEGIN { printf "%.2f", a / b }')
        count=$n; [ "$many" -le 0 ] || count=$((n + 1))
        printf '| %s, generator | %s | %s MB | %s | %s s | %s | %s MB | %s | %s MB (%s) | %s s, %s MB/s (%s s) | %s | %s | %s | %s |\n' \
          "$label" "$articles" "$(mb "$text")" "$result" "$wall" "$xwall" "$(mb "$peak")" "$xpeak" "$(mb "$top")" "$name" "$generator" \
          "$(awk -v t="$text" -v g="$generator" 'BEGIN { if (g + 0 > 0) printf (t / 1048576 / g < 1 ? "%.2f" : "%.1f"), t / 1048576 / g; else print "-" }')" "$total" "$size" "$ratio" "$loads" \
          "$([ "$kind" = latest ] && check "$work/$kind-$n-$variant" "$count" || echo "-")"
      fi
    done
  done
done
echo
echo "Commands: each row is \`dotnet build <consumer> -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false"
echo "-p:BuildProjectReferences=false -p:ReportAnalyzer=true\` from clean bin/ and obj/Release; corpus: make-corpus --seed ${CORPUS_SEED:-1}"
echo "(articles of ~6 KB, no paragraph or quote repeated). Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)."
