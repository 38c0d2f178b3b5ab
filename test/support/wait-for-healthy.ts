import type { ChildProcess } from 'node:child_process';

/** Polls `url` until it answers 200; gives up at the deadline, or at once when `child` has exited. */
export async function waitForHealthy(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && (child === undefined || child.exitCode === null)) {
    const status = await fetch(url).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} never became healthy`);
}
