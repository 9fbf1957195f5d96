export const ROOT: string;
export const WEB_SOURCES: readonly string[];
export const STAMP: string;
export function newestSourceTime(root?: string, sources?: readonly string[]): number;
export function webBuildNeeded(root?: string): 'missing' | 'stale' | null;
export function buildWeb(root?: string): Promise<number>;
export function ensureWebBuilt(options?: {
  root?: string;
  force?: boolean;
  log?: (line: string) => void;
}): Promise<{ built: boolean; reason: 'missing' | 'stale' | 'forced' | null }>;
