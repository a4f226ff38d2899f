#!/usr/bin/env bash
# Makes sure Chromium (with its Chinese locale pack), Firefox ESR and CJK fonts (a sans and a serif) are there for the end-to-end tests and the demo.
# Installs what is missing with apt-get when running as root; otherwise says how, in one line,
# and fails. (The demo needs only Chromium: DUBAO_NO_FIREFOX=1 skips Firefox.)
set -euo pipefail
chrome="${CHROME_PATH:-}"
if [ -n "$chrome" ] && [ ! -x "$chrome" ]; then
  echo "CHROME_PATH=$chrome is not an executable; point it at Chromium or unset it" >&2
  exit 1
fi
need=()
if [ -z "$chrome" ] && ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then need+=(chromium); fi
# Debian's chromium ships only the en-US locale pack: without chromium-l10n, chrome.i18n answers in
# English whatever --lang says, and the Chinese interface is never shown.
if [ -z "$chrome" ] && [ ! -f /usr/lib/chromium/locales/zh-CN.pak ]; then need+=(chromium-l10n); fi
if [ "${DUBAO_NO_FIREFOX:-}" != "1" ] && [ -z "${FIREFOX_PATH:-}" ] && [ ! -x /usr/bin/firefox-esr ]; then need+=(firefox-esr); fi
# (The list is read first: `fc-list | grep -q` fails under pipefail when grep stops reading early.)
fonts="$(fc-list 2>/dev/null || true)"
if ! grep -qi 'wenquanyi\|wqy\|noto sans cjk\|source han sans' <<<"$fonts"; then need+=(fonts-wqy-microhei); fi
# A Song (serif) face, so the article's serif setting differs from sans: AR PL UMing is the small one (8 MB download, 21 MB installed; fonts-noto-cjk is ~300 MB).
if ! grep -qi 'uming\|noto serif cjk\|source han serif' <<<"$fonts"; then need+=(fonts-arphic-uming); fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing ${need[*]} (apt-get) for the browser tests…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  # Firefox ESR is installed without its recommended video codecs (libavcodec and some thirty
  # libraries it pulls in: no test plays media), after the rest, which keep their recommends
  # (chromium-common's fonts-liberation sets the Latin text, pinyin included, that the tests measure).
  rest=() fox=()
  for p in "${need[@]}"; do if [ "$p" = firefox-esr ]; then fox+=("$p"); else rest+=("$p"); fi; done
  [ ${#rest[@]} -eq 0 ] || apt-get install -y -qq "${rest[@]}" >/dev/null
  [ ${#fox[@]} -eq 0 ] || apt-get install -y -qq --no-install-recommends "${fox[@]}" >/dev/null
  exit 0
fi
echo "Chromium, Firefox ESR and a Chinese font are needed for the browser tests: run 'sudo apt-get install chromium chromium-l10n firefox-esr fonts-wqy-microhei fonts-arphic-uming' (or set CHROME_PATH / FIREFOX_PATH)" >&2
exit 1
