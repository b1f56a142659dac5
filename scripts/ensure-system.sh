#!/usr/bin/env bash
# Makes sure the system packages Ruta needs exist: java (Java 17 runs the embedded DynamoDB Local)
# and chromium (browser tests). Installs them with apt-get when running as root; otherwise stops
# with the exact command to run. Usage: ensure-system.sh java chromium
set -euo pipefail
missing=()
for want in "$@"; do
  case "$want" in
    java) command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless) ;;
    chromium) [ -x /usr/bin/chromium ] || missing+=(chromium) ;;
    *) echo "ensure-system: unknown requirement '$want'" >&2; exit 2 ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} with apt-get (needed by Ruta's local engine and browser tests)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "Installed ${missing[*]}."
else
  echo "Ruta needs: ${missing[*]}. Install them with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
