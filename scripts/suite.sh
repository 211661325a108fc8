#!/usr/bin/env bash
# The main job: the cross-browser suite in every engine installed here, then the Allure report with the history
# of earlier runs (scripts/allure-report.sh).
# Extra arguments go to Maven, e.g. scripts/suite.sh -Dbrowser=firefox -Diterations=20
set -u
cd "$(dirname "$0")/.."
scripts/preflight.sh || exit $?
rm -rf allure-results
mvn -B test "$@"
status=$?
scripts/allure-report.sh
[ -f target/webaccel/report/report.html ] && echo "History report: $(pwd)/target/webaccel/report/report.html (markdown: report.md; history: webaccel-history.duckdb, scripts/history.sh)"
[ -f target/webaccel/claims.md ] && echo "Claims table: $(pwd)/target/webaccel/claims.md"
[ -f target/webaccel/results/records.jsonl ] && echo "Result records: $(pwd)/target/webaccel/results/records.jsonl (raw samples: samples.csv)"
exit $status
