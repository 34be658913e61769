/** Types of ./web-build.mjs, for the TypeScript tests that make sure the web app is built. */
export declare const ROOT: string;
export declare const WEB_INDEX: string;
export declare const INITIAL_JS_LIMIT_KB: number;
export interface SizeReport {
  files: { name: string; gzipBytes: number }[];
  lazy: { name: string; gzipBytes: number }[];
  gzipBytes: number;
}
export declare function staleReason(): string | undefined;
export declare function buildWeb(options?: { quiet?: boolean }): Promise<SizeReport>;
export declare function initialJavaScript(output: unknown[]): SizeReport;
export declare function kb(bytes: number): string;
export declare function sizeLine(size: SizeReport): { ok: boolean; text: string };
