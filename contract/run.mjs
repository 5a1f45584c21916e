// Contract tests of the packaged service against its own OpenAPI document, with tools nobody here wrote:
//   1. Redocly CLI lints the document: no errors.
//   2. Prism, as a validating proxy in front of the service, checks every response against the document
//      (status, content type, body schema): every example plan, >= 500 fuzzed plans, and each other
//      operation and refusal the service can answer. Zero response violations.
//   3. openapi-generator writes a TypeScript client from the document; tsc compiles it together with a
//      program that calls each operation by its operationId.
// Needs: Java 17 and target/quarkus-app (./mvnw package), node and npm (`npm ci` in contract/).
// Usage: node contract/run.mjs [--plans N] [--seed S]. The last line is "N passed, M failed"; exit 1 if M > 0.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const out = path.join(here, 'out');
const bin = (name) => path.join(here, 'node_modules', '.bin', name);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const PLANS = Number(arg('--plans', '600'));
const SEED = Number(arg('--seed', String(Date.now() % 2147483647)));
const ADMIN_TOKEN = 'contract-run-admin-token';

let passed = 0;
let failed = 0;
const children = [];

function check(name, ok, detail) {
  if (ok) {
    passed++;
  } else {
    failed++;
    console.log(`FAIL ${name}${detail ? ': ' + detail : ''}`);
  }
  return ok;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function start(command, args, log, env = {}) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const file = fs.createWriteStream(path.join(out, log));
  child.stdout.pipe(file);
  child.stderr.pipe(file);
  children.push(child);
  return child;
}

function stopAll() {
  for (const child of children) {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
    }
  }
}
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

async function waitFor(url, seconds) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      if (response.status < 500) {
        return true;
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

// ------------------------------------------------------------------------------------------------
// Plans: the examples, and seeded mutations of them

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function examplePlans() {
  const dir = path.join(root, 'examples');
  const plans = [];
  for (const activity of fs.readdirSync(dir).sort()) {
    const folder = path.join(dir, activity);
    if (!fs.statSync(folder).isDirectory()) continue;
    for (const file of fs.readdirSync(folder).sort()) {
      if (file.endsWith('.plan.json')) {
        plans.push({ name: `${activity}/${file}`, body: fs.readFileSync(path.join(folder, file), 'utf8') });
      }
    }
  }
  return plans;
}

function pointers(node, prefix = '', list = []) {
  if (node && typeof node === 'object') {
    for (const key of Object.keys(node)) {
      const pointer = `${prefix}/${key}`;
      list.push(pointer);
      pointers(node[key], pointer, list);
    }
  }
  return list;
}

function parentOf(plan, pointer) {
  const parts = pointer.split('/').slice(1);
  const key = parts.pop();
  let node = plan;
  for (const part of parts) node = node[part];
  return [node, key];
}

const CODES = ['lithium', ' LITHIUM', 'UNOBTAINIUM', 'COPPER', 'ZZ', 'JAPAN', 'jp', 'MINE_DEVELOPMENT', '', 'OPERATOR', 'X'];
const DATES = ['9999-12-31', '0001-01-01', '2026-02-30', '2026-13-01', '2026-3-30', '2026-03-30T00:00:00', '2040-01-01',
  '2026-03-29', '2026-03-30', '2028-02-29', '1899-12-31'];
const NUMBERS = [0, -1, 0.5, -0.0001, 1e308, -1e308, 2147483648, 9007199254740991, 100.0000001, 2030.0, 1e18];

function mutate(plan, random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const all = pointers(plan);
  const pointer = pick(all);
  const [parent, key] = parentOf(plan, pointer);
  const value = parent[key];
  const choice = random();
  if (choice < 0.1) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1); else delete parent[key];
  } else if (choice < 0.18) {
    parent[key] = null;
  } else if (choice < 0.28) {
    parent[key] = pick(['text', 42, true, {}, [], [1, 2], { unknown: 1 }]);
  } else if (choice < 0.33) {
    const objects = all.map((p) => parentOf(plan, p)).map(([o, k]) => o[k]).filter((v) => v && typeof v === 'object' && !Array.isArray(v));
    (objects.length && random() < 0.8 ? pick(objects) : plan)[pick(['unknown', 'source', 'pointer', 'Mineral'])] = pick(['x', null, 1]);
  } else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    parent[key] = pick(DATES);
  } else if (typeof value === 'string' && /^[A-Z][A-Z0-9_]+$/.test(value)) {
    parent[key] = pick(CODES);
  } else if (typeof value === 'string') {
    parent[key] = pick(['', ' ', 'x'.repeat(501), 'x'.repeat(20001), value.toLowerCase(), value + '日本語', '1234567890123']);
  } else if (typeof value === 'number') {
    parent[key] = pick(NUMBERS);
  } else if (typeof value === 'boolean') {
    parent[key] = pick([!value, 'true', 1]);
  } else if (Array.isArray(value)) {
    const target = pick([0, 1, 3, 500, 501]);
    const template = value.length ? value[0] : {};
    while (value.length < target) value.push(JSON.parse(JSON.stringify(template)));
    value.length = target;
  } else if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) delete value[k];
  }
}

function fuzzedPlans(examples, count, seed) {
  const plans = [];
  for (let n = 0; n < count; n++) {
    const random = mulberry32(seed * 7919 + n);
    const example = examples[Math.floor(random() * examples.length)];
    const plan = JSON.parse(example.body);
    const mutations = 1 + Math.floor(random() * 3);
    for (let i = 0; i < mutations; i++) mutate(plan, random);
    plans.push({ name: `fuzz #${n} of ${example.name}`, body: JSON.stringify(plan) });
  }
  return plans;
}

// ------------------------------------------------------------------------------------------------
// Through Prism: every response checked against the document

function documentedStatuses(document, method, route) {
  const operation = document.paths?.[route]?.[method.toLowerCase()];
  return operation ? Object.keys(operation.responses ?? {}) : [];
}

// Prism follows redirects and drops a body that is not JSON; those few requests go to the service
// directly, and only their status is checked against the document.
async function throughProxy(proxy, service, document, request) {
  const { name, method, route, path: url = request.route, headers = {}, body } = request;
  let response;
  try {
    response = await fetch((request.direct ? service : proxy) + url, { method, headers, body, redirect: 'manual' });
  } catch (e) {
    return check(`${name}: answered`, false, String(e));
  }
  await response.arrayBuffer();
  const header = response.headers.get('sl-violations') || '[]';
  let violations;
  try {
    violations = JSON.parse(header).filter((v) => v.location?.[0] === 'response');
  } catch {
    violations = [header]; // Prism's "Too many violations": cannot tell whose, so counted against the response
  }
  const documented = documentedStatuses(document, method, route).includes(String(response.status));
  const ok = check(`${name} (${response.status})`, violations.length === 0 && documented,
    !documented ? `status ${response.status} not documented for ${method} ${route}` : JSON.stringify(violations).slice(0, 600));
  if (request.expect !== undefined) {
    check(`${name}: status ${request.expect}`, response.status === request.expect, `got ${response.status}`);
  }
  return ok;
}

async function inBatches(items, width, task) {
  let next = 0;
  const workers = Array.from({ length: width }, async () => {
    while (next < items.length) {
      const item = items[next++];
      await task(item);
    }
  });
  await Promise.all(workers);
}

// ------------------------------------------------------------------------------------------------

async function main() {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const app = path.join(root, 'target', 'quarkus-app', 'quarkus-run.jar');
  if (!fs.existsSync(app)) {
    check('packaged service present (./mvnw package)', false, app);
    return;
  }
  const servicePort = await freePort();
  const service = `http://127.0.0.1:${servicePort}`;
  start('java', ['-Xmx256m', `-Dquarkus.http.port=${servicePort}`, '-Dquarkus.http.host=127.0.0.1', '-jar', app], 'service.log',
    { ADMIN_TOKEN });
  if (!check('service started', await waitFor(`${service}/q/health/ready`, 240), 'see contract/out/service.log')) return;

  const documentText = await (await fetch(`${service}/q/openapi?format=json`)).text();
  const documentFile = path.join(out, 'openapi.json');
  fs.writeFileSync(documentFile, documentText);
  const document = JSON.parse(documentText);
  console.log(`OpenAPI ${document.openapi}: ${Object.keys(document.paths).length} paths, `
    + `${Object.keys(document.components.schemas).length} schemas; fuzz seed ${SEED}`);

  // 1. Redocly lint
  const lint = spawnSync(bin('redocly'), ['lint', documentFile, '--format=json'], { cwd: here, encoding: 'utf8' });
  let totals;
  try {
    totals = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{'))).totals;
  } catch {
    totals = undefined;
  }
  console.log(`Redocly lint: ${totals ? `${totals.errors} errors, ${totals.warnings} warnings` : 'no result'}`);
  check('Redocly lint: no errors', totals && totals.errors === 0, totals ? '' : lint.stderr.slice(0, 2000));

  // 2. Prism as a validating proxy
  const proxyPort = await freePort();
  const proxy = `http://127.0.0.1:${proxyPort}`;
  start(bin('prism'), ['proxy', documentFile, service, '-h', '127.0.0.1', '-p', String(proxyPort), '--errors=false'], 'prism.log');
  if (!check('Prism started', await waitFor(`${proxy}/api/v1/rule-sets`, 120), 'see contract/out/prism.log')) return;

  const json = { 'Content-Type': 'application/json' };
  const evaluation = { method: 'POST', route: '/api/v1/evaluations' };
  const examples = examplePlans();
  const fuzzed = fuzzedPlans(examples, PLANS, SEED);
  const lithium = examples.find((e) => e.name.endsWith('lithium-mine.plan.json')).body;
  const form = new FormData();
  form.append('example', 'mine-development/lithium-mine');
  const brokenForm = new FormData();
  brokenForm.append('plan', '{"planId": 1}');
  const requests = [
    ...examples.map((e, i) => ({ ...evaluation, name: `example ${e.name}`, body: e.body, expect: 200,
      headers: { ...json, 'Accept-Language': i % 2 ? 'en' : 'ja' } })),
    { ...evaluation, name: 'example as HTML', body: lithium, headers: { ...json, Accept: 'text/html' }, expect: 200 },
    { ...evaluation, name: 'Accept: application/problem+json alone', body: lithium,
      headers: { ...json, Accept: 'application/problem+json' }, expect: 200 },
    { ...evaluation, name: 'text/plain body', body: lithium, headers: { 'Content-Type': 'text/plain' }, expect: 415 },
    { ...evaluation, name: 'Accept: image/png', body: lithium, headers: { ...json, Accept: 'image/png' }, expect: 406 },
    { ...evaluation, name: 'application dated before every loaded revision',
      body: lithium.replace('"2026-06-15"', '"2020-01-01"'), headers: json, expect: 422 },
    { ...evaluation, name: 'a copper plan', body: lithium.replace('"LITHIUM"', '"COPPER"'), headers: json, expect: 200 },
    { ...evaluation, name: 'a lower-case mineral', body: lithium.replace('"LITHIUM"', '"lithium"'), headers: json, expect: 400 },
    { ...evaluation, name: 'not JSON', body: '{"planId": ', headers: json, expect: 400, direct: true },
    { ...evaluation, name: 'a body over the limit', headers: json, expect: 413,
      body: JSON.stringify({ ...JSON.parse(lithium), change: { extensionRationale: 'x'.repeat(20000) },
        jointApplication: { coApplicants: Array(500).fill('x'.repeat(500)), competitionAssessment: 'x'.repeat(20000) } }) },
    ...fuzzed.map((f) => ({ ...evaluation, name: f.name, body: f.body, headers: json })),
    { method: 'GET', route: '/api/v1/rule-sets', name: 'rule sets', expect: 200 },
    { method: 'GET', route: '/api/v1/schemas/plan.json', name: 'plan schema', expect: 200 },
    { method: 'POST', route: '/api/v1/rule-sets/reload', name: 'reload without the admin token', expect: 401 },
    { method: 'POST', route: '/api/v1/rule-sets/reload', name: 'reload with the admin token', expect: 200,
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } },
    { method: 'GET', route: '/', name: 'the page', expect: 200 },
    { method: 'GET', route: '/', path: '/?example=no/such', name: 'the page with an unknown example', expect: 404 },
    { method: 'POST', route: '/reports', name: 'the page evaluating an example', body: form, expect: 303, direct: true },
    { method: 'POST', route: '/reports', name: 'the page given a broken plan', body: brokenForm, expect: 400 },
    { method: 'GET', route: '/reports/{id}', path: '/reports/no-such-report', name: 'an unknown report', expect: 404 },
  ];
  const before = failed;
  await inBatches(requests, 4, (request) => throughProxy(proxy, service, document, request));
  console.log(`Prism: ${requests.length} requests (${examples.length} examples, ${fuzzed.length} fuzzed plans), `
    + `${failed - before} failed checks`);

  // 3. A TypeScript client, compiled with a program that uses it
  const client = path.join(out, 'ts-client');
  const generated = spawnSync(bin('openapi-generator-cli'),
    ['generate', '-g', 'typescript-fetch', '-i', documentFile, '-o', client], { cwd: here, encoding: 'utf8' });
  if (check('openapi-generator: TypeScript client generated', generated.status === 0, generated.stdout.slice(-2000) + generated.stderr.slice(-2000))) {
    fs.copyFileSync(path.join(here, 'client-use.ts'), path.join(out, 'client-use.ts'));
    const compiled = spawnSync(bin('tsc'), ['-p', path.join(here, 'tsconfig.json')], { cwd: here, encoding: 'utf8' });
    check('tsc: the client and a program calling every operation compile', compiled.status === 0, compiled.stdout.slice(0, 3000));
  }
}

try {
  await main();
} catch (e) {
  check('contract run', false, e.stack);
} finally {
  stopAll();
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
