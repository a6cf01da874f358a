'use strict';
/**
 * Runs a CommonJS bundle compiled from the V8 code cache written beside it at build time
 * (scripts/code-cache.mjs): compiling the 1.2 MB command line is a third of the start of a one-file check.
 * The cache holds a copy of the bundle it was made from and is used only when that copy equals the bundle
 * byte for byte (a rebuilt or edited bundle never runs another's code; comparing costs less than hashing,
 * and needs no crypto module at start). V8 itself rejects a cache made by another version of Node. Either
 * way the bundle then compiles as usual: the cache can make a start faster, never different.
 */
const { readFileSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const vm = require('node:vm');

const LENGTH_BYTES = 4;
const cacheOf = (file) => `${file}.cache`;

/** The V8 data of `cache` if it was made from exactly `bundle`. */
function cachedDataFor(bundle, cache) {
  if (cache.length < LENGTH_BYTES) return undefined;
  const length = cache.readUInt32LE(0);
  const copy = cache.subarray(LENGTH_BYTES, LENGTH_BYTES + length);
  return length === bundle.length && copy.equals(bundle) ? cache.subarray(LENGTH_BYTES + length) : undefined;
}

/** A cache file for `bundle`: its length, its bytes, then V8's data. */
function cacheFileFor(bundle, data) {
  const length = Buffer.alloc(LENGTH_BYTES);
  length.writeUInt32LE(bundle.length, 0);
  return Buffer.concat([length, bundle, data]);
}

/** The bundle compiled as a module (with the cache's code when it fits): `run()` executes it. */
function compile(file, { useCache = true } = {}) {
  // A short-lived process runs each pattern a few times only: compile patterns to machine code at once
  // instead of interpreting them first. Set alike when the cache is written and read (V8 checks the flags).
  setFlagsFromString('--regexp-tier-up-ticks=0');
  const bundle = readFileSync(file);
  const source = bundle.toString('utf8');
  let cachedData;
  if (useCache) {
    try {
      cachedData = cachedDataFor(bundle, readFileSync(cacheOf(file)));
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
  return { script, run, used: cachedData !== undefined && !script.cachedDataRejected, bundle };
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
  const { script, run, bundle } = compile(file, { useCache: false });
  process.argv = [process.argv[0], file, ...args];
  process.on('exit', () => writeFileSync(cacheOf(file), cacheFileFor(bundle, script.createCachedData())));
  run();
}

module.exports = { compile, runCached, writeCache, cacheOf };
