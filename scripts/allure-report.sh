#!/usr/bin/env bash
# The Allure report of allure-results/, with history and trends across runs. Allure reads the previous reports'
# history from allure-results/history/; it is kept in allure-history/ (git-ignored, outside target/ so that
# mvn clean keeps it): copied in before mvn allure:report, and the new report's history copied back after.
# Run it after each mvn test (scripts/suite.sh does); running it again on the same results adds no second trend
# point. Extra arguments go to Maven.
set -u
cd "$(dirname "$0")/.."
results=allure-results
report=target/site/allure-maven-plugin
history=allure-history
if [ ! -d "$results" ]; then
  echo "No $results/ here: run mvn test (or scripts/suite.sh) first." >&2
  exit 1
fi
# The build the suite wrote (testng.AllureExecutor); allure:report replaces executor.json, so it is passed on here.
build() { sed -n "s/^$1=//p" "$results/webaccel-build.properties" 2>/dev/null | head -1; }
order=$(build buildOrder)
args=()
[ -n "$order" ] && args+=("-Dwebaccel.build.order=$order")
[ -n "$(build buildName)" ] && args+=("-Dwebaccel.build.name=$(build buildName)")
[ -n "$(build buildUrl)" ] && args+=("-Dwebaccel.build.url=$(build buildUrl)")
# History goes in once per build: a second report of the same results starts from the same history.
if [ -z "$order" ] || [ "$(cat "$results/.history-build" 2>/dev/null)" != "$order" ]; then
  rm -rf "$results/history"
  if [ -d "$history" ]; then
    mkdir -p "$results/history" && cp -R "$history/." "$results/history/"
  fi
  echo "$order" > "$results/.history-build"
fi
mvn -B -q allure:report ${args[@]+"${args[@]}"} "$@" || exit $?
if [ -d "$report/history" ]; then
  rm -rf "$history" && mkdir -p "$history" && cp -R "$report/history/." "$history/"
fi
echo "Allure report: $(pwd)/$report/index.html (open with: mvn allure:serve)"
