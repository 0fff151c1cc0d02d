/**
 * Zod without its `new Function` fast path: the app runs under a CSP without 'unsafe-eval', and zod
 * 4.6 probes for eval when an object schema is CONSTRUCTED. Every module that builds a zod schema
 * imports this module first, so the setting is in place before any schema exists
 * (docs/decisions/0010-security.md).
 */
import { z } from 'zod'

z.config({ jitless: true })
