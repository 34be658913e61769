/** Types of server-build.mjs, for the TypeScript tests that compile the server. */
export const ROOT: string;
export const SERVER_ENTRY: string;
export const CLI_ENTRY: string;
export function serverStaleReason(): string | undefined;
export function buildServer(): Promise<void>;
