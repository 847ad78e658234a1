/** Above this many nodes ELK can take tens of seconds; the grid layout answers instead. */
export const MAX_ELK_NODES = 1_500;
/** How long a user waits for ELK before the grid layout answers instead. */
export const ELK_DEADLINE_MS = 4_000;
