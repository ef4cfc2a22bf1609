// The prerender tests import Lit in Node, where Vitest resolves its development build, which
// announces "Lit is in dev mode" on stderr. Lit skips a warning whose code is already issued.
(globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings ??= new Set(['dev-mode']);
