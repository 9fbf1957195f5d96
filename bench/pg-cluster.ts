/**
 * A throw-away PostgreSQL cluster for the benchmark (test/helpers/pg-cluster.ts), tuned for a bulk workload:
 * synchronous_commit off (like SQLite's synchronous=NORMAL in WAL mode, a crash may lose the last commits,
 * never corrupt), 1 GB shared_buffers, larger work_mem and max_wal_size. fsync stays on.
 */
import { startThrowawayCluster, type Cluster } from '../test/helpers/pg-cluster.ts';

export type { Cluster };

export function startCluster(): Promise<Cluster> {
  return startThrowawayCluster({
    prefix: 'dx-ioc-bench-pg-',
    settings: [
      '-c synchronous_commit=off',
      '-c shared_buffers=1GB',
      '-c work_mem=256MB',
      '-c maintenance_work_mem=512MB',
      '-c max_wal_size=8GB',
      '-c checkpoint_timeout=30min',
      '-c max_connections=50',
    ],
    stopMode: 'fast',
    startTimeoutSeconds: 120,
  });
}
