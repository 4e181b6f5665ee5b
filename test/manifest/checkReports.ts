import type { FieldDef, PackageSource } from './loadPackageSource.js';
import { childNames, children, readXml, text, type Xml } from './readMetadata.js';
import { fieldOf, readReportType, type ReportTypeDef } from './readReportType.js';

/** Filter operators the Metadata API's ReportFilterItem accepts (FilterOperation). */
export const FILTER_OPERATORS = ['equals', 'notEqual', 'lessThan', 'greaterThan', 'lessOrEqual', 'greaterOrEqual', 'contains', 'notContain', 'startsWith', 'includes', 'excludes', 'within'];
/** The elements a ReportFilterItem may hold (there is no `columnToValue`). */
const CRITERIA_ELEMENTS = ['column', 'columnToColumn', 'isUnlocked', 'operator', 'snapshot', 'value'];
/** ReportSummaryType values used in `aggregateTypes`. */
const AGGREGATES = ['Sum', 'Average', 'Maximum', 'Minimum', 'Median', 'Unique', 'None'];
/** UserDateGranularity values. */
const GRANULARITIES = ['None', 'Day', 'Week', 'Month', 'Quarter', 'Year', 'FiscalQuarter', 'FiscalYear', 'MonthInYear', 'DayInMonth', 'FiscalPeriod', 'FiscalWeek'];
/** Calendar and relative UserDateInterval values the package may use. */
const INTERVALS = ['INTERVAL_CURY', 'INTERVAL_PREVY', 'INTERVAL_PREVCURY', 'INTERVAL_CURRENTQ', 'INTERVAL_PREVQ', 'INTERVAL_THISMONTH', 'INTERVAL_LASTMONTH', 'INTERVAL_LAST30', 'INTERVAL_LAST60', 'INTERVAL_LAST90', 'INTERVAL_LAST120', 'INTERVAL_CURFY', 'INTERVAL_PREVFY', 'INTERVAL_CUSTOM'];
/** Groupings each report format requires (down, across), as [min, max]. */
const GROUPINGS: Record<string, [[number, number], [number, number]]> = { Tabular: [[0, 0], [0, 0]], Summary: [[1, 3], [0, 0]], Matrix: [[1, 2], [1, 2]] };
const NUMERIC = ['Currency', 'Number', 'Percent'];
const DATES = ['Date', 'DateTime'];

/**
 * The offline check of the package's reports and report types: every column, grouping, filter and
 * date column is `Table$Field` of a table and field the report type exposes; filters are
 * column / operator / value with a valid operator; format, groupings, aggregates, scope and time
 * frame are valid; and no report counts a proposal once per line (a report that uses only the
 * base object, or sums one of its values, must be on a report type without a join).
 */
export function checkReports(pkg: PackageSource): string[] {
  const problems: string[] = [];
  const types = new Map<string, ReportTypeDef>();
  for (const file of pkg.files.filter((f) => f.endsWith('.reportType-meta.xml'))) {
    const type = readReportType(file, pkg, problems);
    types.set(type.name, type);
  }
  for (const file of pkg.files.filter((f) => f.endsWith('.report-meta.xml'))) problems.push(...checkReport(file, pkg, types));
  return problems;
}

function checkReport(file: string, pkg: PackageSource, types: Map<string, ReportTypeDef>): string[] {
  const xml = readXml(file, 'Report');
  const at = pkg.where(file);
  const problems: string[] = [];
  const typeName = text(xml, 'reportType') ?? '';
  const type = typeName.endsWith('__c') ? types.get(typeName.slice(0, -3)) : undefined;
  if (!type) return [`${at}: <reportType>${typeName}</reportType> is not a custom report type of the package (named with __c)`];
  const resolve = (element: string, ref: string) => resolveColumn(ref, type, pkg, (m) => problems.push(`${at}: <${element}> ${ref}: ${m}`));
  problems.push(...checkShape(xml, at));
  const columns = children(xml, 'columns').map((c) => ({ ref: text(c, 'field') ?? '', aggregates: children(c, 'aggregateTypes').map((a) => String(a['#text'])) }));
  for (const c of columns) checkAggregates(c.aggregates, resolve('columns', c.ref), (m) => problems.push(`${at}: <columns> ${c.ref}: ${m}`));
  const groupings = [...children(xml, 'groupingsDown'), ...children(xml, 'groupingsAcross')];
  for (const g of groupings) problems.push(...checkGrouping(g, columns.map((c) => c.ref), resolve, at));
  for (const filter of children(xml, 'filter')) for (const item of children(filter, 'criteriaItems')) problems.push(...checkCriteria(item, resolve, at));
  for (const frame of children(xml, 'timeFrameFilter')) problems.push(...checkTimeFrame(frame, resolve, at));
  problems.push(...checkOncePerRecord([...columns.map((c) => c.ref), ...groupings.map((g) => text(g, 'field') ?? '')], columns, type, at));
  return problems;
}

/** `Table$Field` → the field, reporting a reference that is not one of the report type's. */
function resolveColumn(ref: string, type: ReportTypeDef, pkg: PackageSource, report: (m: string) => void): FieldDef | undefined {
  const match = /^([\w.]+)\$(\w+)$/.exec(ref);
  if (!match) return void report(`not a custom report type column: name it Table$Field (e.g. ${type.baseObject}$CreatedBy)`);
  const [, table, field] = match as unknown as [string, string, string];
  if (!type.tables.has(table)) return void report(`${table} is not a table of report type ${type.name} (${[...type.tables.keys()].join(', ')})`);
  if (!type.exposed.get(table)?.has(field)) return void report(`report type ${type.name} does not expose ${field} on ${table}`);
  const def = fieldOf(pkg, type.tables.get(table)!, field);
  if (!def) report(`${type.tables.get(table)} has no field ${field}`);
  return def;
}

function checkShape(xml: Xml, at: string): string[] {
  const problems: string[] = [];
  const format = text(xml, 'format') ?? '';
  const limits = GROUPINGS[format];
  if (!limits) return [`${at}: <format>${format}</format> is not Tabular, Summary or Matrix`];
  for (const [i, element] of ['groupingsDown', 'groupingsAcross'].entries()) {
    const [min, max] = limits[i]!;
    const count = children(xml, element).length;
    if (count < min || count > max) problems.push(`${at}: <${element}>: a ${format} report has ${min === max ? min : `${min} to ${max}`}, not ${count}`);
  }
  const name = text(xml, 'name') ?? '';
  if (!name || name.length > 40) problems.push(`${at}: <name> must have 1 to 40 characters, not ${name.length}`);
  if ((text(xml, 'description') ?? '').length > 255) problems.push(`${at}: <description> is longer than 255 characters`);
  if (!['organization', 'user'].includes(text(xml, 'scope') ?? '')) problems.push(`${at}: <scope>${text(xml, 'scope') ?? ''}</scope> is not organization or user`);
  if (format === 'Tabular' && children(xml, 'columns').some((c) => children(c, 'aggregateTypes').length)) problems.push(`${at}: <aggregateTypes> need a Summary or Matrix report`);
  return problems;
}

function checkAggregates(aggregates: string[], field: FieldDef | undefined, report: (m: string) => void): void {
  for (const a of aggregates) if (!AGGREGATES.includes(a)) report(`<aggregateTypes>${a}</aggregateTypes> is not one of ${AGGREGATES.join(', ')}`);
  if (aggregates.length && field && !NUMERIC.includes(field.type)) report(`<aggregateTypes> on a ${field.type} field (only ${NUMERIC.join(', ')} add up)`);
}

function checkGrouping(g: Xml, columns: string[], resolve: (e: string, r: string) => FieldDef | undefined, at: string): string[] {
  const problems: string[] = [];
  const ref = text(g, 'field') ?? '';
  const field = resolve('groupings', ref);
  if (columns.includes(ref)) problems.push(`${at}: <groupings> ${ref} is also in <columns> (a grouped field cannot be a column)`);
  if (field?.type === 'LongTextArea') problems.push(`${at}: <groupings> ${ref}: a long text area cannot be grouped`);
  const granularity = text(g, 'dateGranularity');
  if (granularity !== undefined && !GRANULARITIES.includes(granularity)) problems.push(`${at}: <groupings> ${ref}: <dateGranularity>${granularity}</dateGranularity> is not valid`);
  if (!['Asc', 'Desc'].includes(text(g, 'sortOrder') ?? '')) problems.push(`${at}: <groupings> ${ref}: <sortOrder> must be Asc or Desc`);
  return problems;
}

function checkCriteria(item: Xml, resolve: (e: string, r: string) => FieldDef | undefined, at: string): string[] {
  const problems: string[] = [];
  const column = text(item, 'column');
  for (const name of childNames(item)) if (!CRITERIA_ELEMENTS.includes(name)) problems.push(`${at}: <criteriaItems> ${column ?? ''}: <${name}> is not an element of a filter item (${CRITERIA_ELEMENTS.join(', ')})`);
  if (column === undefined) problems.push(`${at}: <criteriaItems> has no <column>`);
  else resolve('criteriaItems', column);
  const operator = text(item, 'operator');
  if (!operator || !FILTER_OPERATORS.includes(operator)) problems.push(`${at}: <criteriaItems> ${column ?? ''}: <operator>${operator ?? ''}</operator> is not one of ${FILTER_OPERATORS.join(', ')}`);
  if (text(item, 'value') === undefined) problems.push(`${at}: <criteriaItems> ${column ?? ''} has no <value>`);
  return problems;
}

function checkTimeFrame(frame: Xml, resolve: (e: string, r: string) => FieldDef | undefined, at: string): string[] {
  const problems: string[] = [];
  const column = text(frame, 'dateColumn') ?? '';
  const field = resolve('timeFrameFilter', column);
  if (field && !DATES.includes(field.type)) problems.push(`${at}: <timeFrameFilter> ${column} is a ${field.type} field, not a date`);
  const interval = text(frame, 'interval') ?? '';
  if (!INTERVALS.includes(interval)) problems.push(`${at}: <timeFrameFilter> <interval>${interval}</interval> is not one of ${INTERVALS.join(', ')}`);
  return problems;
}

/**
 * On a report type with a join there is one row per child record: a report that shows only base
 * object fields counts each base record once per child, and a sum of a base object's value adds it
 * once per child. Such reports belong on a report type without the join.
 */
function checkOncePerRecord(refs: string[], columns: { ref: string; aggregates: string[] }[], type: ReportTypeDef, at: string): string[] {
  if (!type.joined) return [];
  const base = `${type.baseObject}$`;
  const problems: string[] = [];
  if (refs.every((r) => r.startsWith(base))) problems.push(`${at}: <reportType>${type.name}__c</reportType> joins child records: a report on ${type.baseObject} alone counts each record once per child; use a report type without the join`);
  for (const c of columns) {
    if (c.ref.startsWith(base) && c.aggregates.length) problems.push(`${at}: <columns> ${c.ref}: summed on ${type.name}, which joins child records, it adds each ${type.baseObject} once per child; use a report type without the join`);
  }
  return problems;
}

