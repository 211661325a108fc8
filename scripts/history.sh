#!/usr/bin/env bash
# The benchmark history from a shell: SQL, schema, runs, report. See README ("History and regressions").
#   scripts/history.sh sql "SELECT run_id, started_at, complete FROM runs"
#   scripts/history.sh schema | runs | report [--run ID] [--out DIR]      (--db FILE before the command)
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=target/history-classpath.txt
if [ ! -d target/classes/dev/webaccel/history ] || [ ! -s "$cp_file" ] || [ pom.xml -nt "$cp_file" ]; then
  mvn -B -q compile dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2 || {
    echo "could not build webaccel; run: mvn -B compile" >&2; exit 1; }
fi
exec java -cp "target/classes:$(cat "$cp_file")" -Dwebaccel.project.dir="$(pwd)" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn dev.webaccel.history.cli.HistoryCommand "$@"
