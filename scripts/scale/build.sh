#!/usr/bin/env bash
# Scale check, outside CI: packs ContentGen, writes N synthetic articles (about 4.9 KB each; default 10,000, about
# 50 MB) and builds two console projects over the same files side by side: one with the ContentGen package, one
# with the files only as EmbeddedResource (the baseline). For each build: wall time and the peak resident memory
# of the largest process of the build (the compiler; GNU time's %M), with UseSharedCompilation=false so that the
# compiler is a child of the build and counted; for ContentGen also the generator's time from the compiler's own
# analyzer report (-p:ReportAnalyzer=true) and its throughput. Then runs the app, which reads Articles.All.Count,
# every article's metrics and one Find.
#
# Usage: bash scripts/scale/build.sh [count] [runs]
#   count  number of articles (default 10000)
#   runs   builds of each project, reported one by one (default 1)
# Needs GNU time (/usr/bin/time) for memory; without it only times are reported. Results are in docs/BENCHMARKS.md.
set -euo pipefail
count=${1:-10000}
runs=${2:-1}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_CLI_UI_LANGUAGE=en

dotnet pack "$root/src/ContentGen/ContentGen.csproj" -c Release -o "$work/feed" -nologo -v q -p:ArtifactsPath="$work/pack-artifacts/"
cp "$root/global.json" "$work/global.json"
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="feed" value="$work/feed" /></packageSources></configuration>
XML

mkdir -p "$work/contentgen/content" "$work/embedded"
cat > "$work/contentgen/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup><PackageReference Include="ContentGen" Version="*-*" /></ItemGroup>
</Project>
XML
cat > "$work/contentgen/Program.cs" <<'CS'
using System.Linq;
using App.Content;
var first = Articles.All[0];
System.Console.WriteLine($"{Articles.All.Count} articles, {Articles.All.Sum(a => a.Metrics.Count)} metrics, Find(\"{first.Slug}\") is {Articles.Find(first.Slug)?.Id}");
CS
cat > "$work/embedded/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup><EmbeddedResource Include="../contentgen/content/**/*.txt" /></ItemGroup>
</Project>
XML
cat > "$work/embedded/Program.cs" <<'CS'
System.Console.WriteLine($"{typeof(Program).Assembly.GetManifestResourceNames().Length} resources");
CS

dotnet run -c Release --project "$root/benchmarks/ContentGen.Benchmarks" -- corpus "$work/contentgen/content" "$count"
bytes=$(find "$work/contentgen/content" -name "*.txt" -print0 | xargs -0 cat | wc -c)
echo "content: $count articles, $bytes bytes"

export NUGET_PACKAGES="$work/packages"
dotnet restore "$work/contentgen" -v q
dotnet restore "$work/embedded" -v q

. "$root/scripts/scale/timed.sh"

for run in $(seq 1 "$runs"); do
  echo "run $run, $count articles:"
  echo "  EmbeddedResource: $(timed "$work/embedded.log" dotnet build "$work/embedded" --no-restore --no-incremental -nologo -nodeReuse:false -p:UseSharedCompilation=false)"
  echo "  ContentGen:       $(timed "$work/contentgen.log" dotnet build "$work/contentgen" --no-restore --no-incremental -nologo -nodeReuse:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d)"
  generator=$(grep -E '^ +[0-9.]+ +[0-9<]+ +ContentGen.Generator.ContentGenerator$' "$work/contentgen.log" | awk '{ print $1 }' | head -1)
  if [ -n "$generator" ]; then
    echo "  generator (analyzer report): $generator s, $(echo "scale=1; $bytes / 1000000 / $generator" | bc) MB/s"
  fi
done

if ! grep -q "Build succeeded" "$work/contentgen.log"; then
  tail -30 "$work/contentgen.log"
  exit 1
fi
dotnet run --project "$work/contentgen" --no-build
