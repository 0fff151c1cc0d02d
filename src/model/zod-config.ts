/**
 * Zod without its `new Function` fast path. The app's bundle holds no zod today (it checks loaded files with
 * shape.ts), but the app runs under a CSP without 'unsafe-eval' and zod 4.6 probes for eval when an object
 * schema is CONSTRUCTED, so every module that builds a zod schema imports this module first: a schema brought
 * into the browser stays within the policy (docs/decisions/0010-security.md).
 */
import { z } from 'zod'

z.config({ jitless: true })
