# Sourced by bench/run and bench/profile: what both need, one copy. Expects $here (the checkout),
# $build and $data set; `set -euo pipefail` in the caller.

# Builds the tool's jar into $build (quiet; the log is shown on failure) and sets $jar.
build_jar() {
  local log="$data/build.log"
  (cd "$here" && mvn -B -q -ntp -DskipTests -DbuildDir="$build" package) >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
  jar="$build/postings.jar"
}

# The launcher's JVM options, read from its own line (POSTINGS_JAVA_OPTS replaces them all).
launcher_opts() {
  local opts
  opts="$(sed -n 's/^opts=(${POSTINGS_JAVA_OPTS:-\(.*\)})$/\1/p' "$here/postings")"
  [ -n "$opts" ] || { echo "$(basename "$0"): cannot read the launcher's JVM options" >&2; exit 1; }
  echo "$opts"
}

# The input of N rows, KIND canonical (generate's csv) or jobspy, made by `postings generate`
# the first time: bench/data/KIND-N.csv.
bench_input() {
  local kind=$1 n=$2 file="$data/$1-$2.csv" format=csv
  [ "$kind" = canonical ] || format="$kind"
  [ -f "$file" ] || java -jar "$jar" generate --rows "$n" --seed 2026 --format "$format" --out "$file" >&2
  echo "$file"
}
