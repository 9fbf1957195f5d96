import type { Command } from 'commander';

/** Adds the frameworks commands to the program (being written). */
export function registerFrameworkCommands(_program: Command, _dbHelp: string): void {}
