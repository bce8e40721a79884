/**
 * The JSON envelope every API answer uses (docs/api.md, "Envelope"), as JSON Schema: success with
 * `data`, or failure with a stable `code`, a pt-BR `message` for the person in the store and
 * field-level `details`.
 */
export const ERROR_ENVELOPE = {
  type: 'object',
  required: ['success', 'data', 'error'],
  properties: {
    success: { const: false },
    data: { type: 'null' },
    error: {
      type: 'object',
      required: ['code', 'message', 'details'],
      properties: {
        code: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$', description: 'Stable UPPER_SNAKE code clients branch on.' },
        message: { type: 'string', description: 'pt-BR text for the person at the terminal.' },
        details: { description: 'Field-level information; for VALIDATION_FAILED a list of {path, code, message}.' },
      },
    },
    metadata: { anyOf: [{ type: 'object' }, { type: 'null' }] },
  },
} as const;

export const PAGE_METADATA = {
  type: 'object',
  required: ['page', 'size', 'total'],
  properties: { page: { type: 'integer', minimum: 1 }, size: { type: 'integer', minimum: 1 }, total: { type: 'integer', minimum: 0 } },
} as const;

export function successEnvelope(data: Record<string, unknown>, paged: boolean): Record<string, unknown> {
  return {
    type: 'object',
    required: ['success', 'data', 'error'],
    properties: {
      success: { const: true },
      data: paged ? { type: 'array', items: data } : data,
      error: { type: 'null' },
      metadata: paged ? { $ref: '#/components/schemas/PageMetadata' } : { anyOf: [{ type: 'object' }, { type: 'null' }] },
    },
  };
}
