#!/usr/bin/env node
// The `lint-news-lsp` bin: the language server over stdio (editors pass --stdio; it is accepted and not needed).
import {startServer} from './server.js'

startServer()
