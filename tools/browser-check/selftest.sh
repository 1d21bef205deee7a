#!/usr/bin/env bash
# Proves the harness can both pass and fail: fixtures/good.html must come out clean (exit 0, no axe
# violation, no vnu error) and fixtures/bad.html must fail (exit 1) with the axe rules and vnu errors
# it was written to trigger. Needs .ci/setup-browser to have run. Prints "N passed, M failed".
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
check() { # check DESCRIPTION COMMAND...
  local what="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   $what"
  else failed=$((failed + 1)); echo "FAIL $what"; fi
}
# jq-free JSON queries: node is there anyway.
q() { # q REPORT JS-EXPRESSION-OVER-r
  node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(eval(process.argv[2]))' "$1" "$2"
}

echo "== good.html"
set +e
node "$here/check.mjs" --out "$work/good.json" --screenshots "$work/shots" "$here/fixtures/good.html"
good_rc=$?
echo "== bad.html"
node "$here/check.mjs" --out "$work/bad.json" "$here/fixtures/bad.html"
bad_rc=$?
echo "== usage error"
node "$here/check.mjs" --out "$work/none.json" "$here/fixtures/no-such-page.html"
missing_rc=$?
set -e
echo "== assertions"

check "good.html exits 0 (got $good_rc)" test "$good_rc" -eq 0
if [ -f "$work/good.json" ]; then
  check "good.html: 0 axe violations" test "$(q "$work/good.json" 'r.totals.axeViolations')" = 0
  check "good.html: 0 vnu errors" test "$(q "$work/good.json" 'r.totals.vnuErrors')" = 0
  check "good.html: axe ran rules (passes > 20)" test "$(q "$work/good.json" 'r.files[0].axe.passes')" -gt 20
  check "good.html: report says ok" test "$(q "$work/good.json" 'r.ok')" = true
  check "good.html: screenshot written" test -s "$work/shots/good.png"
else
  check "good.html: report written" false
fi

check "bad.html exits 1 (got $bad_rc)" test "$bad_rc" -eq 1
if [ -f "$work/bad.json" ]; then
  ids="$(q "$work/bad.json" 'r.files[0].axe.violations.map(v => v.id).join(" ")')"
  for rule in image-alt html-has-lang document-title heading-order color-contrast label link-name list; do
    check "bad.html: axe reports $rule" grep -qw -- "$rule" <<<"$ids"
  done
  msgs="$(q "$work/bad.json" 'r.files[0].vnu.errors.map(e => e.line + ":" + e.column + " " + e.message).join("\n")')"
  check "bad.html: vnu reports the duplicate id on line 17" grep -q '^17:.*Duplicate ID “dup”' <<<"$msgs"
  check "bad.html: vnu reports the img without alt on line 14" grep -q '^14:.*“img” element must have an “alt” attribute' <<<"$msgs"
  check "bad.html: vnu reports the missing title" grep -q 'missing a required instance of child element “title”' <<<"$msgs"
  check "bad.html: report says not ok" test "$(q "$work/bad.json" 'r.ok')" = false
else
  check "bad.html: report written" false
fi

check "a missing file exits 2 (got $missing_rc)" test "$missing_rc" -eq 2

echo "selftest: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
