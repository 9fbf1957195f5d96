import type { Command } from 'commander';

/** Adds the tokens commands to the program (being written). */
export function registerTokenCommands(_program: Command, _dbHelp: string): void {}
