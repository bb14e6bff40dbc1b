#!/usr/bin/env bash
# Rebuilds public/fonts/ from Debian's DejaVu fonts, cut down to the scripts a plan is written in.
#
# The checklist PDF embeds these fonts (components/pdf/fonts.ts). The full DejaVu files are
# 1.8 MB (950 kB gzip) and cover dozens of scripts; the PDF needs Latin (every European
# language: ä ö ü ß Ł ő ç ...), Greek, Cyrillic, punctuation, arrows, box drawing and the
# symbols our texts use. Cutting the rest makes the fonts 2.7x smaller on the wire and the
# browser export about 10% faster (npm run bench). components/pdf/font-coverage.test.ts
# checks that every character of our texts has a glyph.
#
# Needs: apt-get install fonts-dejavu-core python3-fonttools
set -euo pipefail

src=/usr/share/fonts/truetype/dejavu
dest="$(cd "$(dirname "$0")/.." && pwd)/public/fonts"
unicodes="U+0000-024F,U+0250-036F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+2070-209F,U+20A0-20CF,U+2100-214F,U+2150-218F,U+2190-21FF,U+2200-22FF,U+2500-25FF,U+2600-26FF,U+2700-27BF,U+FFFD"

for font in DejaVuSans DejaVuSans-Bold DejaVuSansMono; do
  /usr/bin/python3 -m fontTools.subset "$src/$font.ttf" \
    --unicodes="$unicodes" --layout-features='*' --no-hinting \
    --output-file="$dest/$font.ttf"
  echo "$dest/$font.ttf: $(stat -c %s "$dest/$font.ttf") bytes"
done
