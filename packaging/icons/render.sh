#!/usr/bin/env bash
# Renders the application icon (resources/icons/tilltro.svg) to the PNG sizes the hicolor theme
# uses; the PNGs are committed, so building does not need the renderer. Run this after changing
# the SVG, and commit the result. Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
svg=../../resources/icons/tilltro.svg
for size in 16 24 32 48 64 128 256; do
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio --format png \
    --output "tilltro-$size.png" "$svg"
done
