import { randomUUID } from 'node:crypto';
import type { Database } from '@phoenix/db';
import { recordAudit } from '@phoenix/audit';
import { publish } from '@phoenix/events';

/** Version of the export document's format; `schemaUrl` names the schema of this version. */
export const DATA_EXPORT_FORMAT_VERSION = 1;
/** Where the gateway serves the JSON Schema of the whole document (docs/data-export.schema.json). */
export const DATA_EXPORT_SCHEMA_PATH = '/schemas/data-export.v1.json';

/** An export started by `exportMyData`; the sections are resolved from `userId`. */
export interface StartedDataExport {
  userId: string;
  id: string;
  generatedAt: Date;
  formatVersion: number;
  schemaUrl: string;
}

/** A DataExport as accounts resolves it: a started export, or only the key of an `_entities` call. */
export type DataExportModel = StartedDataExport | { userId: string };

/** The schema's URL on the gateway's public URL, or a path on the same origin when none is configured. */
export function dataExportSchemaUrl(publicUrl: string | undefined): string {
  return publicUrl ? new URL(DATA_EXPORT_SCHEMA_PATH, publicUrl).toString() : DATA_EXPORT_SCHEMA_PATH;
}

/**
 * Starts an export for the user: gives it an id and announces `user.data_exported`. The
 * gateway then asks every subgraph for its section of that user's data.
 */
export async function startDataExport(db: Database, userId: string, schemaUrl: string, now = new Date()): Promise<StartedDataExport> {
  const exported: StartedDataExport = { userId, id: randomUUID(), generatedAt: now, formatVersion: DATA_EXPORT_FORMAT_VERSION, schemaUrl };
  await db.transaction(async (tx) => {
    await publish(tx, { type: 'user.data_exported', payload: { userId, exportId: exported.id }, occurredAt: now });
    await recordAudit(tx, { actorKind: 'user', actorId: userId, subjectUserId: userId, action: 'export', resource: 'DataExport', outcome: 'allowed', subgraph: 'accounts', at: now });
  });
  return exported;
}
