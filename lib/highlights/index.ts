// Saved highlights: record type and validation, search, export and import.
export * from './types';
export * from './search';
export * from './export';
export * from './import';
