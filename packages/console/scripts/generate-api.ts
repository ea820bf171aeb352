// Writes the console's API types and enum labels from the platform's own OpenAPI document, built in
// process from the manifests (no server needed). `pnpm api:types`; a test fails when they drift.
// Relative imports: the console does not depend on the services' packages, only on what they document.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { revealingRoles } from '../../kit/src/caller.ts';
import { buildOpenApi, type OpenApiDocument } from '../../kit/src/openapi.ts';
import { allManifests } from '../../manifests/src/index.ts';

export const typesFile = fileURLToPath(new URL('../src/api/openapi.d.ts', import.meta.url));
export const labelsFile = fileURLToPath(new URL('../src/api/labels.ts', import.meta.url));
export const operationsFile = fileURLToPath(new URL('../src/api/operations.ts', import.meta.url));

const header = (what: string) =>
  `// ${what}, generated from the platform's OpenAPI document by \`pnpm api:types\`. Do not edit: change\n` +
  "// the services' manifests and run it again.\n";

/** The document the platform serves, for the district the local platform runs (思明区). */
export function platformDocument(): OpenApiDocument {
  return buildOpenApi(allManifests, { district: '350203', districtName: '思明区' });
}

export async function apiTypes(document: OpenApiDocument): Promise<string> {
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]);
  return `${header('API types')}\n${astToString(ast)}`;
}

/** Every `x-enum-labels` of the document's named schemas, keyed by schema name, as a plain module. */
export function labelsModule(document: OpenApiDocument): string {
  const labels = Object.fromEntries(
    Object.entries(document.components.schemas).flatMap(([name, schema]) => {
      const values = schema['x-enum-labels'];
      return values && typeof values === 'object' ? [[name, values]] : [];
    }),
  );
  return `${header('Chinese labels of the API enums')}
export const labels = ${JSON.stringify(labels, null, 2)} as const;

export type LabelledSchema = keyof typeof labels;

/** The Chinese label of an enum value, or the value itself when it has none (a value newer than these types). */
export function labelOf<S extends LabelledSchema>(schema: S, value: string | undefined | null): string {
  if (value === undefined || value === null) return '';
  const names: Record<string, string> = labels[schema];
  return names[value] ?? value;
}
`;
}

/**
 * Who may call each operation (the document's `x-roles`; null for every signed-in role) and who may see
 * full numbers, so the console shows only the menus and buttons the API would accept.
 */
export function operationsModule(document: OpenApiDocument): string {
  const roles: Record<string, readonly string[] | null> = {};
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      if (operation && typeof operation === 'object' && 'operationId' in operation) {
        roles[operation.operationId] = operation['x-roles'] ?? null;
      }
    }
  }
  return `${header('Who may call each API operation')}
/** The roles that may call each operation (\`x-roles\`); null means every signed-in role. */
export const operationRoles = ${JSON.stringify(roles, null, 2)} as const satisfies Record<string, readonly string[] | null>;

export type OperationId = keyof typeof operationRoles;

/** Roles that may ask for full citizen ID and phone numbers (each reveal is audited). */
export const revealingRoles = ${JSON.stringify(revealingRoles)} as const;
`;
}

export async function generatedFiles(): Promise<Record<string, string>> {
  const document = platformDocument();
  return {
    [typesFile]: await apiTypes(document),
    [labelsFile]: labelsModule(document),
    [operationsFile]: operationsModule(document),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [file, text] of Object.entries(await generatedFiles())) {
    writeFileSync(file, text);
    console.log(`写入 ${file.slice(file.indexOf('packages/'))}`);
  }
}
