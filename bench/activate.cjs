// Activation time of the extension without an editor: load dist/client.js and call activate() with a
// stand-in for the vscode module (any property is a class that can be called, constructed or read on).
// Prints milliseconds. VS Code's own cost of reading the extension is not in it.
const Module = require('node:module');
const original = Module._load;
const stub = () =>
  new Proxy(class {}, {
    get: (target, key) => {
      if (key === 'version') return '1.95.0';
      if (key === Symbol.toPrimitive) return () => '';
      if (typeof key === 'symbol' || key === 'then' || key === 'prototype') return target[key];
      return stub();
    },
    apply: () => stub(),
    construct: () => stub(),
  });
const vscode = stub();
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : original.call(this, request, ...rest);
};
const start = performance.now();
const extension = require(process.argv[2]);
extension.activate({ asAbsolutePath: (path) => path, subscriptions: [], extensionPath: '.' });
console.log(performance.now() - start);
process.exit(0);
