import type { Messages } from './Messages.js';

/**
 * The Spanish catalogue, typed against the English keys (a missing or extra key does not compile).
 * Neutral Spanish for Spain and Latin America: "pedido", "cliente", no regional words.
 */
export const messagesEs: Messages = {
  'reason.neverOrdered': 'aún no lo ha pedido; clientes similares lo piden',
  'reason.inRecentOrders': { one: 'pedido en {with} del último pedido', other: 'pedido en {with} de los últimos {count} pedidos' },
  'reason.inAllOrders': { one: 'pedido en {with} de {count} pedido', other: 'pedido en {with} de {count} pedidos' },
  'reason.noneRecent': { one: 'pedido en {with} de {count} pedido, en ninguno de los últimos {recent}', other: 'pedido en {with} de {count} pedidos, en ninguno de los últimos {recent}' },
  'reason.every': { one: 'cada ~{count} día', other: 'cada ~{count} días' },
  'reason.last': 'el último {ago}',
  'reason.mustSell': 'imprescindible para clientes {segment} ({rule})',
  'reason.priority': 'producto prioritario',
  'reason.developmentFrequency': 'clientes similares lo piden cada ~{peers}, este cliente cada ~{own}',
  'reason.developmentQuantity': 'clientes similares piden {peers} cada vez, este cliente {own}',
  'reason.crossSell': 'los clientes que compran {products} también lo compran; {buyers}',
  'reason.crossSellSimilar': 'clientes como este lo compran; {buyers}',
  'reason.popular': 'popular entre los clientes: {buyers}',
  'reason.recentBuyers': { one: '{count} cliente lo pidió en un plazo de {within}', other: '{count} clientes lo pidieron en un plazo de {within}' },
  'reason.premiumVariant': 'una variante superior de {of}, un {dearer} más cara',
  'reason.separator': '; ',
  'reason.roundedCustomer': 'redondeado a un múltiplo de {multiple}, como lo pide siempre este cliente',
  'reason.roundedProduct': 'redondeado a un múltiplo de {multiple}, como se pide siempre',
  'reason.unusualCustomer': 'cantidad inusual: este cliente suele pedir {median} ({low}–{high})',
  'reason.unusualProduct': 'cantidad inusual: los clientes piden hasta {high} (mediana {median})',

  'section.habitual': 'Artículos habituales',
  'section.development': 'Oportunidades de desarrollo',
  'section.extension': 'Ampliación de gama',

  'segment.new': 'nuevo',
  'segment.one-time': 'de compra única',
  'segment.active': 'activo',
  'segment.at-risk': 'en riesgo',
  'segment.lapsed': 'inactivo',
  'segment.ordersSoFar': { one: 'cliente nuevo: {count} pedido hasta ahora', other: 'cliente nuevo: {count} pedidos hasta ahora' },
  'segment.every': 'pide cada ~{interval}',
  'segment.lastOrder': 'último pedido {ago}',
  'segment.oneOrderOnly': 'un solo pedido, {ago}: por reactivar',
  'segment.late': 'más tarde de lo habitual',
  'segment.farLate': 'muy por encima de su intervalo habitual',

  'price.medianCustomer': { one: 'mediana {price} en {count} pedido', other: 'mediana {price} en {count} pedidos' },
  'price.medianSegment': { one: 'mediana del segmento {price} en {count} pedido', other: 'mediana del segmento {price} en {count} pedidos' },
  'price.medianEveryone': { one: 'mediana de todos los clientes {price} en {count} pedido', other: 'mediana de todos los clientes {price} en {count} pedidos' },
  'price.adjust': '{percent} {rule}',
  'price.after': '{step} = {price}',
  'price.none': 'aún sin precio pagado: el comercial fija el precio',
  'price.floor': 'mínimo {price}',
  'price.ceiling': 'máximo {price}',
  'price.promotion': 'promoción {name} {percent}',

  'offer.win-back': 'para recuperar al cliente: {why}',
  'offer.new': 'para dar la bienvenida a un cliente nuevo: {why}',
  'offer.active': 'para un cliente habitual: {why}',
  'offer.noOrderYet': 'aún sin pedidos',

  'proposal.lineCount': { one: '{count} línea', other: '{count} líneas' },
  'proposal.unitCount': { one: '{count} unidad', other: '{count} unidades' },

  'guide.pro': '{need}',
  'guide.proValue': '{need}: {value}',
  'guide.over': '{need}: {value}, {by} por encima',
  'guide.under': '{need}: {value}, {by} por debajo',
  'guide.isOther': '{need}: es {value}',
  'guide.notStated': '{need}: no consta',
  'guide.must': '{con} (imprescindible)',
  'guide.fitsAll': { one: 'cumple la necesidad pedida', other: 'cumple las {count} necesidades pedidas' },
  'guide.fitsSome': { one: 'cumple {met} de {count} necesidad', other: 'cumple {met} de {count} necesidades' },
  'guide.nothingAsked': 'aún no se ha preguntado nada',
  'guide.ownOrders': { one: 'conocido: la cuenta lo compró en {count} pedido', other: 'conocido: la cuenta lo compró en {count} pedidos' },
  'guide.peers': 'conocido: lo compra el {share} de los clientes parecidos',
  'guide.everyone': 'conocido: lo compra el {share} de los clientes',

  'impact.real': '{uplift} ± {margin}: la diferencia es real',
  'impact.realLess': '{uplift} ± {margin}: las cuentas tratadas compraron menos, y la diferencia es real',
  'impact.notYet': { one: '{uplift} ± {margin}: aún no significativo: falta aproximadamente {count} cuenta más (para detectar una diferencia de este tamaño 8 de cada 10 veces)', other: '{uplift} ± {margin}: aún no significativo: faltan aproximadamente {count} cuentas más (para detectar una diferencia de este tamaño 8 de cada 10 veces)' },
  'impact.noDifference': '{uplift} ± {margin}: aún no significativo: sin diferencia por ahora',
  'impact.noControl': 'sin grupo de comparación: fije una proporción de control para medir el efecto',

  // Razones de campaña (campaigns/campaignReason)
  'campaign.crossSell': 'nunca lo ha comprado; compra {because}, que a menudo se pide con él; {orders}',
  'campaign.crossSellActive': 'nunca lo ha comprado; los clientes que piden como este lo compran; {orders}',
  'campaign.upSell': 'compra {cheaper}, una variante más barata; esta cuesta {dearerBy} más',
  'campaign.reactivation': 'lo compró en {count} pedidos, el último {ago}, y dejó de comprarlo',
  'campaign.orders': { one: '{count} pedido en los últimos 90 días', other: '{count} pedidos en los últimos 90 días' },
};
