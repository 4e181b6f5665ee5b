import { GUIDED_SELLING_HELP } from './guidedSellingHelp.js';
import { OUTCOMES_HELP } from './outcomesHelp.js';

/** Usage text of each command; `--help` prints it, a usage error prints it after the message. */
export const HELP: Record<string, string> = {
  main: `optimal-order — the optimal order of each B2B customer, from its order history

Usage: optimal-order <command> [flags]

Commands:
  recommend   write each customer's proposed order (JSON lines or CSV)
  evaluate    measure the engine against the baselines on a next-order split
  proposal    one customer's optimal order as a commercial proposal text (en/es, text or HTML)
  demo        print a few customers' optimal orders from the shared data
  replay      replay proposals month by month, with and without the reps' feedback
  segments    each customer's segment against its own rhythm, or the win-back list
  catalog     every product with the attributes read from its description and price (CSV)
  guide       guided selling: products ranked against a buyer's answers, explained
  campaign    the accounts likeliest to buy a product, a group or a promotion, best first
  prepare     fit the engine on a Salesforce org and store the prepared model in it (or,
                from an order file, write it and the account insights to a folder)
  outcomes    write on the org's proposal log what each account then ordered (also run by prepare)

Run 'optimal-order <command> --help' for a command's flags.
Exit codes: 0 done, 2 bad input (the message names the file, line and field) or bad flags,
3 Salesforce refused a request or could not be reached (the org's message).`,

  recommend: `Usage: optimal-order recommend --orders FILE --as-of YYYY-MM-DD [flags]
       SF_ACCESS_TOKEN=… optimal-order recommend --org URL --account ID [--save] [flags]

Writes the optimal order of every customer that has an order before --as-of: its segment, then
its lines in three sections (habitual, development, extension), each ranked by expected value, each
line with quantity, price (value and the steps that produced it), promotion and reason. Only
orders before --as-of influence the output.

  --orders FILE        order lines, CSV, optionally gzipped (detected from the content)
  --preset NAME        how to read the file: canonical (default) or online-retail
                         canonical: customer_id, order_id, order_date, product_id, quantity,
                         unit_price [, product_name, customer_name]
                         online-retail: the UCI Online Retail export as published
  --as-of YYYY-MM-DD   the date the proposals are made on (UTC)
  --k N                habitual lines per customer at most (default: as many as the customer's
                         usual order warrants)
  --format FORMAT      json (default: one JSON object per line) or csv (one row per line item;
                         text cells starting with = + - @, a tab or a CR get a leading ' so a
                         spreadsheet never runs them as formulas)
  --locale TAG         language of the reasons, a BCP 47 tag: en (default), es, es-MX…

From a Salesforce org instead of a file (the org's rules and promotions apply):
  --org URL            the org's instance URL, https (http only to localhost, 127.0.0.1 or [::1]:
                         npm run fake-org serves one at http://localhost:8787)
  --account ID         the account (Salesforce id) whose optimal order to print, as one JSON line
  --token TOKEN        an API session id or access token, when SF_ACCESS_TOKEN is not set (which
                         is read first, and safer: an argument shows in ps); never printed
  --save               write the order back as an accepted proposal: Opportunity with line items and
                         the proposal log, all or none; its name, stage and close date come from
                         the org's engine settings. A save whose answer was lost is retried once,
                         with the same proposal id: nothing is written twice
  --proposal-id ID     the proposal's id for --save (default: a random one, new each run); saving
                         again under the same id writes nothing
  --out FILE           write there instead of standard output
  --rules FILE         business rules, JSON (examples/rules.json): priorities, must-sell per
                         segment, exclusions, client rules, price rules, novelty thresholds
  --promotions FILE    promotions, JSON (examples/promotions.json)
  --feedback FILE      what reps did with earlier proposals, JSON lines: {"customerId", "productId",
                         "date", "action": accepted|edited|rejected, "kind", "proposedQuantity",
                         "acceptedQuantity"?, "rejectionReason"?}, no other field. Rejected novelties
                         are held back for 90 days, ignored habitual lines lose weight, accepted
                         quantities count
  --help               this text

Progress and the load report go to standard error. The access token for --org is read from the
SF_ACCESS_TOKEN environment variable; --token still works, with a warning.
A bad file stops with one line naming the file, line and field, and exit code 2: rows are capped
at 64 KiB, a gzipped file at 100 times its compressed size, quantities and prices at ±1e9.`,

  simulate: `Usage: optimal-order simulate --orders FILE --from YYYY-MM --months N --control SHARE
                              --planted-uplift X [flags]

The loop on real history, as a check anyone can run. Month by month: the engine is fitted on the
past; each account with an earlier order is drawn into the month's control group (share SHARE,
from a hash of its id, the month and the seed) or proposed an order shaped by the feedback of
earlier months; a simulated rep acts on it (accepts what the customer then ordered, removes the
rest); the customer orders what it really ordered plus, if treated, extra proposed lines worth X
of its real revenue in expectation; outcomes and feedback are recorded. Prints the impact table
per month and the uplift of revenue per account, treated against control, with its 95 % interval
(regression-adjusted on each account's revenue before the month) and a verdict.

  --orders FILE           order lines, CSV, optionally gzipped
  --preset NAME           canonical (default) or online-retail
  --from YYYY-MM          the first month simulated
  --months N              how many months
  --control SHARE         share of accounts in each month's control group, 0 to 1
  --planted-uplift X      the relative revenue uplift planted on treated accounts (0.1 = +10 %)
  --seed S                draws the groups, the rep's outcomes and the planted orders (default 1)
  --k N                   lines per proposal (default 10)
  --without-feedback      proposals ignore the log of earlier months (to measure what feedback does)
  --format FORMAT         text (default) or json: the last line is then one JSON object,
                            {"uplift": {"estimate", "ci95": [low, high], …}, "accounts":
                            {"treated", "control"}, …} (accounts count once per month)
  --locale TAG            language of the verdict: en (default), es…
  --help                  this text`,

  evaluate: `Usage: optimal-order evaluate --orders FILE --cutoff YYYY-MM-DD --horizon DAYS [flags]

Next-order evaluation: the models see the orders before --cutoff; each customer with an earlier
order and an order in [cutoff, cutoff + horizon) is scored on its first order in that window.
Prints one row per model: Recall@k, NDCG@k, recall on repeat and on explore items, the share of
repeats among the proposals, quantity WAPE on proposed items that were bought, and timings.

  --orders FILE        order lines, CSV, optionally gzipped
  --preset NAME        canonical (default) or online-retail
  --cutoff YYYY-MM-DD  the split date (UTC)
  --horizon DAYS       length of the target window in days
  --k N                list length (default 10)
  --guide FILE         instead, guided selling with this questionnaire: each target customer is
                         interviewed about its next order (each question answered with the value most
                         common among the order's products), then hit rate@k and Recall@k of CPQ-style
                         filtering, the guide with and without the history blend, and history alone
  --campaigns          instead, campaign lists: for every 6th of the 60 best sellers of the 90 days
                         before --cutoff, the accounts that never bought it ranked by activity, item-kNN
                         and the propensity model (learnt before --cutoff); precision@100, AUC per kind
                         (cross-sell, up-sell, reactivation) and the model's calibration table
  --help               this text`,

  replay: `Usage: optimal-order replay --orders FILE --from YYYY-MM --months N [flags]

Month by month from --from: fits the engine on the orders before the month, proposes to every
customer who orders in it, and scores the proposal against that customer's first order of the
month, once without and once with the feedback of the months before. The rep is simulated from the
order itself: lines the customer ordered are accepted with the quantity ordered, the rest removed.

  --orders FILE        order lines, CSV, optionally gzipped
  --preset NAME        canonical (default) or online-retail
  --from YYYY-MM       the first month
  --months N           how many months
  --k N                lines per proposal (default 10)
  --help               this text`,

  campaign: `Usage: optimal-order campaign --orders FILE --as-of YYYY-MM-DD (--product ID[,ID…] | --group GROUP | --promotion NAME --promotions FILE) [flags]

Writes, as JSON lines best first, every eligible account's propensity to buy the target within 62
days: {"productId", "customerId", "propensity", "kind", "expectedValue", "reason", …}. The propensity
is a probability learnt on four 62-day periods before --as-of (never on later orders). For a
group or a promotion, productId is the account's likeliest product of it. Kinds: cross-sell (never
bought it), up-sell (buys a variant at least 15 % cheaper), reactivation (bought it in 3 or more
orders, then not for twice its usual gap and at least 60 days).

  --orders FILE        order lines, CSV, optionally gzipped
  --preset NAME        canonical (default) or online-retail
  --as-of YYYY-MM-DD   the campaign date (UTC); later orders are ignored
  --product ID[,ID…]   one or more products
  --group GROUP        every product of a group (the id without its variant letters: 85099)
  --promotion NAME     the products of a promotion of --promotions FILE (JSON, as proposals use)
  --kind KIND          cross-sell, up-sell, reactivation or all (default)
  --top N              the N best accounts only (default: all)
  --message            add each account's personal e-mail text ("message"; values escaped)
  --locale LOCALE      en (default) or es: reasons and messages
  --exclusions FILE    JSON: {"optedOut": [ids], "openProposal": [ids], "lastContacted": {id: "YYYY-MM-DD"},
                         "fatigueDays": 30}: those accounts are left out (contacted within fatigueDays)
  --out FILE           write there instead of standard output
  --org URL            read the orders of every account you see from this org instead of --orders, and
                         create the Campaign there: a member per contact of each ranked account (the
                         primary contact, or all: the engine settings' Campaign Contacts), with its
                         propensity, expected value, kind and message; a second run adds nobody
                         (session from SF_ACCESS_TOKEN, or --token)
  --key KEY            the Campaign's key, at most 60 characters (default: oo-<target>-<as-of>)
  --name NAME          the Campaign's name (default: Optimal Order <key>)
  --help               this text`,

  segments: `Usage: optimal-order segments --orders FILE --as-of YYYY-MM-DD [flags]

Writes the segment of every customer with an order before --as-of, in customer id order, judged
against its own rhythm: new (fewer than 3 order days, and not one order more than 90 days ago),
one-time (a single order day more than 90 days ago: to reactivate; gets the win-back offer in
proposals), active (within its allowance: its median gap
between order days plus 0.75 of it, or 1.5 standard deviations of its gaps if more, at least 14
days), at-risk (beyond it), lapsed (beyond 2.5 allowances). Each with recency, orders, order days,
interval, allowance, stability, monetary value, order value, value at stake and a reason.
Standard error gets the segment sizes and, when the file holds orders after --as-of, each segment's
return rate: the share of its customers that ordered within 62 days after it.

  --orders FILE        order lines, CSV, optionally gzipped (detected from the content)
  --preset NAME        canonical (default) or online-retail
  --as-of YYYY-MM-DD   the date the segments are judged on (UTC); later orders are ignored
  --win-back           only the at-risk and lapsed customers, highest value at stake first (what
                         they would order over 62 days at their usual pace), with their offer
  --rules FILE         business rules, JSON: the first client rule with "appliesTo": "win-back"
                         gives each win-back customer its "offer" and "discountPercent"
  --format FORMAT      json (default: one JSON object per customer) or csv (one row per customer;
                         text cells starting with = + - @, a tab or a CR get a leading ')
  --out FILE           write there instead of standard output
  --help               this text

The load report and the count per segment go to standard error.`,

  proposal: `Usage: optimal-order proposal --orders FILE --as-of YYYY-MM-DD --customer ID --rep NAME [options]

Prints one customer's optimal order as a commercial proposal, ready to send: greeting, the lines
with quantities, unit prices, promotions and line totals, the total, how long the prices hold and
the rep's signature, in the locale's language, with numbers, money and dates formatted for it.
The client rule of the customer's segment (--rules) adds its offer.

  --orders FILE        order lines, CSV, optionally gzipped (as for recommend)
  --preset NAME        canonical (default) or online-retail
  --as-of YYYY-MM-DD   the date the proposal is made on (UTC)
  --customer ID        the customer, by its id in the file
  --rep NAME           who signs the proposal
  --locale TAG         language and formats, a BCP 47 tag: en (default), es, es-MX…
  --format FORMAT      text (default: e-mail, clipboard) or html (every value escaped)
  --currency CODE      ISO 4217 code of the prices (default GBP, the shared data's)
  --valid-days N       the prices hold N days from --as-of (default 14)
  --template FILE      a Mustache template of your own instead of the built-in one; in html, a
                         template that would print a value unescaped ({{{x}}}) is refused
  --rules FILE         business rules, JSON (as for recommend)
  --promotions FILE    promotions, JSON (as for recommend)
  --feedback FILE      what reps did with earlier proposals, JSON lines (as for recommend)
  --k N                habitual lines at most (default: as many as the customer's usual order
                         warrants)
  --out FILE           write there instead of standard output
  --help               this text`,

  demo: `Usage: optimal-order demo [--customers N] [--locale TAG]

Reads the shared Online Retail data beside the repository (../shared/data/), fits the engine as of
the day after its last order with the example rules and promotions (examples/), and prints the
optimal orders of a few customers, readably: segment, habitual items, development opportunities
and range extension, each line with quantity, price and its steps, promotion and reason.

  --customers N        how many customers to show (default 3)
  --locale TAG         language of reasons, prices and labels, a BCP 47 tag: en, es, es-MX… (default en)
  --help               this text`,

  prepare: `Usage: SF_ACCESS_TOKEN=… optimal-order prepare --org URL [--as-of YYYY-MM-DD] [--out FILE]
       optimal-order prepare --orders FILE [--preset NAME] --as-of YYYY-MM-DD --out DIR

Reads every order line you can see in the org, fits the engine on them as of --as-of (default
today, UTC) and stores the prepared model in the org as the newest version of the pinned model
document (OO_EngineSetting__mdt.Default, OO_ModelDocumentId__c), which you must own; it refuses,
writing nothing, otherwise. With nothing pinned, it publishes a new document into the model library
(OO_ModelLibraryId__c) and prints its id: pin it, and set OO_IntegrationUserId__c to your user.
An account view then reads only that account's order lines and the model. Run it nightly, or
after a large import, as the integration user, who sees every account.

  --org URL            the org's instance URL, https (http only to localhost, 127.0.0.1 or [::1]:
                         npm run fake-org serves one at http://localhost:8787)
  --token TOKEN        an API session id or access token, when SF_ACCESS_TOKEN is not set (which
                         is read first, and safer: an argument shows in ps); never printed
  --as-of YYYY-MM-DD   the date the model is fitted as of (default today)
  --out FILE           write the model to FILE instead of the org

From an order file instead of an org (for integrators and the bench):
  --orders FILE        order lines, CSV, optionally gzipped (as for recommend)
  --preset NAME        canonical (default) or online-retail
  --as-of YYYY-MM-DD   the date the model is fitted as of (required here)
  --out DIR            writes DIR/model.json, the shared part (no account id, no per-account row),
                         and DIR/accounts.jsonl, one account insight per line ({"format",
                         "engineVersion", "accountId", "modelAsOf", "products", "scores"}) for every
                         customer with an order before --as-of. Progress, the load report and one
                         line 'prepare:timings {…}' (load, fit, shared part, insights, write, in ms)
                         go to standard error`,

  ...OUTCOMES_HELP,
  ...GUIDED_SELLING_HELP,
};
