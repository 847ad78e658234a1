/**
 * Writes schema/faultline.schema.json from the zod model schema, and schema/faultline-lesson.schema.json
 * from the lesson schema, so editors can validate and complete Faultline files and lessons. Run with
 * `npm run schema`; scripts/generate-schema.test.ts fails when a committed file and its zod schema drift apart.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { modelSchema } from '../src/core/model/schema.ts';
import { SCHEMA_VERSION } from '../src/core/model/constants.ts';
import { LESSON_VERSION, lessonSchema } from '../src/core/teaching/lessons/schema.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema/faultline.schema.json', import.meta.url));
export const LESSON_SCHEMA_FILE = fileURLToPath(new URL('../schema/faultline-lesson.schema.json', import.meta.url));

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

/** The JSON Schema text for lesson files (the start model and the check language included). */
export function generateLessonSchema(): string {
  const { $schema, ...body } = z.toJSONSchema(lessonSchema, { io: 'input' });
  const document = {
    $schema,
    $id: `urn:faultline:lesson-schema:v${LESSON_VERSION}`,
    title: 'Faultline lesson',
    description: `A Faultline lesson, format version ${LESSON_VERSION}. Generated from src/core/teaching/lessons/schema.ts by \`npm run schema\`; do not edit by hand.`,
    ...body,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  writeFileSync(SCHEMA_FILE, generateSchema());
  writeFileSync(LESSON_SCHEMA_FILE, generateLessonSchema());
  console.log(`wrote ${SCHEMA_FILE} and ${LESSON_SCHEMA_FILE}`);
}
