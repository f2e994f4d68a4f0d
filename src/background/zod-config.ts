import { z } from 'zod';

// Imported first by the service worker, before any schema is built. MV3 forbids evaluating strings; Zod's JIT
// would probe `new Function` once, which the browser reports as a CSP violation (an entry under the extension's
// errors, and ~40 ms at every worker start, measured). Its interpreter path validates exactly the same way.
z.config({ jitless: true });
