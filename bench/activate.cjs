// Activation time of the extension without an editor: load dist/client.js and call activate() with a
// stand-in for the vscode module (any property is a class that can be called, constructed or read on).
// Prints two times in milliseconds: until activate() returns (VS Code's activation), and until the language
// client, loaded just after it, has been created and started. VS Code's own cost of reading the extension
// is not in either.
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
// esbuild's `import * as vscode` copies the module's own enumerable names: list the namespaces it reads.
const NAMESPACES = ['commands', 'env', 'extensions', 'languages', 'window', 'workspace', 'Uri', 'Disposable', 'EventEmitter', 'Position', 'Range', 'Selection', 'ViewColumn', 'ProgressLocation', 'StatusBarAlignment', 'ConfigurationTarget', 'DiagnosticSeverity', 'TextEditorRevealType', 'WorkspaceEdit', 'SnippetString', 'ThemeIcon', 'MarkdownString'];
const vscode = new Proxy(stub(), {
  get: (target, key) => (NAMESPACES.includes(key) ? stub() : target[key]),
  ownKeys: (target) => [...Reflect.ownKeys(target), ...NAMESPACES],
  getOwnPropertyDescriptor: (target, key) =>
    Reflect.getOwnPropertyDescriptor(target, key) ?? (NAMESPACES.includes(key) ? { configurable: true, enumerable: true, get: () => stub() } : undefined),
});
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : original.call(this, request, ...rest);
};
const start = performance.now();
const extension = require(process.argv[2]);
extension.activate({ asAbsolutePath: (path) => path, subscriptions: [], extensionPath: '.' });
const activated = performance.now() - start;
// Queued after activate()'s own: runs once the language client has loaded.
setImmediate(() => {
  console.log(`${activated} ${performance.now() - start}`);
  process.exit(0);
});
