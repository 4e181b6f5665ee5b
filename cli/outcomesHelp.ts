/** Usage text of `optimal-order outcomes` (HELP spreads it in). */
export const OUTCOMES_HELP: Record<string, string> = {
  outcomes: `Usage: SF_ACCESS_TOKEN=… optimal-order outcomes --org URL [--as-of YYYY-MM-DD]

Reads the org's proposal log of the year before --as-of (default today, UTC) with its lines, and
the logged accounts' orders since the oldest proposal. On each proposed line it writes whether the
account ordered the product within the engine settings' horizon (OO_HorizonDays__c, else 62 days)
after the proposal, how much and for how much (OO_Ordered__c, OO_OrderedQuantity__c,
OO_OrderedValue__c); on each proposal, the lines ordered, the conversion (%) and the value
(OO_LinesOrdered__c, OO_Conversion__c, OO_OrderedValue__c). An order counts for the account's
latest proposal before it. Only changed values are written, so a second run writes nothing.
prepare --org runs this step first, then gives each account's insight its feedback from the log.
Run it as the integration user (OO_Integration; Modify All Data to write every rep's proposals).
Exit 1 when Salesforce refused a record (each listed on stderr).

  --org URL            the org's instance URL (https; http only to localhost)
  --token TOKEN        an access token, when SF_ACCESS_TOKEN is not set (which is read first)
  --as-of YYYY-MM-DD   today's date for the run (default today)`,
};
