#!/usr/bin/env bash
# Runs the BenchmarkDotNet suite from the repository root; reports go to artifacts/benchmarks/results/.
# Usage: benchmarks/run.sh [filter] [more BenchmarkDotNet arguments]   (filter defaults to '*', the whole suite)
set -euo pipefail
cd "$(dirname "$0")/.."
filter=${1:-*}
shift $(( $# > 0 ? 1 : 0 ))
run() {
  dotnet run -c Release --project benchmarks/ContentGen.Benchmarks -- --filter "$1" --artifacts artifacts/benchmarks "${@:2}"
}

# Filters by area:
#   '*Startup*'            first read of 1,000 articles, ContentGen vs embedded JSON: in a running process
#                          (StartupBenchmarks) and as a new process (FirstStartBenchmarks); about 2 minutes
#   '*BuildBenchmarks*'    dotnet build of 2,000 articles, ContentGen vs embedded resources; 3 to 6 minutes
run "$filter" "$@"
