import type { Locale } from '../i18n/index.js';

/**
 * The built-in campaign e-mail per language (Mustache). Only `{{value}}` tags: every value is
 * escaped when rendered (`campaignMessage` refuses raw `{{{…}}}` tags in a template of the admin's).
 */
export const CAMPAIGN_MESSAGE_TEMPLATES: Record<Locale, string> = {
  en: `Hello {{customer}},

{{#because}}As you order {{because}}, we think {{product}} will sell well for you too.{{/because}}{{^because}}We think {{product}} will sell well for you.{{/because}}{{#cheaper}} It is the step up from {{cheaper}}, which you already stock.{{/cheaper}}{{#reactivation}} You ordered it {{productOrders}} times; it is ready to ship again.{{/reactivation}}{{#promotion}} Until {{validTo}}, {{promotion}}: {{discount}} off.{{/promotion}}

Reply to this e-mail and we will add it to your next order.

Kind regards`,
  es: `Hola, {{customer}}:

{{#because}}Como usted pide {{because}}, creemos que {{product}} también se venderá bien en su tienda.{{/because}}{{^because}}Creemos que {{product}} se venderá bien en su tienda.{{/because}}{{#cheaper}} Es el paso siguiente a {{cheaper}}, que ya tiene.{{/cheaper}}{{#reactivation}} Lo pidió {{productOrders}} veces; está listo para enviarse de nuevo.{{/reactivation}}{{#promotion}} Hasta el {{validTo}}, {{promotion}}: {{discount}} de descuento.{{/promotion}}

Responda a este correo y lo añadiremos a su próximo pedido.

Un saludo`,
};
