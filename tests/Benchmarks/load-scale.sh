#!/usr/bin/env bash
# Fresh-process cost of using the dataset: whole processes, timed from outside, interleaved, median of RUNS.
#
# Usage: tests/Benchmarks/load-scale.sh [N] [GET_N]        (default: 1000 10000; RUNS=15)
#   a  empty      an empty console app (the runtime's own start-up)
#   b  generated  the generated Articles of N articles: every paragraph text, quote text and speaker name
#   c  json       the same records from an embedded JSON resource (written from b's data) through a
#                 System.Text.Json source-generated context, the same fields touched
#   d  parse      reading the N .txt seeds and running the project's SeedParser on each, the same fields touched
#   e  get        Articles.Get(id) of one article (the middle id) among GET_N articles, one paragraph read
# READY_TO_RUN=1 publishes every app with PublishReadyToRun (linux-x64, framework-dependent) over its build output,
# as a consumer who cares about start-up would ship it: the dataset's reader and generated code are then
# precompiled instead of JIT-compiled. DATASET_REPO, KEEP: see lib.sh. Every app prints "checksum jitted-methods jit-ms allocated-bytes"; b, c and d
# must agree on the checksum (the sum of the lengths of every touched string), or the script stops.
#
# All five are net10.0 Release apps started through their apphost in the same way; each round runs every app once,
# each round starting one app later. Reported: the median of each, and the median of the paired differences
# (x − empty in the same round), which cancels most of the load other builders put on the machine.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

n=${1:-1000}
get_n=${2:-10000}
runs=${RUNS:-15}

machine_table "load-scale.sh $n $get_n (RUNS=$runs${READY_TO_RUN:+ READY_TO_RUN=$READY_TO_RUN})"
build_tools
make_corpus "$work/corpus$n" "$n" --verify 0
[ "$get_n" = "$n" ] || make_corpus "$work/corpus$get_n" "$get_n" --verify 0

# The line every app ends with, so each pays for the same printing.
stats='System.Console.WriteLine(touched + " " + System.Runtime.JitInfo.GetCompiledMethodCount() + " " + System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture) + " " + System.GC.GetTotalAllocatedBytes());'

# app NAME PROPERTIES ITEMS PROGRAM: a net10.0 console project in $work/NAME, restored and built
app() {
  local dir="$work/$1"
  mkdir -p "$dir"
  cat > "$dir/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <LangVersion>latest</LangVersion>
    <Nullable>enable</Nullable>
    <RootNamespace>Consumer</RootNamespace>
    $2
  </PropertyGroup>
  <ItemGroup>
    $3
  </ItemGroup>
</Project>
XML
  printf '%s\n' "$4" > "$dir/Program.cs"
  quiet dotnet build "$dir" -c Release
  if [ "${READY_TO_RUN:-0}" = 1 ]; then
    quiet dotnet publish "$dir" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$dir/bin/Release/net10.0"
  fi
}

runtime_ref="<ProjectReference Include=\"$repo/runtime/Dataset.Runtime.csproj\" />"
# Every touched string's length, summed: the same walk over the same records in b and c.
walk='static long Walk(System.Collections.Generic.IEnumerable<Dataset.Article> articles)
{
    long n = 0;
    foreach (Dataset.Article a in articles)
    {
        foreach (Dataset.Paragraph p in a.Paragraphs) n += p.Text.Length;
        foreach (Dataset.Quote q in a.Quotes) n += q.Text.Length + (q.SpeakerName?.Length ?? 0);
        foreach (Dataset.Speaker s in a.Speakers) n += s.Name.Length;
    }
    return n;
}'
# The JSON shape: the runtime records, except that a speaker lists its quotes by index (as the generated data
# does), so each quote is written once; the JSON app rebuilds the Speaker records from them.
json_context='namespace Consumer
{
    internal sealed record SpeakerJson(string Name, System.Collections.Generic.List<string> Aliases, System.Collections.Generic.List<int> Quotes);

    internal sealed record ArticleJson(
        string Id, string SourceFile, string? Title, System.Uri? Url, System.DateTimeOffset? Published,
        System.Collections.Generic.List<string> Authors, System.Collections.Generic.List<string> Tags, string? Language,
        string? Dateline, string? PhotoCredit, System.Collections.Generic.List<Dataset.Paragraph> Paragraphs,
        System.Collections.Generic.List<Dataset.Quote> Quotes, System.Collections.Generic.List<SpeakerJson> Speakers,
        int WordCount, string ContentHash, System.Collections.Generic.List<Dataset.RemovedLine> RemovedLines)
    {
        public static ArticleJson From(Dataset.Article a) => new(
            a.Id, a.SourceFile, a.Title, a.Url, a.Published, new(a.Authors), new(a.Tags), a.Language, a.Dateline, a.PhotoCredit,
            new(a.Paragraphs), new(a.Quotes), System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(a.Speakers,
                s => new SpeakerJson(s.Name, new(s.Aliases), System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(s.Quotes, q => q.Index))))),
            a.WordCount, a.ContentHash, new(a.RemovedLines));

        public Dataset.Article ToArticle()
        {
            Dataset.Quote[] quotes = Quotes.ToArray();
            var speakers = new Dataset.Speaker[Speakers.Count];
            for (int i = 0; i < speakers.Length; i++)
            {
                SpeakerJson s = Speakers[i];
                var own = new Dataset.Quote[s.Quotes.Count];
                for (int q = 0; q < own.Length; q++) own[q] = quotes[s.Quotes[q]];
                speakers[i] = new Dataset.Speaker(s.Name, s.Aliases.AsReadOnly(), System.Array.AsReadOnly(own));
            }

            return new Dataset.Article(Id, SourceFile, Title, Url, Published, Authors.AsReadOnly(), Tags.AsReadOnly(), Language, Dateline,
                PhotoCredit, Paragraphs.AsReadOnly(), System.Array.AsReadOnly(quotes), System.Array.AsReadOnly(speakers), WordCount, ContentHash, RemovedLines.AsReadOnly());
        }
    }

    [System.Text.Json.Serialization.JsonSerializable(typeof(System.Collections.Generic.List<ArticleJson>))]
    internal sealed partial class DatasetJson : System.Text.Json.Serialization.JsonSerializerContext { }
}'

echo "building the apps (the generated ones take a while)" >&2
app empty "" "" "long touched = 0;
$stats"

app generated "" "$runtime_ref
    <AdditionalFiles Include=\"$work/corpus$n/*.txt\" />
    $(generator_items)" "long touched = Walk(Consumer.Articles.All);
$stats
$walk"

# The JSON is written from the generated dataset itself, by a separate exporter, so c holds exactly b's data.
app exporter "" "$runtime_ref
    <Reference Include=\"$work/generated/bin/Release/net10.0/generated.dll\" />" "using System.Text.Json;
System.Collections.Generic.List<Consumer.ArticleJson> all = new(System.Linq.Enumerable.Select(Consumer.Articles.All, Consumer.ArticleJson.From));
System.IO.File.WriteAllBytes(args[0], JsonSerializer.SerializeToUtf8Bytes(all, Consumer.DatasetJson.Default.ListArticleJson));
$json_context"
quiet "$work/exporter/bin/Release/net10.0/exporter" "$work/articles.json"

app json "" "$runtime_ref
    <EmbeddedResource Include=\"$work/articles.json\" LogicalName=\"articles.json\" />" "using System.Text.Json;
using System.IO.Stream stream = typeof(Consumer.DatasetJson).Assembly.GetManifestResourceStream(\"articles.json\")!;
long touched = Walk(System.Linq.Enumerable.Select(JsonSerializer.Deserialize(stream, Consumer.DatasetJson.Default.ListArticleJson)!, a => a.ToArticle()));
$stats
$walk
$json_context"

# SeedParser is internal to the generator, visible to the assembly named Dataset.Benchmarks.
app parse "<AssemblyName>Dataset.Benchmarks</AssemblyName>" "<ProjectReference Include=\"$repo/generator/Dataset.Generator.csproj\" />
    <PackageReference Include=\"YamlDotNet\" Version=\"18.1.0\" />
    <PackageReference Include=\"Microsoft.CodeAnalysis.CSharp\" Version=\"4.8.0\" />" "long touched = 0;
foreach (string path in System.IO.Directory.EnumerateFiles(args[0], \"*.txt\"))
{
    var article = Dataset.Generator.Parsing.SeedParser.Parse(path, System.IO.File.ReadAllText(path)).Article!;
    foreach (var p in article.Paragraphs) touched += p.Text.Length;
    foreach (var q in article.Quotes) touched += q.Text.Length + (q.SpeakerName?.Length ?? 0);
    foreach (var s in article.Speakers) touched += s.Name.Length;
}
$stats"

middle=$(ls "$work/corpus$get_n" | grep '\.txt$' | sed -n "$((get_n / 2 + 1))p")
middle=${middle%.txt}
app get "" "$runtime_ref
    <AdditionalFiles Include=\"$work/corpus$get_n/*.txt\" />
    $(generator_items)" "long touched = Consumer.Articles.Get(\"$middle\").Paragraphs[0].Text.Length;
$stats"

names=(empty generated json parse get)
declare -A argv=([empty]="" [generated]="" [json]="" [parse]="$work/corpus$n" [get]="")
exe() { echo "$work/$1/bin/Release/net10.0/$([ "$1" = parse ] && echo Dataset.Benchmarks || echo "$1")"; }

# One untimed run each (files into the page cache), and the checksums.
for a in "${names[@]}"; do
  "$(exe "$a")" ${argv[$a]} > "$work/$a.out"
done
sum() { cut -d' ' -f1 "$work/$1.out"; }
if [ "$(sum generated)" != "$(sum json)" ] || [ "$(sum generated)" != "$(sum parse)" ]; then
  echo "checksums differ: generated $(sum generated), json $(sum json), parse $(sum parse)" >&2
  exit 1
fi

load_start=$(load)
for ((r = 0; r < runs; r++)); do
  echo "round $((r + 1))/$runs (load $(load))" >&2
  for ((i = 0; i < ${#names[@]}; i++)); do
    a=${names[(i + r) % ${#names[@]}]}
    start=$EPOCHREALTIME
    "$(exe "$a")" ${argv[$a]} > "$work/$a.out"
    awk -v s="$start" -v e="$EPOCHREALTIME" 'BEGIN { printf "%.2f\n", (e - s) * 1000 }' >> "$work/$a.ms"
  done
done
load_end=$(load)

ms() { median < "$work/$1.ms"; }
# paired NAME: median over rounds of (NAME's time − empty's time in the same round)
paired() { paste "$work/$1.ms" "$work/empty.ms" | awk '{ printf "%.2f\n", $1 - $2 }' | median; }
field() { cut -d' ' -f"$2" "$work/$1.out"; }
size() { awk -v b="$(stat -c %s "$work/$1/bin/Release/net10.0/$2")" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }

echo
echo "Fresh processes, median of $runs interleaved runs, ms (load average $load_start at the first round, $load_end after the last)."
echo "− empty = median of the paired differences with the empty app in the same round."
echo
echo "| app | what it does | median | − empty | JIT-compiled methods | JIT time | allocated | assembly |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
row() {
  printf '| %s | %s | %.1f | %s | %s | %s ms | %s MB | %s |\n' "$1" "$2" "$(ms "$1")" "$3" "$(field "$1" 2)" "$(field "$1" 3)" \
    "$(awk -v b="$(field "$1" 4)" 'BEGIN { printf "%.1f", b / 1048576 }')" "$4"
}
row empty "an empty console app" "-" "$(size empty empty.dll)"
row generated "generated Articles, $n articles: every paragraph, quote and speaker name" "$(paired generated)" "$(size generated generated.dll)"
row json "the same from an embedded $(awk -v b="$(stat -c %s "$work/articles.json")" 'BEGIN { printf "%.1f MB", b / 1048576 }') JSON, System.Text.Json source-gen" "$(paired json)" "$(size json json.dll)"
row parse "read the $n .txt seeds + SeedParser, the same fields" "$(paired parse)" "$(size parse Dataset.Benchmarks.dll)"
row get "Articles.Get(\"$middle\") among $get_n articles" "$(paired get)" "$(size get get.dll)"

gen=$(paired generated)
echo
echo "| ratio | measured | issue 9 target |"
echo "|---|---:|---|"
awk -v g="$gen" -v j="$(paired json)" -v p="$(paired parse)" -v e="$(paired get)" -v n="$n" -v gn="$get_n" 'BEGIN {
  printf "| (generated − empty) / (json − empty), %d articles | %.2f | ≤ 0.25 |\n", n, g / j
  printf "| (generated − empty) / (parse − empty), %d articles | %.3f | ≤ 0.05 |\n", n, g / p
  printf "| get − empty, one article among %d | %.1f ms | ≤ 5 ms |\n", gn, e
}'
echo
echo "Checksum (characters touched) $(sum generated) in generated, json and parse. Commands: each app's apphost"
echo "(bin/Release/net10.0/<app>), parse with the corpus folder as its argument; built with \`dotnet build -c Release\`."
