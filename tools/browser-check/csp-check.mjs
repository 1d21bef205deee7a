#!/usr/bin/env node
// Live CSP check for the REST example (docs/rest.md): opens each http://127.0.0.1 URL in headless
// Debian Chromium, with the server's real Content-Security-Policy header, and reports per page whether
// the browser refused anything under the CSP and whether the page stylesheet really applied (the skip
// link is position:absolute only when the embedded <style> was allowed). Prints one JSON object to stdout:
//   {"pages":[{"url":…,"status":200,"violations":["style-src-elem …"],"styled":true}]}
// Exit code: 0 every page clean and styled, 1 some page not, 2 the check could not run.
// Only 127.0.0.1 is reachable: every other request is aborted.

const CHROMIUM = process.env.HEALTHPAGE_CHROMIUM || '/usr/bin/chromium';
// the same flags as check.mjs
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

async function main() {
  const urls = process.argv.slice(2);
  if (urls.length === 0 || !urls.every((u) => /^http:\/\/127\.0\.0\.1:\d+\//.test(u))) {
    console.error('usage: node csp-check.mjs http://127.0.0.1:PORT/path ...');
    return 2;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, chromiumSandbox: false, args: ARGS });
  const pages = [];
  try {
    for (const url of urls) {
      const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
      await context.route('**/*', (route) => (/^http:\/\/127\.0\.0\.1:/.test(route.request().url()) ? route.continue() : route.abort()));
      // runs before the page's own content and is not subject to its CSP (injected by the browser itself)
      await context.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI || 'inline'}`);
        });
      });
      const page = await context.newPage();
      const console_ = [];
      page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) console_.push(m.text()); });
      const response = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      const result = await page.evaluate(() => {
        const skip = document.querySelector('a[href^="#"]');
        return {
          violations: window.__cspViolations,
          styled: !!skip && getComputedStyle(skip).position === 'absolute',
        };
      });
      pages.push({ url, status: response ? response.status() : 0,
        violations: [...result.violations, ...console_], styled: result.styled });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify({ pages }));
  return pages.every((p) => p.violations.length === 0 && p.styled) ? 0 : 1;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`csp-check.mjs: ${e.stack || e}`);
  process.exit(2);
});
