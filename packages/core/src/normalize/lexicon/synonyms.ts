/**
 * Near-synonyms that news rewrites and round-trip translations swap all the
 * time, by stem, each group mapped to its first stem. Deliberately small: a
 * word pair belongs here only when swapping it never changes what happened.
 * Written by hand.
 */
export const synonymGroups: ReadonlyArray<readonly string[]> = [
  ['vow', 'promiz', 'pledg'],
  ['strik', 'attack', 'raid', 'airstrik'],
  ['try', 'attempt'],
  ['hurl', 'throw', 'threw'],
  ['smash', 'break', 'brok'],
]
