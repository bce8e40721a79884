import { z } from 'zod';

/**
 * `page`, `size` (max 100) and `sort=field:asc|desc` over a fixed list of sortable fields, so a
 * query string can never name an arbitrary column.
 */
export function pageQuery<F extends string>(sortable: readonly [F, ...F[]], defaultSort: `${F}:${'asc' | 'desc'}`) {
  return z.object({
    page: z.coerce.number().int().min(1).default(1),
    size: z.coerce.number().int().min(1).max(100).default(20),
    sort: z
      .string()
      .default(defaultSort)
      .transform((value, ctx) => {
        const [field, direction = 'asc'] = value.split(':');
        if (!(sortable as readonly string[]).includes(field) || !['asc', 'desc'].includes(direction)) {
          ctx.addIssue({ code: 'custom', message: `sort deve ser um de ${sortable.join(', ')}, com :asc ou :desc` });
          return z.NEVER;
        }
        return { field: field as F, direction: direction as 'asc' | 'desc' };
      }),
  });
}

export function offsetOf(page: { page: number; size: number }): number {
  return (page.page - 1) * page.size;
}
