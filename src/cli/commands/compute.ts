import type { Command } from 'commander';

/** Adds the compute commands to the program (being written). */
export function registerComputeCommands(_program: Command, _dbHelp: string): void {}
