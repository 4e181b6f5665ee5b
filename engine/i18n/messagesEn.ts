/**
 * The English catalogue: the reference every other catalogue is typed against (see `Messages`).
 * Keys are `area.what`; `{name}` is a placeholder (numbers are formatted for the locale); plural
 * forms select on `{count}`. Some messages end up inside others (`{ago}`), so each reads alone.
 */
export const messagesEn = {
  // Line reasons (explain/renderReason): "ordered in 5 of the last 6 orders, every ~30 days, last 34 days ago"
  'reason.neverOrdered': 'not ordered yet; similar customers order it',
  'reason.inRecentOrders': { one: 'ordered in {with} of the last order', other: 'ordered in {with} of the last {count} orders' },
  'reason.inAllOrders': { one: 'ordered in {with} of {count} order', other: 'ordered in {with} of {count} orders' },
  'reason.noneRecent': { one: 'ordered in {with} of {count} order, none of the last {recent}', other: 'ordered in {with} of {count} orders, none of the last {recent}' },
  'reason.every': { one: 'every ~{count} day', other: 'every ~{count} days' },
  'reason.last': 'last {ago}',
  'reason.mustSell': 'must-sell for {segment} customers ({rule})',
  'reason.priority': 'a priority product',
  'reason.developmentFrequency': 'similar customers order it every ~{peers}, this customer every ~{own}',
  'reason.developmentQuantity': 'similar customers order {peers} at a time, this customer {own}',
  'reason.crossSell': 'customers who buy {products} also buy it; {buyers}',
  'reason.crossSellSimilar': 'customers like this one buy it; {buyers}',
  'reason.popular': 'popular with customers: {buyers}',
  'reason.recentBuyers': { one: '{count} customer ordered it in the last {within}', other: '{count} customers ordered it in the last {within}' },
  'reason.premiumVariant': 'a premium variant of {of}, {dearer} dearer',
  'reason.separator': '; ',
  // Quantity notes (explain/renderReason, from the quantity guard)
  'reason.roundedCustomer': 'rounded to a multiple of {multiple}, as this customer always orders it',
  'reason.roundedProduct': 'rounded to a multiple of {multiple}, as it is always ordered',
  'reason.unusualCustomer': 'unusual quantity: this customer usually takes {median} ({low}–{high})',
  'reason.unusualProduct': 'unusual quantity: customers take up to {high} (median {median})',

  // Segments (explain/renderSegmentReason)
  // Sections of the optimal order (explain/sectionLabel)
  'section.habitual': 'Habitual items',
  'section.development': 'Development opportunities',
  'section.extension': 'Range extension',

  'segment.new': 'new',
  'segment.one-time': 'one-time',
  'segment.active': 'active',
  'segment.at-risk': 'at-risk',
  'segment.lapsed': 'lapsed',
  'segment.ordersSoFar': { one: 'new customer: {count} order so far', other: 'new customer: {count} orders so far' },
  'segment.every': 'orders every ~{interval}',
  'segment.lastOrder': 'last order {ago}',
  'segment.oneOrderOnly': 'one order only, {ago}: to reactivate',
  'segment.late': 'later than usual',
  'segment.farLate': 'far beyond its usual interval',

  // Price steps (explain/renderPriceStep): "median 2.10 over 14 orders", "-5% win-back", "floor 1.95"
  'price.medianCustomer': { one: 'median {price} over {count} order', other: 'median {price} over {count} orders' },
  'price.medianSegment': { one: 'segment median {price} over {count} order', other: 'segment median {price} over {count} orders' },
  'price.medianEveryone': { one: 'median of all customers {price} over {count} order', other: 'median of all customers {price} over {count} orders' },
  'price.adjust': '{percent} {rule}',
  'price.after': '{step} = {price}',
  'price.none': 'no price paid yet: price to be set by the rep',
  'price.floor': 'floor {price}',
  'price.ceiling': 'ceiling {price}',
  'price.promotion': 'promotion {name} {percent}',

  // Client offers (optimalOrder/clientOffer): why the customer gets the offer
  'offer.win-back': 'to win the customer back: {why}',
  'offer.new': 'to welcome a new customer: {why}',
  'offer.active': 'for a regular customer: {why}',
  'offer.noOrderYet': 'no order yet',

  // Proposal text (text/renderProposalText): words the templates need counted
  'proposal.lineCount': { one: '{count} line', other: '{count} lines' },
  'proposal.unitCount': { one: '{count} unit', other: '{count} units' },

  // Guided selling (guide/explainProduct): pros, cons and the reason of each product, in the buyer's words ({need}: an option's label)
  'guide.pro': '{need}',
  'guide.proValue': '{need}: {value}',
  'guide.over': '{need}: {value}, {by} over',
  'guide.under': '{need}: {value}, {by} under',
  'guide.isOther': '{need}: it is {value}',
  'guide.notStated': '{need}: not stated',
  'guide.must': '{con} (a must)',
  'guide.fitsAll': { one: 'meets the need asked', other: 'meets all {count} needs asked' },
  'guide.fitsSome': { one: 'meets {met} of {count} need', other: 'meets {met} of {count} needs' },
  'guide.nothingAsked': 'nothing asked yet',
  'guide.ownOrders': { one: 'familiar: the account bought it in {count} order', other: 'familiar: the account bought it in {count} orders' },
  'guide.peers': 'familiar: {share} of customers like this one buy it',
  'guide.everyone': 'familiar: {share} of customers buy it',

  // Uplift verdicts (impact/upliftVerdict): {uplift} and {margin} are signed / plain percentages
  'impact.real': '{uplift} ± {margin}: the difference is real',
  'impact.realLess': '{uplift} ± {margin}: treated accounts bought less, and the difference is real',
  'impact.notYet': { one: '{uplift} ± {margin}: not yet significant: about {count} more account needed (to find a difference this size 8 times in 10)', other: '{uplift} ± {margin}: not yet significant: about {count} more accounts needed (to find a difference this size 8 times in 10)' },
  'impact.noDifference': '{uplift} ± {margin}: not yet significant: no difference so far',
  'impact.noControl': 'no comparison group: set a control share to measure the uplift',

  // Campaign reasons (campaigns/campaignReason): why an account is on a campaign list
  'campaign.crossSell': 'never bought it; buys {because}, often ordered with it; {orders}',
  'campaign.crossSellActive': 'never bought it; customers who order like this account buy it; {orders}',
  'campaign.upSell': 'buys {cheaper}, a cheaper variant; this one costs {dearerBy} more',
  'campaign.reactivation': 'bought it in {count} orders, the last {ago}, and stopped',
  'campaign.orders': { one: '{count} order in the last 90 days', other: '{count} orders in the last 90 days' },
} as const;
