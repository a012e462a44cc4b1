// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the real openmusicbox binary on 127.0.0.1 with a free port and a fresh data folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function startServer({ args = [], env = {}, dataDir } = {}) {
  const binary = process.env.OMB_SERVER_BINARY;
  if (!binary) throw new Error('OMB_SERVER_BINARY is not set (run the tests through ctest)');
  const ownDir = dataDir ? null : mkdtempSync(join(tmpdir(), 'omb-node-'));
  const dir = dataDir ?? ownDir;
  // The runtime directory systemd gives the unit (RuntimeDirectory=), where the box keeps its Qt plugin folder.
  const runtimeDir = mkdtempSync(join(tmpdir(), 'omb-run-'));
  const child = spawn(binary, ['--bind', '127.0.0.1', '--port', '0', '--data-dir', dir, ...args], {
    // OMB_SHUTDOWN_COMMAND: a test box that goes idle never turns the computer running the tests off.
    env: {
      ...process.env,
      OMB_DEMO_LIBRARY: 'false',
      OMB_MDNS_ANNOUNCE: 'false',
      OMB_SHUTDOWN_COMMAND: 'true',
      RUNTIME_DIRECTORY: runtimeDir,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // As systemd does when the unit stops.
  child.once('exit', () => rmSync(runtimeDir, { recursive: true, force: true }));
  let output = '';
  const port = await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk.toString();
      const match = output.match(/listening on http:\/\/[^:]+:(\d+)/);
      if (match) resolve(Number(match[1]));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  const server = {
    port,
    dataDir: dir,
    baseUrl: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', (code, killedBy) => resolve(code ?? killedBy)));
      child.kill(signal);
      const status = await exited;
      // A box asked to stop exits 0: anything else (a leak or a memory error the sanitizers found) fails the test.
      if (signal === 'SIGTERM' && status !== 0) {
        throw new Error(`the box exited with ${status} on SIGTERM: ${output.slice(-6000)}`);
      }
    },
    async cleanup() {
      await server.stop();
      if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    },
  };
  return server;
}

export async function api(server, method, path, body) {
  const response = await fetch(server.baseUrl + path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}
