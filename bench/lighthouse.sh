#!/usr/bin/env bash
# Lighthouse mobile performance of the login page and the customer overview.
#
#   bench/lighthouse.sh [base URL] [runs per page]
#
# Defaults: http://localhost:9080 (the portal of `mvn -DskipTests package liberty:run`), 3 runs.
# Lighthouse 12 comes from the npm registry into target/lighthouse/node_modules (once); the
# browser is Debian's Chromium (CHROME_PATH, default /usr/bin/chromium). Each page is measured
# with Lighthouse's mobile profile and its default simulated throttling (slow 4G: 150 ms RTT,
# 1.6 Mbit/s down; CPU slowed down 4 times). The customer overview is measured signed in as the
# demo customer jan.jansen: the script signs in with curl and hands Lighthouse the session cookie.
# Reports land in target/lighthouse/, the summary (median of the runs) in
# target/perf/lighthouse.txt.
set -euo pipefail

BASE="${1:-http://localhost:9080}"
RUNS="${2:-3}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/target/lighthouse"
TOOL="$OUT/tool"
LIGHTHOUSE_VERSION="${LIGHTHOUSE_VERSION:-12.8.2}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
mkdir -p "$OUT" "$ROOT/target/perf"

if [ ! -x "$TOOL/node_modules/.bin/lighthouse" ]; then
    mkdir -p "$TOOL"
    echo '{"private":true}' > "$TOOL/package.json"
    npm install --prefix "$TOOL" --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION"
fi
LH="$TOOL/node_modules/.bin/lighthouse"

# Sign in as the demo customer, as a browser does: the login page, then the form.
JAR="$OUT/cookies.txt"
rm -f "$JAR"
curl -ksS -c "$JAR" -b "$JAR" -o /dev/null "$BASE/login.xhtml"
LOCATION=$(curl -ksS -c "$JAR" -b "$JAR" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode j_username=jan.jansen --data-urlencode j_password=Welkom-Jan-2026 "$BASE/j_security_check")
case "$LOCATION" in
    *error*|*login*|"") echo "sign-in failed: redirected to '$LOCATION'" >&2; exit 1 ;;
esac
COOKIE=$(awk -F'\t' '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$JAR")
STATUS=$(curl -ksS -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE/customer/")
[ "$STATUS" = 200 ] || { echo "customer overview answered $STATUS with the session cookie" >&2; exit 1; }
printf '{"Cookie": "%s"}\n' "$COOKIE" > "$OUT/headers.json"

measure() { # name url [extra lighthouse options]
    local name=$1 url=$2; shift 2
    for i in $(seq 1 "$RUNS"); do
        "$LH" "$url" --quiet --output=json --output-path="$OUT/$name-$i.json" \
            --form-factor=mobile --only-categories=performance \
            --chrome-flags="--headless=new --no-sandbox --ignore-certificate-errors" "$@"
    done
}

measure login "$BASE/login.xhtml"
measure customer "$BASE/customer/" --extra-headers="$OUT/headers.json"

node - "$OUT" "$RUNS" "$BASE" <<'EOF' | tee "$ROOT/target/perf/lighthouse.txt"
const fs = require('fs');
const [out, runs, base] = process.argv.slice(2);
const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log(`Lighthouse ${require(out + '/tool/node_modules/lighthouse/package.json').version}, mobile, simulated throttling, ${base}, median of ${runs} runs`);
console.log('page | score | FCP | LCP | TBT | SI | CLS | bytes transferred | requests | scores of the runs');
for (const name of ['login', 'customer']) {
    const reports = [];
    for (let i = 1; i <= runs; i++) reports.push(JSON.parse(fs.readFileSync(`${out}/${name}-${i}.json`, 'utf8')));
    const finalUrl = reports[0].finalDisplayedUrl || reports[0].finalUrl;
    if (name === 'customer' && /login/.test(finalUrl)) throw new Error('the customer overview ended on ' + finalUrl);
    const m = id => median(reports.map(r => r.audits[id].numericValue));
    const scores = reports.map(r => Math.round(r.categories.performance.score * 100));
    console.log([name === 'login' ? '/login.xhtml' : '/customer/', median(scores),
        (m('first-contentful-paint') / 1000).toFixed(1) + ' s', (m('largest-contentful-paint') / 1000).toFixed(1) + ' s',
        Math.round(m('total-blocking-time')) + ' ms', (m('speed-index') / 1000).toFixed(1) + ' s',
        m('cumulative-layout-shift').toFixed(3), Math.round(m('total-byte-weight') / 1024) + ' KiB',
        median(reports.map(r => r.audits['network-requests'].details.items.length)), scores.join(', ')].join(' | '));
}
EOF
