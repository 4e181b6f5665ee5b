/** Usage text of the guided-selling commands, `catalog` and `guide` (merged into `HELP`). */
export const GUIDED_SELLING_HELP: Record<string, string> = {
  catalog: `Usage: optimal-order catalog --orders FILE [--preset NAME] [--out FILE]

Writes every product of the order file as CSV, product_id,name,price,type,colour,theme,material,
pack_size,price_band: the price is the median unit price paid (each order once); the attributes are
read from the product's description with a fixed word list (the same description always gives the
same attributes), the price band from the price. Each attribute's coverage (share of products that
have it) goes to standard error.

  --orders FILE        order lines, CSV, optionally gzipped
  --preset NAME        canonical (default) or online-retail
  --out FILE           write there instead of standard output
  --help               this text`,

  guide: `Usage: optimal-order guide --catalog FILE --questionnaire FILE --answers FILE [flags]

Guided selling: ranks the catalog's products against a buyer's answers and prints JSON
{"results": [{"productId", "name", "score", "fits", "pros", "cons", "reason"}], "relaxations":
[{"drop": [questionId, …], "admits": n}], "nextQuestion": questionId | null}. "fits": the product
meets every hard constraint; when none does, the results are the nearest alternatives and the
relaxations the smallest sets of answers to drop, each with how many products it lets in.

  --catalog FILE        the catalog CSV (optimal-order catalog): product_id,name,price,<attributes>
  --questionnaire FILE  questions, options and the attributes they set, JSON
                          (examples/questionnaire.online-retail.json)
  --answers FILE        the buyer's answers, JSON {"answers": {questionId: optionId, …}}
                          (examples/answers.online-retail.json)
  --orders FILE         order lines, for the history blend: between equal fits, what the account and
                          similar customers buy comes first
  --preset NAME         canonical (default) or online-retail
  --customer ID         the account (its id in --orders); none, or one without orders: similar
                          customers are everyone
  --as-of YYYY-MM-DD    only orders before this date count (default: all)
  --k N                 results (default 10)
  --locale TAG          language of pros, cons and reasons: en (default), es, es-MX…
  --help                this text

An unknown question, option or attribute stops with exit code 2, naming it.`,
};
