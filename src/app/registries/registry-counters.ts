/** Every registry's counter (registry-counter.ts), for the full refresh and the drill-down. One line per registry. */
import type { RegistryName } from '../../domain/registry-measures.ts';
import type { RegistryCounter } from './registry-counter.ts';
import { productsCounter } from '../products/counter.ts';
import { tasksCounter } from '../tasks/counter.ts';
import { teamsCounter } from '../teams/counter.ts';
import { dossiersCounter } from '../dossiers/counter.ts';
import { feedbackCounter } from '../feedback/counter.ts';

export const REGISTRY_COUNTERS: readonly RegistryCounter[] = [tasksCounter, productsCounter, teamsCounter, dossiersCounter, feedbackCounter];

/** The counter of a registry, or undefined while that registry is not built. */
export function counterOf(registry: RegistryName): RegistryCounter | undefined {
  return REGISTRY_COUNTERS.find((c) => c.registry === registry);
}
