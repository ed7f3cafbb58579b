// The README's main job: example payments through the core rules, then a story through the
// in-memory gateway. Run with `pnpm demo`.
import { decisionsTable } from './decisions.js';
import { timeline } from './timeline.js';

console.log('Decisions of the core rules on the example payments (examples/payments)\n');
console.log(decisionsTable());
console.log('\nA shop’s refunds through the in-memory gateway\n');
for (const line of await timeline()) console.log(line);
