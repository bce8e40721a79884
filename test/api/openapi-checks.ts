import { Validator } from '@seriousme/openapi-schema-validator';
import type { Hono } from 'hono';
import { mountedRoutes, openApiPath } from '../../appliance/contract/api/openapi/build-document.js';
import { OPENAPI_PATH, REFERENCE_PATH } from '../../appliance/contract/api/openapi/serve.js';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';

export type OpenApiDocument = { openapi: string; info: { title: string }; paths: Record<string, Record<string, { operationId: string; summary: string; tags: string[] }>> };

/** `METHOD /path` of every operation in the document. */
export function documentedOperations(document: OpenApiDocument): string[] {
  return Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
}

/** The mounted routes the document lacks, and the documented ones nothing answers. */
export function routeCoverage(app: Hono<any>, document: OpenApiDocument): { undocumented: string[]; unmounted: string[]; mounted: number } {
  const mounted = mountedRoutes(app).map((route) => `${route.method} ${openApiPath(route.path)}`);
  const documented = documentedOperations(document);
  return {
    undocumented: mounted.filter((route) => !documented.includes(route)).sort(),
    unmounted: documented.filter((route) => !mounted.includes(route)).sort(),
    mounted: mounted.length,
  };
}

export async function validateOpenApi(document: OpenApiDocument): Promise<{ valid: boolean; errors: unknown; version: string }> {
  const validator = new Validator();
  const result = await validator.validate(structuredClone(document) as unknown as Record<string, unknown>);
  return { valid: result.valid, errors: result.errors ?? [], version: validator.version };
}

export async function fetchDocument(baseUrl: string): Promise<OpenApiDocument> {
  const response = await fetch(`${baseUrl}${OPENAPI_PATH}`);
  if (!response.ok) throw new Error(`${OPENAPI_PATH} answered ${response.status}`);
  return (await response.json()) as OpenApiDocument;
}

/** Opens the reference page in headless Chromium as a developer would; answers the operations it lists and anything the page logged as an error. */
export async function referencePageOperations(baseUrl: string): Promise<{ heading: string; operations: string[]; errors: string[] }> {
  const browser = await launchChromium();
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    const response = await page.goto(`${baseUrl}${REFERENCE_PATH}`);
    if (!response?.ok()) throw new Error(`${REFERENCE_PATH} answered ${response?.status()}`);
    return {
      heading: await page.locator('h1').innerText(),
      operations: await page.locator('details > summary > code').allInnerTexts(),
      errors,
    };
  } finally {
    await browser.close();
  }
}
