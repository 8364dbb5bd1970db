import type { Server } from 'node:http';
export interface HeaderRule { pattern: RegExp; headers: [string, string | null][] }
export function parseHeaders(text: string): HeaderRule[];
export function applyRules(rules: HeaderRule[], path: string): Record<string, string>;
export function serve(dir?: string | (() => string), port?: number, host?: string): Promise<Server>;
