'use strict';
/**
 * Runs a CommonJS bundle compiled from the V8 code cache written beside it at build time
 * (scripts/code-cache.mjs): compiling the 1.2 MB command line is a third of the start of a one-file check.
 * The cache is used only when it names the bundle's own SHA-256 (a rebuilt bundle never runs another's
 * code); V8 itself rejects a cache made by another version of Node. Either way the bundle then compiles
 * as usual: the cache can make a start faster, never different.
 */
const { createHash } = require('node:crypto');
const { readFileSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const vm = require('node:vm');

const HASH_BYTES = 32;
const cacheOf = (file) => `${file}.cache`;
const digest = (source) => createHash('sha256').update(source).digest();

/** The bundle compiled as a module (with the cache's code when it fits): `run()` executes it. */
function compile(file, { useCache = true } = {}) {
  // A short-lived process runs each pattern a few times only: compile patterns to machine code at once
  // instead of interpreting them first. Set alike when the cache is written and read (V8 checks the flags).
  setFlagsFromString('--regexp-tier-up-ticks=0');
  const source = readFileSync(file, 'utf8');
  let cachedData;
  if (useCache) {
    try {
      const cache = readFileSync(cacheOf(file));
      if (cache.subarray(0, HASH_BYTES).equals(digest(source))) cachedData = cache.subarray(HASH_BYTES);
    } catch {
      // No cache (a development checkout, another install): compile as usual.
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const run = () => {
    const module = new Module(file, require.main);
    module.filename = file;
    // The bundle needs no package from node_modules (all of it is bundled); the lookup paths are for form.
    module.paths = Module._nodeModulePaths?.(dirname(file)) ?? [];
    Module._cache[file] = module;
    script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, dirname(file));
    module.loaded = true;
  };
  return { script, run, used: cachedData !== undefined && !script.cachedDataRejected, source };
}

/** Runs the bundle, from its code cache when that fits; as a plain `require` if it cannot be compiled here. */
function runCached(file) {
  let compiled;
  try {
    compiled = compile(file);
  } catch {
    require(file);
    return;
  }
  compiled.run();
}

/** Runs the bundle once with `args`, then writes its code cache (with what that run compiled). */
function writeCache(file, args) {
  const { script, run, source } = compile(file, { useCache: false });
  process.argv = [process.argv[0], file, ...args];
  process.on('exit', () => writeFileSync(cacheOf(file), Buffer.concat([digest(source), script.createCachedData()])));
  run();
}

module.exports = { compile, runCached, writeCache, cacheOf };
