// Types of cli-bundle.mjs (plain JavaScript, so that `npm run cli` needs no compiler).
export declare const ROOT: string;
/** The bundled CLI's path in `dir`, built first when missing or out of date; whether it was built. */
export declare function ensureCliBundle(dir?: string): { file: string; built: boolean };
