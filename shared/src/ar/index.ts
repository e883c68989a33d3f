// Accounts-receivable maths of Relance: calendar dates, money, aging, KPIs, promises, segments
// and reminder scenarios. Pure functions only.
export * from './calendar.ts';
export * from './money.ts';
export * from './aging.ts';
export * from './kpis.ts';
export * from './promises.ts';
export * from './segments.ts';
export * from './reminders.ts';
