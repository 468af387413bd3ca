/** The days a roll-up refresh recounts; null = every day (a rebuild). */
export type DayRange = { from: string; to: string } | null;
