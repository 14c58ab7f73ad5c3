#!/usr/bin/env bash
# Scale check of the contentgen tool, outside CI: packs ContentGen and ContentGen.Tool, writes N synthetic articles
# (about 4.9 KB each; default 2,000), builds a console project with the ContentGen package over them (as
# scripts/scale/build.sh does: UseSharedCompilation=false, no incremental build), installs the tool from the packed
# package and times `contentgen export` over the same files, then prints the ratio of the two times.
#
# Usage: bash scripts/scale/export.sh [count] [runs]
#   count  number of articles (default 2000)
#   runs   exports timed, reported one by one (default 3)
# Results are in docs/BENCHMARKS.md.
set -euo pipefail
count=${1:-2000}
runs=${2:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_CLI_UI_LANGUAGE=en
. "$root/scripts/scale/timed.sh"

for project in ContentGen ContentGen.Tool; do
  dotnet pack "$root/src/$project/$project.csproj" -c Release -o "$work/feed" -nologo -v q -p:ArtifactsPath="$work/pack-artifacts/"
done
cp "$root/global.json" "$work/global.json"
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="feed" value="$work/feed" /></packageSources></configuration>
XML

mkdir -p "$work/app/content"
cat > "$work/app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup><PackageReference Include="ContentGen" Version="*-*" /></ItemGroup>
</Project>
XML
echo 'System.Console.WriteLine(App.Content.Articles.All.Count);' > "$work/app/Program.cs"
dotnet run -c Release --project "$root/benchmarks/ContentGen.Benchmarks" -- corpus "$work/app/content" "$count"
bytes=$(find "$work/app/content" -name "*.txt" -print0 | xargs -0 cat | wc -c)
echo "content: $count articles, $bytes bytes"

export NUGET_PACKAGES="$work/packages"
dotnet restore "$work/app" -v q
dotnet tool install ContentGen.Tool --tool-path "$work/tool" --configfile "$work/nuget.config" > /dev/null

cd "$work/app"
build=$(timed "$work/build.log" dotnet build --no-restore --no-incremental -nologo -nodeReuse:false -p:UseSharedCompilation=false)
grep -q "Build succeeded" "$work/build.log" || { tail -30 "$work/build.log"; exit 1; }
echo "dotnet build:       $build"
slowest=0
for run in $(seq 1 "$runs"); do
  export_time=$(timed "$work/export.log" "$work/tool/contentgen" export -o "$work/export.json")
  echo "contentgen export:  $export_time  (run $run, $(wc -c < "$work/export.json") bytes of JSON)"
  slowest=$(echo "${export_time%% *} $slowest" | awk '{ print ($1 > $2) ? $1 : $2 }')
done
echo "slowest export / build: $(echo "${build%% *} $slowest" | awk '{ printf "%.3f", $2 / $1 }')"
