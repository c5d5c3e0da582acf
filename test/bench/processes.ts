/**
 * What a command left behind, read from /proc (Linux). A run is marked by an environment variable that every process
 * it starts inherits, whatever its process group, so a browser that detached itself or a server that outlived its
 * parent is still found, and only the run's own processes are ever ended.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

export const MARKER = 'FRONTLINE_TEST_RUN';

export interface Survivor {
  pid: number;
  command: string;
}

/** Every live process whose environment has `MARKER=id`. */
export function processesOf(id: string): Survivor[] {
  const wanted = `${MARKER}=${id}`;
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      const environ = read(`/proc/${name}/environ`);
      if (environ === null || !environ.split('\0').includes(wanted)) return [];
      return [{ pid: Number(name), command: (read(`/proc/${name}/cmdline`) ?? '').split('\0').join(' ').trim() }];
    });
}

/** The TCP ports (IPv4 and IPv6) that any of `pids` is listening on. */
export function listeningPorts(pids: readonly number[]): number[] {
  const inodes = new Set(
    pids.flatMap((pid) => {
      try {
        return readdirSync(`/proc/${pid}/fd`).map((fd) => /^socket:\[(\d+)\]$/.exec(readlink(`/proc/${pid}/fd/${fd}`))?.[1] ?? '');
      } catch {
        return [];
      }
    }),
  );
  const ports = ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    (read(file) ?? '')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      // Columns: sl, local address:port (hex), remote, state (0A is LISTEN), ..., inode (the tenth).
      .filter((cols) => cols[3] === '0A' && inodes.has(cols[9] ?? ''))
      .map((cols) => parseInt(cols[1]?.split(':')[1] ?? '', 16)),
  );
  return [...new Set(ports)].sort((a, b) => a - b);
}

/** Ends every process of run `id`: SIGTERM, and SIGKILL to those still there after `graceMs`. */
export async function endAll(id: string, graceMs = 3_000): Promise<void> {
  signal(processesOf(id), 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (processesOf(id).length > 0 && Date.now() < deadline) await sleep(100);
  signal(processesOf(id), 'SIGKILL');
}

/** The processes of run `id` still alive after up to `ms` (a process that is exiting is given that long). */
export async function survivorsOf(id: string, ms = 3_000): Promise<Survivor[]> {
  const deadline = Date.now() + ms;
  while (processesOf(id).length > 0 && Date.now() < deadline) await sleep(100);
  return processesOf(id);
}

function signal(processes: readonly Survivor[], name: NodeJS.Signals): void {
  for (const { pid } of processes) {
    try {
      process.kill(pid, name);
    } catch {
      // It ended in the meantime.
    }
  }
}

function read(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function readlink(file: string): string {
  try {
    return readlinkSync(file);
  } catch {
    return '';
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
