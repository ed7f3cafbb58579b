#!/usr/bin/env node
// The installed `reembolso-sandbox` command: the built CLI. A file of its own, so package
// managers can link the bin before the package is built.
import '../dist/cli.js';
