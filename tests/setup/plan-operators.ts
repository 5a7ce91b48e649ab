/** A query plan (from EXPLAIN or PROFILE) flattened to "Operator details" lines, depth first. */
interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: unknown[];
}

export function planOperators(plan: PlanNode | false | null | undefined): string[] {
  if (!plan) return [];
  const details = typeof plan.arguments.Details === 'string' ? plan.arguments.Details : '';
  return [
    `${plan.operatorType.replace(/@.*$/, '')} ${details}`,
    ...plan.children.flatMap((child) => planOperators(child as PlanNode)),
  ];
}

/** Operators that read a whole label, relationship type or store instead of seeking by key. */
export const SCAN_OPERATOR = /^(AllNodesScan|NodeByLabelScan|\w*AllRelationshipsScan|\w*RelationshipTypeScan)/;
