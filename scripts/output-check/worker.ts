/** A worker thread of the output check: checks the pages it is given and posts their results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkPage, type PageResult } from './check-page.ts';

const pages = workerData as { file: string; html: string }[];
const results: PageResult[] = [];
for (const page of pages) results.push(await checkPage(page.file, page.html));
parentPort?.postMessage(results);
