/** The two lines a 2×20 customer display shows, as the customer should read them. */
export type DisplayLines = readonly [string, string];

export interface CustomerDisplay {
  show(lines: DisplayLines): Promise<void>;
  clear(): Promise<void>;
}

export type DisplayCommandSet = 'escpos-display' | 'cd5220' | 'posiflex';
export type DisplayCodePage = 'CP437' | 'CP850' | 'CP860' | 'WPC1252';
