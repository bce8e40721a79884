import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest (seconds on a quiet 2-core machine, `docs/performance.md` "Test suite
 * time"), longest first. On a clean clone vitest has no durations yet and orders a project's files
 * by size; one of these started last would run alone on one worker while the other sits idle.
 */
export const LONG_FILES = [
  'test/e2e/totem-customer-cases.e2e.test.ts',
  'test/e2e/admin.e2e.test.ts',
  'test/e2e/relay-appliance.e2e.test.ts',
  'test/e2e/pos.e2e.test.ts',
  'test/e2e/floor-screens.e2e.test.ts',
  'test/e2e/store-day.e2e.test.ts',
  'appliance/src/fiscal/emission/crash.test.ts',
];

/**
 * Vitest's order (one project after another; known durations, else size), with each project's long
 * files moved to its front. Projects stay contiguous: a worker of the in-process project
 * (`isolate: false`) keeps its loaded modules only while the next file queued is of the same project.
 */
export default class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const index = LONG_FILES.indexOf(relative(this.ctx.config.root, spec.moduleId));
      return index === -1 ? LONG_FILES.length : index;
    };
    const blocks: TestSpecification[][] = [];
    for (const spec of sorted) {
      const block = blocks.at(-1);
      if (block && block[0].project.name === spec.project.name) block.push(spec);
      else blocks.push([spec]);
    }
    // Array.prototype.sort is stable: the rest keep vitest's order.
    return blocks.flatMap((block) => block.sort((a, b) => rank(a) - rank(b)));
  }
}
