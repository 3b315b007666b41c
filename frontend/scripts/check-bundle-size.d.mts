export const LIMIT_BYTES: number;
export function collectFiles(dist: string, html: string): string[];
export function measure(dist: string, html?: string): { files: { file: string; gzip: number }[]; total: number };
