/** A worker thread of the output check: checks the documents it is given and posts their results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkDocument, type DocumentResult } from './check-page.ts';

const documents = workerData as { file: string; html: string }[];
const results: DocumentResult[] = [];
for (const doc of documents) results.push(await checkDocument(doc.file, doc.html));
parentPort?.postMessage(results);
