/**
 * The graph's stylesheet. Colours, shapes and labels come from each element's data (elements.ts,
 * from the tables of kinds.ts), so no rule here names a kind: a new kind needs no new rule.
 */
import type { NodeSingular, StylesheetJson } from 'cytoscape';
import type { NodeData } from './elements.js';

const INK = '#1d2430';
const MUTED = '#5b6573';
const HIGHLIGHT = '#f2b705';

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: (node: NodeSingular) => (node.data() as NodeData).shape,
      label: 'data(label)',
      color: INK,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'font-size': 12,
      'font-weight': 600,
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 5,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'border-width': 2,
      'border-color': '#ffffff',
      width: 42,
      height: 42,
    },
  },
  {
    selector: 'node[family = "event"]',
    style: { width: 26, height: 26, 'font-size': 10, 'font-weight': 400, color: MUTED, 'text-max-width': '90px' },
  },
  // A warrant that was only requested, considered, threatened or withdrawn: not a fact of arrest.
  {
    selector: 'node[status][status != "ISSUED"]',
    style: { 'background-opacity': 0.45, 'border-style': 'dashed', 'border-color': 'data(color)', 'border-width': 2 },
  },
  // Where the exploration started, and what has been expanded since.
  { selector: 'node.origin', style: { width: 58, height: 58, 'font-size': 14 } },
  { selector: 'node.expanded', style: { 'border-width': 4, 'border-color': INK } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#a9b1bc',
      'target-arrow-color': '#a9b1bc',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 9,
      color: MUTED,
      'text-rotation': 'autorotate',
      'text-background-color': '#f6f7f9',
      'text-background-opacity': 1,
      'text-background-padding': '1px',
    },
  },
  { selector: '.faded', style: { opacity: 0.25 } },
  { selector: 'edge.path', style: { width: 3, 'line-color': INK, 'target-arrow-color': INK, color: INK } },
  {
    selector: ':selected',
    style: { 'overlay-color': HIGHLIGHT, 'overlay-opacity': 0.35, 'overlay-padding': 6 },
  },
];
