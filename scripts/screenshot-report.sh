#!/usr/bin/env bash
# Renders the Jincheng 2022 problem list as HTML and takes a screenshot of it in headless Chromium
# (Debian's package), for the README. Not part of CI.
#   scripts/screenshot-report.sh [OUT.png]     default: docs/jincheng-2022-report.png
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$here/docs/jincheng-2022-report.png}"
if ! command -v chromium >/dev/null 2>&1 || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  echo "installing Debian's chromium and CJK fonts..." >&2
  apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/ducha" inspect "$here/examples/jincheng-2022" --format html --out "$work/report.html" || [ $? -eq 1 ]
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$work/profile" \
  --window-size=1280,2400 --screenshot="$out" "file://$work/report.html" 2>/dev/null
echo "wrote $out" >&2
