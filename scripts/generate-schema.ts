/**
 * Writes schema/faultline.schema.json from the zod model schema, so editors can validate and complete
 * Faultline files. Run with `npm run schema`; scripts/generate-schema.test.ts fails when the committed
 * file and the zod schema drift apart.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { modelSchema, SCHEMA_VERSION } from '../src/core/model/schema.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema/faultline.schema.json', import.meta.url));

/** The JSON Schema text (2-space JSON, trailing newline) for the current model schema. */
export function generateSchema(): string {
  // `input`: the shape a file may have, so collections with defaults (groups, links, sagas) are optional.
  const { $schema, ...body } = z.toJSONSchema(modelSchema, { io: 'input' });
  const document = {
    $schema,
    $id: `urn:faultline:schema:v${SCHEMA_VERSION}`,
    title: 'Faultline architecture model',
    description: `A Faultline file, format version ${SCHEMA_VERSION}. Generated from src/core/model/schema.ts by \`npm run schema\`; do not edit by hand.`,
    ...body,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  writeFileSync(SCHEMA_FILE, generateSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
