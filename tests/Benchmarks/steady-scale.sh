#!/usr/bin/env bash
# Steady state of the generated API at scale: BenchmarkDotNet (MemoryDiagnoser) running DatasetAccessBenchmarks
# (tests/Benchmarks/Scale/) compiled into a consumer of N synthetic articles, in a temp folder.
#
# Usage: tests/Benchmarks/steady-scale.sh [N] [BenchmarkDotNet options...]   (default: 10000 --job short)
#   e.g. tests/Benchmarks/steady-scale.sh 10000 --job medium      tests/Benchmarks/steady-scale.sh 1000 --filter '*Get*'
# DATASET_REPO, KEEP: see lib.sh. The same benchmarks run against the repository's real seed with
#   dotnet run -c Release --project tests/Benchmarks -- --filter '*DatasetAccess*'
set -euo pipefail
source "$(dirname "$0")/lib.sh"

n=${1:-10000}
shift || true
bdn_args=("$@")
[ ${#bdn_args[@]} -gt 0 ] || bdn_args=(--job short)

machine_table "steady-scale.sh $n ${bdn_args[*]}"
build_tools
make_corpus "$work/corpus$n" "$n" --verify 0

middle=$(ls "$work/corpus$n" | grep '\.txt$' | sed -n "$((n / 2 + 1))p")
middle=${middle%.txt}
dir="$work/steady"
mkdir -p "$dir"
# RootNamespace Dataset.Benchmarks: the generated Articles lands where the benchmark class looks for it.
cat > "$dir/Steady.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <LangVersion>latest</LangVersion>
    <Nullable>enable</Nullable>
    <RootNamespace>Dataset.Benchmarks</RootNamespace>
    <AssemblyName>Dataset.Benchmarks.Steady</AssemblyName>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="BenchmarkDotNet" Version="0.15.8" />
    <ProjectReference Include="$repo/runtime/Dataset.Runtime.csproj" />
    $(generator_items)
    <AdditionalFiles Include="$work/corpus$n/*.txt" />
    <Compile Include="$bench_repo/tests/Benchmarks/Scale/*.cs" />
  </ItemGroup>
</Project>
XML
cat > "$dir/DatasetUnderTest.cs" <<CS
namespace Dataset.Benchmarks
{
    internal static class DatasetUnderTest
    {
        public const string Id = "$middle";

        public static Article Property => Articles._$middle;
    }
}
CS
cat > "$dir/Program.cs" <<'CS'
BenchmarkDotNet.Running.BenchmarkSwitcher.FromTypes(new[] { typeof(Dataset.Benchmarks.DatasetAccessBenchmarks) }).Run(args);
CS

echo "building the consumer of $n articles with the benchmarks (load $(load))" >&2
start=$EPOCHREALTIME
quiet dotnet build "$dir" -c Release
echo "built in $(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", b - a }') s; running BenchmarkDotNet ${bdn_args[*]} (load $(load))" >&2
load_start=$(load)
# --inProcess: BenchmarkDotNet's usual host project would rebuild this one into another folder, i.e. compile the
# N articles again (minutes, and its build timeout is 2 minutes); in process, the consumer built above is measured.
(cd "$dir" && dotnet bin/Release/net10.0/Dataset.Benchmarks.Steady.dll --inProcess --filter '*DatasetAccessBenchmarks*' "${bdn_args[@]}" > "$dir/bdn.log" 2>&1) ||
  { tail -40 "$dir/bdn.log" >&2; exit 1; }
load_end=$(load)

echo "BenchmarkDotNet, DatasetAccessBenchmarks against $n generated articles (article under test: $middle);"
echo "load average $load_start at the start, $load_end at the end. Command: \`Dataset.Benchmarks.Steady --inProcess --filter '*DatasetAccessBenchmarks*' ${bdn_args[*]}\`."
echo "Issue 9 targets: Get ≤ 30 ns at 10,000 articles; Property and ReadArticle allocate 0 bytes."
echo
cat "$dir"/BenchmarkDotNet.Artifacts/results/*-report-github.md
