import { styled } from '@mui/material/styles';
import { memo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatMoney } from '#commons/money.ts';
import { BudgetLineTable } from './BudgetLineTable.tsx';
import { useFramework } from './FrameworkContext.tsx';
import type { ObjectiveNode } from './frameworkTree.ts';
import { IndicatorTable } from './IndicatorTable.tsx';
import { NodeActions } from './NodeActions.tsx';
import { nodeButtonId, useTree } from './TreeContext.ts';
import { useMountedLater } from './useMountedLater.ts';

/**
 * Budget and (when readable) cost of a node, its activities' included — the report's row. The
 * overall objective's says that it leaves out the lines outside the objectives (the program total
 * above the tree has them).
 */
const Figures = ({ code, overall }: { code: string; overall: boolean }) => {
  const { program, framework, figures } = useFramework();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const f = figures.get(code);
  if (!f || (!f.planned && !f.executed)) return null;
  const hasOutside = overall && framework.budgetLines.some((b) => !b.objectiveCode);
  return (
    <p className="node-figures">
      {translate('ruta.framework.planned', { amount: formatMoney(f.planned, program.currency, locale) })}
      {f.executed !== undefined &&
        ` · ${translate('ruta.framework.executed', { amount: formatMoney(f.executed, program.currency, locale) })}`}
      {hasOutside && ` (${translate('ruta.framework.overall_note')})`}
    </p>
  );
};

/** The node's own content: description, indicators, budget lines, observations (not its children). */
const NodeBody = memo(({ node }: { node: ObjectiveNode }) => {
  const { observations } = useFramework();
  const translate = useTranslate();
  const { objective } = node;
  return (
    <div className="node-body">
      {objective.description && <p className="node-description">{objective.description}</p>}
      {node.indicators.length > 0 && <IndicatorTable indicators={node.indicators} />}
      {node.budgetLines.length > 0 && <BudgetLineTable lines={node.budgetLines} />}
      {(observations.get(objective.code) ?? []).map((text, i) => (
        <p key={i} className="node-observation">
          {translate('ruta.framework.observation', { text })}
        </p>
      ))}
    </div>
  );
});

const HEADINGS = ['h3', 'h4', 'h5', 'h6'] as const;

/** ▴ / ▾ as MUI's ExpandLess / ExpandMore icons, in plain SVG. */
const chevron = (open: boolean) => (
  <svg className="node-chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d={open ? 'm12 8-6 6 1.41 1.41L12 10.83l4.59 4.58L18 14z' : 'M16.59 8.59 12 13.17 7.41 8.59 6 10l6 6 6-6z'} />
  </svg>
);

/**
 * Every node's look in one styled element (plain markup inside, styled by class): a node used to be
 * some thirty emotion-styled MUI components (Box, Stack, Typography, ButtonBase, Chip, Collapse), and
 * twenty nodes made most of the page's first render.
 */
const NodeItem = styled('li')(({ theme }) => ({
  listStyle: 'none',
  marginBottom: theme.spacing(1),
  paddingLeft: theme.spacing(2),
  borderLeft: `2px solid ${theme.palette.divider}`,
  '&.overall': { paddingLeft: 0, borderLeft: 0 },
  '& .node-heading': { display: 'flex', alignItems: 'flex-start', gap: theme.spacing(1) },
  '& .node-title': { flex: 1, minWidth: 0 },
  '& .node-title > h3, & .node-title > h4, & .node-title > h5, & .node-title > h6': {
    ...theme.typography.body1,
    margin: 0,
    fontWeight: 600,
  },
  '&.activity .node-title > *:first-of-type': { fontWeight: 400 },
  '& .node-toggle': {
    font: 'inherit',
    color: 'inherit',
    display: 'inline-flex',
    textAlign: 'left',
    justifyContent: 'flex-start',
    alignItems: 'flex-start',
    gap: theme.spacing(1),
    padding: theme.spacing(0.5),
    margin: 0,
    border: 0,
    borderRadius: theme.shape.borderRadius,
    background: 'transparent',
    cursor: 'pointer',
  },
  '& .node-toggle:focus-visible': { outline: `2px solid ${theme.palette.primary.main}` },
  '& .node-chevron': { width: 20, height: 20, flexShrink: 0, marginTop: 2, fill: 'currentColor' },
  // As MUI's small Chip: filled primary for objectives, outlined for activities.
  '& .node-code': {
    display: 'inline-flex',
    alignItems: 'center',
    height: 24,
    padding: '0 8px',
    borderRadius: 16,
    fontSize: theme.typography.pxToRem(13),
    lineHeight: 1,
    whiteSpace: 'nowrap',
    flexShrink: 0,
    backgroundColor: theme.palette.primary.main,
    color: theme.palette.primary.contrastText,
    border: `1px solid ${theme.palette.primary.main}`,
  },
  '&.activity .node-code': {
    backgroundColor: 'transparent',
    color: theme.palette.text.primary,
    border: `1px solid ${theme.palette.mode === 'light' ? theme.palette.grey[400] : theme.palette.grey[700]}`,
  },
  '& .node-figures': { ...theme.typography.body2, color: theme.palette.text.secondary, margin: 0, paddingLeft: theme.spacing(4) },
  '& .node-body': { paddingLeft: theme.spacing(5) },
  '& .node-description': { ...theme.typography.body2, color: theme.palette.text.secondary, whiteSpace: 'pre-wrap', margin: 0 },
  '& .node-observation': { ...theme.typography.body2, fontStyle: 'italic', margin: theme.spacing(0.5, 0) },
  '& .node-children': { padding: 0, margin: 0, marginLeft: theme.spacing(2) },
}));

/**
 * One objective or activity: a heading whose button (named by the code and title it shows) opens and
 * closes the node — its own content (figures, indicators, lines, observations) and its children —
 * then its actions menu; its children follow as a nested list.
 */
export const ObjectiveTreeNode = memo(({ node, depth }: { node: ObjectiveNode; depth: number }) => {
  const { canEdit, canReadHistory } = useFramework();
  const tree = useTree();
  const { objective } = node;
  const code = objective.code;
  // The node's own content (tables, their rows' menus) after its heading, a few nodes per task in page order: see useMountedLater.
  const bodyMounted = useMountedLater(tree.order.get(code));
  const open = !tree.collapsed.has(code);
  const id = nodeButtonId(code);
  const level = objective.level === 'OVERALL' ? 'overall' : objective.level === 'ACTIVITY' ? 'activity' : 'specific';
  const hasChildren = node.children.length > 0;
  const Heading = HEADINGS[Math.min(depth, HEADINGS.length - 1)]!;
  // Closed, a node keeps its (empty) regions so the button's aria-controls points at them; nothing inside is built.
  return (
    <NodeItem className={level}>
      {/* The node's own part (heading, actions, tables), apart from its children. */}
      <div data-objective={code}>
        <div className="node-heading">
          <div className="node-title">
            <Heading>
              <button
                type="button"
                id={id}
                className="node-toggle"
                aria-expanded={open}
                aria-controls={hasChildren ? `${id}-content ${id}-children` : `${id}-content`}
                onClick={() => tree.toggle(code)}
                onKeyDown={(e) => tree.onKey(code, e)}
              >
                {chevron(open)}
                <span className="node-code">{code}</span> <span>{objective.title}</span>
              </button>
            </Heading>
            <Figures code={code} overall={objective.level === 'OVERALL'} />
          </div>
          {(canEdit || canReadHistory) && <NodeActions node={node} />}
        </div>
        <div id={`${id}-content`}>{open && bodyMounted && <NodeBody node={node} />}</div>
      </div>
      {hasChildren && (
        <div id={`${id}-children`}>
          {open && (
            <ul className="node-children">
              {node.children.map((child) => (
                <ObjectiveTreeNode key={child.objective.id} node={child} depth={depth + 1} />
              ))}
            </ul>
          )}
        </div>
      )}
    </NodeItem>
  );
});
