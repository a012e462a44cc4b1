// SPDX-License-Identifier: GPL-3.0-or-later
// The web files over plain HTTP (node:http, so no client decompresses or caches behind our back): every file
// has an ETag and answers If-None-Match with an empty 304; gzip only when the client asks for it; a ?v= URL
// may be cached for a year, any other is revalidated.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { startServer } from './lib/server.mjs';

let server;
const WEB_ROOT = join(process.env.OMB_SOURCE_DIR ?? join(import.meta.dirname, '..', '..'), 'resources', 'web');
const FILES = readdirSync(WEB_ROOT, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => `/${relative(WEB_ROOT, join(entry.parentPath ?? entry.path, entry.name))}`)
  // The catalogue is written by the build from translations/*.ts into the same embedded web root.
  .concat(['/js/catalogue.js']);

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.cleanup();
});

function get(path, headers = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

test('the web root has the files the page needs', () => {
  for (const needed of ['/index.html', '/css/app.css', '/js/main.js']) assert.ok(FILES.includes(needed), needed);
});

test('the catalogue built from the .ts files is a module with the three languages', async () => {
  const catalogue = await get('/js/catalogue.js');
  assert.equal(catalogue.status, 200);
  assert.match(catalogue.headers['content-type'], /javascript/);
  const text = catalogue.body.toString('utf8');
  assert.match(text, /^export const CATALOGUE = \{$/m);
  for (const words of ['"player.trackOf": "Track {n} of {count}"', '"player.trackOf": "Piste {n} sur {count}"'])
    assert.ok(text.includes(words), words);
});

test('every static file has an ETag and a repeated request with it gets an empty 304', async () => {
  for (const path of FILES) {
    const first = await get(path);
    assert.equal(first.status, 200, path);
    const etag = first.headers.etag;
    assert.match(etag ?? '', /^"[0-9a-f]{16,}"$/, `${path}: strong ETag`);
    assert.equal(first.headers['cache-control'], 'no-cache', `${path}: revalidated`);
    const again = await get(path, { 'If-None-Match': etag });
    assert.equal(again.status, 304, `${path}: 304 for its own tag`);
    assert.equal(again.body.length, 0, `${path}: no body with the 304`);
    assert.equal(again.headers.etag, etag);
    const changed = await get(path, { 'If-None-Match': '"not-this-one"' });
    assert.equal(changed.status, 200, `${path}: another tag gets the file`);
  }
});

test('text files are gzipped when the client asks and only then', async () => {
  for (const path of ['/js/catalogue.js', '/css/app.css', '/index.html', '/js/playlists.js']) {
    const plain = await get(path);
    assert.equal(plain.headers['content-encoding'], undefined, `${path}: no gzip unasked`);
    assert.equal(plain.headers.vary, 'Accept-Encoding');
    const packed = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(packed.headers['content-encoding'], 'gzip', path);
    assert.ok(packed.body.length < plain.body.length, `${path}: ${packed.body.length} < ${plain.body.length}`);
    assert.deepEqual(gunzipSync(packed.body), plain.body, `${path}: same bytes once unpacked`);
    assert.notEqual(packed.headers.etag, plain.headers.etag, 'each encoding has its own tag');
    const revalidated = await get(path, { 'Accept-Encoding': 'gzip', 'If-None-Match': packed.headers.etag });
    assert.equal(revalidated.status, 304);
    const refused = await get(path, { 'Accept-Encoding': 'gzip;q=0, identity' });
    assert.equal(refused.headers['content-encoding'], undefined, `${path}: q=0 refuses gzip`);
  }
});

test('a HEAD answers like a GET without the body', async () => {
  const head = await get('/js/main.js', { 'Accept-Encoding': 'gzip' }, 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
  assert.equal(head.headers['content-encoding'], 'gzip');
  assert.ok(head.headers.etag);
});

test('a versioned URL may be kept for a year', async () => {
  const versioned = await get('/css/app.css?v=1');
  assert.equal(versioned.status, 200);
  assert.equal(versioned.headers['cache-control'], 'public, max-age=31536000, immutable');
});

test('a second visit costs only validations: the page sends If-None-Match and gets 304s', async () => {
  const total = { first: 0, second: 0 };
  for (const path of FILES) {
    const first = await get(path, { 'Accept-Encoding': 'gzip' });
    total.first += first.body.length;
    const second = await get(path, { 'Accept-Encoding': 'gzip', 'If-None-Match': first.headers.etag });
    total.second += second.body.length;
  }
  console.log(`web files: ${total.first} bytes gzipped on a first visit, ${total.second} on a second`);
  assert.equal(total.second, 0);
});
