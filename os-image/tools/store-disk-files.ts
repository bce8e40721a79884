import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

interface SfdiskPartition {
  start: number;
  size: number;
  name?: string;
}

/**
 * Copies files out of the store disk's data partition (ext4, GPT name chefia-data) without mounting
 * anything: the partition is cut out of the raw disk file and read with debugfs. Used after a power
 * cut to check the database exactly as the disk holds it. A path ending in `/` is a directory, copied
 * whole into `outDir` (the system journal of a failed test run).
 */
export function copyFromDataPartition(rawDisk: string, paths: string[], outDir: string): void {
  const table = JSON.parse(execFileSync('sfdisk', ['-J', rawDisk], { encoding: 'utf8' })) as { partitiontable: { sectorsize?: number; partitions: SfdiskPartition[] } };
  const sector = table.partitiontable.sectorsize ?? 512;
  const data = table.partitiontable.partitions.find((p) => p.name === 'chefia-data');
  if (!data) throw new Error(`no chefia-data partition on ${rawDisk}`);
  const partition = join(outDir, 'data-partition.ext4');
  mkdirSync(outDir, { recursive: true });
  execFileSync('dd', [`if=${rawDisk}`, `of=${partition}`, 'bs=4M', 'iflag=skip_bytes,count_bytes', `skip=${data.start * sector}`, `count=${data.size * sector}`, 'conv=sparse', 'status=none']);
  // What the kernel does when it mounts the partition after a power cut: replay the ext4 journal, so
  // the files read are the ones the store would see (debugfs alone reads the unreplayed metadata).
  // Exit 1: the journal was replayed or orphaned inodes were released, as after any power cut.
  const fsck = spawnSync('e2fsck', ['-p', partition], { stdio: 'ignore' });
  if (fsck.status === null || fsck.status > 1) throw new Error(`e2fsck of the data partition exited with ${fsck.status}`);
  for (const path of paths) {
    // debugfs reports a missing file on stderr and exits 0; the caller checks what arrived.
    if (path.endsWith('/')) {
      execFileSync('debugfs', ['-R', `rdump ${path.slice(0, -1)} ${outDir}`, partition], { stdio: 'ignore' });
      continue;
    }
    const name = path.split('/').pop() as string;
    execFileSync('debugfs', ['-R', `dump ${path} ${join(outDir, name)}`, partition], { stdio: 'ignore' });
  }
}
