/** Runs a script on a worker thread and waits for the one message it posts back. */
import { Worker } from 'node:worker_threads';

/** The worker's single reply; rejects if it throws, or exits without replying. */
export function runWorker<T>(script: string | URL, workerData: unknown): Promise<T> {
  return new Promise((done, fail) => {
    const worker = new Worker(script, { workerData });
    worker.once('message', (reply: T) => done(reply));
    worker.once('error', fail);
    // After a reply this is a no-op: a settled promise ignores the later call.
    worker.once('exit', (code) => fail(new Error(`${String(script)} exited with code ${code} before replying`)));
  });
}
