/**
 * The order test files start in. Vitest runs both projects on one pool of two workers, in the order this returns;
 * its own order puts every browser file before every Node file (by project name), which left the quick benchmark,
 * the longest file by far, starting last, alone on one worker. Here Node files come first (the benchmark among them
 * starts at once), and within a project files go longest first, by the last run's durations where Vitest has them.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export default class NodeFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const browser = (spec: TestSpecification): boolean => spec.project.name === 'browser';
    return [...sorted.filter((spec) => !browser(spec)), ...sorted.filter(browser)];
  }
}
