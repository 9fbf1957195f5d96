import { expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { getJob, startJob, waitForJob } from '../../src/compute/jobs/job-runner.ts';

describeEachDialect('the one job runner', (ctx) => {
  it('goes queued/running → done, with its live progress while it runs and the last step and report kept', async () => {
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const id = await startJob(ctx.store, {
      kind: 'test',
      requestedBy: 'someone',
      run: async (onProgress, jobId) => {
        onProgress({ step: 1, steps: 2, message: 'một' });
        await gate;
        onProgress({ step: 2, steps: 2, message: 'hai' });
        return { jobId, answer: 42 };
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const during = await getJob(ctx.store, id);
    expect(during).toMatchObject({ kind: 'test', status: 'running', progress: { step: 1, steps: 2, message: 'một' }, report: null, requestedBy: 'someone' });
    finish();
    await waitForJob(id);
    expect(await getJob(ctx.store, id)).toMatchObject({
      status: 'done',
      progress: { step: 2, message: 'hai' },
      report: { jobId: id, answer: 42 },
      error: null,
    });
  });

  it('stores a failure with its message and the step it failed at', async () => {
    const id = await startJob(ctx.store, {
      kind: 'test',
      requestedBy: null,
      run: async (onProgress) => {
        onProgress({ step: 3, steps: 4, message: 'ba' });
        throw new Error('hỏng');
      },
    });
    await waitForJob(id);
    expect(await getJob(ctx.store, id)).toMatchObject({ status: 'failed', error: 'hỏng', report: null, progress: { step: 3 } });
    expect(await getJob(ctx.store, 987654)).toBeNull();
  });
});
