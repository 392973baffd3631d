#!/usr/bin/env bash
# Renders the Jincheng 2022 notice (ducha inspect --format docx) to PDF with LibreOffice headless and its first
# page and first annex page to PNG with pdftoppm, for the README. Installs Debian's LibreOffice Writer, the Noto CJK
# fonts and poppler-utils when missing. Not part of CI.
#   scripts/render-notice.sh [OUT_DIR]     default: docs/; writes jincheng-2022-notice-1.png (first page) and
#                                           jincheng-2022-notice-annex.png (first annex page); KEEP_PDF=FILE keeps the PDF
# The notice names the fonts GB/T 9704 asks for (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312, 宋体), which a Linux
# host does not have: a fontconfig file maps them to the Noto CJK faces (serif for 宋/仿宋/楷, sans for 黑体), so the
# rendering shows the layout, not the standard's letterforms.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$here/docs}"
if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1 || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  echo "installing Debian's LibreOffice Writer, CJK fonts and poppler-utils..." >&2
  apt-get update -qq && apt-get install -y -qq libreoffice-writer-nogui fonts-noto-cjk poppler-utils >/dev/null
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/ducha" inspect "$here/examples/jincheng-2022" --format docx --out "$work/jincheng-2022-notice.docx" || [ $? -eq 1 ]

alias() { # alias FAMILY SUBSTITUTE
  printf '  <alias binding="same"><family>%s</family><prefer><family>%s</family></prefer></alias>\n' "$1" "$2"
}
{
  echo '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
  echo '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
  alias "方正小标宋简体" "Noto Serif CJK SC"
  alias "仿宋_GB2312" "Noto Serif CJK SC"
  alias "宋体" "Noto Serif CJK SC"
  alias "楷体_GB2312" "Noto Serif CJK SC"
  alias "黑体" "Noto Sans CJK SC"
  echo '</fontconfig>'
} > "$work/fonts.conf"
export FONTCONFIG_FILE="$work/fonts.conf"

soffice --headless --norestore -env:UserInstallation="file://$work/profile" \
  --convert-to pdf --outdir "$work" "$work/jincheng-2022-notice.docx" >/dev/null 2>&1
pdf="$work/jincheng-2022-notice.pdf"
pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
annex=""
for ((p = 2; p <= pages; p++)); do
  if pdftotext -f "$p" -l "$p" -layout "$pdf" - | grep -m1 -v '^\s*$' | grep -q '^\s*附件\s*$'; then annex="$p"; break; fi
done
mkdir -p "$out"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" "$out/jincheng-2022-notice-1"
[ -n "$annex" ] && pdftoppm -png -r 60 -f "$annex" -l "$annex" -singlefile "$pdf" "$out/jincheng-2022-notice-annex"
echo "rendered $pages pages (annex from page ${annex:-?}); wrote $out/jincheng-2022-notice-1.png${annex:+ and $out/jincheng-2022-notice-annex.png}" >&2
if [ -n "${KEEP_PDF:-}" ]; then cp "$pdf" "$KEEP_PDF"; echo "wrote $KEEP_PDF" >&2; fi
