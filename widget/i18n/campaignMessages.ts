import type { UiMessage } from './uiMessagesEn.js';

/** The Campaigns tab's words (issue 16), in English: the reference (Spanish is typed against it). */
export const campaignMessagesEn = {
  'campaign.title': 'Campaigns',
  'campaign.intro': 'Pick what to push: the accounts likeliest to buy it are ranked, each with the reason and a personal message.',
  'campaign.loading': 'Reading the order history of every account you can see…',
  'campaign.accountsRead': '{count} accounts read.',
  'campaign.target': 'Target',
  'campaign.kind.products': 'Product',
  'campaign.kind.group': 'Product group',
  'campaign.kind.promotion': 'Promotion',
  'campaign.search': 'Search',
  'campaign.choose': 'Choose',
  'campaign.none': 'Nothing matches.',
  'campaign.groupOption': '{id} ({count} products)',
  'campaign.promotionOption': '{name} (−{discount} %, until {until})',
  'campaign.rank': 'Rank accounts',
  'campaign.ranking': 'Ranking the accounts…',
  'campaign.size': 'List size',
  'campaign.eligible': '{count} eligible accounts',
  'campaign.accounts': 'Accounts on the list',
  'campaign.responses': 'Expected responses',
  'campaign.revenue': 'Expected revenue',
  'campaign.propensity': 'Propensity',
  'campaign.expectedValue': 'Expected value',
  'campaign.product': 'Product',
  'campaign.kind.cross-sell': 'cross-sell',
  'campaign.kind.up-sell': 'up-sell',
  'campaign.kind.reactivation': 'reactivation',
  'campaign.more': '…and {count} more accounts on the list.',
  'campaign.name': 'Campaign name',
  'campaign.create': 'Create campaign',
  'campaign.confirmTitle': 'Create the campaign?',
  'campaign.confirm': 'Create “{name}” in Salesforce with up to {count} members: the contacts of the {count} accounts on the list (each one’s primary contact, or all, as your admin set)? Running it again adds nobody twice.',
  'campaign.confirmYes': 'Yes, create it',
  'campaign.cancel': 'Cancel',
  'campaign.creating': 'Creating the campaign…',
  'campaign.created': 'Campaign {id} {state}: {added} members added, {already} already members.',
  'campaign.stateNew': 'created',
  'campaign.stateExisting': 'updated',
  'campaign.noContact': 'Accounts without a contact, not added: {names}.',
  'campaign.failed': 'Not added: {account}: {message}',
} satisfies Record<string, UiMessage>;

/** A key of the Campaigns tab's words. */
export type CampaignKey = keyof typeof campaignMessagesEn;

/** The same words in Spanish. */
export const campaignMessagesEs: Record<CampaignKey, UiMessage> = {
  'campaign.title': 'Campañas',
  'campaign.intro': 'Elija qué impulsar: se ordenan las cuentas con más probabilidad de comprarlo, cada una con el motivo y un mensaje personal.',
  'campaign.loading': 'Leyendo el historial de pedidos de todas las cuentas que puede ver…',
  'campaign.accountsRead': '{count} cuentas leídas.',
  'campaign.target': 'Objetivo',
  'campaign.kind.products': 'Producto',
  'campaign.kind.group': 'Grupo de productos',
  'campaign.kind.promotion': 'Promoción',
  'campaign.search': 'Buscar',
  'campaign.choose': 'Elegir',
  'campaign.none': 'Nada coincide.',
  'campaign.groupOption': '{id} ({count} productos)',
  'campaign.promotionOption': '{name} (−{discount} %, hasta {until})',
  'campaign.rank': 'Ordenar cuentas',
  'campaign.ranking': 'Ordenando las cuentas…',
  'campaign.size': 'Tamaño de la lista',
  'campaign.eligible': '{count} cuentas posibles',
  'campaign.accounts': 'Cuentas en la lista',
  'campaign.responses': 'Respuestas esperadas',
  'campaign.revenue': 'Ingresos esperados',
  'campaign.propensity': 'Propensión',
  'campaign.expectedValue': 'Valor esperado',
  'campaign.product': 'Producto',
  'campaign.kind.cross-sell': 'venta cruzada',
  'campaign.kind.up-sell': 'venta superior',
  'campaign.kind.reactivation': 'reactivación',
  'campaign.more': '…y {count} cuentas más en la lista.',
  'campaign.name': 'Nombre de la campaña',
  'campaign.create': 'Crear campaña',
  'campaign.confirmTitle': '¿Crear la campaña?',
  'campaign.confirm': '¿Crear «{name}» en Salesforce con hasta {count} miembros: los contactos de las {count} cuentas de la lista (el contacto principal de cada una, o todos, según su administrador)? Repetirlo no añade a nadie dos veces.',
  'campaign.confirmYes': 'Sí, crearla',
  'campaign.cancel': 'Cancelar',
  'campaign.creating': 'Creando la campaña…',
  'campaign.created': 'Campaña {id} {state}: {added} miembros añadidos, {already} ya eran miembros.',
  'campaign.stateNew': 'creada',
  'campaign.stateExisting': 'actualizada',
  'campaign.noContact': 'Cuentas sin contacto, no añadidas: {names}.',
  'campaign.failed': 'No añadido: {account}: {message}',
};

/** The Campaigns tab's words for a BCP 47 tag: Spanish for `es` and its variants, English otherwise; `{name}` placeholders filled. */
export function campaignTranslator(locale: string): (key: CampaignKey, vars?: Record<string, string | number>) => string {
  const messages: Record<CampaignKey, UiMessage> = locale.toLowerCase().split('-')[0] === 'es' ? campaignMessagesEs : campaignMessagesEn;
  const number = new Intl.NumberFormat(locale);
  return (key, vars = {}) => {
    const m = messages[key];
    const text = typeof m === 'string' ? m : m.other;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (vars[name] === undefined ? whole : typeof vars[name] === 'number' ? number.format(vars[name]) : String(vars[name])));
  };
}
