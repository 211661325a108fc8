#!/usr/bin/env bash
# Starts a local Selenium Grid (standalone: hub + node) on 127.0.0.1:${GRID_PORT:-4444} with the drivers on PATH.
# Then: mvn test -Dbrowser=chrome -Dgrid.url=http://127.0.0.1:4444   (stop the grid with Ctrl-C)
set -euo pipefail
cd "$(dirname "$0")"
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
# geckodriver from Maven Central, if the main build fetched it
[ -x ../../target/drivers/geckodriver ] && export PATH="$PATH:$(cd ../../target/drivers && pwd)"
exec java -cp "$(cat target/classpath.txt)" org.openqa.selenium.grid.Main standalone \
  --host 127.0.0.1 --port "${GRID_PORT:-4444}" --selenium-manager false
