#!/usr/bin/env node
// Accessibility and HTML-validity check of rendered pages, as CI runs it.
//
//   node tools/browser-check/check.mjs --out REPORT.json [--screenshots DIR] FILE.html...
//
// For every file: open it as a file:// URL in headless Debian Chromium (/usr/bin/chromium, launched
// once), run axe-core (loaded from node_modules) with the WCAG 2.x A/AA + best-practice tags, and
// optionally save a full-page PNG (1000 px wide). In parallel, run the W3C Nu Html Checker (vnu.jar
// from node_modules, needs Java 11+) once over all files.
//
// Exit code: 0 = no axe violation and no vnu error, 1 = some, 2 = the check could not run
// (bad arguments, missing file, browser or Java missing or crashing). docs/browser-checks.md explains
// the report. The machine has no internet: every request that is not file:, data: or blob: is
// aborted and listed in the report as blockedRequests, so a page that needs the network shows up.

import { spawn } from 'node:child_process';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

const CHROMIUM = process.env.HEALTHPAGE_CHROMIUM || '/usr/bin/chromium';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
// Flags the brief requires; Playwright adds most of them itself too (duplicates are harmless).
// Playwright refuses --user-data-dir in args: it creates a fresh temporary profile directory for
// every launch itself (and deletes it on close), which is what we want.
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const VIEWPORT = { width: 1000, height: 800 };
const PAGE_TIMEOUT_MS = 30_000;
const VNU_TIMEOUT_MS = 120_000;
const MAX_PRINTED_VNU_ERRORS = 10;

class UsageError extends Error {}

function parseArgs(argv) {
  const opts = { out: null, screenshots: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out' || a === '--screenshots') {
      const v = argv[++i];
      if (!v) throw new UsageError(`${a} needs a value`);
      opts[a.slice(2)] = v;
    } else if (a.startsWith('--out=')) {
      opts.out = a.slice('--out='.length);
    } else if (a.startsWith('--screenshots=')) {
      opts.screenshots = a.slice('--screenshots='.length);
    } else if (a === '--help' || a === '-h') {
      throw new UsageError('');
    } else if (a.startsWith('--')) {
      throw new UsageError(`unknown option ${a}`);
    } else {
      opts.files.push(a);
    }
  }
  if (!opts.out) throw new UsageError('--out REPORT.json is required');
  if (opts.files.length === 0) throw new UsageError('give at least one FILE.html');
  return opts;
}

const USAGE = 'usage: node tools/browser-check/check.mjs --out REPORT.json [--screenshots DIR] FILE.html...';

/** Runs vnu.jar once over all files; resolves to Map(absPath -> {errors, warnings}). */
function runVnu(absFiles) {
  const jar = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  return new Promise((resolve, reject) => {
    const child = spawn(java, ['-Xss4m', '-jar', jar, '--format', 'json', '--stdout', ...absFiles],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d) => { out += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { err += d; });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`vnu did not finish within ${VNU_TIMEOUT_MS / 1000} s`));
    }, VNU_TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot start ${java} (Java 11+ is needed for vnu.jar): ${e.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      // vnu exits 0 when clean and 1 when it found errors; anything else is a crash.
      let parsed;
      try {
        parsed = JSON.parse(out);
      } catch (e) {
        reject(new Error(`vnu exited ${code} without JSON output: ${(err || out).trim().slice(0, 2000)}`));
        return;
      }
      if (code !== 0 && code !== 1) {
        reject(new Error(`vnu exited ${code}: ${err.trim().slice(0, 2000)}`));
        return;
      }
      const byFile = new Map(absFiles.map((f) => [f, { errors: [], warnings: 0 }]));
      for (const m of parsed.messages ?? []) {
        let file = null;
        try {
          file = m.url ? fileURLToPath(m.url) : null;
        } catch { /* not a file URL */ }
        const entry = file && byFile.get(path.resolve(file));
        if (m.type === 'non-document-error') {
          reject(new Error(`vnu could not check ${m.url ?? 'a file'}: ${m.message}`));
          return;
        }
        if (!entry) {
          reject(new Error(`vnu reported on an unexpected document ${m.url}: ${m.message}`));
          return;
        }
        if (m.type === 'error') {
          entry.errors.push({
            line: m.lastLine ?? m.firstLine ?? 0,
            column: m.firstColumn ?? m.lastColumn ?? 0,
            message: m.message,
          });
        } else if (m.type === 'info' && m.subType === 'warning') {
          entry.warnings += 1;
        }
      }
      for (const entry of byFile.values()) {
        entry.errors.sort((a, b) => a.line - b.line || a.column - b.column);
      }
      resolve(byFile);
    });
  });
}

function targetToString(target) {
  // axe targets are selector arrays: one entry per frame, nested arrays for shadow DOM.
  return target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' | ');
}

async function runAxe(browser, absFile, axeSource, screenshotPath) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  const blockedRequests = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/i.test(url)) return route.continue();
    blockedRequests.push(url);
    return route.abort('internetdisconnected');
  });
  try {
    const page = await context.newPage();
    const response = await page.goto(pathToFileURL(absFile).href, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    if (response && !response.ok()) throw new Error(`loading ${absFile} failed: ${response.status()}`);
    // evaluate (not a <script> tag) so that a page's Content-Security-Policy cannot block axe.
    await page.evaluate(axeSource);
    const results = await page.evaluate((tags) => window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    }), AXE_TAGS);
    if (screenshotPath) await page.screenshot({ path: screenshotPath, fullPage: true });
    return {
      axe: {
        violations: results.violations.map((v) => ({
          id: v.id,
          impact: v.impact ?? null,
          help: v.help,
          helpUrl: v.helpUrl,
          nodes: v.nodes.map((n) => targetToString(n.target)),
        })),
        passes: results.passes.length,
        incomplete: results.incomplete.map((v) => v.id),
      },
      axeVersion: results.testEngine?.version,
      blockedRequests,
    };
  } finally {
    await context.close();
  }
}

function screenshotName(absFile, used) {
  const base = path.basename(absFile).replace(/\.x?html?$/i, '');
  let name = `${base}.png`;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}.png`;
  used.add(name);
  return name;
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) console.error(`check.mjs: ${e.message}`);
      console.error(USAGE);
      return 2;
    }
    throw e;
  }
  const absFiles = opts.files.map((f) => path.resolve(f));
  for (const f of absFiles) {
    const s = await stat(f).catch(() => null);
    if (!s || !s.isFile()) {
      console.error(`check.mjs: ${f}: no such file; pass rendered .html files`);
      return 2;
    }
  }
  if (new Set(absFiles).size !== absFiles.length) {
    console.error('check.mjs: the same file is listed twice; list each page once');
    return 2;
  }
  const chromiumOk = await stat(CHROMIUM).then((s) => s.isFile(), () => false);
  if (!chromiumOk) {
    console.error(`check.mjs: ${CHROMIUM} is missing; run .ci/setup-browser (as root) to install Debian's chromium`);
    return 2;
  }

  const started = Date.now();
  // vnu (a JVM start plus the checks, a few seconds) runs while the browser works.
  const vnuPromise = runVnu(absFiles);
  vnuPromise.catch(() => {}); // awaited below; avoid an unhandled rejection while the browser runs

  const { chromium } = await import('playwright-core');
  const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (opts.screenshots) await mkdir(opts.screenshots, { recursive: true });

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
  const pages = [];
  let axeVersion = null;
  const chromiumVersion = browser.version();
  try {
    const used = new Set();
    for (const f of absFiles) {
      const shot = opts.screenshots ? path.resolve(opts.screenshots, screenshotName(f, used)) : null;
      const r = await runAxe(browser, f, axeSource, shot);
      axeVersion = r.axeVersion;
      pages.push({ file: f, axe: r.axe, blockedRequests: r.blockedRequests, screenshot: shot });
    }
  } finally {
    await browser.close();
  }
  const vnu = await vnuPromise;

  const files = pages.map((p) => {
    const v = vnu.get(p.file);
    const entry = { file: p.file, axe: p.axe, vnu: { errors: v.errors, warnings: v.warnings } };
    if (p.blockedRequests.length) entry.blockedRequests = p.blockedRequests;
    if (p.screenshot) entry.screenshot = p.screenshot;
    return entry;
  });
  const totals = {
    files: files.length,
    axeViolations: files.reduce((n, f) => n + f.axe.violations.length, 0),
    vnuErrors: files.reduce((n, f) => n + f.vnu.errors.length, 0),
    vnuWarnings: files.reduce((n, f) => n + f.vnu.warnings, 0),
  };
  const ok = totals.axeViolations === 0 && totals.vnuErrors === 0;
  const report = {
    ok,
    tools: {
      chromium: chromiumVersion,
      axeCore: axeVersion,
      playwrightCore: require('playwright-core/package.json').version,
      vnuJar: require('vnu-jar/package.json').version,
      axeTags: AXE_TAGS,
    },
    totals,
    files,
  };
  await mkdir(path.dirname(path.resolve(opts.out)), { recursive: true });
  await writeFile(opts.out, JSON.stringify(report, null, 2) + '\n');

  for (const f of files) {
    console.log(`${path.relative(process.cwd(), f.file) || f.file}: axe ${f.axe.violations.length} violation(s), `
      + `vnu ${f.vnu.errors.length} error(s) (${f.vnu.warnings} warning(s))`);
    for (const v of f.axe.violations) {
      console.log(`  axe ${v.id} [${v.impact}] ${v.nodes[0] ?? '(page)'}${v.nodes.length > 1 ? ` (+${v.nodes.length - 1} more)` : ''}`);
    }
    for (const e of f.vnu.errors.slice(0, MAX_PRINTED_VNU_ERRORS)) {
      console.log(`  vnu ${e.line}:${e.column} ${e.message}`);
    }
    if (f.vnu.errors.length > MAX_PRINTED_VNU_ERRORS) {
      console.log(`  vnu ... ${f.vnu.errors.length - MAX_PRINTED_VNU_ERRORS} more in the report`);
    }
    if (f.blockedRequests) console.log(`  note: ${f.blockedRequests.length} network request(s) blocked (no internet in CI)`);
  }
  console.log(`browser-check: ${totals.files} file(s), ${totals.axeViolations} axe violation(s), `
    + `${totals.vnuErrors} vnu error(s) in ${((Date.now() - started) / 1000).toFixed(1)} s -> ${ok ? 'OK' : 'FAIL'}; `
    + `report ${opts.out}`);
  return ok ? 0 : 1;
}

main().then(
  (code) => { process.exitCode = code; },
  (e) => {
    console.error(`check.mjs: could not run the check: ${e && e.stack ? e.stack : e}`);
    process.exitCode = 2;
  },
);
