// Preloaded (node -r) into the command line and the language server by the safety tests: any attempt to
// reach the network or start a program is reported on stderr ("FORBIDDEN …") and fails.
'use strict';
const forbid = (what) =>
  function () {
    process.stderr.write(`FORBIDDEN ${what}\n`);
    throw new Error(`thongbao must not use ${what}`);
  };
const net = require('node:net');
net.Socket.prototype.connect = forbid('net.Socket.connect');
net.connect = net.createConnection = forbid('net.connect');
for (const name of ['http', 'https', 'http2']) {
  const module = require(`node:${name}`);
  for (const key of ['request', 'get', 'connect']) if (typeof module[key] === 'function') module[key] = forbid(`${name}.${key}`);
}
const dns = require('node:dns');
for (const key of ['lookup', 'resolve', 'resolve4', 'resolve6']) dns[key] = forbid(`dns.${key}`);
const dgram = require('node:dgram');
dgram.createSocket = forbid('dgram.createSocket');
const childProcess = require('node:child_process');
for (const key of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) childProcess[key] = forbid(`child_process.${key}`);
globalThis.fetch = forbid('fetch');
