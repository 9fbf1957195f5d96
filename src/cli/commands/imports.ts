import type { Command } from 'commander';

/** Adds the imports commands to the program (being written). */
export function registerImportCommands(_program: Command, _dbHelp: string): void {}
