import { open } from 'node:fs/promises';

/** Forces a file's data to stable storage; injectable so tests can count and hold the calls. */
export type SyncFile = (path: string) => Promise<void>;

/**
 * fdatasync: the file's written bytes, and the size that makes them readable, reach the disk.
 * Linux flushes the file (the inode), not the descriptor, so a fresh one sees every earlier write.
 */
export const syncFile: SyncFile = async (path) => {
  const handle = await open(path, 'r');
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
};

/** fsync on a directory: its entries (a file created or renamed into it) survive a power cut. */
export async function syncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
