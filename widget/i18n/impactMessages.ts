import type { UiMessage } from './uiMessagesEn.js';

/** The words of the control group's notice and of the manager view's impact panel, in English: the reference (Spanish is typed against it). */
export const impactMessagesEn = {
  'control.title': 'Comparison group this month',
  'control.body': 'This account is in this month’s comparison group: to measure what the proposals add, a few accounts are shown no proposal for the month. Take the order as you usually would. Next month the groups are drawn again.',
  'control.logged': 'Your visit is logged as a comparison-group visit.',
  'control.notLogged': 'Your visit could not be logged; nothing else is affected.',
  'impact.title': 'Impact',
  'impact.period': 'Month',
  'impact.months': 'Months shown',
  'impact.team': 'Team',
  'impact.allTeams': 'All teams',
  'impact.proposals': 'Proposals',
  'impact.outcomes': 'Outcomes',
  'impact.conversion': 'Proposed lines ordered',
  'impact.captured': 'Value captured',
  'impact.section': 'Section',
  'impact.lines': 'Lines',
  'impact.linesOrdered': 'Lines ordered',
  'impact.section.habitual': 'Habitual',
  'impact.section.development': 'Development',
  'impact.section.extension': 'Range extension',
  'impact.byRep': 'By rep',
  'impact.rep': 'Rep',
  'impact.accepted': 'Accepted',
  'impact.trend': 'Monthly trend',
  'impact.trendDescription': 'Value captured and conversion per month; the same figures are in the table below.',
  'impact.uplift': 'Uplift: revenue per account, treated against comparison group',
  'impact.upliftFigures': '{treated} treated and {control} comparison accounts (account-months); 95 % interval {low} to {high}.',
  'impact.noUplift': 'No month in this range had a comparison group (its share is 0 in the engine settings).',
  'impact.drill': 'Lines of proposal',
  'impact.details': 'Lines',
  'impact.close': 'Close',
  'impact.product': 'Product',
  'impact.proposedQty': 'Proposed',
  'impact.orderedQty': 'Ordered',
  'impact.orderedValue': 'Ordered value',
  'impact.export': 'Export CSV',
  'impact.none': 'No proposals in these months.',
  'impact.recent': 'Proposals of the month',
  'impact.account': 'Account',
  'impact.status': 'Status',
  'impact.loading': 'Reading the proposals, their outcomes and the orders…',
} satisfies Record<string, UiMessage>;

/** A key of the impact words. */
export type ImpactKey = keyof typeof impactMessagesEn;

/** The same words in Spanish. */
export const impactMessagesEs: Record<ImpactKey, UiMessage> = {
  'control.title': 'Grupo de comparación este mes',
  'control.body': 'Esta cuenta está en el grupo de comparación de este mes: para medir lo que aportan las propuestas, a unas pocas cuentas no se les muestra propuesta durante el mes. Toma el pedido como lo harías normalmente. El mes que viene se vuelven a sortear los grupos.',
  'control.logged': 'Tu visita queda registrada como visita del grupo de comparación.',
  'control.notLogged': 'No se ha podido registrar tu visita; nada más se ve afectado.',
  'impact.title': 'Impacto',
  'impact.period': 'Mes',
  'impact.months': 'Meses mostrados',
  'impact.team': 'Equipo',
  'impact.allTeams': 'Todos los equipos',
  'impact.proposals': 'Propuestas',
  'impact.outcomes': 'Resultados',
  'impact.conversion': 'Líneas propuestas pedidas',
  'impact.captured': 'Valor capturado',
  'impact.section': 'Sección',
  'impact.lines': 'Líneas',
  'impact.linesOrdered': 'Líneas pedidas',
  'impact.section.habitual': 'Habitual',
  'impact.section.development': 'Desarrollo',
  'impact.section.extension': 'Ampliación de gama',
  'impact.byRep': 'Por comercial',
  'impact.rep': 'Comercial',
  'impact.accepted': 'Aceptadas',
  'impact.trend': 'Tendencia mensual',
  'impact.trendDescription': 'Valor capturado y conversión por mes; las mismas cifras están en la tabla de abajo.',
  'impact.uplift': 'Incremento: ingresos por cuenta, tratadas frente al grupo de comparación',
  'impact.upliftFigures': '{treated} cuentas tratadas y {control} de comparación (cuenta-mes); intervalo del 95 % de {low} a {high}.',
  'impact.noUplift': 'Ningún mes de este periodo tuvo grupo de comparación (su proporción es 0 en la configuración del motor).',
  'impact.drill': 'Líneas de la propuesta',
  'impact.details': 'Líneas',
  'impact.close': 'Cerrar',
  'impact.product': 'Producto',
  'impact.proposedQty': 'Propuesto',
  'impact.orderedQty': 'Pedido',
  'impact.orderedValue': 'Valor pedido',
  'impact.export': 'Exportar CSV',
  'impact.none': 'No hay propuestas en estos meses.',
  'impact.recent': 'Propuestas del mes',
  'impact.account': 'Cuenta',
  'impact.status': 'Estado',
  'impact.loading': 'Leyendo las propuestas, sus resultados y los pedidos…',
};

/** Translates the impact words for a locale (Spanish for `es*`, English otherwise); `{name}` placeholders take the given values. */
export function impactTranslator(locale: string): (key: ImpactKey, vars?: Record<string, string | number>) => string {
  const messages: Record<ImpactKey, UiMessage> = locale.toLowerCase().split('-')[0] === 'es' ? impactMessagesEs : impactMessagesEn;
  return (key, vars = {}) => {
    const m = messages[key];
    const text = typeof m === 'string' ? m : m.other;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (vars[name] === undefined ? whole : String(vars[name])));
  };
}
