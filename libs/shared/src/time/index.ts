export * from './calendar-date';
export * from './wall-clock';
export * from './school-year';
export * from './working-days';
