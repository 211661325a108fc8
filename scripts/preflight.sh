#!/usr/bin/env bash
# Checks what the suite needs and stops with the exact command that fixes anything missing.
set -u
missing=()
command -v java >/dev/null || missing+=("java")
command -v mvn >/dev/null || missing+=("maven")
if command -v java >/dev/null; then
  major=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
  if [ -n "$major" ] && [ "$major" -lt 17 ]; then
    echo "webaccel needs Java 17 or newer; this java is $major. Fix: apt-get install -y openjdk-17-jdk-headless" >&2
    exit 2
  fi
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Missing: ${missing[*]}. Fix: apt-get update && apt-get install -y openjdk-17-jdk-headless maven" >&2
  exit 2
fi
engines=()
[ -x /usr/bin/chromium ] || [ -x /usr/bin/google-chrome ] && engines+=("chrome")
[ -x /usr/bin/firefox-esr ] || [ -x /usr/bin/firefox ] && engines+=("firefox")
[ -x /usr/bin/WebKitWebDriver ] && engines+=("webkit")
if [ ${#engines[@]} -eq 0 ]; then
  echo "No browser engine is installed. Fix (Debian/Ubuntu, as root):" >&2
  echo "  apt-get update && apt-get install -y chromium chromium-driver firefox-esr mesa-vulkan-drivers webkit2gtk-driver xvfb" >&2
  exit 2
fi
[ -x /usr/bin/chromium ] && [ ! -x /usr/bin/chromedriver ] && echo "note: chromium without chromedriver; fix: apt-get install -y chromium-driver" >&2
[ -x /usr/bin/WebKitWebDriver ] && ! command -v Xvfb >/dev/null && echo "note: WebKitGTK needs Xvfb; fix: apt-get install -y xvfb" >&2
echo "browser engines installed: ${engines[*]}"
