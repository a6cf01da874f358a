#!/usr/bin/env node
require('./code-cache').runCached(require('node:path').join(__dirname, '..', 'dist', 'cli.js'));
