/** One order line to seed the fake org with, as a flat row (what a CSV export has). */
export interface SeedLine {
  accountNumber: string;
  accountName: string;
  country: string | null;
  /** The source's order number (kept as the Order's Name: the org numbers orders itself). */
  orderName: string;
  /** `YYYY-MM-DD`. */
  orderDate: string;
  productCode: string;
  productName: string;
  quantity: number;
  unitPrice: number;
}
