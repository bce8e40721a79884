import openapiTS, { astToString } from 'openapi-typescript';
import { join } from 'node:path';
import { repoRoot } from '../../appliance/src/kernel/paths.js';

export const APPLIANCE_TYPES_FILE = join(repoRoot(), 'appliance', 'contract', 'api', 'appliance-api.generated.ts');

const HEADER = `/**
 * The appliance API's types, generated from its OpenAPI document (/api/v1/openapi.json) by
 * openapi-typescript. Do not edit: run \`npm run api:types\` after changing a route's description.
 */
`;

/** The TypeScript the appliance's document generates, as committed under appliance/contract/api/. */
export async function applianceApiTypes(document: object): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}
