#!/usr/bin/env bash
# Installs the Debian packages the tests need (chromium, python3-sklearn, postgresql) when missing.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
/usr/bin/python3 -c 'import sklearn' 2>/dev/null || need+=(python3-sklearn)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo 'all present: chromium, python3-sklearn, postgresql'
fi
