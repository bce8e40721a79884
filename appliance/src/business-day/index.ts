import type { ApplianceModule } from '../kernel/module.js';
import { businessDayMessages } from './messages.pt-BR.js';
import { businessDayMigrations } from './migrations.js';
import { openBusinessDay } from './open-business-day.js';
import { registerBusinessDayRoutes } from './routes.js';

export { findOpenBusinessDay, findBusinessDay, type BusinessDay } from './queries.js';
export { openBusinessDay } from './open-business-day.js';

export const businessDayModule: ApplianceModule = {
  name: 'business-day',
  migrations: businessDayMigrations,
  messages: { 'pt-BR': businessDayMessages },
  register: registerBusinessDayRoutes,
  async seedDemo(ctx) {
    await ctx.commands.run('business_day.open', (tx) => openBusinessDay(tx, { timeZone: ctx.config.timeZone }), {
      actor: { type: 'system', id: 'demo-seed' },
    });
  },
};
