import type { Command } from 'commander';

/** Adds the users commands to the program (being written). */
export function registerUserCommands(_program: Command, _dbHelp: string): void {}
