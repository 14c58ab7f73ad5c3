# Sourced by the scale scripts. timed LOG COMMAND...: runs COMMAND with its output in LOG and prints its wall time
# and, with GNU time (/usr/bin/time), the peak resident memory of its largest process.
timed() {
  local log=$1
  shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%e %M" -o "$log.time" "$@" > "$log" 2>&1
    read -r seconds kilobytes < "$log.time"
    echo "$seconds s, peak $((kilobytes / 1024)) MB"
  else
    local start end
    start=$(date +%s.%N)
    "$@" > "$log" 2>&1
    end=$(date +%s.%N)
    echo "$(echo "$end - $start" | bc) s"
  fi
}
