#!/usr/bin/env bash
# Scale check: packs ContentGen, makes a console project with N synthetic articles (default 10,000, about 50 MB)
# and builds it, printing the build's wall time. Not part of CI: at 10,000 articles it takes about 8 minutes.
# Usage: bash scripts/scale/build.sh [count]
#
# Measured on 2026-11-29 on the 2-core, 24 GiB development machine: 10,000 articles (46.6 MiB) build in 474 s
# with the compiler at 12.9 GB peak, and the app runs; see docs/BENCHMARKS.md.
set -euo pipefail
count=${1:-10000}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet pack "$root/src/ContentGen/ContentGen.csproj" -c Release -o "$work/feed" -nologo -v q -p:ArtifactsPath="$work/pack-artifacts/"
mkdir -p "$work/app/content"
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="feed" value="$work/feed" /></packageSources></configuration>
XML
cat > "$work/app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup><PackageReference Include="ContentGen" Version="*-*" /></ItemGroup>
</Project>
XML
cat > "$work/app/Program.cs" <<'CS'
System.Console.WriteLine($"{App.Content.Articles.All.Count} articles, {System.Linq.Enumerable.Sum(App.Content.Articles.All, a => a.Metrics.Count)} metrics");
CS
dotnet run -c Release --project "$root/benchmarks/ContentGen.Benchmarks" -- corpus "$work/app/content" "$count"
du -sh "$work/app/content"
export NUGET_PACKAGES="$work/packages"
start=$(date +%s)
dotnet build "$work/app" -nologo -v q
end=$(date +%s)
echo "build: $((end - start)) s for $count articles"
dotnet run --project "$work/app" --no-build
