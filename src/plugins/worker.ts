/**
 * Runs a module's default export in a worker thread, loaded the way
 * Docusaurus loads the site's plugins (its `loadFreshModule`, TypeScript
 * through jiti), so a plugin's heavy work overlaps with the bundler or with
 * other plugins' work on the main thread. The job and the result cross the
 * thread boundary by structured clone.
 */
import {Worker} from 'node:worker_threads';

export function runInWorker<Job, Result>(siteDir: string, modulePath: string, job: Job, label: string): Promise<Result> {
  const bootstrap = `
    const {parentPort, workerData} = require('node:worker_threads');
    const {createRequire} = require('node:module');
    const {loadFreshModule} = createRequire(workerData.siteDir + '/package.json')('@docusaurus/utils');
    loadFreshModule(workerData.module)
      .then((run) => run(workerData.job))
      .then((result) => parentPort.postMessage({result}), (error) => parentPort.postMessage({error: String((error && error.stack) || error)}));
  `;
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, {eval: true, workerData: {siteDir, module: modulePath, job}});
    let settled = false;
    worker.once('message', (message: {result?: Result; error?: string}) => {
      settled = true;
      void worker.terminate();
      if (message.error === undefined) resolve(message.result as Result);
      else reject(new Error(`${label}: ${message.error}`));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`${label}: Der Worker endete mit Code ${code}.`));
    });
  });
}
